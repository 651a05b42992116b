import { describe, expect, it } from 'vitest';
import { AFFINITY_LABELS, countryChartLabel, ENFORCEMENT_LABELS, isTiered, TIER_INFO, TIER_ORDER, tierFill } from '../../../src/lib/tiers.ts';
import { AFFINITY_LEVELS, ENFORCEMENT_LEVELS, TIERS } from '../../../src/schemas/country.ts';
import { realCountries } from '../../fixtures/countries.ts';

describe('tier wording and channels', () => {
  it('covers every tier once, in the legend order', () => {
    expect([...TIER_ORDER].sort()).toEqual([...TIERS].sort());
    expect(Object.keys(TIER_INFO).sort()).toEqual([...TIERS].sort());
  });

  it('gives every tier its own texture, so that colour is never the only channel', () => {
    const textures = TIER_ORDER.map((tier) => TIER_INFO[tier].texture);
    expect(new Set(textures).size).toBe(TIERS.length);
  });

  it('labels every level of both variables', () => {
    expect(Object.keys(AFFINITY_LABELS).sort()).toEqual([...AFFINITY_LEVELS].sort());
    expect(Object.keys(ENFORCEMENT_LABELS).sort()).toEqual([...ENFORCEMENT_LEVELS].sort());
  });
});

describe('countryChartLabel', () => {
  it('names the tier, or says the state is context', () => {
    expect(countryChartLabel({ name: 'Vietnam', tier: 'party-channel' })).toBe('Vietnam: Tier One: party-channel partner');
    expect(countryChartLabel({ name: 'China', tier: undefined })).toBe('China: context state, not sorted into a tier');
  });
});

describe('tierFill', () => {
  it('points at the pattern of the SVG it is used in', () => {
    expect(tierFill('tier-map', 'shut-out')).toBe('url(#tier-map-shut-out)');
    expect(tierFill('locator', undefined)).toBe('url(#locator-context)');
  });
});

describe('isTiered on the real data', () => {
  it('holds for the eleven Southeast Asian states and no other', () => {
    const tiered = realCountries().filter(isTiered).map((country) => country.id);
    expect(tiered.sort()).toEqual(['brn', 'idn', 'khm', 'lao', 'mmr', 'mys', 'phl', 'sgp', 'tha', 'tls', 'vnm']);
  });
});
