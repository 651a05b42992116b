/**
 * Turns GeoJSON features into small SVG path strings at build time. Pure: projection in,
 * strings out.
 *
 * Size reduction without a simplification library: after projecting and clipping, every vertex
 * is snapped to a pixel grid, repeated and exactly collinear vertices are dropped and rings
 * smaller than a minimum area disappear. Snapping is the same for both sides of a shared border,
 * so neighbours still meet without slivers; the result is written with relative commands.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';

export type Point = readonly [number, number];
export type Ring = Point[];

/** The projected, clipped rings of a feature, in SVG units (collected from d3's path context). */
export function projectedRings(object: GeoPermissibleObjects, projection: GeoProjection): Ring[] {
  const rings: Ring[] = [];
  let current: Ring = [];
  geoPath(projection, {
    moveTo(x, y) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x, y) {
      current.push([x, y]);
    },
    closePath() {},
    arc() {},
    beginPath() {},
  })(object);
  return rings;
}

/** Absolute area of a closed ring (shoelace formula). */
export function ringArea(ring: readonly Point[]): number {
  let twice = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const [x0, y0] = ring[index]!;
    const [x1, y1] = ring[(index + 1) % ring.length]!;
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

const snap = (value: number, grid: number): number => Math.round(value / grid) * grid;

/**
 * Snaps a closed ring to the grid and drops vertices that add nothing: repeats, the closing
 * duplicate and vertices lying exactly on the line between their neighbours.
 */
export function compactRing(ring: readonly Point[], grid: number): Ring {
  const snapped: Ring = [];
  for (const [x, y] of ring) {
    const point: Point = [snap(x, grid), snap(y, grid)];
    const last = snapped.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) snapped.push(point);
  }
  const first = snapped[0];
  const last = snapped.at(-1);
  if (snapped.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) snapped.pop();
  let changed = true;
  let points = snapped;
  // Removing one collinear vertex can make its neighbour collinear; repeat until stable.
  while (changed && points.length > 3) {
    changed = false;
    const kept = points.filter((point, index) => {
      const before = points[(index - 1 + points.length) % points.length]!;
      const after = points[(index + 1) % points.length]!;
      const cross = (point[0] - before[0]) * (after[1] - before[1]) - (point[1] - before[1]) * (after[0] - before[0]);
      return cross !== 0;
    });
    changed = kept.length !== points.length;
    points = kept;
  }
  return points;
}

/** A number for path data: at most `digits` decimals, no trailing zeros, no "-0". */
function formatNumber(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Path data for rings: an absolute move, then relative steps between the rounded points, closed. */
export function ringsToPathData(rings: readonly Ring[], digits: number): string {
  const round = (value: number) => Number(value.toFixed(digits));
  return rings
    .map((ring) => {
      // Steps between rounded points, so rounding never accumulates along the ring.
      const points = ring.map(([x, y]) => [round(x), round(y)] as const);
      const [start, ...rest] = points;
      if (!start) return '';
      let previous = start;
      const steps = rest.map((point) => {
        const step = `${formatNumber(point[0] - previous[0], digits)},${formatNumber(point[1] - previous[1], digits)}`;
        previous = point;
        return step;
      });
      // A minus sign separates numbers by itself, so the space before it can go.
      return `M${formatNumber(start[0], digits)},${formatNumber(start[1], digits)}l${steps.join(' ').replace(/ -/g, '-')}z`;
    })
    .join('');
}

export interface CompactOptions {
  /** Grid the vertices snap to, in SVG units. */
  grid: number;
  /** Rings with a smaller area (in square SVG units) after snapping are dropped. */
  minArea: number;
}

/** Compacts every ring and drops those too small to see. */
export function compactRings(rings: readonly Ring[], { grid, minArea }: CompactOptions): Ring[] {
  return rings.map((ring) => compactRing(ring, grid)).filter((ring) => ring.length >= 3 && ringArea(ring) >= minArea);
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bounding box of some rings, or undefined when there are none. */
export function ringsBounds(rings: readonly Ring[]): Bounds | undefined {
  let bounds: Bounds | undefined;
  for (const [x, y] of rings.flat()) {
    bounds = bounds
      ? { x0: Math.min(bounds.x0, x), y0: Math.min(bounds.y0, y), x1: Math.max(bounds.x1, x), y1: Math.max(bounds.y1, y) }
      : { x0: x, y0: y, x1: x, y1: y };
  }
  return bounds;
}

/** Whether two boxes overlap (touching edges do not count). */
export const boxesOverlap = (a: Bounds, b: Bounds): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether `inner` lies entirely within `outer`. */
export const boxContains = (outer: Bounds, inner: Bounds): boolean =>
  inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;

/**
 * A point inside a ring (a ring's bounding-box centre can fall outside, as Vietnam's falls in
 * Laos): across a few horizontal scanlines, the middle of the widest stretch inside the ring.
 */
export function interiorPoint(ring: readonly Point[]): Point | undefined {
  const bounds = ringsBounds([[...ring]]);
  if (!bounds || ring.length < 3) return undefined;
  let best: { point: Point; width: number } | undefined;
  for (const fraction of [0.5, 0.3, 0.7, 0.4, 0.6, 0.2, 0.8]) {
    // Half a unit off the grid, so the scanline never passes exactly through a snapped vertex.
    const y = Math.floor(bounds.y0 + (bounds.y1 - bounds.y0) * fraction) + 0.5;
    const crossings: number[] = [];
    for (let index = 0; index < ring.length; index += 1) {
      const [x0, y0] = ring[index]!;
      const [x1, y1] = ring[(index + 1) % ring.length]!;
      if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) crossings.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
    crossings.sort((a, b) => a - b);
    for (let index = 0; index + 1 < crossings.length; index += 2) {
      const width = crossings[index + 1]! - crossings[index]!;
      if (!best || width > best.width) best = { point: [(crossings[index]! + crossings[index + 1]!) / 2, y], width };
    }
  }
  return best?.point;
}
