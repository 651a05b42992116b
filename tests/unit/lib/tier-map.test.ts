/**
 * The geo pipeline on the real Natural Earth topology and the real country data: every country
 * is drawn or marked, the region stays inside the frame, tiny states get a target of at least
 * MIN_TARGET units, labels fit without clashing, and the output is small and deterministic.
 */
import { describe, expect, it } from 'vitest';
import { boxContains, boxesOverlap, type Bounds } from '../../../src/lib/map-geometry.ts';
import {
  bearing,
  compassPoint,
  describeTierMap,
  joinNames,
  labelBox,
  layoutTierMap,
  LOCATOR_OPTIONS,
  LOCATOR_WIDTH,
  MAP_WIDTH,
  markerBox,
  MIN_TARGET,
  PHONE_LABEL_FONT_SIZE,
  PHONE_MAP_PX,
  type MapCountry,
} from '../../../src/lib/tier-map.ts';
import { TIER_INFO, TIER_ORDER, TIER_SHORT } from '../../../src/lib/tiers.ts';
import { TIERED_REGION } from '../../../src/schemas/country.ts';
import { loadWorldAtlas } from '../../../src/node/world-atlas.ts';
import { realCountries } from '../../fixtures/countries.ts';

const atlas = loadWorldAtlas();
const countries = realCountries();
const layout = layoutTierMap(atlas, countries, { tierName: (tier) => TIER_SHORT[tier] });
const byId = new Map(layout.countries.map((country) => [country.id, country]));
const frame: Bounds = { x0: 0, y0: 0, x1: layout.width, y1: layout.height };

