/**
 * The machine-readable downloads under /data/: flat, stable records built from the collections.
 * JSON keeps nested citations; CSV flattens them into one row per entry for spreadsheets.
 */
import { csvFormat } from 'd3';
import type { EventData } from '../schemas/event.ts';
import { eventInterval, formatEventDate, sortEvents } from './event-dates.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface EventEntry {
  id: string;
  data: EventData;
}

/** One event as published in events.json: ids instead of references, dates spelled out. */
export function eventRecord({ id, data }: EventEntry) {
  const interval = eventInterval(data.date);
  return {
    id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    dateLabel: formatEventDate(data),
    /** First day the date covers. */
    start: isoDay(interval.start),
    /** Last day the date covers (inclusive). */
    end: isoDay(new Date(interval.end.getTime() - 86_400_000)),
    approximate: data.approximate,
    status: data.status,
    category: data.category,
    countries: data.countries.map((country) => country.id),
    sources: data.sources.map((source) => ({ article: source.article.id, quote: source.quote })),
    accounts: data.accounts.map((account) => ({ version: account.version, article: account.source.article.id, quote: account.source.quote })),
  };
}

export const eventRecords = (events: readonly EventEntry[]) => sortEvents(events).map(eventRecord);

/** events.csv: one row per event, lists joined with "; ", citations as "article: quote". */
export function eventsCsv(events: readonly EventEntry[]): string {
  return csvFormat(
    eventRecords(events).map((record) => ({
      id: record.id,
      title: record.title,
      summary: record.summary,
      date_label: record.dateLabel,
      date_precision: record.date.precision,
      start: record.start,
      end: record.end,
      approximate: String(record.approximate),
      status: record.status,
      category: record.category,
      countries: record.countries.join('; '),
      sources: record.sources.map((source) => `${source.article}: ${source.quote}`).join('; '),
      disagreements: String(record.accounts.length),
    })),
  );
}
