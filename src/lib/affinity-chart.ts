/**
 * Layout of the second view: ideological affinity (columns) against sanctions enforcement (rows),
 * the two variables the tiers analysis says operate independently. A grid of ordinal levels,
 * not a scatter of invented numbers; "not described" gets its own column and row, set apart, so
 * that what the sources leave open is shown as open. Pure: countries in, positions out.
 */
import { AFFINITY_LEVELS, ENFORCEMENT_LEVELS, type AffinityLevel, type CountryData, type EnforcementLevel, type Tier } from '../schemas/country.ts';
import type { Bounds } from './map-geometry.ts';
import { MIN_TARGET } from './tier-map.ts';

export type ChartCountry = Pick<CountryData, 'id' | 'name' | 'tier' | 'affinity' | 'enforcement'>;

const NOT_DESCRIBED = 'not-described';

/** Columns left to right: weakest affinity first, "not described" last. */
export const AFFINITY_COLUMNS: readonly AffinityLevel[] = AFFINITY_LEVELS;
/** Rows top to bottom: strictest enforcement first, "not described" last. */
export const ENFORCEMENT_ROWS: readonly EnforcementLevel[] = [
  ...ENFORCEMENT_LEVELS.filter((level) => level !== NOT_DESCRIBED).reverse(),
  NOT_DESCRIBED,
];

const SIZES = {
  /** Room for the row labels on the left. */
  left: 116,
  top: 28,
  /** Room for the column labels and the axis title below. */
  bottom: 58,
  right: 8,
  cellWidth: 132,
  cellHeight: 104,
  /** Extra space that sets the "not described" column and row apart. */
  gap: 14,
  dotRadius: 7,
  rowHeight: MIN_TARGET,
  /** Offset of the first dot from the cell's top-left corner. */
  inset: 16,
};

/** Glyph width relative to font size, for sizing hit areas around labels. */
const GLYPH_WIDTH = 0.58;
export const CHART_FONT_SIZE = 12;

export interface ChartCell extends Bounds {
  affinity: AffinityLevel;
  enforcement: EnforcementLevel;
  /** Whether either level is "not described". */
  open: boolean;
}

export interface ChartItem {
  id: string;
  name: string;
  tier: Tier | undefined;
  affinity: AffinityLevel;
  enforcement: EnforcementLevel;
  /** Centre of the dot. */
  x: number;
  y: number;
  radius: number;
  /** Where the name starts (left-aligned). */
  labelX: number;
  labelY: number;
  /** The clickable area: dot and name, at least MIN_TARGET in both directions. */
  hit: Bounds;
}

export interface AffinityChartLayout {
  width: number;
  height: number;
  cells: ChartCell[];
  columns: { level: AffinityLevel; x: number }[];
  rows: { level: EnforcementLevel; y: number }[];
  /** Where the axis titles go, and the baseline of column labels / right edge of row labels. */
  axes: { x: { x: number; y: number }; y: { x: number; y: number }; columnLabelY: number; rowLabelX: number };
  items: ChartItem[];
}

const columnX = (index: number): number =>
  SIZES.left + index * SIZES.cellWidth + (AFFINITY_COLUMNS[index] === NOT_DESCRIBED ? SIZES.gap : 0);
const rowY = (index: number): number =>
  SIZES.top + index * SIZES.cellHeight + (ENFORCEMENT_ROWS[index] === NOT_DESCRIBED ? SIZES.gap : 0);

export function layoutAffinityChart(countries: readonly ChartCountry[]): AffinityChartLayout {
  const width = columnX(AFFINITY_COLUMNS.length - 1) + SIZES.cellWidth + SIZES.right;
  const gridBottom = rowY(ENFORCEMENT_ROWS.length - 1) + SIZES.cellHeight;
  const height = gridBottom + SIZES.bottom;

  const cells: ChartCell[] = ENFORCEMENT_ROWS.flatMap((enforcement, row) =>
    AFFINITY_COLUMNS.map((affinity, column) => ({
      affinity,
      enforcement,
      open: affinity === NOT_DESCRIBED || enforcement === NOT_DESCRIBED,
      x0: columnX(column),
      y0: rowY(row),
      x1: columnX(column) + SIZES.cellWidth,
      y1: rowY(row) + SIZES.cellHeight,
    })),
  );

  const capacity = Math.floor((SIZES.cellHeight - SIZES.inset) / SIZES.rowHeight) + 1;
  const items: ChartItem[] = [];
  for (const cell of cells) {
    const members = countries
      .filter((country) => (country.affinity?.level ?? NOT_DESCRIBED) === cell.affinity && (country.enforcement?.level ?? NOT_DESCRIBED) === cell.enforcement)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    if (members.length > capacity) {
      throw new Error(`Too many countries (${members.length}) share affinity "${cell.affinity}" and enforcement "${cell.enforcement}" for one cell; raise the cell height.`);
    }
    members.forEach((country, index) => {
      const x = cell.x0 + SIZES.inset;
      const y = cell.y0 + SIZES.inset + index * SIZES.rowHeight;
      const labelX = x + SIZES.dotRadius + 5;
      const labelEnd = labelX + country.name.length * CHART_FONT_SIZE * GLYPH_WIDTH;
      items.push({
        id: country.id,
        name: country.name,
        tier: country.tier,
        affinity: cell.affinity,
        enforcement: cell.enforcement,
        x,
        y,
        radius: SIZES.dotRadius,
        labelX,
        labelY: y + 4,
        hit: {
          x0: x - MIN_TARGET / 2,
          y0: y - MIN_TARGET / 2,
          x1: Math.max(Math.ceil(labelEnd) + 2, x + MIN_TARGET / 2),
          y1: y + MIN_TARGET / 2,
        },
      });
    });
  }

  return {
    width,
    height,
    cells,
    columns: AFFINITY_COLUMNS.map((level, index) => ({ level, x: columnX(index) + SIZES.cellWidth / 2 })),
    rows: ENFORCEMENT_ROWS.map((level, index) => ({ level, y: rowY(index) + SIZES.cellHeight / 2 })),
    axes: {
      x: { x: (SIZES.left + width) / 2, y: height - 10 },
      y: { x: 12, y: (SIZES.top + gridBottom) / 2 },
      columnLabelY: gridBottom + 18,
      rowLabelX: SIZES.left - 8,
    },
    items,
  };
}
