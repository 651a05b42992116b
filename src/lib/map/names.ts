/**
 * Where the tier map writes each state's name, in its two label sets (wide and phone): a proposed
 * position per state — beside its marker, at an anchor chosen by eye, or at the centre of its
 * largest ring — then src/lib/map-labels.ts fits them around the markers and the inset title.
 */
import type { GeoProjection } from 'd3';
import { TIERED_REGION, type Tier } from '../../schemas/country.ts';
import type { Bounds } from '../map-geometry.ts';
import { nearby, placeLabels, type Anchor, type LabelRequest, type MapLabel } from '../map-labels.ts';
import { markerBox, type MapMarker } from './markers.ts';
import type { MapCountry } from './layout.ts';

/** A projection and the box it is clipped to: the main frame or the inset. */
export interface Frame {
  projection: GeoProjection;
  box: Bounds;
}

/** Phone names where the full name is too long for its frame (the inset is 176 units wide). */
const PHONE_NAMES: Record<string, string> = { prk: 'N. Korea', kor: 'S. Korea', usa: 'US' };

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

const round1 = (value: number): number => Math.round(value * 10) / 10;

export const contains = (box: Bounds, [x, y]: readonly [number, number]): boolean => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

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

export interface NameLabelInput {
  shapes: readonly { country: MapCountry; marker: MapMarker | undefined }[];
  centres: ReadonlyMap<string, { x: number; y: number }>;
  main: Frame;
  inset: Frame;
  /** Height of the inset's title, which no label may cover. */
  insetTitleHeight: number;
  fontSizes: { wide: number; phone: number };
  tierName: ((tier: Tier) => string) | undefined;
}

/** The wide set (full names, tiers where they fit) and the phone set (short names), by country id. */
export function nameLabels({ shapes, centres, main, inset, insetTitleHeight, fontSizes, tierName }: NameLabelInput): { wide: Map<string, MapLabel>; phone: Map<string, MapLabel> } {
  const frames = {
    frameOf: (point: { x: number; y: number }) => (contains(inset.box, [point.x, point.y]) ? inset.box : main.box),
    keepOut: (frame: Bounds) => (frame === inset.box ? [] : [inset.box]),
  };
  // Southeast Asia first, then North Korea, then the context states: who loses a label when space runs out.
  const rank = (country: MapCountry) => (country.region === TIERED_REGION ? 0 : country.id === 'prk' ? 1 : 2);
  const byImportance = [...shapes].sort((a, b) => rank(a.country) - rank(b.country));
  const labelSet = (fontSize: number, names: (country: MapCountry) => string, hit: (marker: MapMarker) => number) => {
    const titleBox: Bounds = { ...inset.box, y1: inset.box.y0 + Math.max(insetTitleHeight, fontSize * 1.3) };
    const taken = [
      { owner: 'inset title', box: titleBox },
      ...shapes.flatMap(({ country, marker }) => (marker ? [{ owner: country.id, box: markerBox({ ...marker, hitRadius: hit(marker) }) }] : [])),
    ];
    const requests: LabelRequest[] = byImportance.map(({ country, marker }) => {
      const tier = country.tier && tierName ? tierName(country.tier) : undefined;
      const proposed = proposeLabel(names(country), marker, centres.get(country.id)!, main, inset, fontSize, marker ? hit(marker) : 0, country.id);
      return { id: country.id, candidates: nearby({ ...proposed, ...(tier ? { tier } : {}) }, fontSize) };
    });
    return placeLabels(requests, taken, frames, fontSize);
  };
  return {
    wide: labelSet(fontSizes.wide, (country) => country.name, (marker) => marker.hitRadius),
    phone: labelSet(fontSizes.phone, (country) => PHONE_NAMES[country.id] ?? country.name, (marker) => marker.phoneHitRadius),
  };
}
