/**
 * The tier map's layout, one import for its callers; the code lives in src/lib/map/ (layout,
 * geometry detail and sizes, markers, name labels) and src/lib/tier-map-description.ts.
 */
import { labelBox as labelBoxAt, type MapLabel } from './map-labels.ts';
import type { Bounds } from './map-geometry.ts';
import { LABEL_FONT_SIZE } from './map/sizes.ts';

export type { Anchor, MapLabel } from './map-labels.ts';
export type { WorldTopology } from './map/features.ts';
export { layoutTierMap, LOCATOR_OPTIONS, type MapCountry, type MapCountryLayout, type TierMapLayout, type TierMapOptions } from './map/layout.ts';
export { bearing, markerBox, type MapMarker } from './map/markers.ts';
export { FULL_DETAIL, LABEL_FONT_SIZE, LOCATOR_DETAIL, LOCATOR_WIDTH, MAP_WIDTH, MIN_TARGET, PHONE_LABEL_FONT_SIZE, PHONE_MAP_PX, type MapDetail } from './map/sizes.ts';
export { compassPoint, describeTierMap, joinNames } from './tier-map-description.ts';

/** Rough box of a label's text, for fitting (wide set unless another size is given). */
export const labelBox = (label: MapLabel, fontSize = LABEL_FONT_SIZE): Bounds => labelBoxAt(label, fontSize);
