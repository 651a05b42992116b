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
