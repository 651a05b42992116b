import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { countriesCsv, countryRecord, eventRecord, eventsCsv } from '../../../src/lib/data-export.ts';
import type { CountryData } from '../../../src/schemas/country.ts';
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
    sources: [{ article: ref('articles', 'dw'), passage: 'first time in 18 years' }] as EventData['sources'],
    accounts: [],
    outsideSources: [],
    ...extra,
  },
});

describe('eventRecord', () => {
  it('spells out the days a month-precision date covers, inclusive', () => {
    const record = eventRecord(event('march', { precision: 'month', value: '2024-03' }));
    expect(record).toMatchObject({ start: '2024-03-01', end: '2024-03-31', dateLabel: 'March 2024', countries: ['vnm', 'lao'] });
    expect(record.sources).toEqual([{ article: 'dw', passage: 'first time in 18 years', quote: null, speaker: null }]);
  });

  it('publishes a quote with its speaker, and an account with its citation fields', () => {
    const quote = { article: ref('articles', 'dw'), quote: 'It was a sign of legitimacy', speaker: 'Kogan' } as EventData['sources'][number];
    const record = eventRecord(event('quoted', { precision: 'day', value: '2025-10-10' }, { sources: [quote], accounts: [{ version: 'A version.', source: quote }] }));
    expect(record.sources).toEqual([{ article: 'dw', passage: null, quote: 'It was a sign of legitimacy', speaker: 'Kogan' }]);
    expect(record.accounts).toEqual([{ version: 'A version.', article: 'dw', passage: null, quote: 'It was a sign of legitimacy', speaker: 'Kogan' }]);
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

describe('CSV downloads and spreadsheet formulas', () => {
  it('neutralise a title or quote that a spreadsheet would run as a formula', () => {
    const hostile = event('hostile', { precision: 'day', value: '2025-10-10' }, {
      title: '=HYPERLINK("https://example.org","click")',
      sources: [{ article: ref('articles', 'dw'), quote: 'x' }] as EventData['sources'],
    });
    const [row] = csvParse(eventsCsv([hostile]));
    expect(row?.['title']).toBe(`'=HYPERLINK("https://example.org","click")`);
    expect(row?.['id']).toBe('hostile');
  });
});

describe('countries export', () => {
  const tiered = {
    id: 'tha',
    numeric: '764',
    name: 'Thailand',
    region: 'Southeast Asia',
    tier: 'enforcement-only',
    rationale: 'No party ties, yet a laundering node.',
    sources: [{ article: ref('articles', 'tiers'), passage: 'Thai casinos' }],
    affinity: { level: 'none', rationale: 'r', sources: [] },
    enforcement: { level: 'weak', rationale: 'r', sources: [{ article: ref('articles', 'tiers'), passage: 'Thai casinos' }] },
    disagreements: [],
  } as unknown as CountryData;
  const context = { id: 'prk', numeric: '408', name: 'North Korea', region: 'Northeast Asia', sources: [], disagreements: [] } as unknown as CountryData;

  it('publishes tier fields for Southeast Asian states and nulls for context states', () => {
    expect(countryRecord(tiered)).toMatchObject({ iso3: 'THA', tier: 'enforcement-only', enforcement: { level: 'weak' }, sources: [{ article: 'tiers', passage: 'Thai casinos' }] });
    expect(countryRecord(context)).toMatchObject({ iso3: 'PRK', tier: null, tierLabel: null, affinity: null, enforcement: null });
  });

  it('writes a CSV row per country with empty cells where a field does not apply', () => {
    const rows = csvParse(countriesCsv([tiered, context]));
    expect(rows.map((row) => [row['id'], row['tier'], row['enforcement']])).toEqual([
      ['tha', 'enforcement-only', 'weak'],
      ['prk', '', ''],
    ]);
  });
});
