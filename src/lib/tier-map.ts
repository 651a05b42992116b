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
 * - Labels (name, and tier where it fits) come in two sets, wide and phone (src/lib/map-labels.ts).
 * - States of the data shown in neither frame (the United States) get an edge marker whose
 *   arrow points along the great-circle bearing from the map's centre.
 */
import { geoCentroid, geoMercator, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { TIERED_REGION, type CountryData, type Tier } from '../schemas/country.ts';
import { labelBox as labelBoxAt, nearby, placeLabels, type Anchor, type LabelRequest, type MapLabel } from './map-labels.ts';
import {
  boxContains,
  compactRings,
  interiorPoint,
  projectedRings,
  ringArea,
  ringsBounds,
  ringsToPathData,
  type Bounds,
  type Ring,
} from './map-geometry.ts';

/** The topology shape world-atlas ships: one `countries` collection keyed by ISO numeric id. */
export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** What the map needs of a country entry. */
export type MapCountry = Pick<CountryData, 'id' | 'numeric' | 'name' | 'region' | 'tier'>;

/** Minimum size of a pointer target in SVG units at full width (the page draws the map at 1:1 or larger on wide screens). */
export const MIN_TARGET = 24;

/** Full width of the map in SVG units; the locator map is a scaled-down version. */
export const MAP_WIDTH = 800;

/** Sizes at full width; each scales with the requested width. */
const SIZES = {
  padding: 8,
  inset: { width: 176, height: 232 },
  insetTitle: 22,
  markerRadius: 5,
  /** A circle of this radius contains a MIN_TARGET square. */
  hitRadius: Math.ceil((MIN_TARGET / 2) * Math.SQRT2),
  /** Gap between the inset and the first edge marker. */
  edgeGap: 40,
};

/** Snap to whole SVG units: finer detail is invisible at these sizes and costs bytes. */
const GRID = 1;
/** Islands under two square units are specks at this scale; dropping them saves many rings. */
const MIN_RING_AREA = 2;
export const LABEL_FONT_SIZE = 12;
/**
 * Narrowest drawing of the map: a 320 px phone less the page margins. Phone sizes are chosen so
 * that text reads at 12 px and targets span 24 px there.
 */
export const PHONE_MAP_PX = 296;
const PHONE_SCALE = PHONE_MAP_PX / MAP_WIDTH;
/** Label size of the phone set, in units at full width: 12 px at PHONE_MAP_PX. */
export const PHONE_LABEL_FONT_SIZE = Math.ceil(12 / PHONE_SCALE);
/** Phone names where the full name is too long for its frame (the inset is 176 units wide). */
const PHONE_NAMES: Record<string, string> = { prk: 'N. Korea', kor: 'S. Korea', usa: 'US' };
/** ISO numeric codes of the states the inset is fitted to: North and South Korea. */
const INSET_STATES = ['408', '410'];

export type { Anchor, MapLabel };

/**
 * Preferred label positions [longitude, latitude, anchor], chosen by eye so that labels sit on
 * land or in the nearest open sea; a country without one is labelled at the centre of its
 * largest ring. A label that does not fit is left out (the table and tooltip still name it).
 */
const LABEL_ANCHORS: Record<string, readonly [number, number, Anchor]> = {
  mmr: [96.1, 21.2, 'middle'],
  tha: [101.2, 15.6, 'middle'],
  lao: [102.6, 19.9, 'middle'],
  khm: [104.9, 12.6, 'middle'],
  vnm: [109.6, 15.6, 'start'],
  mys: [102.2, 4.6, 'middle'],
  idn: [114.0, -1.6, 'middle'],
  phl: [122.6, 13.3, 'start'],
  chn: [106.0, 25.0, 'middle'],
  prk: [126.9, 40.4, 'middle'],
  kor: [128.0, 36.4, 'middle'],
};

export interface MapMarker {
  x: number;
  y: number;
  /** Radius of the visible dot. */
  radius: number;
  /** Radius of the invisible hit circle (≥ MIN_TARGET across at full width). */
  hitRadius: number;
  /** Radius of the hit circle drawn on phones instead (≥ 24 px across at PHONE_MAP_PX). */
  phoneHitRadius: number;
  /** Off-frame states only: the compass bearing (degrees clockwise from north) the arrow points. */
  bearing?: number;
}

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
}

type CountryFeature = Feature<Geometry, { name: string }>;

