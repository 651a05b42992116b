/**
 * Which claims still need a stance from which article: the work left after a new source is added.
 * `npm run check` prints it as warnings (errors with `--strict`). Pure.
 */
import type { ClaimData } from '../../schemas/claim.ts';
import { pendingArticles } from './cells.ts';

export interface PendingStance {
  /** The claim file, e.g. "content/claims/to-lam-is-a-man.yaml". */
  file: string;
  claimId: string;
  /** Articles without a stance on this claim, sorted by id. */
  articles: string[];
}

/** Every claim that lacks a stance from one or more of `articleIds`, in claim id order. */
export function pendingStances(claims: readonly { id: string; filePath: string; data: ClaimData }[], articleIds: readonly string[]): PendingStance[] {
  const sortedIds = [...articleIds].sort();
  return [...claims]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((claim) => ({ file: claim.filePath, claimId: claim.id, articles: pendingArticles(claim.data, sortedIds) }))
    .filter((item) => item.articles.length > 0);
}

/** One line per claim for the editor: file first, then what to add. */
export function formatPendingStances(pending: readonly PendingStance[]): string[] {
  return pending.map(
    (item) =>
      `${item.file}: stances: not yet compared with ${item.articles.map((id) => `"${id}"`).join(', ')}. Add a stance for ${item.articles.length === 1 ? 'it' : 'each'} (use "silent" if the article does not address the claim).`,
  );
}
