/**
 * The tier map in words, for its `<desc>`: which tiers hold which states, and how the states
 * outside the main frame are shown. Pure.
 */
import type { Tier } from '../schemas/country.ts';
import type { MapCountryLayout, TierMapLayout } from './tier-map.ts';

/** What the inset shows, in words. */
const INSET_SUBJECT = 'the Korean Peninsula';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'] as const;

/** A bearing in words, to the nearest of eight compass points: 44 → "north-east". */
export function compassPoint(degrees: number): (typeof COMPASS)[number] {
  return COMPASS[Math.round((((degrees % 360) + 360) % 360) / 45) % 8]!;
}

/**
 * One paragraph for the map's `<desc>`: which tiers hold which states, and how the states outside
 * the main frame are shown.
 */
export function describeTierMap(layout: TierMapLayout, tierLabel: (tier: Tier) => string, tierOrder: readonly Tier[]): string {
  const names = (list: readonly MapCountryLayout[]) => joinNames(list.map((country) => country.name));
  const byTier = tierOrder
    .map((tier) => ({ tier, members: layout.countries.filter((country) => country.tier === tier) }))
    .filter(({ members }) => members.length > 0)
    .map(({ tier, members }) => `${tierLabel(tier)}: ${names(members)}.`);
  const insetOnly = layout.countries.filter((country) => country.place === 'inset');
  const marked = layout.countries.filter((country) => country.marker && country.marker.bearing === undefined);
  const edge = layout.countries.filter((country) => country.marker?.bearing !== undefined);
  return [
    `Southeast Asian states filled by tier, each tier with its own colour and texture. ${byTier.join(' ')}`,
    insetOnly.length > 0 ? `An inset at the top right shows ${INSET_SUBJECT}, far to the north-east: ${names(insetOnly)}.` : '',
    marked.length > 0 ? `${names(marked)} ${marked.length === 1 ? 'is' : 'are'} too small to see at this scale and marked with a dot.` : '',
    ...edge.map((country) => `${country.name} lies beyond the map; an arrow at the right edge points ${compassPoint(country.marker!.bearing!)}.`),
    'Every named state links to its page.',
  ]
    .filter(Boolean)
    .join(' ');
}