/** Every number in path data, as absolute coordinates. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('M').filter(Boolean)) {
    const [move, steps = ''] = ring.replace(/z$/, '').split('l');
    let [x, y] = move!.split(',').map(Number) as [number, number];
    points.push([x, y]);
    for (const step of steps.match(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g) ?? []) {
      const [dx, dy] = step.split(',').map(Number) as [number, number];
      x += dx;
      y += dy;
      points.push([x, y]);
    }
  }
  return points;
}

describe('layoutTierMap on the real data', () => {
  it('draws or marks every country in the data', () => {
    expect(layout.countries.map((country) => country.id).sort()).toEqual(countries.map((country) => country.id).sort());
    for (const country of layout.countries) {
      expect(country.d !== '' || country.marker !== undefined, `${country.id} has neither geometry nor a marker`).toBe(true);
    }
  });

  it('draws all eleven Southeast Asian states as shapes in the main frame', () => {
    const tiered = countries.filter((country) => country.region === TIERED_REGION);
    expect(tiered).toHaveLength(11);
    for (const country of tiered) {
      expect(byId.get(country.id)?.d, country.id).not.toBe('');
      expect(byId.get(country.id)?.place, country.id).toBe('main');
    }
  });

  it('keeps every coordinate inside the viewBox', () => {
    for (const d of [layout.background, ...layout.countries.map((country) => country.d)]) {
      for (const [x, y] of pathPoints(d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(layout.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('fits the region to the full width with a landscape frame', () => {
    expect(layout.width).toBe(MAP_WIDTH);
    expect(layout.height).toBeGreaterThan(400);
    expect(layout.height).toBeLessThan(MAP_WIDTH);
    const xs = layout.countries.filter((country) => country.place === 'main').flatMap((country) => pathPoints(country.d).map(([x]) => x));
    expect(Math.min(...xs)).toBeLessThan(20);
    expect(Math.max(...xs)).toBeGreaterThan(layout.width - 20);
  });

  it('shows North and South Korea in the inset, and only there', () => {
    for (const id of ['prk', 'kor']) {
      const korea = byId.get(id)!;
      expect(korea.place).toBe('inset');
      for (const point of pathPoints(korea.d)) expect(boxContains(layout.inset, { x0: point[0], y0: point[1], x1: point[0], y1: point[1] })).toBe(true);
    }
  });

  it('keeps the inset over open sea: no main-frame land crosses its border', () => {
    for (const country of layout.countries.filter((item) => item.place === 'main')) {
      for (const [x, y] of pathPoints(country.d)) {
        const strictlyInside = x > layout.inset.x0 && x < layout.inset.x1 && y > layout.inset.y0 && y < layout.inset.y1;
        expect(strictlyInside, `${country.id} at ${x},${y}`).toBe(false);
      }
    }
  });

  it('marks Singapore, Brunei and Timor-Leste with a hit target of at least MIN_TARGET', () => {
    const marked = layout.countries.filter((country) => country.marker && country.marker.bearing === undefined).map((country) => country.id);
    expect(marked.sort()).toEqual(['brn', 'sgp', 'tls']);
    for (const id of marked) {
      const box = markerBox(byId.get(id)!.marker!);
      expect(box.x1 - box.x0).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(box.y1 - box.y0).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(boxContains(frame, box), id).toBe(true);
    }
  });

  it('puts a state with no shape in either frame on the edge with an arrow towards it', () => {
    const usa = byId.get('usa')!;
    expect(usa.place).toBe('edge');
    expect(usa.d).toBe('');
    expect(compassPoint(usa.marker!.bearing!)).toBe('north-east');
    expect(boxContains(frame, markerBox(usa.marker!))).toBe(true);
    expect(boxesOverlap(markerBox(usa.marker!), layout.inset)).toBe(false);
  });

  it('labels every Southeast Asian state and North Korea, inside the frame and without clashes', () => {
    for (const id of [...countries.filter((country) => country.region === TIERED_REGION).map((country) => country.id), 'prk']) {
      expect(byId.get(id)?.label, id).toBeDefined();
    }
    const boxes = layout.countries.flatMap((country) => (country.label ? [{ id: country.id, box: labelBox(country.label) }] : []));
    for (const { id, box } of boxes) {
      expect(boxContains(frame, box), id).toBe(true);
      for (const other of boxes) if (other.id !== id) expect(boxesOverlap(box, other.box), `${id} and ${other.id}`).toBe(false);
    }
  });

  it('writes tier names on the map itself: every tiered Southeast Asian state has one in the wide set', () => {
    for (const country of countries.filter((entry) => entry.region === TIERED_REGION)) {
      expect(byId.get(country.id)?.label?.tier, country.id).toBe(TIER_SHORT[country.tier!]);
    }
    expect(byId.get('chn')?.label?.tier).toBeUndefined();
  });

  it('sizes the phone set to read at 12 px and its targets to span 24 px when the map is drawn 296 px wide', () => {
    const pxPerUnit = PHONE_MAP_PX / MAP_WIDTH;
    expect(layout.fontSizes).toEqual({ wide: 12, phone: PHONE_LABEL_FONT_SIZE });
    expect(PHONE_LABEL_FONT_SIZE * pxPerUnit).toBeGreaterThanOrEqual(12);
    for (const country of layout.countries.filter((entry) => entry.marker)) {
      expect(2 * country.marker!.phoneHitRadius * pxPerUnit, country.id).toBeGreaterThanOrEqual(24);
    }
  });

  it('names every Southeast Asian state and North Korea in the phone set too, inside the frame and without clashes', () => {
    for (const id of [...countries.filter((country) => country.region === TIERED_REGION).map((country) => country.id), 'prk']) {
      expect(byId.get(id)?.phoneLabel, id).toBeDefined();
    }
    const boxes = layout.countries.flatMap((country) => (country.phoneLabel ? [{ id: country.id, box: labelBox(country.phoneLabel, PHONE_LABEL_FONT_SIZE) }] : []));
    for (const { id, box } of boxes) {
      expect(boxContains(frame, box), id).toBe(true);
      for (const other of boxes) if (other.id !== id) expect(boxesOverlap(box, other.box), `${id} and ${other.id}`).toBe(false);
      for (const marked of layout.countries.filter((country) => country.marker && country.id !== id)) {
        expect(boxesOverlap(box, markerBox({ ...marked.marker!, hitRadius: marked.marker!.phoneHitRadius })), `${id} and ${marked.id}'s target`).toBe(false);
      }
    }
  });

  it('puts each tooltip anchor inside the frame', () => {
    for (const country of layout.countries) {
      expect(country.focus.x).toBeGreaterThanOrEqual(0);
      expect(country.focus.x).toBeLessThanOrEqual(layout.width);
      expect(country.focus.y).toBeGreaterThanOrEqual(0);
      expect(country.focus.y).toBeLessThanOrEqual(layout.height);
    }
  });

  it('keeps the markup small: whole-unit coordinates and well under 60 KB of path data', () => {
    const all = [layout.background, ...layout.countries.map((country) => country.d)].join('');
    expect(all).not.toMatch(/\d\.\d/);
    expect(all.length).toBeLessThan(50_000);
  });

  it('is deterministic', () => {
    expect(layoutTierMap(atlas, countries, { tierName: (tier) => TIER_SHORT[tier] })).toEqual(layout);
  });
});

describe('layoutTierMap options and errors', () => {
  it('scales everything down for the locator and places no labels', () => {
    const locator = layoutTierMap(atlas, countries, { width: 280, labels: false });
    expect(locator.width).toBe(280);
    expect(locator.height / locator.width).toBeCloseTo(layout.height / layout.width, 1);
    expect(locator.countries.every((country) => country.label === undefined)).toBe(true);
    expect(locator.countries.filter((country) => country.marker).map((country) => country.id).sort()).toEqual(['brn', 'sgp', 'tls', 'usa']);
  });

  it('keeps a tiny state of the data where it lies, never on the edge, however coarse the detail', () => {
    const coarse = layoutTierMap(atlas, countries, { width: 280, labels: false, detail: { minRingArea: 10_000 } });
    for (const country of countries.filter((entry) => entry.region === TIERED_REGION)) {
      const shape = coarse.countries.find((entry) => entry.id === country.id)!;
      expect(shape.place, country.id).toBe('main');
      expect(shape.marker?.bearing, country.id).toBeUndefined();
    }
    // Where the finer locator puts it, at Malaysia's southern tip.
    const singapore = coarse.countries.find((entry) => entry.id === 'sgp')!.marker!;
    const fine = layoutTierMap(atlas, countries, { width: 280, labels: false }).countries.find((entry) => entry.id === 'sgp')!.marker!;
    expect(Math.hypot(singapore.x - fine.x, singapore.y - fine.y)).toBeLessThan(2);
    // Land outside the data has no such guarantee: under this minimum area it all goes.
    expect(coarse.background).toBe('');
  });

  it('draws the locator with less detail, every tiered state a shape or a dot in the main frame, and 24 px targets', () => {
    const locator = layoutTierMap(atlas, countries, LOCATOR_OPTIONS);
    const fullDetail = layoutTierMap(atlas, countries, { width: LOCATOR_WIDTH, labels: false });
    const bytes = (map: typeof locator) => [map.background, ...map.countries.map((country) => country.d)].join('').length;
    expect(bytes(locator)).toBeLessThan(0.4 * bytes(fullDetail));
    expect(locator.width).toBe(LOCATOR_WIDTH);
    expect(locator.countries.every((country) => country.label === undefined)).toBe(true);
    const locatorFrame: Bounds = { x0: 0, y0: 0, x1: locator.width, y1: locator.height };
    for (const country of countries.filter((entry) => entry.region === TIERED_REGION)) {
      const shape = locator.countries.find((entry) => entry.id === country.id)!;
      expect(shape.place, country.id).toBe('main');
      expect(shape.d !== '' || shape.marker !== undefined, country.id).toBe(true);
    }
    const marked = locator.countries.filter((country) => country.marker);
    expect(marked.filter((country) => country.marker!.bearing === undefined && country.place === 'main').map((country) => country.id).sort()).toEqual(['brn', 'sgp', 'tls']);
    // Nothing in the inset is small in itself: Russia and Japan are only cut by its edge.
    expect(marked.filter((country) => country.place === 'inset').map((country) => country.id)).toEqual([]);
    expect(locator.countries.filter((country) => ['rus', 'jpn', 'kor'].includes(country.id)).map((country) => country.place)).toEqual(['inset', 'inset', 'inset']);
    // Drawn at least 1:1, so a target of 24 units spans at least 24 px.
    for (const country of marked) {
      expect(2 * country.marker!.hitRadius, country.id).toBeGreaterThanOrEqual(24);
      expect(country.marker!.phoneHitRadius, country.id).toBe(country.marker!.hitRadius);
      expect(boxContains(locatorFrame, markerBox(country.marker!)), country.id).toBe(true);
    }
  });

  it('rejects options that are not positive numbers, naming each', () => {
    expect(() => layoutTierMap(atlas, countries, { width: 0 })).toThrow('Tier map options must be positive numbers: fix width (0).');
    expect(() => layoutTierMap(atlas, countries, { narrowestPx: -296, detail: { grid: 0, minVertexWeight: Number.NaN } })).toThrow(
      'Tier map options must be positive numbers: fix narrowestPx (-296), detail.grid (0), detail.minVertexWeight (NaN).',
    );
    expect(() => layoutTierMap(atlas, countries, { detail: { minRingArea: Number.POSITIVE_INFINITY } })).toThrow('fix detail.minRingArea (Infinity).');
  });

  it('names the countries whose numeric code has no geometry', () => {
    const atlantis: MapCountry = { id: 'atl', numeric: '999', name: 'Atlantis', region: 'Southeast Asia', tier: undefined };
    expect(() => layoutTierMap(atlas, [...countries, atlantis])).toThrow(
      'No Natural Earth geometry for atl (999): check the numeric codes in content/countries.yaml.',
    );
  });
});

describe('joinNames', () => {
  it('joins names the way a sentence does', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Laos'])).toBe('Laos');
    expect(joinNames(['Laos', 'Vietnam'])).toBe('Laos and Vietnam');
    expect(joinNames(['Brunei', 'Myanmar', 'Philippines'])).toBe('Brunei, Myanmar and Philippines');
  });
});

describe('bearing and compassPoint', () => {
  it('points along the great circle', () => {
    expect(bearing([0, 0], [0, 10])).toBeCloseTo(0);
    expect(bearing([0, 0], [10, 0])).toBeCloseTo(90);
    expect(bearing([0, 0], [-10, 0])).toBeCloseTo(270);
    expect(bearing([0, 10], [0, 0])).toBeCloseTo(180);
  });

  it('names the nearest of eight points, wrapping at north', () => {
    expect(compassPoint(0)).toBe('north');
    expect(compassPoint(44)).toBe('north-east');
    expect(compassPoint(100)).toBe('east');
    expect(compassPoint(350)).toBe('north');
    expect(compassPoint(-90)).toBe('west');
  });
});

describe('describeTierMap', () => {
  it('lists the tiers with their states and explains the inset, the dots and the edge arrow', () => {
    const text = describeTierMap(layout, (tier) => TIER_INFO[tier].label, TIER_ORDER);
    expect(text).toContain('Tier One: party-channel partner: Laos and Vietnam.');
    expect(text).toContain('Not discussed by the sources: Brunei, Myanmar, Philippines and Timor-Leste.');
    expect(text).toContain('An inset at the top right shows the Korean Peninsula, far to the north-east: North Korea, South Korea and Russia.');
    expect(text).toContain('Brunei, Singapore and Timor-Leste are too small to see at this scale and marked with a dot.');
    expect(text).toContain('United States lies beyond the map; an arrow at the right edge points north-east.');
  });
});
