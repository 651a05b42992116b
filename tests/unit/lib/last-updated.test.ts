import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/lib/last-updated.ts';

describe('lastUpdated', () => {
  it('uses the last content commit, as a UTC day', () => {
    expect(lastUpdated({ gitDate: '2026-11-23T23:30:00-05:00', shallow: false, fallbackDay: '2026-01-01' })).toEqual({ day: '2026-11-24', from: 'git' });
  });

  it('falls back to the corrections log in a shallow clone or without git', () => {
    expect(lastUpdated({ gitDate: '2026-11-23T10:00:00Z', shallow: true, fallbackDay: '2026-11-20' })).toEqual({ day: '2026-11-20', from: 'corrections' });
    expect(lastUpdated({ gitDate: undefined, shallow: false, fallbackDay: '2026-11-20' })).toEqual({ day: '2026-11-20', from: 'corrections' });
  });
});
