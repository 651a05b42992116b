/**
 * Sizes of the tier map, in SVG units at full width (MAP_WIDTH), and the detail of its geometry.
 * Everything but the detail and the pointer target scales with the width a layout asks for.
 */

/** Minimum size of a pointer target in SVG units at full width (the page draws the map at 1:1 or larger on wide screens). */
export const MIN_TARGET = 24;

/** Full width of the map in SVG units; the locator map is a scaled-down version. */
export const MAP_WIDTH = 800;

/** Sizes at full width; each scales with the requested width. */
export const SIZES = {
  padding: 8,
  inset: { width: 176, height: 232 },
  insetTitle: 22,
  markerRadius: 5,
  /** A circle of this radius contains a MIN_TARGET square. */
  hitRadius: Math.ceil((MIN_TARGET / 2) * Math.SQRT2),
  /** Gap between the inset and the first edge marker. */
  edgeGap: 40,
};

export const LABEL_FONT_SIZE = 12;
/**
 * Narrowest drawing of the map: a 320 px phone less the page margins. Phone sizes are chosen so
 * that text reads at 12 px and targets span 24 px there.
 */
export const PHONE_MAP_PX = 296;
export const PHONE_SCALE = PHONE_MAP_PX / MAP_WIDTH;
/** Label size of the phone set, in units at full width: 12 px at PHONE_MAP_PX. */
export const PHONE_LABEL_FONT_SIZE = Math.ceil(12 / PHONE_SCALE);

/** How much geometry a layout keeps: less for a small drawing, where fine detail is invisible. */
export interface MapDetail {
  /** Grid the projected vertices snap to, in SVG units of the layout. */
  grid: number;
  /** Rings with a smaller area after snapping, in square SVG units of the layout, are dropped. */
  minRingArea: number;
  /** Visvalingam weight (triangle area in square degrees) below which a vertex is dropped before projecting. */
  minVertexWeight: number;
}

/**
 * Detail of the 800-unit map: whole units (finer is invisible at this size and costs bytes);
 * islands under two square units are specks and dropping them saves many rings; at about 20 units
 * per degree, the vertex weight removes detail under about one square unit. Simplifying the
 * topology's shared arcs keeps neighbouring borders identical.
 */
export const FULL_DETAIL: MapDetail = { grid: 1, minRingArea: 2, minVertexWeight: 0.006 };

/** Width of the small locator maps (article and country pages), in SVG units. */
export const LOCATOR_WIDTH = 280;

/**
 * Detail of the locator map, drawn 280–304 px wide, so a unit is about a pixel: a 2-unit grid,
 * islands under 6 square units dropped (the states of the data are kept however small: see
 * layout.ts), and at about 7 units per degree a vertex weight of 0.12 square degrees, about
 * 6 square units. Coastlines read the same at this size, in under a third of the path data
 * the full map's detail would take.
 */
export const LOCATOR_DETAIL: MapDetail = { grid: 2, minRingArea: 6, minVertexWeight: 0.12 };
