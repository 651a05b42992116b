/** Markers of the tier map: the dots of states too small to point at, and edge arrows of states beyond the frame. */
import { interiorPoint, ringArea, type Bounds, type Ring } from '../map-geometry.ts';

export interface MapMarker {
  x: number;
  y: number;
  /** Radius of the visible dot. */
  radius: number;
  /** Radius of the invisible hit circle (≥ MIN_TARGET across at full width, or 24 px at a layout's narrowestPx). */
  hitRadius: number;
  /** Radius of the hit circle drawn on phones instead (≥ 24 px across at PHONE_MAP_PX). */
  phoneHitRadius: number;
  /** Off-frame states only: the compass bearing (degrees clockwise from north) the arrow points. */
  bearing?: number;
}

/** Initial great-circle bearing from `from` to `to` ([lon, lat]), in degrees clockwise from north. */
export function bearing(from: readonly [number, number], to: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const [lon1, lat1] = [from[0] * rad, from[1] * rad];
  const [lon2, lat2] = [to[0] * rad, to[1] * rad];
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return (Math.atan2(y, x) / rad + 360) % 360;
}

/** The square a marker's hit circle covers. */
export const markerBox = (marker: MapMarker): Bounds => ({
  x0: marker.x - marker.hitRadius,
  y0: marker.y - marker.hitRadius,
  x1: marker.x + marker.hitRadius,
  y1: marker.y + marker.hitRadius,
});

/** A point inside the largest ring: where a marker, a fallback label or the tooltip goes. */
export function largestRingCentre(rings: readonly Ring[]): { x: number; y: number } | undefined {
  const largest = [...rings].sort((a, b) => ringArea(b) - ringArea(a))[0];
  const point = largest && interiorPoint(largest);
  return point && { x: point[0], y: point[1] };
}
