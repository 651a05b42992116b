/**
 * What a claim page links to besides the sources: the countries the claim names, and the timeline
 * events that cite the same words of the same article as one of the claim's stances. Both are
 * derived (no field in the claim files), so the page words them as exactly that. Pure.
 */
import { citedWords, type Citation } from '../../schemas/common.ts';
import type { ClaimData } from '../../schemas/claim.ts';
import { normaliseText } from '../citations/normalise.ts';
import { eventCitations } from '../citations/targets.ts';
import { stanceCitation } from '../claims.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Countries whose name the claim's sentence contains as a word ("Vietnam" also in "Vietnamese"), in the given order. */
export function countriesNamed<T extends { data: { name: string } }>(claim: Pick<ClaimData, 'claim'>, countries: readonly T[]): T[] {
  return countries.filter((country) => new RegExp(`\\b${escapeRegExp(country.data.name)}`).test(claim.claim));
}

const key = (citation: Citation) => ({ article: citation.article.id, words: normaliseText(citedWords(citation)).toLowerCase() });

/** Whether two citations point at the same words of one article (one contains the other). */
export function overlaps(a: Citation, b: Citation): boolean {
  const [x, y] = [key(a), key(b)];
  return x.article === y.article && (x.words.includes(y.words) || y.words.includes(x.words));
}

type CitingEvent = { data: { sources: readonly Citation[]; accounts: readonly { source: Citation }[] } };

/** Events that cite words overlapping one of the claim's stance citations, in the given order. */
export function eventsCitingSamePassages<T extends CitingEvent>(claim: Pick<ClaimData, 'stances'>, events: readonly T[]): T[] {
  const cited = claim.stances.flatMap((entry) => stanceCitation(entry) ?? []);
  return events.filter((event) => eventCitations(event.data).some((citation) => cited.some((own) => overlaps(own, citation))));
}
