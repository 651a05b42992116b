/**
 * One cell of the comparison: how an article treats a claim, "pending" when the article was added
 * after the claim was written and nobody has compared it yet, and whether it is named as erring.
 * Pure.
 */
import type { ClaimData, Stance } from '../../schemas/claim.ts';
import { stanceOf } from '../claims.ts';

/** A stance, or "pending" for an article not yet compared on the claim. */
export type CellState = Stance | 'pending';

export interface ComparisonCell {
  state: CellState;
  /** Named in `erroneousSources`: drawn with a ring. */
  errs: boolean;
}

/** How the matrix and claim pages word a pending cell. */
export const PENDING_LABEL = 'Not yet compared';

export const PENDING_DESCRIPTION = 'The article was added after this claim was compared; its stance has not been recorded yet.';

export function comparisonCell(claim: ClaimData, articleId: string): ComparisonCell {
  return {
    state: stanceOf(claim, articleId)?.stance ?? 'pending',
    errs: claim.erroneousSources.some((source) => source.id === articleId),
  };
}

/** The articles (of `articleIds`, in that order) that have no stance on the claim yet. */
export const pendingArticles = (claim: ClaimData, articleIds: readonly string[]): string[] =>
  articleIds.filter((id) => stanceOf(claim, id) === undefined);

/** The articles that address the claim (any stance but silent), in the order of `articleIds`. */
export const addressingArticles = (claim: ClaimData, articleIds: readonly string[]): string[] =>
  articleIds.filter((id) => {
    const stance = stanceOf(claim, id)?.stance;
    return stance !== undefined && stance !== 'silent';
  });
