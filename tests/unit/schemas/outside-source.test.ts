import { describe, expect, it } from 'vitest';
import { outsideSourceSchema, outsideSourcesSchema } from '../../../src/schemas/outside-source.ts';

const valid = {
  publisher: 'FinCEN (US Treasury)',
  title: 'Special Measure Regarding Huione Group',
  date: '2025-05-05',
  url: 'https://www.govinfo.gov/content/pkg/FR-2025-05-05/html/2025-07837.htm',
  checkedOn: '2026-12-01',
};

function problems(input: unknown): string[] {
  const result = outsideSourceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('outside source schema', () => {
  it('accepts a record with publisher, title, date, url and the day we checked', () => {
    expect(outsideSourceSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a record dated by month or year, or undated, with a note', () => {
    expect(problems({ ...valid, date: '2024-03' })).toEqual([]);
    expect(problems({ ...valid, date: '2013' })).toEqual([]);
    const { date: _date, ...undated } = valid;
    expect(problems({ ...undated, note: 'Lists Laos and Vietnam, not Cambodia or Thailand.' })).toEqual([]);
  });

  it('asks for checkedOn when it is missing, unquoted or not a real day', () => {
    const { checkedOn: _checkedOn, ...unchecked } = valid;
    expect(problems(unchecked)).toEqual(['checkedOn: Give checkedOn: the day you read the record, "YYYY-MM-DD" in quotes.']);
    expect(problems({ ...valid, checkedOn: new Date('2026-12-01') })).toEqual([
      'checkedOn: Put the date in quotes, e.g. "2026-12-01": unquoted YAML dates are silently converted.',
    ]);
    expect(problems({ ...valid, checkedOn: '2026-02-30' })).toEqual(['checkedOn: Use a real calendar date for checkedOn, "YYYY-MM-DD", e.g. "2026-12-01".']);
  });

  it('rejects an address a reader cannot follow safely', () => {
    expect(problems({ ...valid, url: 'javascript:alert(1)' })).toEqual([
      'url: Give the url of the page you relied on as a full address starting with https:// (or http:// for a site without https); other schemes such as javascript: or data: are not allowed.',
    ]);
    expect(problems({ ...valid, url: 'fatf-gafi.org' })).toHaveLength(1);
  });

  it('rejects a malformed record date, an empty title and unknown fields', () => {
    expect(problems({ ...valid, date: 'May 2025' })).toEqual([
      'date: Give the record’s date as a real "YYYY-MM-DD", "YYYY-MM" or "YYYY", or leave date out when the record shows none.',
    ]);
    expect(problems({ ...valid, date: '2025-13' })).toHaveLength(1);
    expect(problems({ ...valid, title: '  ' })).toEqual(['title: Write the title of the record as it prints it; it must not be empty.']);
    expect(problems({ ...valid, checked: '2026-12-01' })[0]).toContain('Unknown field "checked"');
  });

  it('rejects a plain string where a record is expected, and defaults to an empty list', () => {
    expect(outsideSourcesSchema.parse(undefined)).toEqual([]);
    expect(outsideSourcesSchema.safeParse(['fatf-gafi.org']).success).toBe(false);
  });
});
