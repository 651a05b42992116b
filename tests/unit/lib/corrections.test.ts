import { describe, expect, it } from 'vitest';
import { correctionsFor, latestCorrectionDay, newestFirst } from '../../../src/lib/corrections.ts';
import { correctionEntry } from '../../fixtures/corrections.ts';

const log = [
  correctionEntry('b-same-day-first', '2026-11-30', { claims: ['to-lam-is-a-man'] }),
  correctionEntry('a-same-day-second', '2026-11-30', { events: ['to-lam-visits-pyongyang'], claims: ['to-lam-is-a-man'] }),
  correctionEntry('oldest', '2026-11-23', { countries: ['lao'], articles: ['dw-north-korea-eyes-southeast-asia'] }),
  correctionEntry('newest', '2026-12-01', { claims: ['other-claim'] }),
];

describe('corrections log', () => {
  it('orders newest first, keeping the file order within a day', () => {
    expect(newestFirst(log).map((entry) => entry.id)).toEqual(['newest', 'b-same-day-first', 'a-same-day-second', 'oldest']);
    expect(latestCorrectionDay(log)).toBe('2026-12-01');
    expect(latestCorrectionDay([])).toBeUndefined();
  });

  it('orders same-day entries by their place in the file when the collection comes back reordered', () => {
    const placed = (id: string, date: string, position: number) => {
      const entry = correctionEntry(id, date);
      return { ...entry, data: { ...entry.data, position } };
    };
    // As Astro returns them: by id, not as written.
    const byId = [placed('a-written-second', '2026-12-01', 1), placed('b-written-first', '2026-12-01', 0), placed('c-older', '2026-11-30', 2)];
    expect(newestFirst(byId).map((entry) => entry.id)).toEqual(['b-written-first', 'a-written-second', 'c-older']);
  });

  it('gives the history of one claim, event, country or article', () => {
    expect(correctionsFor(log, { claim: 'to-lam-is-a-man' }).map((entry) => entry.id)).toEqual(['b-same-day-first', 'a-same-day-second']);
    expect(correctionsFor(log, { event: 'to-lam-visits-pyongyang' }).map((entry) => entry.id)).toEqual(['a-same-day-second']);
    expect(correctionsFor(log, { country: 'lao' }).map((entry) => entry.id)).toEqual(['oldest']);
    expect(correctionsFor(log, { article: 'dw-north-korea-eyes-southeast-asia' }).map((entry) => entry.id)).toEqual(['oldest']);
    expect(correctionsFor(log, { claim: 'never-corrected' })).toEqual([]);
  });
});
