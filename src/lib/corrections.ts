/**
 * Corrections and updates to this site's analysis, newest first. Each entry is published in the
 * RSS feed and on the method page; add one whenever a published claim, verdict or text changes.
 */
export interface Correction {
  /** Day of the change, "YYYY-MM-DD". */
  date: string;
  title: string;
  description: string;
  /** Page the change concerns, relative to the base. */
  path: string;
}

export const CORRECTIONS: readonly Correction[] = [
  {
    date: '2026-11-23',
    title: 'Site published',
    description: 'First publication of the five sources, restated in our own words, with their metadata.',
    path: 'articles/',
  },
];
