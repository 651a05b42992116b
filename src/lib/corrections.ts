/**
 * The corrections log (`content/corrections.yaml`) as pages use it: newest first, by what an
 * entry concerns, and the day of the latest change. Pure.
 */
import type { CorrectionData, CorrectionKind } from '../schemas/correction.ts';

/** A log entry as pages and tests hold it: its id and parsed data. */
export interface CorrectionEntry {
  id: string;
  data: CorrectionData;
}

export const CORRECTION_KIND_LABELS: Record<CorrectionKind, string> = {
  published: 'Published',
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};

/** The entry's anchor on /corrections/ (its id, which is never renamed). */
export const correctionAnchor = (id: string): string => id;

/** Entries newest first; entries of one day keep the order of the file (which is newest first). */
export function newestFirst<T extends CorrectionEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        b.entry.data.date.localeCompare(a.entry.data.date) ||
        (a.entry.data.position ?? a.index) - (b.entry.data.position ?? b.index) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}

/** What an entry can concern. */
export type CorrectionSubject = { claim: string } | { event: string } | { country: string } | { article: string };

const FIELDS = { claim: 'claims', event: 'events', country: 'countries', article: 'articles' } as const;

/** The entries that concern one claim, event, country or article, newest first: its history. */
export function correctionsFor<T extends CorrectionEntry>(entries: readonly T[], subject: CorrectionSubject): T[] {
  const [kind, id] = Object.entries(subject)[0] as [keyof typeof FIELDS, string];
  return newestFirst(entries.filter((entry) => entry.data[FIELDS[kind]].some((reference) => reference.id === id)));
}

/** The day of the newest entry, or undefined for an empty log. */
export function latestCorrectionDay(entries: readonly CorrectionEntry[]): string | undefined {
  return newestFirst(entries)[0]?.data.date;
}
