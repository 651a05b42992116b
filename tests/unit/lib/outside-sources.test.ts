import { describe, expect, it } from 'vitest';
import { formatRecordDate, reliesOnOutsideFacts } from '../../../src/lib/outside-sources.ts';

describe('formatRecordDate', () => {
  it('keeps the precision of the record', () => {
    expect(formatRecordDate('2025-05-01')).toBe('1 May 2025');
    expect(formatRecordDate('2024-03')).toBe('March 2024');
    expect(formatRecordDate('2013')).toBe('2013');
  });
});

describe('reliesOnOutsideFacts', () => {
  it('recognises the phrases our notes use for outside facts', () => {
    expect(reliesOnOutsideFacts('Outside the sources: Cambodia left the grey list in February 2023.')).toBe(true);
    expect(reliesOnOutsideFacts('Outside the five sources, the visit is on record.')).toBe(true);
    expect(reliesOnOutsideFacts('the public record bears it out')).toBe(true);
    expect(reliesOnOutsideFacts('The year shown is outside knowledge.')).toBe(true);
    expect(reliesOnOutsideFacts('Vietnam is listed as of October 2025.')).toBe(true);
  });

  it('does not flag a note that stays within the sources, or no note', () => {
    expect(reliesOnOutsideFacts('Only the tiers page says so, and it names no source.')).toBe(false);
    expect(reliesOnOutsideFacts(undefined)).toBe(false);
  });
});