interface Frame {
  projection: GeoProjection;
  box: Bounds;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

const contains = (box: Bounds, [x, y]: readonly [number, number]): boolean => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** Initial great-circle bearing from `from` to `to` ([lon, lat]), in degrees clockwise from north. */
export function bearing(from: readonly [number, number], to: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const [lon1, lat1] = [from[0] * rad, from[1] * rad];
  const [lon2, lat2] = [to[0] * rad, to[1] * rad];
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return (Math.atan2(y, x) / rad + 360) % 360;
}

/** Rough box of a label's text, for fitting (wide set unless another size is given). */
export const labelBox = (label: MapLabel, fontSize = LABEL_FONT_SIZE): Bounds => labelBoxAt(label, fontSize);

/** The square a marker's hit circle covers. */
export const markerBox = (marker: MapMarker): Bounds => ({
  x0: marker.x - marker.hitRadius,
  y0: marker.y - marker.hitRadius,
  x1: marker.x + marker.hitRadius,
  y1: marker.y + marker.hitRadius,
});

/** A point inside the largest ring: where a marker, a fallback label or the tooltip goes. */
function largestRingCentre(rings: readonly Ring[]): { x: number; y: number } | undefined {
  const largest = [...rings].sort((a, b) => ringArea(b) - ringArea(a))[0];
  const point = largest && interiorPoint(largest);
  return point && { x: point[0], y: point[1] };
}

const featureCache = new WeakMap<WorldTopology, CountryFeature[]>();

/**
 * Visvalingam weight (triangle area in square degrees) below which a vertex is dropped. At the
 * map's scale, about 20 SVG units per degree, this removes detail under about one square unit.
 * Simplifying the topology's shared arcs keeps neighbouring borders identical.
 */
const MIN_VERTEX_WEIGHT = 0.006;

/** GeoJSON features of the simplified topology, converted once per topology object. */
function countryFeatures(topology: WorldTopology): CountryFeature[] {
  let features = featureCache.get(topology);
  if (!features) {
    const simplified = simplify(presimplify(topology), MIN_VERTEX_WEIGHT) as WorldTopology;
    features = (feature(simplified, simplified.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
    featureCache.set(topology, features);
  }
  return features;
}

export function layoutTierMap(topology: WorldTopology, countries: readonly MapCountry[], options: TierMapOptions = {}): TierMapLayout {
  const width = options.width ?? MAP_WIDTH;
  const scale = width / MAP_WIDTH;
  const padding = SIZES.padding * scale;
  const markerRadius = Math.max(2, SIZES.markerRadius * scale);
  const hitRadius = SIZES.hitRadius * scale;
  const phoneHitRadius = Math.ceil(12 / PHONE_SCALE) * scale;
  const fontSizes = { wide: LABEL_FONT_SIZE * scale, phone: PHONE_LABEL_FONT_SIZE * scale };
  const minTarget = MIN_TARGET * scale;

  const features = countryFeatures(topology);
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
  const main: Frame = {
    projection: geoMercator()
      .fitExtent([[padding, padding], [width - padding, height - padding]], region)
      .clipExtent([[mainBox.x0, mainBox.y0], [mainBox.x1, mainBox.y1]]),
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
  const inset: Frame = {
    projection: geoMercator()
      .fitExtent([[insetBox.x0 + padding, insetBox.y0 + insetTitleHeight], [insetBox.x1 - padding, insetBox.y1 - padding]], insetStates)
      .clipExtent([[insetBox.x0, insetBox.y0], [insetBox.x1, insetBox.y1]]),
    box: insetBox,
  };

  const compact = { grid: GRID, minArea: MIN_RING_AREA };
  // The inset is drawn over the main frame, so main-frame rings it would hide are dropped.
  const mainRings = (item: Feature) =>
    compactRings(projectedRings(item, main.projection), compact).filter((ring) => !boxContains(insetBox, ringsBounds([ring])!));
  const insetRings = (item: Feature) => compactRings(projectedRings(item, inset.projection), compact);

  const dataNumerics = new Set(countries.map((country) => country.numeric));
  const backgroundPath = (rings: (item: Feature) => Ring[]) =>
    ringsToPathData(features.filter((item) => !dataNumerics.has(String(item.id))).flatMap(rings), 0);

  const regionCentre = main.projection.invert!([width / 2, height / 2])!;
  let nextEdgeY = insetBox.y1 + SIZES.edgeGap * scale;

  // Shapes and markers first (markers are never dropped), then the two label sets where they fit.
  const shapes = countries.map((country) => {
    const item = featureOf(country);
    const inMain = mainRings(item);
    const inInset = insetRings(item);
    const rings = [...inMain, ...inInset];
    const bounds = ringsBounds(rings);
    const place: MapCountryLayout['place'] =
      inMain.length > 0 && inInset.length > 0 ? 'both' : inMain.length > 0 ? 'main' : inInset.length > 0 ? 'inset' : 'edge';
    let marker: MapMarker | undefined;
    if (!bounds) {
      marker = {
        x: round1(width - padding - hitRadius),
        y: round1(nextEdgeY),
        radius: markerRadius,
        hitRadius,
        phoneHitRadius,
        bearing: Math.round(bearing(regionCentre, geoCentroid(item))),
      };
      nextEdgeY += 2 * phoneHitRadius + 4 * scale;
    } else if (bounds.x1 - bounds.x0 < minTarget || bounds.y1 - bounds.y0 < minTarget) {
      const centre = largestRingCentre(rings)!;
      marker = { x: round1(centre.x), y: round1(centre.y), radius: markerRadius, hitRadius, phoneHitRadius };
    }
    return { country, rings, place, marker };
  });

  const centres = new Map(shapes.map(({ country, rings, marker }) => [country.id, marker ?? largestRingCentre(rings)!]));
  const phoneTitle = 'Inset';
  const frames = {
    frameOf: (point: { x: number; y: number }) => (contains(insetBox, [point.x, point.y]) ? insetBox : mainBox),
    keepOut: (frame: Bounds) => (frame === insetBox ? [] : [insetBox]),
  };
  // Southeast Asia first, then North Korea, then the context states: who loses a label when space runs out.
  const rank = (country: MapCountry) => (country.region === TIERED_REGION ? 0 : country.id === 'prk' ? 1 : 2);
  const byImportance = [...shapes].sort((a, b) => rank(a.country) - rank(b.country));
  const labelSet = (fontSize: number, names: (country: MapCountry) => string, hit: (marker: MapMarker) => number, taken: { owner: string; box: Bounds }[]) => {
    if (options.labels === false) return new Map<string, MapLabel>();
    const requests: LabelRequest[] = byImportance.map(({ country, marker }) => {
      const tier = country.tier && options.tierName ? options.tierName(country.tier) : undefined;
      const proposed = proposeLabel(names(country), marker, centres.get(country.id)!, main, inset, fontSize, marker ? hit(marker) : 0, country.id);
      return { id: country.id, candidates: nearby({ ...proposed, ...(tier ? { tier } : {}) }, fontSize) };
    });
    return placeLabels(requests, taken, frames, fontSize);
  };
  const markerBoxes = (hit: (marker: MapMarker) => number) =>
    shapes.flatMap(({ country, marker }) => (marker ? [{ owner: country.id, box: markerBox({ ...marker, hitRadius: hit(marker) }) }] : []));
  const titleBox = (fontSize: number): Bounds => ({ ...insetBox, y1: insetBox.y0 + Math.max(insetTitleHeight, fontSize * 1.3) });
  const wide = labelSet(fontSizes.wide, (country) => country.name, (marker) => marker.hitRadius, [{ owner: 'inset title', box: titleBox(fontSizes.wide) }, ...markerBoxes((marker) => marker.hitRadius)]);
  const phone = labelSet(fontSizes.phone, (country) => PHONE_NAMES[country.id] ?? country.name, (marker) => marker.phoneHitRadius, [
    { owner: 'inset title', box: titleBox(fontSizes.phone) },
    ...markerBoxes((marker) => marker.phoneHitRadius),
  ]);

  const layouts = shapes.map(({ country, rings, place, marker }): MapCountryLayout => {
    const centre = centres.get(country.id)!;
    return {
      id: country.id,
      name: country.name,
      tier: country.tier,
      d: ringsToPathData(rings, 0),
      marker,
      label: wide.get(country.id),
      phoneLabel: phone.get(country.id),
      focus: { x: round1(centre.x), y: round1(centre.y) },
      place,
    };
  });

  return {
    width,
    height,
    background: backgroundPath(mainRings) + backgroundPath(insetRings),
    inset: { ...insetBox, title: 'Korean Peninsula (inset)', phoneTitle },
    fontSizes,
    countries: layouts,
  };
}

/**
 * Where a country's name would go: beside its marker, at its preferred anchor in whichever frame
 * shows that point (the inset wins where it covers the main frame), or at the centre of its
 * largest ring. Offsets follow the font size, so both label sets sit alike.
 */
function proposeLabel(text: string, marker: MapMarker | undefined, centre: { x: number; y: number }, main: Frame, inset: Frame, fontSize: number, hitRadius: number, id: string): MapLabel {
  const baseline = fontSize / 3;
  if (marker) {
    // Right of a tiny state's dot; left of an edge marker, which sits at the right edge.
    return marker.bearing === undefined
      ? { x: round1(marker.x + marker.radius + fontSize / 3), y: round1(marker.y + baseline), anchor: 'start', text }
      : { x: round1(marker.x - hitRadius - 2), y: round1(marker.y + baseline), anchor: 'end', text };
  }
  const anchor = LABEL_ANCHORS[id];
  if (anchor) {
    const inInset = inset.projection([anchor[0], anchor[1]]);
    if (inInset && contains(inset.box, inInset)) return { x: round1(inInset[0]), y: round1(inInset[1]), anchor: anchor[2], text };
    const inMain = main.projection([anchor[0], anchor[1]]);
    if (inMain && contains(main.box, inMain) && !contains(inset.box, inMain)) return { x: round1(inMain[0]), y: round1(inMain[1]), anchor: anchor[2], text };
  }
  return { x: round1(centre.x), y: round1(centre.y), anchor: 'middle', text };
}

export { compassPoint, describeTierMap, joinNames } from './tier-map-description.ts';
