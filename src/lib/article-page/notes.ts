/**
 * What a margin note says about one compared passage: the claim, the verdict as seen from the
 * article being read, and a one-line strip of every source's stance. Pure data; the margin-note
 * step in src/markdown/margin-notes.ts places the notes in the text.
 */
import type { ClaimData, Stance, Verdict } from '../../schemas/claim.ts';
import { inArticleOrder, sourceLabel, STANCE_LABELS, STANCE_SYMBOLS, VERDICT_LABELS, VERDICT_SYMBOLS, type ShortNames } from '../claims.ts';

/** The compared sources as the page lists them: short names and the order of the columns. */
export interface SourceColumns {
  names: ShortNames;
  order: readonly string[];
}

/** One source's cell in a note's stance strip. */
export interface StanceCell {
  articleId: string;
  /** Short label, e.g. "DW copy". */
  label: string;
  /** Two or three letters for the strip, e.g. "DW". */
  abbreviation: string;
  stance: Stance;
  symbol: string;
  /** The article being read. */
  current: boolean;
  /** Named as erring on the claim. */
  errs: boolean;
}

export interface MarginNoteData {
  claimId: string;
  claim: string;
  verdict: Verdict;
  /** Symbol and words of the verdict from this article's point of view; never a tick beside an error. */
  verdictSymbol: string;
  verdictLabel: string;
  stances: StanceCell[];
  /** Where the claim is compared. */
  href: string;
  /** Stable id of the marked words the note is about. */
  passageId: string;
}

/**
 * "DW copy" → "DW", "IndiaVision" → "IV", "Tiers page" → "TP": an all-capitals first word is kept,
 * otherwise the capitals of a single word or the initials of each word.
 */
export function sourceAbbreviation(label: string): string {
  const words = label.split(/[\s-]+/).filter(Boolean);
  const first = words[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return first;
  if (words.length === 1) return (first.match(/\p{Lu}/gu) ?? [first.charAt(0)]).join('').toUpperCase();
  return words.map((word) => word.charAt(0).toUpperCase()).join('');
}

/**
 * The verdict as a reader of this article should see it. An error in another source is not
 * marked with a tick (that would mix signals): both error cases carry the warning symbol and say
 * whose error it is.
 */
export function verdictFor(claim: Pick<ClaimData, 'verdict' | 'erroneousSources'>, articleId: string, names: ShortNames): { symbol: string; label: string } {
  if (claim.verdict !== 'error-in-source') return { symbol: VERDICT_SYMBOLS[claim.verdict], label: VERDICT_LABELS[claim.verdict] };
  const erring = claim.erroneousSources.map((source) => source.id);
  if (erring.includes(articleId)) return { symbol: VERDICT_SYMBOLS['error-in-source'], label: 'Error in this source' };
  return { symbol: VERDICT_SYMBOLS['error-in-source'], label: `Error in another source (${erring.map((id) => sourceLabel(names, id)).join(', ')})` };
}

/** Every compared source's stance on the claim, in the fixed source order. */
export function stanceStrip(claim: Pick<ClaimData, 'stances' | 'erroneousSources'>, articleId: string, sources: SourceColumns): StanceCell[] {
  const erring = new Set(claim.erroneousSources.map((source) => source.id));
  return inArticleOrder(claim.stances, sources.order).map((entry) => {
    const label = sourceLabel(sources.names, entry.article.id);
    return {
      articleId: entry.article.id,
      label,
      abbreviation: sourceAbbreviation(label),
      stance: entry.stance,
      symbol: STANCE_SYMBOLS[entry.stance],
      current: entry.article.id === articleId,
      errs: erring.has(entry.article.id),
    };
  });
}

/** The strip's words for assistive technology and print: "DW copy: asserts; CNA: silent". */
export const describeStrip = (cells: readonly StanceCell[]): string =>
  cells.map((cell) => `${cell.label}${cell.current ? ' (this source)' : ''}: ${STANCE_LABELS[cell.stance].toLowerCase()}${cell.errs ? ', in error' : ''}`).join('; ');

export function marginNote(claim: { id: string; data: ClaimData }, articleId: string, href: string, passageId: string, sources: SourceColumns): MarginNoteData {
  const verdict = verdictFor(claim.data, articleId, sources.names);
  return {
    claimId: claim.id,
    claim: claim.data.claim,
    verdict: claim.data.verdict,
    verdictSymbol: verdict.symbol,
    verdictLabel: verdict.label,
    stances: stanceStrip(claim.data, articleId, sources),
    href,
    passageId,
  };
}
