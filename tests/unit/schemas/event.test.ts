import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/event.ts';
import { plainReference } from '../../fixtures/reference.ts';

const schema = eventSchema(plainReference);

const valid = {
  title: 'Parade for the party anniversary',
  summary: 'Pyongyang holds a parade.',
  date: { precision: 'day', value: '2025-10-10' },
  category: 'party-channel',
  countries: ['prk'],
  sources: [{ article: 'rogue-state-alliance-asean', passage: 'Kim Il Sung Square' }],
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('event schema', () => {
  it('rejects a date range that ends before it starts, and accepts one that ends in its start month', () => {
    expect(messages({ ...valid, date: { precision: 'range', start: '2025-05', end: '2025-03' } })).toEqual([
      'date.end: The range ends (2025-03) before it starts (2025-05): swap start and end, or correct the one that is wrong.',
    ]);
    expect(messages({ ...valid, date: { precision: 'range', start: '2025-03-10', end: '2025-03' } })).toEqual([]);
    expect(messages({ ...valid, date: { precision: 'range', start: 2024, end: '2023-12-31' } })).toHaveLength(1);
  });

  it('rejects a "happened" event dated after today, today coming from the injected clock', () => {
    const onDay = (today: string) => eventSchema(plainReference, { today });
    const future = { ...valid, date: { precision: 'month', value: '2026-01' } };
    expect(onDay('2025-12-31').safeParse(future).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'status: The event is marked "happened" (the default) but its date begins on 2026-01-01, after today (2025-12-31): set status: expected, or correct the date.',
    ]);
    expect(onDay('2026-01-01').safeParse(future).success).toBe(true);
    expect(onDay('2025-12-31').safeParse({ ...future, status: 'expected' }).success).toBe(true);
    expect(onDay('2025-04-30').safeParse({ ...valid, date: { precision: 'season', year: 2025, part: 'mid' } }).success).toBe(false);
  });

  it('rejects a country or a citation given twice, at the repeat', () => {
    expect(messages({ ...valid, countries: ['prk', 'vnm', 'prk'] })).toEqual(['countries.2: "prk" is already item 1 of the countries; remove the repeat.']);
    expect(messages({ ...valid, sources: [valid.sources[0], valid.sources[0]] })).toEqual(['sources.1: The citation "Kim Il Sung Square" is already item 1 of the sources; remove the repeat.']);
  });

  it('accepts an event and defaults its flags', () => {
    const data = schema.parse(valid);
    expect(data.approximate).toBe(false);
    expect(data.status).toBe('happened');
    expect(data.accounts).toEqual([]);
    expect(data.sources[0]?.article).toEqual({ id: 'rogue-state-alliance-asean', collection: 'articles' });
  });

  it('accepts every precision the sources use', () => {
    for (const date of [
      { precision: 'month', value: '2024-03' },
      { precision: 'year', value: 2007 },
      { precision: 'season', year: 2025, part: 'early' },
      { precision: 'range', start: '1965', end: '1992' },
      { precision: 'range', start: '2023-09', end: '2024-06' },
    ]) {
      expect(messages({ ...valid, date })).toEqual([]);
    }
  });

  it('rejects a month given as a day and an impossible day', () => {
    expect(messages({ ...valid, date: { precision: 'month', value: '2024-13' } })).toEqual([
      'date.value: Use the form "YYYY-MM" in quotes, e.g. "2024-03".',
    ]);
    expect(messages({ ...valid, date: { precision: 'day', value: '2025-02-30' } })).toEqual([
      'date.value: Use a real calendar date "YYYY-MM-DD" in quotes, e.g. "2025-10-10".',
    ]);
  });

  it('names the allowed categories and precisions', () => {
    expect(messages({ ...valid, category: 'diplomacy' })[0]).toBe(
      'category: Set category to one of: party-channel, state-diplomacy, sanctions-enforcement, illicit-finance-cyber, military-arms, economy-trade.',
    );
    expect(messages({ ...valid, date: { precision: 'decade', value: '2020' } })[0]).toBe(
      'date.precision: Set date.precision to one of: day, month, year, season, range.',
    );
  });

  it('requires at least one source and a real passage or quote', () => {
    expect(messages({ ...valid, sources: [] })).toEqual(['sources: Cite at least one source: { article, passage } (or { article, quote } for words the article quotes).']);
    expect(messages({ ...valid, sources: [{ article: 'x', passage: 'ab' }] })).toEqual([
      'sources.0.passage: Cite at least a few words so the passage identifies the place in the article.',
    ]);
    expect(messages({ ...valid, sources: [{ article: 'x', quote: 'ab' }] })).toEqual([
      'sources.0.quote: Cite at least a few words so the quote identifies the place in the article.',
    ]);
  });

  it('accepts a quote with a speaker in accounts', () => {
    expect(messages({ ...valid, accounts: [{ version: 'Kogan calls it legitimacy.', source: { article: 'dw', quote: 'It was a sign of legitimacy', speaker: 'Kogan' } }] })).toEqual([]);
  });
});
