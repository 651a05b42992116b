import { describe, expect, it } from 'vitest';
import { citableText, markdownToPlainText, normaliseText, quoteOccursIn } from '../../../src/lib/citations.ts';

describe('normaliseText', () => {
  it('folds white space and typographic quotes and dashes', () => {
    expect(normaliseText('  “two parties,\n two countries”  ')).toBe('"two parties, two countries"');
    expect(normaliseText('Workers’ Party – 80th')).toBe("Workers' Party - 80th");
  });
});

describe('markdownToPlainText', () => {
  it('keeps link text and drops targets, emphasis and heading marks', () => {
    expect(markdownToPlainText('## Tier One\nSee [the *report*](https://x.org) and **this**.')).toBe('Tier One\nSee the report and this.');
  });
});

describe('quoteOccursIn', () => {
  const body = citableText('Vietnam\'s **To Lam**\nmade the first visit in 18 years, DW says: "a sign of legitimacy".');

  it('finds a phrase across emphasis, line breaks and quote styles', () => {
    expect(quoteOccursIn("Vietnam’s To Lam made", body)).toBe(true);
    expect(quoteOccursIn('“a sign of legitimacy”', body)).toBe(true);
  });

  it('does not forgive changed words, numbers or letters', () => {
    expect(quoteOccursIn('first visit in 19 years', body)).toBe(false);
    expect(quoteOccursIn('first trip in 18 years', body)).toBe(false);
    expect(quoteOccursIn('to lam made', body)).toBe(false);
  });
});
