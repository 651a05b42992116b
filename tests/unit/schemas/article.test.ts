import { describe, expect, it } from 'vitest';
import { articleSchema, isMachineWritten } from '../../../src/schemas/article.ts';
import { plainReference } from '../../fixtures/reference.ts';

const schema = articleSchema(plainReference);

const valid = {
  title: 'A headline',
  shortName: 'DW',
  outlet: { name: 'DW', url: 'https://www.dw.com/' },
  published: { precision: 'day', date: '2025-10-19', asGiven: '10/19/2025' },
  genre: 'news-report',
  provenance: { kind: 'original', evidence: ['A byline and the outlet’s own page.'], captured: { on: '2026-11-20', note: 'Saved from the browser that day.' } },
  summary: 'One paragraph.',
  countries: ['vnm'],
};

/** The messages of a failed parse, as "path: message". */
function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const data = schema.parse(valid);
    expect(data.authors).toEqual([]);
    expect(data.people).toEqual([]);
    expect(data.countries).toEqual([{ id: 'vnm', collection: 'countries' }]);
  });

  it('accepts a date with time, and an undated page with inferred bounds', () => {
    expect(messages({ ...valid, published: { precision: 'datetime', date: '2025-10-18', time: '15:04' } })).toEqual([]);
    expect(messages({ ...valid, published: { precision: 'unknown', notBefore: '2025-10-10', note: 'Inferred from the parade it reports.' } })).toEqual([]);
  });

  it('requires one short name, short enough to head a matrix column', () => {
    const { shortName: _omitted, ...withoutShortName } = valid;
    expect(messages(withoutShortName)).toEqual(['shortName: Write a short name for the source (a word or two, e.g. "CNA") as text.']);
    expect(messages({ ...valid, shortName: 'A name far too long for a column' })).toEqual(['shortName: Keep shortName to 18 characters or fewer: it heads a narrow matrix column.']);
    expect(messages({ ...valid, shortName: 'Rogue-state page' })).toEqual([]);
  });

  it('asks for a title when it is missing or blank', () => {
    const { title: _omitted, ...withoutTitle } = valid;
    expect(messages(withoutTitle)).toEqual(['title: Write the title (the headline as the source prints it) as text.']);
    expect(messages({ ...valid, title: '  ' })).toEqual(['title: Write the title (the headline as the source prints it); it must not be empty.']);
  });

  it('rejects impossible dates and explains unquoted YAML dates', () => {
    expect(messages({ ...valid, published: { precision: 'day', date: '2025-13-45' } })).toEqual([
      'published.date: Use a real calendar date in the form "YYYY-MM-DD", e.g. "2025-10-10".',
    ]);
    expect(messages({ ...valid, published: { precision: 'day', date: new Date('2025-10-19') } })).toEqual([
      'published.date: Put the date in quotes, e.g. "2025-10-10": unquoted YAML dates are silently converted and can hide typos.',
    ]);
  });

  it('does not let an undated page pretend to a day, or a dated page go without one', () => {
    expect(articleSchema(plainReference, { today: '2025-10-18' }).safeParse({ ...valid, published: { precision: 'day', date: '2025-10-19' } }).error?.issues[0]?.message).toBe(
      'The publication date 2025-10-19 is after today (2025-10-18); correct it.',
    );
    expect(articleSchema(plainReference, { today: '2025-10-19' }).safeParse({ ...valid, published: { precision: 'day', date: '2025-10-19' } }).success).toBe(true);
    expect(messages({ ...valid, published: { precision: 'unknown', notBefore: '2025-10-10', notAfter: '2025-10-01', note: 'x' } })).toEqual([
      'published.notAfter: notAfter (2025-10-01) is earlier than notBefore (2025-10-10): swap them, or correct the one that is wrong.',
    ]);
    expect(messages({ ...valid, published: { precision: 'unknown', date: '2025-10-10', note: 'x' } })).toEqual([
      'published: Unknown field "date": check the spelling against CONTRIBUTING.md, or remove it.',
    ]);
    expect(messages({ ...valid, published: { precision: 'day' } })[0]).toMatch(/^published\.date: /);
    expect(messages({ ...valid, published: { precision: 'sometime' } })).toEqual([
      'published.precision: Set published.precision to "datetime", "day" or "unknown" (for a page that gives no full date).',
    ]);
  });

  it('rejects a time that is not HH:MM', () => {
    expect(messages({ ...valid, published: { precision: 'datetime', date: '2025-10-18', time: '3:04 pm' } })).toEqual([
      'published.time: Write the time as "HH:MM" on a 24-hour clock, e.g. "15:04".',
    ]);
  });

  it('names the allowed genres when the genre is unknown', () => {
    expect(messages({ ...valid, genre: 'opinion' })).toEqual([
      'genre: Set genre to one of: news-report, commentary, analysis, ai-rewritten, ai-generated, report-summary.',
    ]);
  });

  it('requires at least one country and rejects unknown fields', () => {
    expect(messages({ ...valid, countries: [] })).toEqual([
      'countries: List at least one country the article discusses (ids from content/countries.yaml).',
    ]);
    expect(messages({ ...valid, slug: 'other' })).toEqual([': Unknown field "slug": check the spelling against CONTRIBUTING.md, or remove it.']);
  });

  it('requires the provenance of the captured text', () => {
    const { provenance: _omitted, ...withoutProvenance } = valid;
    expect(messages(withoutProvenance)).toEqual(['provenance: This is empty; fill in the fields (see CONTRIBUTING.md) or delete it.']);
  });

  it('no longer accepts the old republishedFrom and originalUrl fields', () => {
    expect(messages({ ...valid, republishedFrom: { name: 'The Interpreter' } })).toEqual([
      ': Unknown field "republishedFrom": check the spelling against CONTRIBUTING.md, or remove it.',
    ]);
  });

  it('rejects an outlet URL that is not an address', () => {
    expect(messages({ ...valid, outlet: { name: 'DW', url: 'dw.com' } })).toEqual([
      'outlet.url: Give the outlet URL as a full address starting with https:// (or http:// for a site without https); other schemes such as javascript: or data: are not allowed.',
    ]);
  });
});

describe('isMachineWritten', () => {
  it('is true only for the AI genres', () => {
    expect(isMachineWritten('ai-generated')).toBe(true);
    expect(isMachineWritten('ai-rewritten')).toBe(true);
    expect(isMachineWritten('news-report')).toBe(false);
    expect(isMachineWritten('report-summary')).toBe(false);
  });
});
