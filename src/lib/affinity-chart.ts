/**
 * Layout of the second view: ideological affinity (columns) against sanctions enforcement (rows),
 * the two variables the tiers analysis says operate independently. A labelled grid of ordinal
 * levels: each cell lists its countries by name with a short note on what the two levels mean;
 * a position inside a cell means nothing, so none is drawn. "Not described" gets its own column
 * and row, set apart, so that what the sources leave open is shown as open. Pure: countries in,
 * cells out; the component renders them as HTML, which wraps and stays legible at any width.
 */
import { AFFINITY_LEVELS, ENFORCEMENT_LEVELS, type AffinityLevel, type CountryData, type EnforcementLevel, type Tier } from '../schemas/country.ts';

export type ChartCountry = Pick<CountryData, 'id' | 'name' | 'tier' | 'affinity' | 'enforcement'>;

const NOT_DESCRIBED = 'not-described';

/** Columns left to right: weakest affinity first, "not described" last. */
export const AFFINITY_COLUMNS: readonly AffinityLevel[] = AFFINITY_LEVELS;
/** Rows top to bottom: strictest enforcement first, "not described" last. */
export const ENFORCEMENT_ROWS: readonly EnforcementLevel[] = [
  ...ENFORCEMENT_LEVELS.filter((level) => level !== NOT_DESCRIBED).reverse(),
  NOT_DESCRIBED,
];

/** What each level means, as the first and second half of a cell's note. */
const AFFINITY_NOTES: Record<AffinityLevel, string> = {
  none: 'No ideological tie, or relations cut',
  limited: 'History or protocol without party channels',
  high: 'Party-to-party channels',
  'not-described': 'Affinity not described',
};
const ENFORCEMENT_NOTES: Record<EnforcementLevel, string> = {
  strict: 'strict enforcement',
  'formal-only': 'benchmarks met while, the tiers analysis says, laundering goes on',
  weak: 'enforcement gaps that North Korea uses, as the sources cited for each state say',
  'not-described': 'enforcement not described',
};

export interface GridCountry {
  id: string;
  name: string;
  tier: Tier | undefined;
}

export interface GridCell {
  affinity: AffinityLevel;
  enforcement: EnforcementLevel;
  /** Grid line of the cell, 1-based, counting the cells only (not the axis labels). */
  row: number;
  column: number;
  /** Whether either level is "not described". */
  open: boolean;
  /** The states with both levels, by name. */
  countries: GridCountry[];
  /** One sentence on what the two levels mean together, e.g. "Party-to-party channels; enforcement gaps North Korea uses." */
  note: string;
}

export interface AffinityChartLayout {
  columns: readonly AffinityLevel[];
  rows: readonly EnforcementLevel[];
  /** Every combination of the two levels, row by row. */
  cells: GridCell[];
}

/** The note of a cell: what its two levels mean together. */
export const cellNote = (affinity: AffinityLevel, enforcement: EnforcementLevel): string => `${AFFINITY_NOTES[affinity]}; ${ENFORCEMENT_NOTES[enforcement]}.`;

export function layoutAffinityChart(countries: readonly ChartCountry[]): AffinityChartLayout {
  const cells = ENFORCEMENT_ROWS.flatMap((enforcement, rowIndex) =>
    AFFINITY_COLUMNS.map((affinity, columnIndex): GridCell => ({
      affinity,
      enforcement,
      row: rowIndex + 1,
      column: columnIndex + 1,
      open: affinity === NOT_DESCRIBED || enforcement === NOT_DESCRIBED,
      countries: countries
        .filter((country) => (country.affinity?.level ?? NOT_DESCRIBED) === affinity && (country.enforcement?.level ?? NOT_DESCRIBED) === enforcement)
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map(({ id, name, tier }) => ({ id, name, tier })),
      note: cellNote(affinity, enforcement),
    })),
  );
  return { columns: AFFINITY_COLUMNS, rows: ENFORCEMENT_ROWS, cells };
}
