/**
 * Event dates as the sources give them: the time interval each date covers, reader-facing wording
 * that keeps the precision honest ("March 2024", "early 2025", "c. 2013"), and the chronological
 * order of events. Pure and deterministic (UTC, no "now").
 */
import type { EventData, EventDate } from '../schemas/event.ts';
import { formatDay, formatMonth } from './format.ts';

/** A half-open interval [start, end) in UTC. */
export interface Interval {
  start: Date;
  end: Date;
}

/** An event as far as dates and ordering are concerned. */
export interface DatedEvent {
  id: string;
  data: Pick<EventData, 'date' | 'approximate' | 'status'>;
}

/**
 * The months each named part of a year covers: the year split into thirds, so "early 2025" is
 * January–April, "mid" May–August and "late" September–December.
 */
export const SEASON_MONTHS = {
  early: { first: 1, last: 4 },
  mid: { first: 5, last: 8 },
  late: { first: 9, last: 12 },
} as const satisfies Record<string, { first: number; last: number }>;

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** A day "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY" as the interval it covers. */
export function partialDateInterval(value: string): Interval {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return { start: utc(year, month, day), end: utc(year, month, day + 1) };
  if (month !== undefined) return { start: utc(year, month), end: utc(year, month + 1) };
  return { start: utc(year), end: utc(year + 1) };
}

/** The interval an event date covers: a day is one day long, a month a month, a range start to end inclusive. */
export function eventInterval(date: EventDate): Interval {
  switch (date.precision) {
    case 'day':
    case 'month':
      return partialDateInterval(date.value);
    case 'year':
      return partialDateInterval(String(date.value));
    case 'season': {
      const { first, last } = SEASON_MONTHS[date.part];
      return { start: utc(date.year, first), end: utc(date.year, last + 1) };
    }
    case 'range': {
      const start = partialDateInterval(date.start).start;
      const end = partialDateInterval(date.end).end;
      if (end <= start) throw new RangeError(`Date range ends (${date.end}) before it starts (${date.start}).`);
      return { start, end };
    }
  }
}

/** "2025-10-09" → "9 October 2025", "2024-03" → "March 2024", "1992" → "1992". */
export function formatPartialDate(value: string): string {
  const parts = value.split('-').length;
  if (parts === 3) return formatDay(value);
  if (parts === 2) return formatMonth(value);
  return value;
}

const SEASON_WORDS = { early: 'early', mid: 'mid-', late: 'late' } as const;

/** Two endpoints of a range, sharing what they share: "1965–1992", "September–October 2024", "October 2025 – 2026". */
function formatRange(start: string, end: string): string {
  const [startYear, startMonth, startDay] = start.split('-');
  const [endYear, endMonth, endDay] = end.split('-');
  const monthName = (value: string) => formatMonth(value).split(' ')[0];
  if (startDay === undefined && endDay === undefined && startYear === endYear && startMonth && endMonth) {
    return `${monthName(start)}–${monthName(end)} ${startYear}`;
  }
  if (startMonth === undefined && endMonth === undefined) return `${startYear}–${endYear}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** The date as precisely as the sources give it, without flags. */
export function formatEventDateCore(date: EventDate): string {
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatPartialDate(date.value);
    case 'year':
      return String(date.value);
    case 'season':
      return date.part === 'mid' ? `${SEASON_WORDS.mid}${date.year}` : `${SEASON_WORDS[date.part]} ${date.year}`;
    case 'range':
      return formatRange(date.start, date.end);
  }
}

/** Reader-facing date: "c." when the date is approximate, "(expected)" for forward-looking events. */
export function formatEventDate(data: DatedEvent['data']): string {
  const core = formatEventDateCore(data.date);
  return `${data.approximate ? 'c. ' : ''}${core}${data.status === 'expected' ? ' (expected)' : ''}`;
}

/** Value for `<time datetime>` when the date is one day, month or year; undefined for seasons and ranges. */
export function eventDatetime(date: EventDate): string | undefined {
  if (date.precision === 'day' || date.precision === 'month') return date.value;
  if (date.precision === 'year') return String(date.value);
  return undefined;
}

/**
 * Chronological order: by start, then by end (shorter first), then by id, so events on the same
 * day always come out in the same order.
 */
export function compareEvents(a: DatedEvent, b: DatedEvent): number {
  const left = eventInterval(a.data.date);
  const right = eventInterval(b.data.date);
  return (
    left.start.getTime() - right.start.getTime() ||
    left.end.getTime() - right.end.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sorted copy (see `compareEvents`). */
export function sortEvents<T extends DatedEvent>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}
