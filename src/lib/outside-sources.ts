/**
 * Outside records (facts from beyond the sources): how their dates read, and which texts
 * say they rest on such facts, so that a check can demand a record for each.
 */
import { formatDay, formatMonth } from './format.ts';

/** A record's date at its own precision: "1 May 2025", "March 2024" or "2013". */
export function formatRecordDate(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDay(date);
  if (/^\d{4}-\d{2}$/.test(date)) return formatMonth(date);
  return date;
}

/** The phrases our texts use when a statement rests on facts outside the sources (older texts say "the five sources"). */
const OUTSIDE_FACT_MARKERS = [/\boutside the (five )?sources\b/i, /\boutside knowledge\b/i, /\bpublic record\b/i, /\bas of (january|february|march|april|may|june|july|august|september|october|november|december) \d{4}\b/i];

/** True when a text says it relies on facts outside the sources. */
export const reliesOnOutsideFacts = (text: string | undefined): boolean => text !== undefined && OUTSIDE_FACT_MARKERS.some((marker) => marker.test(text));

