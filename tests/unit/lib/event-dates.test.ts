import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  eventDatetime,
  eventInterval,
  formatEventDate,
  formatEventDateCore,
  partialDateInterval,
  sortEvents,
} from '../../../src/lib/event-dates.ts';
import type { EventDate } from '../../../src/schemas/event.ts';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const span = (date: EventDate) => {
  const { start, end } = eventInterval(date);
  return [iso(start), iso(end)];
};

describe('partialDateInterval', () => {
  it('covers one day, one month or one year, end exclusive', () => {
    expect(partialDateInterval('2025-10-09')).toEqual({ start: new Date('2025-10-09T00:00:00Z'), end: new Date('2025-10-10T00:00:00Z') });
    expect(partialDateInterval('2024-12')).toEqual({ start: new Date('2024-12-01T00:00:00Z'), end: new Date('2025-01-01T00:00:00Z') });
    expect(partialDateInterval('1992')).toEqual({ start: new Date('1992-01-01T00:00:00Z'), end: new Date('1993-01-01T00:00:00Z') });
  });

  it('rolls over month and year ends', () => {
    expect(partialDateInterval('2024-02-29').end).toEqual(new Date('2024-03-01T00:00:00Z'));
    expect(partialDateInterval('2025-12-31').end).toEqual(new Date('2026-01-01T00:00:00Z'));
  });
});

describe('eventInterval', () => {
  it('gives each precision its honest span', () => {
    expect(span({ precision: 'day', value: '2025-10-10' })).toEqual(['2025-10-10', '2025-10-11']);
    expect(span({ precision: 'month', value: '2024-03' })).toEqual(['2024-03-01', '2024-04-01']);
    expect(span({ precision: 'year', value: 2019 })).toEqual(['2019-01-01', '2020-01-01']);
  });

  it('splits a year into thirds for early, mid and late', () => {
    expect(span({ precision: 'season', year: 2025, part: 'early' })).toEqual(['2025-01-01', '2025-05-01']);
    expect(span({ precision: 'season', year: 2025, part: 'mid' })).toEqual(['2025-05-01', '2025-09-01']);
    expect(span({ precision: 'season', year: 2023, part: 'late' })).toEqual(['2023-09-01', '2024-01-01']);
  });

  it('includes the whole last day, month or year of a range', () => {
    expect(span({ precision: 'range', start: '1965', end: '1992' })).toEqual(['1965-01-01', '1993-01-01']);
    expect(span({ precision: 'range', start: '2024-09', end: '2024-10' })).toEqual(['2024-09-01', '2024-11-01']);
    expect(span({ precision: 'range', start: '2025-10', end: '2026' })).toEqual(['2025-10-01', '2027-01-01']);
  });

  it('rejects a range that ends before it starts', () => {
    expect(() => eventInterval({ precision: 'range', start: '2025', end: '2024-06' })).toThrow(/ends \(2024-06\) before it starts \(2025\)/);
  });
});

describe('formatEventDate', () => {
  const happened = { approximate: false, status: 'happened' as const };

  it('words each precision as the sources give it', () => {
    expect(formatEventDateCore({ precision: 'day', value: '2025-10-09' })).toBe('9 October 2025');
    expect(formatEventDateCore({ precision: 'month', value: '2024-03' })).toBe('March 2024');
    expect(formatEventDateCore({ precision: 'year', value: 2007 })).toBe('2007');
    expect(formatEventDateCore({ precision: 'season', year: 2025, part: 'early' })).toBe('early 2025');
    expect(formatEventDateCore({ precision: 'season', year: 2024, part: 'mid' })).toBe('mid-2024');
    expect(formatEventDateCore({ precision: 'season', year: 2023, part: 'late' })).toBe('late 2023');
  });

  it('shares what the two ends of a range share', () => {
    expect(formatEventDateCore({ precision: 'range', start: '1965', end: '1992' })).toBe('1965–1992');
    expect(formatEventDateCore({ precision: 'range', start: '2024-09', end: '2024-10' })).toBe('September–October 2024');
    expect(formatEventDateCore({ precision: 'range', start: '2023-09', end: '2024-06' })).toBe('September 2023 – June 2024');
    expect(formatEventDateCore({ precision: 'range', start: '2025-10', end: '2026' })).toBe('October 2025 – 2026');
    expect(formatEventDateCore({ precision: 'range', start: '2025-10-09', end: '2025-10-11' })).toBe('9 October 2025 – 11 October 2025');
  });

  it('marks approximate and expected dates', () => {
    expect(formatEventDate({ ...happened, date: { precision: 'year', value: 2013 } })).toBe('2013');
    expect(formatEventDate({ ...happened, approximate: true, date: { precision: 'year', value: 2013 } })).toBe('c. 2013');
    expect(formatEventDate({ approximate: true, status: 'expected', date: { precision: 'range', start: '2025-10', end: '2026' } })).toBe(
      'c. October 2025 – 2026 (expected)',
    );
  });
});

describe('eventDatetime', () => {
  it('gives a machine-readable value only for a single day, month or year', () => {
    expect(eventDatetime({ precision: 'day', value: '2025-10-09' })).toBe('2025-10-09');
    expect(eventDatetime({ precision: 'month', value: '2024-03' })).toBe('2024-03');
    expect(eventDatetime({ precision: 'year', value: 1945 })).toBe('1945');
    expect(eventDatetime({ precision: 'season', year: 2025, part: 'early' })).toBeUndefined();
    expect(eventDatetime({ precision: 'range', start: '1965', end: '1992' })).toBeUndefined();
  });
});

describe('sortEvents', () => {
  const event = (id: string, date: EventDate) => ({ id, data: { date, approximate: false, status: 'happened' as const } });

  it('orders by start, then shorter span first, then id', () => {
    const events = [
      event('parade', { precision: 'day', value: '2025-10-10' }),
      event('month', { precision: 'month', value: '2025-10' }),
      event('anniversary-talks', { precision: 'day', value: '2025-10-10' }),
      event('arrival', { precision: 'day', value: '2025-10-01' }),
      event('founding', { precision: 'year', value: 1945 }),
    ];
    expect(sortEvents(events).map((item) => item.id)).toEqual(['founding', 'arrival', 'month', 'anniversary-talks', 'parade']);
  });

  it('gives the same order whatever the input order', () => {
    const a = event('b-event', { precision: 'day', value: '2025-10-10' });
    const b = event('a-event', { precision: 'day', value: '2025-10-10' });
    expect(sortEvents([a, b])).toEqual(sortEvents([b, a]));
    expect(compareEvents(a, a)).toBe(0);
  });
});
