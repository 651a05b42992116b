/**
 * What an article page marks: the words of that article cited anywhere (claims, events,
 * countries), each once under its stable id, with links to the claims the words bear on.
 */
import { citedWords, isQuote, type Citation } from '../../schemas/common.ts';
import type { CitationKind } from './match.ts';

/** A link placed after a block, to a claim its marked words bear on. */
export interface MarkerLink {
  href: string;
  /** Visible marker text, e.g. "⚠ Error". */
  text: string;
  /** Accessible description added to the link, e.g. the claim. */
  description: string;
  /** Whether to emphasise the marker (the article stands apart on this claim). */
  emphasis: boolean;
}

/** Words of an article that something cites, as the passage-marker step takes them. */
export interface CitedTarget {
  /** The words as the content file cites them. */
  words: string;
  kind: CitationKind;
  /** Claims the words bear on; empty for words cited only by events or countries (then not highlighted). */
  links: readonly MarkerLink[];
}

/** One cited piece of an article, with the claim links it should carry (none for events and countries). */
export interface CitationUse {
  citation: Citation;
  links?: readonly MarkerLink[];
}

/** The marker targets for one article: its citations only, claim links merged per cited words. */
export function markerTargets(uses: readonly CitationUse[], articleId: string): CitedTarget[] {
  const targets = new Map<string, { words: string; kind: CitationKind; links: MarkerLink[] }>();
  for (const { citation, links = [] } of uses) {
    if (citation.article.id !== articleId) continue;
    const kind: CitationKind = isQuote(citation) ? 'quote' : 'passage';
    const key = `${kind}:${citedWords(citation)}`;
    const target = targets.get(key) ?? { words: citedWords(citation), kind, links: [] };
    target.links.push(...links);
    targets.set(key, target);
  }
  return [...targets.values()];
}

/** Every citation of an event: its sources, then each differing account's source. */
export const eventCitations = (event: { sources: readonly Citation[]; accounts: readonly { source: Citation }[] }): Citation[] => [
  ...event.sources,
  ...event.accounts.map((account) => account.source),
];
