/**
 * How each source fares across the claims: how many it asserts, qualifies and contradicts, how
 * many it gets wrong, and how many it alone makes. "Alone" is counted in independent sources
 * (`provenance/independence.ts`): a claim made only by a copy and its original counts as made by
 * that one source, so each of the two is credited with it. Pure.
 */
import type { ClaimData } from '../../schemas/claim.ts';
import { stanceOf } from '../claims.ts';
import { countIndependentSources, type IndependentRoots } from '../provenance/independence.ts';
import { addressingArticles, comparisonCell } from './cells.ts';

export interface SourceTally {
  articleId: string;
  asserted: number;
  qualified: number;
  contradicted: number;
  /** Claims on which the article is named in `erroneousSources`. */
  errors: number;
  /** Claims it asserts that no independent other source asserts or qualifies. */
  onlyItMakes: number;
  silent: number;
  /** Claims with no stance from this article yet. */
  pending: number;
}

/** The measures the small multiples draw, in order, with their labels. */
export const TALLY_MEASURES = [
  { key: 'asserted', label: 'Asserts' },
  { key: 'qualified', label: 'Qualifies' },
  { key: 'contradicted', label: 'Contradicts' },
  { key: 'errors', label: 'In error' },
  { key: 'onlyItMakes', label: 'Only it makes' },
] as const satisfies readonly { key: keyof SourceTally; label: string }[];

/** Whether the article asserts the claim and every other article addressing it is the same independent source. */
export function onlyItMakes(claim: ClaimData, articleId: string, articleIds: readonly string[], roots: IndependentRoots): boolean {
  if (stanceOf(claim, articleId)?.stance !== 'asserts') return false;
  return countIndependentSources([articleId, ...addressingArticles(claim, articleIds)], roots) === 1;
}

/** One tally per article, in the order of `articleIds`. */
export function sourceTallies(claims: readonly { data: ClaimData }[], articleIds: readonly string[], roots: IndependentRoots = new Map()): SourceTally[] {
  return articleIds.map((articleId) => {
    const tally: SourceTally = { articleId, asserted: 0, qualified: 0, contradicted: 0, errors: 0, onlyItMakes: 0, silent: 0, pending: 0 };
    for (const { data } of claims) {
      const cell = comparisonCell(data, articleId);
      if (cell.state === 'asserts') tally.asserted += 1;
      else if (cell.state === 'qualifies') tally.qualified += 1;
      else if (cell.state === 'contradicts') tally.contradicted += 1;
      else if (cell.state === 'silent') tally.silent += 1;
      else tally.pending += 1;
      if (cell.errs) tally.errors += 1;
      if (onlyItMakes(data, articleId, articleIds, roots)) tally.onlyItMakes += 1;
    }
    return tally;
  });
}
