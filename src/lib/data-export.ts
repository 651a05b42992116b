/**
 * The machine-readable downloads under /data/: flat, stable records built from the collections.
 * JSON keeps nested citations; CSV flattens them into one row per entry for spreadsheets, with
 * cells that a spreadsheet would run as a formula neutralised (`src/lib/csv.ts`).
 */

import type { Citation } from '../schemas/common.ts';
import type { CountryData } from '../schemas/country.ts';
import type { EventData } from '../schemas/event.ts';
import { eventInterval, formatEventDate, sortEvents } from './event-dates.ts';
import { isoCode } from './format.ts';
import { spreadsheetCsv } from './csv.ts';
import { TIER_INFO } from './tiers.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A citation as published: `passage` (words of our restatement) or `quote` (the source's own
 * words) with its `speaker`; the other fields null, so every record has the same keys.
 */
export const citationRecord = (citation: Citation) => ({
  article: citation.article.id,
  passage: citation.passage ?? null,
  quote: citation.quote ?? null,
  speaker: citation.speaker ?? null,
});
const citationRecords = (citations: readonly Citation[]) => citations.map(citationRecord);
const citationCell = (citations: readonly ReturnType<typeof citationRecord>[]) =>
  citations.map((citation) => `${citation.article}: ${citation.quote !== null ? `“${citation.quote}”` : citation.passage}`).join('; ');

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
    sources: citationRecords(data.sources),
    accounts: data.accounts.map((account) => ({ version: account.version, ...citationRecord(account.source) })),
  };
}

export const eventRecords = (events: readonly EventEntry[]) => sortEvents(events).map(eventRecord);

/** events.csv: one row per event, lists joined with "; ", citations as "article: passage" (a quote in quotation marks). */
export function eventsCsv(events: readonly EventEntry[]): string {
  return spreadsheetCsv(
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
      sources: citationCell(record.sources),
      disagreements: String(record.accounts.length),
    })),
  );
}

/** One country as published in countries.json; tier fields only for Southeast Asian states. */
export function countryRecord(data: CountryData) {
  return {
    id: data.id,
    iso3: isoCode(data.id),
    numeric: data.numeric,
    name: data.name,
    region: data.region,
    tier: data.tier ?? null,
    tierLabel: data.tier ? TIER_INFO[data.tier].label : null,
    rationale: data.rationale ?? null,
    sources: citationRecords(data.sources),
    affinity: data.affinity ? { level: data.affinity.level, rationale: data.affinity.rationale, sources: citationRecords(data.affinity.sources) } : null,
    enforcement: data.enforcement
      ? { level: data.enforcement.level, rationale: data.enforcement.rationale, sources: citationRecords(data.enforcement.sources) }
      : null,
    disagreements: data.disagreements.map((disagreement) => ({
      topic: disagreement.topic,
      views: disagreement.views.map((view) => ({ view: view.view, ...citationRecord(view.source) })),
    })),
  };
}

/** countries.csv: one row per country; levels as words, citations as "article: passage" (a quote in quotation marks). */
export function countriesCsv(countries: readonly CountryData[]): string {
  return spreadsheetCsv(
    countries.map(countryRecord).map((record) => ({
      id: record.id,
      iso3: record.iso3,
      numeric: record.numeric,
      name: record.name,
      region: record.region,
      tier: record.tier ?? '',
      rationale: record.rationale ?? '',
      affinity: record.affinity?.level ?? '',
      enforcement: record.enforcement?.level ?? '',
      sources: citationCell(record.sources),
      disagreements: String(record.disagreements.length),
    })),
  );
}
