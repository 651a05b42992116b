/**
 * File snapshots of the tier map and the affinity grid as their components render them, from
 * the real Natural Earth topology and a fixed set of countries (so that editing content does not
 * churn the snapshots). Coordinates are rounded by the layout; Astro's scoping attributes are
 * removed and one element is written per line, so a diff shows what moved.
 */
import { experimental_AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AffinityChart from '../../src/components/AffinityChart.astro';
import TierMap from '../../src/components/TierMap.astro';
import { layoutAffinityChart } from '../../src/lib/affinity-chart.ts';
import { mapOrder } from '../../src/lib/countries.ts';
import { layoutTierMap } from '../../src/lib/tier-map.ts';
import { isTiered, TIER_SHORT } from '../../src/lib/tiers.ts';
import { loadWorldAtlas } from '../../src/node/world-atlas.ts';
import type { CountryData } from '../../src/schemas/country.ts';

const assessed = <Level extends string>(level: Level) => ({ level, rationale: `Affinity or enforcement: ${level}.`, sources: [] });

/** id, numeric, name, region, tier, affinity, enforcement. */
const TABLE: [string, string, string, CountryData['region'], CountryData['tier'], string?, string?][] = [
  ['brn', '096', 'Brunei', 'Southeast Asia', 'not-discussed'],
  ['khm', '116', 'Cambodia', 'Southeast Asia', 'surface-only', 'limited', 'formal-only'],
  ['idn', '360', 'Indonesia', 'Southeast Asia', 'pragmatic-middle', 'limited', 'not-described'],
  ['lao', '418', 'Laos', 'Southeast Asia', 'party-channel', 'high', 'weak'],
  ['mys', '458', 'Malaysia', 'Southeast Asia', 'shut-out', 'none', 'not-described'],
  ['mmr', '104', 'Myanmar', 'Southeast Asia', 'not-discussed'],
  ['phl', '608', 'Philippines', 'Southeast Asia', 'not-discussed'],
  ['sgp', '702', 'Singapore', 'Southeast Asia', 'shut-out', 'none', 'strict'],
  ['tha', '764', 'Thailand', 'Southeast Asia', 'enforcement-only', 'none', 'weak'],
  ['tls', '626', 'Timor-Leste', 'Southeast Asia', 'not-discussed'],
  ['vnm', '704', 'Vietnam', 'Southeast Asia', 'party-channel', 'high', 'weak'],
  ['prk', '408', 'North Korea', 'Northeast Asia', undefined],
  ['kor', '410', 'South Korea', 'Northeast Asia', undefined],
  ['chn', '156', 'China', 'Northeast Asia', undefined],
  ['jpn', '392', 'Japan', 'Northeast Asia', undefined],
  ['rus', '643', 'Russia', 'Europe', undefined],
  ['usa', '840', 'United States', 'North America', undefined],
];

const countries = mapOrder(
  TABLE.map(([id, numeric, name, region, tier, affinity, enforcement]) => ({
    id,
    numeric,
    name,
    region,
    tier,
    rationale: tier ? `Why ${name} is ${tier}.` : undefined,
    sources: [],
    affinity: affinity ? assessed(affinity) : undefined,
    enforcement: enforcement ? assessed(enforcement) : undefined,
    disagreements: [],
    outsideSources: [],
  })) as CountryData[],
);

/** The `<svg>` of the rendered figure, without Astro's scoping attributes, one element per line. */
function svgOf(html: string): string {
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
  return `${svg.replace(/\s*data-astro-cid-[a-z0-9]+(="")?/g, '').replace(/>(?=<[^/])/g, '>\n')}\n`;
}

describe('SVG snapshots', () => {
  it('the tier map', async () => {
    const container = await experimental_AstroContainer.create();
    const layout = layoutTierMap(loadWorldAtlas(), countries, { tierName: (tier) => TIER_SHORT[tier] });
    const html = await container.renderToString(TierMap, { props: { layout, countries } });
    const svg = svgOf(html);
    expect(svg).toMatch(/^<svg viewBox="0 0 800 \d+"/);
    await expect(svg).toMatchFileSnapshot('__snapshots__/tier-map.svg');
  });

  it('the affinity × enforcement grid (HTML, not SVG: it wraps at any width)', async () => {
    const container = await experimental_AstroContainer.create();
    const layout = layoutAffinityChart(countries.filter(isTiered));
    const html = await container.renderToString(AffinityChart, { props: { layout } });
    const grid = /<div class="affinity-grid"[\s\S]*?<\/figcaption>/.exec(html)?.[0] ?? '';
    expect(grid).toContain('href="/countries/vnm/"');
    await expect(`${grid.replace(/\s*data-astro-cid-[a-z0-9]+(="")?/g, '').replace(/>(?=<[^/])/g, '>\n')}\n`).toMatchFileSnapshot('__snapshots__/affinity-grid.html');
  });
});
