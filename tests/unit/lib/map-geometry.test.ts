import { geoMercator } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  boxContains,
  boxesOverlap,
  compactRing,
  compactRings,
  interiorPoint,
  projectedRings,
  ringArea,
  ringsBounds,
  ringsToPathData,
  type Point,
} from '../../../src/lib/map-geometry.ts';

const square: Point[] = [[0, 0], [10, 0], [10, 10], [0, 10]];

describe('ringArea', () => {
  it('measures a ring whichever way it winds', () => {
    expect(ringArea(square)).toBe(100);
    expect(ringArea([...square].reverse())).toBe(100);
    expect(ringArea([[0, 0], [4, 0], [0, 3]])).toBe(6);
  });
});

describe('compactRing', () => {
  it('snaps to the grid and drops repeats, the closing point and collinear points', () => {
    const ring: Point[] = [[0.2, 0.1], [5.4, -0.2], [9.8, 0.3], [10.1, 10.2], [10.2, 10.4], [0, 9.9], [0.1, 0.2]];
    expect(compactRing(ring, 1)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });

  it('snaps to a coarser grid when asked', () => {
    expect(compactRing([[1, 1], [4, 1], [4, 4]], 2)).toEqual([[2, 2], [4, 2], [4, 4]]);
  });

  it('keeps a triangle even when snapping makes two points coincide with a third elsewhere', () => {
    expect(compactRing([[0, 0], [0.4, 0.4], [5, 0], [0, 5]], 1)).toEqual([[0, 0], [5, 0], [0, 5]]);
  });
});

describe('compactRings', () => {
  it('drops rings that are too small after snapping', () => {
    const speck: Point[] = [[20.1, 20.1], [20.3, 20.2], [20.2, 20.4]];
    expect(compactRings([square, speck], { grid: 1, minArea: 0.5 })).toEqual([square]);
  });
});

describe('ringsToPathData', () => {
  it('writes an absolute move and relative steps, closing each ring', () => {
    expect(ringsToPathData([square], 0)).toBe('M0,0l10,0 0,10-10,0z');
    expect(ringsToPathData([square, [[20, 20], [21, 20], [21, 22]]], 0)).toBe('M0,0l10,0 0,10-10,0zM20,20l1,0 0,2z');
  });

  it('rounds to the given digits without writing "-0"', () => {
    expect(ringsToPathData([[[0.04, 1.26], [-0.01, 2], [3, 3]]], 1)).toBe('M0,1.3l0,0.7 3,1z');
  });

  it('writes nothing for no rings', () => {
    expect(ringsToPathData([], 0)).toBe('');
  });
});

describe('projectedRings', () => {
  it('projects and clips a polygon to the clip extent', () => {
    const projection = geoMercator().scale(100).translate([0, 0]).clipExtent([[0, -50], [50, 0]]);
    const polygon = { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 20], [40, 20], [40, 0], [0, 0]]] };
    const rings = projectedRings(polygon, projection);
    expect(rings).toHaveLength(1);
    const bounds = ringsBounds(rings)!;
    expect(bounds.x0).toBeGreaterThanOrEqual(0);
    expect(bounds.x1).toBeLessThanOrEqual(50);
    expect(bounds.y0).toBeGreaterThanOrEqual(-50);
  });

  it('returns nothing for a polygon outside the clip extent', () => {
    const projection = geoMercator().scale(100).translate([0, 0]).clipExtent([[0, -50], [50, 0]]);
    expect(projectedRings({ type: 'Polygon', coordinates: [[[-60, -10], [-60, -5], [-50, -5], [-60, -10]]] }, projection)).toEqual([]);
  });
});

/** Ray casting: whether the point lies inside the ring. */
function inside([x, y]: Point, ring: readonly Point[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

describe('interiorPoint', () => {
  it('finds a point inside a ring whose bounding-box centre is outside it', () => {
    // A "C" shape: the centre of its box (5, 5) is in the gap.
    const c: Point[] = [[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10]];
    expect(inside([5, 5], c)).toBe(false);
    expect(inside(interiorPoint(c)!, c)).toBe(true);
  });

  it('gives the middle of a convex ring and nothing for a degenerate one', () => {
    expect(interiorPoint(square)).toEqual([5, 5.5]);
    expect(interiorPoint([[0, 0], [1, 1]])).toBeUndefined();
  });
});

describe('boxes', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('tells overlap apart from touching', () => {
    expect(boxesOverlap(box, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(boxesOverlap(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
  });

  it('tells containment', () => {
    expect(boxContains(box, { x0: 1, y0: 1, x1: 10, y1: 9 })).toBe(true);
    expect(boxContains(box, { x0: -1, y0: 1, x1: 5, y1: 5 })).toBe(false);
  });

  it('bounds rings, or nothing for none', () => {
    expect(ringsBounds([square, [[-5, 3], [1, 20], [2, 2]]])).toEqual({ x0: -5, y0: 0, x1: 10, y1: 20 });
    expect(ringsBounds([])).toBeUndefined();
  });
});
