/** Category symbols: shapes that tell the categories apart without colour. */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';
import type { EventCategory } from '../../schemas/event.ts';

/** Outer radius of the category symbols marking single days. */
export const SYMBOL_RADIUS = 6;

export const CATEGORY_SYMBOLS: Record<EventCategory, SymbolType> = {
  'party-channel': symbolStar,
  'state-diplomacy': symbolCircle,
  'sanctions-enforcement': symbolSquare,
  'illicit-finance-cyber': symbolDiamond,
  'military-arms': symbolTriangle,
  'economy-trade': symbolCross,
};

/**
 * d3 symbol area per squared outer radius, so that every shape reaches the same radius whatever
 * its type (d3 sizes symbols by area, which makes a star far larger than a square).
 */
const AREA_PER_RADIUS_SQUARED: Record<EventCategory, number> = {
  'party-channel': 1.122,
  'state-diplomacy': Math.PI,
  'sanctions-enforcement': 4,
  'illicit-finance-cyber': 1.145,
  'military-arms': 1.3,
  'economy-trade': 2.245,
};

/** SVG path of a category's symbol centred on 0,0 and reaching `radius` px, rounded to 0.1 px. */
export function symbolPath(category: EventCategory, radius = SYMBOL_RADIUS): string {
  return symbol(CATEGORY_SYMBOLS[category], AREA_PER_RADIUS_SQUARED[category] * radius * radius).digits(1)() ?? '';
}
