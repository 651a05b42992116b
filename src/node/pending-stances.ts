/**
 * The pending-stance report of `npm run check`: claims that still lack a stance from an article
 * (usually one added after the claims were written). A warning by default, so a new source can be
 * merged before every claim is compared; an error with `--strict` (CI may choose it).
 */
import type { CheckedEntry } from '../lib/integrity.ts';
import { formatPendingStances, pendingStances } from '../lib/comparison/pending.ts';
import type { ClaimData } from '../schemas/claim.ts';

/** The warning lines for the checked content; none when every claim has a stance from every article. */
export function pendingStanceWarnings(content: { articles?: readonly CheckedEntry[]; claims?: readonly CheckedEntry[] }): string[] {
  const articleIds = (content.articles ?? []).map((article) => article.id);
  const claims = (content.claims ?? []).map((claim) => ({ id: claim.id, filePath: claim.filePath, data: claim.data as ClaimData }));
  return formatPendingStances(pendingStances(claims, articleIds));
}

/** Prints the warnings; returns whether the check must fail because of them. */
export function reportPendingStances(warnings: readonly string[], strict: boolean): boolean {
  if (warnings.length === 0) return false;
  const heading = `${strict ? 'Content check failed' : 'Warning'}: ${warnings.length} claim${warnings.length === 1 ? '' : 's'} not yet compared with every source${strict ? ' (--strict)' : ''}.`;
  (strict ? console.error : console.warn)(`${heading}\n${warnings.join('\n')}`);
  return strict;
}
