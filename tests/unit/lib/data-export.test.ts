import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { eventRecord, eventsCsv } from '../../../src/lib/data-export.ts';
import type { EventData } from '../../../src/schemas/event.ts';

const ref = <C extends string>(collection: C, id: string) => ({ id, collection });

const event = (id: string, date: EventData['date'], extra: Partial<EventData> = {}): { id: string; data: EventData } => ({
  id,
  data: {
    title: `Title ${id}`,
    summary: 'A summary, with a comma and "quotes".',
    date,
    approximate: false,
    status: 'happened',
    category: 'party-channel',
    countries: [ref('countries', 'vnm'), ref('countries', 'lao')] as EventData['countries'],
    sources: [{ article: ref('articles', 'dw'), quote: 'first time in 18 years' }] as EventData['sources'],
    accounts: [],
    ...extra,
  },
});

describe('eventRecord', () => {
  it('spells out the days a month-precision date covers, inclusive', () => {
    const record = eventRecord(event('march', { precision: 'month', value: '2024-03' }));
    expect(record).toMatchObject({ start: '2024-03-01', end: '2024-03-31', dateLabel: 'March 2024', countries: ['vnm', 'lao'] });
    expect(record.sources).toEqual([{ article: 'dw', quote: 'first time in 18 years' }]);
  });

  it('covers a range of years from the first day to the last', () => {
    expect(eventRecord(event('kaysone', { precision: 'range', start: '1965', end: '1992' }))).toMatchObject({ start: '1965-01-01', end: '1992-12-31' });
  });
});

describe('eventsCsv', () => {
  it('writes one parseable row per event in date order, quoting text safely', () => {
    const csv = eventsCsv([event('later', { precision: 'day', value: '2025-10-10' }), event('earlier', { precision: 'year', value: 2007 })]);
    const rows = csvParse(csv);
    expect(rows.map((row) => row['id'])).toEqual(['earlier', 'later']);
    expect(rows[0]?.['summary']).toBe('A summary, with a comma and "quotes".');
    expect(rows[1]).toMatchObject({ start: '2025-10-10', end: '2025-10-10', countries: 'vnm; lao', sources: 'dw: first time in 18 years', disagreements: '0' });
  });
});
