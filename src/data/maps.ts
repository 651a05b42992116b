/**
 * Map layouts for pages, computed once per build from the checked country data and the Natural
 * Earth topology (read from disk by src/node/world-atlas.ts).
 */
import { layoutAffinityChart, type AffinityChartLayout } from '../lib/affinity-chart.ts';
import { mapOrder } from '../lib/countries.ts';
import { layoutTierMap, LOCATOR_OPTIONS, type TierMapLayout } from '../lib/tier-map.ts';
import { isTiered, TIER_SHORT } from '../lib/tiers.ts';
import { loadWorldAtlas } from '../node/world-atlas.ts';
import { siteContent } from './content.ts';

export interface SiteMaps {
  tierMap: TierMapLayout;
  affinityChart: AffinityChartLayout;
  locator: TierMapLayout;
}

async function computeMaps(): Promise<SiteMaps> {
  const { countries } = await siteContent();
  const ordered = mapOrder(countries.map((country) => country.data));
  const atlas = loadWorldAtlas();
  return {
    tierMap: layoutTierMap(atlas, ordered, { tierName: (tier) => TIER_SHORT[tier] }),
    affinityChart: layoutAffinityChart(ordered.filter(isTiered)),
    locator: layoutTierMap(atlas, ordered, LOCATOR_OPTIONS),
  };
}

let cached: Promise<SiteMaps> | undefined;

/** The layouts, memoised so that each is computed once per build. */
export function siteMaps(): Promise<SiteMaps> {
  cached ??= computeMaps();
  return cached;
}
