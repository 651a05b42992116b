/**
 * "Last updated" for the home page: the last commit that touched content/, when the git history
 * is complete enough to know it; otherwise the newest entry in the corrections log, which is
 * itself content and so never later than the truth about what readers see.
 */
import { latestCorrectionDay, type CorrectionEntry } from './corrections.ts';

export interface LastUpdatedInput {
  /** ISO date-time of the newest commit touching content/, if git answered. */
  gitDate: string | undefined;
  /** True in a shallow clone, where the newest content commit may be missing. */
  shallow: boolean;
  /** The corrections log (content/corrections.yaml). */
  corrections: readonly CorrectionEntry[];
}

export interface LastUpdated {
  day: string;
  from: 'git' | 'corrections';
}

export function lastUpdated({ gitDate, shallow, corrections }: LastUpdatedInput): LastUpdated {
  if (gitDate && !shallow && /^\d{4}-\d{2}-\d{2}/.test(gitDate)) {
    // The commit's own calendar day in UTC, so the result does not depend on the build machine.
    return { day: new Date(gitDate).toISOString().slice(0, 10), from: 'git' };
  }
  const day = latestCorrectionDay(corrections);
  if (day === undefined) {
    throw new Error('content/corrections.yaml is empty: it needs at least the entry for the site’s first publication.');
  }
  return { day, from: 'corrections' };
}
