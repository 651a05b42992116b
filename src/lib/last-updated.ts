/**
 * "Last updated" for the home page: the last commit that touched content/, when the git history
 * is complete enough to know it; otherwise the newest entry in the corrections log, which is
 * itself content and so never later than the truth about what readers see.
 */
export interface LastUpdatedInput {
  /** ISO date-time of the newest commit touching content/, if git answered. */
  gitDate: string | undefined;
  /** True in a shallow clone, where the newest content commit may be missing. */
  shallow: boolean;
  /** Newest "YYYY-MM-DD" from the corrections log. */
  fallbackDay: string;
}

export interface LastUpdated {
  day: string;
  from: 'git' | 'corrections';
}

export function lastUpdated({ gitDate, shallow, fallbackDay }: LastUpdatedInput): LastUpdated {
  if (gitDate && !shallow && /^\d{4}-\d{2}-\d{2}/.test(gitDate)) {
    // The commit's own calendar day in UTC, so the result does not depend on the build machine.
    return { day: new Date(gitDate).toISOString().slice(0, 10), from: 'git' };
  }
  return { day: fallbackDay, from: 'corrections' };
}
