/**
 * Layout of the tier map, computed at build time from a Natural Earth topology (world-atlas,
 * 1:50m — the 1:110m file has no Singapore). Pure: the topology object comes in, path strings
 * and positions go out; reading the file is the caller's business (src/node/world-atlas.ts).
 *
 * Design:
 * - The main frame is fitted to the eleven Southeast Asian states (Mercator is fine this close to
 *   the equator) and clipped to the frame; neighbours inside it are plain background.
 * - North Korea lies far to the north-east, off the frame. It gets an INSET at the top right,
 *   where the main frame shows only open Pacific: the Korean Peninsula fitted on its own and
 *   titled as an inset, so the story's protagonist is a real shape and a real link, not a footnote.
 * - States whose shape is smaller than a touch target (Singapore, Brunei and Timor-Leste at this
 *   scale) get a visible marker with a hit area of at least MIN_TARGET units on wide screens and
 *   a larger one for phones, where the map is drawn at about 0.37 px per unit.
 * - Labels (name, and tier where it fits) come in two sets, wide and phone (./names.ts).
 * - States of the data shown in neither frame (the United States) get an edge marker whose
 *   arrow points along the great-circle bearing from the map's centre.
 * - A small drawing (the locator map) may ask for less geometry (`detail`) and for targets that
 *   span 24 px at the narrowest width it is drawn at (`narrowestPx`).
 */
import { geoCentroid, geoMercator, geoPath } from 'd3';
import type { Feature, FeatureCollection } from 'geojson';
import { TIERED_REGION, type CountryData, type Tier } from '../../schemas/country.ts';
import { boxContains, compactRings, projectedRings, ringsBounds, ringsToPathData, type Bounds, type Ring } from '../map-geometry.ts';
import type { MapLabel } from '../map-labels.ts';
import { countryFeatures, type WorldTopology } from './features.ts';
import { bearing, largestRingCentre, type MapMarker } from './markers.ts';
import { contains, nameLabels, type Frame } from './names.ts';
import { FULL_DETAIL, LABEL_FONT_SIZE, LOCATOR_DETAIL, LOCATOR_WIDTH, MAP_WIDTH, MIN_TARGET, PHONE_LABEL_FONT_SIZE, PHONE_SCALE, SIZES, type MapDetail } from './sizes.ts';

/** What the map needs of a country entry. */
export type MapCountry = Pick<CountryData, 'id' | 'numeric' | 'name' | 'region' | 'tier'>;

export interface MapCountryLayout {
  id: string;
  name: string;
  tier: Tier | undefined;
  /** Path data of the shape in the main frame and the inset; empty when it has none. */
  d: string;
  marker: MapMarker | undefined;
  /** Label of the wide set (LABEL_FONT_SIZE), with the tier on a second line where it fits. */
  label: MapLabel | undefined;
  /** Label of the phone set (PHONE_LABEL_FONT_SIZE). */
  phoneLabel: MapLabel | undefined;
  /** Point the tooltip and arrow-key navigation use. */
  focus: { x: number; y: number };
  /** Where the country is drawn. */
  place: 'main' | 'inset' | 'both' | 'edge';
}

export interface TierMapLayout {
  width: number;
  height: number;
  /** Land that is not in the data, in both frames (no links). Drawn over the inset frame, which covers only sea. */
  background: string;
  inset: Bounds & { title: string; phoneTitle: string };
  /** Font sizes of the two label sets, in SVG units. */
  fontSizes: { wide: number; phone: number };
  countries: MapCountryLayout[];
}

export interface TierMapOptions {
  /** Width in SVG units (default MAP_WIDTH); every size scales with it. */
  width?: number;
  /** Whether to place name labels (default true; the small locator map has none). */
  labels?: boolean;
  /** Short tier name for a label's second line; without it labels carry names only. */
  tierName?: (tier: Tier) => string;
  /** Geometry detail, in units of this layout (default FULL_DETAIL, the 800-unit map's). */
  detail?: Partial<MapDetail>;
  /**
   * Narrowest width in CSS px the layout is ever drawn at, for a drawing never shrunk below
   * about 1:1 (the locator): states narrower than 24 px there get a marker, and every marker's
   * hit circle spans at least 24 px there, on wide screens and phones alike.
   */
  narrowestPx?: number;
}

/**
 * The locator map (article rail and country pages): no labels, less detail, and — since it is
 * never drawn narrower than its 280 units — markers for states under 24 px and 24 px targets.
 */
export const LOCATOR_OPTIONS: TierMapOptions = { width: LOCATOR_WIDTH, labels: false, detail: LOCATOR_DETAIL, narrowestPx: LOCATOR_WIDTH };

