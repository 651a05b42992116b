import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/lib/last-updated.ts';
import { correctionEntry } from '../../fixtures/corrections.ts';

const log = [correctionEntry('older', '2026-11-01'), correctionEntry('newer', '2026-11-20')];

describe('lastUpdated', () => {
  it('uses the last content commit, as a UTC day', () => {
    expect(lastUpdated({ gitDate: '2026-11-23T23:30:00-05:00', shallow: false, corrections: log })).toEqual({ day: '2026-11-24', from: 'git' });
  });

  it('falls back to the newest entry of the corrections log in a shallow clone or without git', () => {
    expect(lastUpdated({ gitDate: '2026-11-23T10:00:00Z', shallow: true, corrections: log })).toEqual({ day: '2026-11-20', from: 'corrections' });
    expect(lastUpdated({ gitDate: undefined, shallow: false, corrections: log })).toEqual({ day: '2026-11-20', from: 'corrections' });
  });

  it('refuses to guess a day when the log is empty and git cannot tell', () => {
    expect(() => lastUpdated({ gitDate: undefined, shallow: false, corrections: [] })).toThrow(/corrections\.yaml is empty/);
  });
});
