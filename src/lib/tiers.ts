/**
 * Reader-facing wording for tiers and for the two variables (affinity, enforcement), and the
 * second visual channel of each tier. Colours live in CSS (`--tier-*` in global.css) so that
 * light and dark themes can differ; everything else that identifies a tier is here.
 */
import type { AffinityLevel, CountryData, EnforcementLevel, Tier } from '../schemas/country.ts';

/** Texture drawn over a tier's colour, so that tiers never depend on colour alone. */
export type TierTexture = 'solid' | 'hatch' | 'dots' | 'crosshatch' | 'stripes' | 'dashed-outline';

export interface TierInfo {
  /** Name in legends and tables. */
  label: string;
  /** One sentence on what the tier means, for the legend and the country page. */
  description: string;
  texture: TierTexture;
}

export const TIER_INFO: Record<Tier, TierInfo> = {
  'party-channel': {
    label: 'Tier One: party-channel partner',
    description: 'Party-to-party channels with Pyongyang, ranked at the top by the tiers analysis.',
    texture: 'solid',
  },
  'surface-only': {
    label: 'Tier One in form only',
    description: 'In the tiers analysis: the diplomatic look of the top tier without the party channels beneath it.',
    texture: 'hatch',
  },
  'pragmatic-middle': {
    label: 'Tier Two: pragmatic middle',
    description: 'In the tiers analysis: engagement by doctrine rather than ideology, easier to undo.',
    texture: 'dots',
  },
  'shut-out': {
    label: 'Tier Three: shut out',
    description: 'In the tiers analysis: relations broken off, or sanctions enforced so strictly that the result is the same.',
    texture: 'crosshatch',
  },
  'enforcement-only': {
    label: 'No tier: enforcement gap',
    description: 'Not ranked by the tiers analysis, which discusses it only as a place where, it says, North Korean money is laundered.',
    texture: 'stripes',
  },
  'not-discussed': {
    label: 'Not discussed by the sources',
    description: 'None of the sources names this state.',
    texture: 'dashed-outline',
  },
};

/** Tiers in legend order: the sources' ranking first, then the states outside it. */
export const TIER_ORDER: readonly Tier[] = ['party-channel', 'surface-only', 'pragmatic-middle', 'shut-out', 'enforcement-only', 'not-discussed'];

export const AFFINITY_LABELS: Record<AffinityLevel, string> = {
  none: 'None: no ideological tie, or relations cut',
  limited: 'Limited: history or protocol, no party channels',
  high: 'High: party-to-party channels',
  'not-described': 'Not described by the sources',
};

export const ENFORCEMENT_LABELS: Record<EnforcementLevel, string> = {
  weak: 'Weak: gaps that North Korea uses, as the sources cited for each state say',
  'formal-only': 'Formal only: benchmarks met while, the tiers analysis says, laundering goes on',
  strict: 'Strict',
  'not-described': 'Not described by the sources',
};

/** Short axis labels for the affinity × enforcement chart. */
export const AFFINITY_SHORT: Record<AffinityLevel, string> = {
  none: 'None',
  limited: 'Limited',
  high: 'High',
  'not-described': 'Not described',
};

export const ENFORCEMENT_SHORT: Record<EnforcementLevel, string> = {
  weak: 'Weak',
  'formal-only': 'Formal only',
  strict: 'Strict',
  'not-described': 'Not described',
};

/** A country that has been sorted into a tier (every Southeast Asian state, by the schema). */
export type TieredCountry = CountryData & { tier: Tier; rationale: string };

export const isTiered = (country: CountryData): country is TieredCountry => country.tier !== undefined && country.rationale !== undefined;

/** The accessible name of a country on a chart: its name and tier, or that it is context. */
export function countryChartLabel(country: Pick<CountryData, 'name' | 'tier'>): string {
  return country.tier ? `${country.name}: ${TIER_INFO[country.tier].label}` : `${country.name}: context state, not sorted into a tier`;
}

/** The `fill` of a shape: its tier's pattern, or the plain context pattern, under an SVG's id prefix. */
export const tierFill = (prefix: string, tier: Tier | undefined): string => `url(#${prefix}-${tier ?? 'context'})`;

/** The article that proposes the tiers: every chart of them credits it in its source line. */
export const TIERS_ARTICLE_ID = 'north-korea-southeast-asian-diplomatic-tiers';

/** Short tier names written on the map itself, beside each state's name. */
export const TIER_SHORT: Record<Tier, string> = {
  'party-channel': 'Tier One',
  'surface-only': 'Tier One in form',
  'pragmatic-middle': 'Tier Two',
  'shut-out': 'Tier Three',
  'enforcement-only': 'Enforcement gap',
  'not-discussed': 'Not discussed',
};