/** ISO numeric codes of the states the inset is fitted to: North and South Korea. */
const INSET_STATES = ['408', '410'];

const round1 = (value: number): number => Math.round(value * 10) / 10;

const positive = (value: number | undefined): boolean => value === undefined || (Number.isFinite(value) && value > 0);

/** The options' detail and target sizes, or an error that says which option to fix. */
function checkedOptions(options: TierMapOptions): { width: number; detail: MapDetail } {
  const width = options.width ?? MAP_WIDTH;
  const bad = [
    ...(positive(options.width) ? [] : [`width (${options.width})`]),
    ...(positive(options.narrowestPx) ? [] : [`narrowestPx (${options.narrowestPx})`]),
    ...(['grid', 'minRingArea', 'minVertexWeight'] as const).filter((key) => !positive(options.detail?.[key])).map((key) => `detail.${key} (${options.detail?.[key]})`),
  ];
  if (bad.length > 0) throw new Error(`Tier map options must be positive numbers: fix ${bad.join(', ')}.`);
  return { width, detail: { ...FULL_DETAIL, ...options.detail } };
}

export function layoutTierMap(topology: WorldTopology, countries: readonly MapCountry[], options: TierMapOptions = {}): TierMapLayout {
  const { width, detail } = checkedOptions(options);
  const scale = width / MAP_WIDTH;
  const padding = SIZES.padding * scale;
  const markerRadius = Math.max(2, SIZES.markerRadius * scale);
  // Units per CSS px at the narrowest drawing, when the caller knows it.
  const unitsPerPx = options.narrowestPx ? width / options.narrowestPx : undefined;
  const hitRadius = unitsPerPx ? Math.ceil(12 * unitsPerPx) : SIZES.hitRadius * scale;
  const phoneHitRadius = unitsPerPx ? hitRadius : Math.ceil(12 / PHONE_SCALE) * scale;
  const fontSizes = { wide: LABEL_FONT_SIZE * scale, phone: PHONE_LABEL_FONT_SIZE * scale };
  const minTarget = unitsPerPx ? 24 * unitsPerPx : MIN_TARGET * scale;

  const features = countryFeatures(topology, detail.minVertexWeight);
  const byNumeric = new Map(features.filter((item) => item.id !== undefined).map((item) => [String(item.id), item]));
  const missing = countries.filter((country) => !byNumeric.has(country.numeric));
  if (missing.length > 0) {
    const list = missing.map((country) => `${country.id} (${country.numeric})`).join(', ');
    throw new Error(`No Natural Earth geometry for ${list}: check the numeric codes in content/countries.yaml.`);
  }
  const featureOf = (country: MapCountry) => byNumeric.get(country.numeric)!;

  // Main frame: fitted to the tiered region, its height following from the width.
  const region: FeatureCollection = {
    type: 'FeatureCollection',
    features: countries.filter((country) => country.region === TIERED_REGION).map(featureOf),
  };
  const fittedToWidth = geoMercator().fitWidth(width - 2 * padding, region);
  const regionBounds = ringsBounds(projectedRings(region, fittedToWidth))!;
  const height = Math.ceil(regionBounds.y1 - regionBounds.y0 + 2 * padding);
  const mainBox: Bounds = { x0: 0, y0: 0, x1: width, y1: height };
  const mainExtent: [[number, number], [number, number]] = [[padding, padding], [width - padding, height - padding]];
  const main: Frame = {
    projection: geoMercator().fitExtent(mainExtent, region).clipExtent([[mainBox.x0, mainBox.y0], [mainBox.x1, mainBox.y1]]),
    box: mainBox,
  };

  const insetBox: Bounds = {
    x0: round1(width - padding - SIZES.inset.width * scale),
    y0: round1(padding),
    x1: round1(width - padding),
    y1: round1(padding + SIZES.inset.height * scale),
  };
  const insetTitleHeight = SIZES.insetTitle * scale;
  const insetStates: FeatureCollection = { type: 'FeatureCollection', features: INSET_STATES.flatMap((numeric) => byNumeric.get(numeric) ?? []) };
  const insetExtent: [[number, number], [number, number]] = [[insetBox.x0 + padding, insetBox.y0 + insetTitleHeight], [insetBox.x1 - padding, insetBox.y1 - padding]];
  const inset: Frame = {
    projection: geoMercator().fitExtent(insetExtent, insetStates).clipExtent([[insetBox.x0, insetBox.y0], [insetBox.x1, insetBox.y1]]),
    box: insetBox,
  };

  // The inset is drawn over the main frame, so main-frame rings it would hide are dropped.
  const rawMainRings = (item: Feature) => projectedRings(item, main.projection).filter((ring) => !boxContains(insetBox, ringsBounds([ring])!));
  const mainRings = (item: Feature, minArea = detail.minRingArea) => compactRings(rawMainRings(item), { grid: detail.grid, minArea });
  const insetRings = (item: Feature, minArea = detail.minRingArea) => compactRings(projectedRings(item, inset.projection), { grid: detail.grid, minArea });
  // Path data keeps the decimals a finer-than-unit grid needs, no more.
  const digits = Math.max(0, Math.ceil(-Math.log10(detail.grid)));

  const dataNumerics = new Set(countries.map((country) => country.numeric));
  const backgroundPath = (rings: (item: Feature) => Ring[]) =>
    ringsToPathData(features.filter((item) => !dataNumerics.has(String(item.id))).flatMap((item) => rings(item)), digits);

  // Small in itself, not merely cut by a frame's edge (Russia and Japan at the inset's corner):
  // such a state gets a marker; a large one cut down stays a shape, named in the list too.
  const unclipped = { main: geoPath(geoMercator().fitExtent(mainExtent, region)), inset: geoPath(geoMercator().fitExtent(insetExtent, insetStates)) };
  const tooSmall = (item: Feature, frame: 'main' | 'inset') => {
    const [[x0, y0], [x1, y1]] = unclipped[frame].bounds(item);
    return x1 - x0 < minTarget || y1 - y0 < minTarget;
  };

  const regionCentre = main.projection.invert!([width / 2, height / 2])!;
  let nextEdgeY = insetBox.y1 + SIZES.edgeGap * scale;

  // Shapes and markers first (markers are never dropped), then the two label sets where they fit.
  const shapes = countries.map((country) => {
    const item = featureOf(country);
    // A state of the data never vanishes for being small: below the minimum area its rings are
    // kept, and where snapping leaves none, its marker still goes where it lies.
    const visible = { main: mainRings(item), inset: insetRings(item) };
    const kept = visible.main.length + visible.inset.length > 0 ? visible : { main: mainRings(item, 0), inset: insetRings(item, 0) };
    const rings = [...kept.main, ...kept.inset];
    const bounds = ringsBounds(rings);
    const spot = bounds ? undefined : ringsBounds([...rawMainRings(item), ...projectedRings(item, inset.projection)]);
    const inMain = kept.main.length > 0 || (spot !== undefined && !contains(insetBox, [spot.x0, spot.y0]));
    const inInset = kept.inset.length > 0 || (spot !== undefined && contains(insetBox, [spot.x0, spot.y0]));
    const place: MapCountryLayout['place'] = inMain && inInset ? 'both' : inMain ? 'main' : inInset ? 'inset' : 'edge';
    let marker: MapMarker | undefined;
    if (spot) {
      marker = { x: round1((spot.x0 + spot.x1) / 2), y: round1((spot.y0 + spot.y1) / 2), radius: markerRadius, hitRadius, phoneHitRadius };
    } else if (!bounds) {
      marker = {
        x: round1(width - padding - hitRadius),
        y: round1(nextEdgeY),
        radius: markerRadius,
        hitRadius,
        phoneHitRadius,
        bearing: Math.round(bearing(regionCentre, geoCentroid(item))),
      };
      nextEdgeY += 2 * phoneHitRadius + 4 * scale;
    } else if (tooSmall(item, inInset && !inMain ? 'inset' : 'main')) {
      const centre = largestRingCentre(rings)!;
      marker = { x: round1(centre.x), y: round1(centre.y), radius: markerRadius, hitRadius, phoneHitRadius };
    }
    return { country, rings, place, marker };
  });

  const centres = new Map(shapes.map(({ country, rings, marker }) => [country.id, marker ?? largestRingCentre(rings)!]));
  const labels =
    options.labels === false
      ? { wide: new Map<string, MapLabel>(), phone: new Map<string, MapLabel>() }
      : nameLabels({ shapes, centres, main, inset, insetTitleHeight, fontSizes, tierName: options.tierName });

  const layouts = shapes.map(({ country, rings, place, marker }): MapCountryLayout => {
    const centre = centres.get(country.id)!;
    return {
      id: country.id,
      name: country.name,
      tier: country.tier,
      d: ringsToPathData(rings, digits),
      marker,
      label: labels.wide.get(country.id),
      phoneLabel: labels.phone.get(country.id),
      focus: { x: round1(centre.x), y: round1(centre.y) },
      place,
    };
  });

  return {
    width,
    height,
    background: backgroundPath(mainRings) + backgroundPath(insetRings),
    inset: { ...insetBox, title: 'Korean Peninsula (inset)', phoneTitle: 'Inset' },
    fontSizes,
    countries: layouts,
  };
}
