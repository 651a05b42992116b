import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatPublished, isoCode, publishedDatetime, publishedSortKey, withFullStop } from '../../../src/lib/format.ts';

describe('publication dates', () => {
  it('formats days and months in UTC whatever the machine zone', () => {
    expect(formatDay('2025-10-19')).toBe('19 October 2025');
    expect(formatMonth('2024-03')).toBe('March 2024');
  });

  it('never invents a day for an undated page', () => {
    const undated = { precision: 'unknown', notBefore: '2025-10-10', note: 'inferred' } as const;
    expect(formatPublished(undated)).toBe('Undated (not before 10 October 2025)');
    expect(publishedDatetime(undated)).toBeUndefined();
    expect(formatPublished({ precision: 'unknown', note: 'none' })).toBe('Undated');
  });

  it('keeps the time where the page gives one', () => {
    const withTime = { precision: 'datetime', date: '2025-10-18', time: '15:04' } as const;
    expect(formatPublished(withTime)).toBe('18 October 2025, 15:04');
    expect(publishedDatetime(withTime)).toBe('2025-10-18T15:04');
  });

  it('sorts undated pages by their earliest possible day, unbounded ones last', () => {
    expect(publishedSortKey({ precision: 'day', date: '2025-10-19' })).toBe('2025-10-19');
    expect(publishedSortKey({ precision: 'unknown', notBefore: '2025-10-01', note: 'x' })).toBe('2025-10-01');
    expect(publishedSortKey({ precision: 'unknown', note: 'x' })).toBe('9999-12-31');
  });
});

describe('isoCode', () => {
  it('prints ids as ISO codes', () => expect(isoCode('vnm')).toBe('VNM'));
});

describe('withFullStop', () => {
  it('adds a full stop where there is none, and never a second', () => {
    expect(withFullStop('workers sent home in 2019')).toBe('workers sent home in 2019.');
    expect(withFullStop('workers sent home in 2019.')).toBe('workers sent home in 2019.');
    expect(withFullStop('is it? ')).toBe('is it?');
  });
});
