import { describe, expect, it } from 'vitest';
import { AFFINITY_COLUMNS, ENFORCEMENT_ROWS, layoutAffinityChart, type ChartCountry } from '../../../src/lib/affinity-chart.ts';
import { isTiered } from '../../../src/lib/tiers.ts';
import { realCountries } from '../../fixtures/countries.ts';

const assessed = (level: string) => ({ level, rationale: 'x', sources: [] });
const country = (id: string, affinity?: string, enforcement?: string): ChartCountry =>
  ({
    id,
    name: id.toUpperCase(),
    tier: affinity ? 'shut-out' : 'not-discussed',
    affinity: affinity ? assessed(affinity) : undefined,
    enforcement: enforcement ? assessed(enforcement) : undefined,
  }) as ChartCountry;

describe('axis order', () => {
  it('runs affinity weakest to strongest, enforcement strictest first, "not described" last on both', () => {
    expect(AFFINITY_COLUMNS).toEqual(['none', 'limited', 'high', 'not-described']);
    expect(ENFORCEMENT_ROWS).toEqual(['strict', 'formal-only', 'weak', 'not-described']);
  });
});

describe('layoutAffinityChart', () => {
  const layout = layoutAffinityChart(realCountries().filter(isTiered));
  const cellOf = (id: string) => layout.cells.find((cell) => cell.countries.some((country) => country.id === id))!;

  it('has one cell per combination of the two levels, row by row, with its grid position', () => {
    expect(layout.cells).toHaveLength(AFFINITY_COLUMNS.length * ENFORCEMENT_ROWS.length);
    expect(layout.cells[0]).toMatchObject({ affinity: 'none', enforcement: 'strict', row: 1, column: 1 });
    expect(layout.cells[5]).toMatchObject({ affinity: 'limited', enforcement: 'formal-only', row: 2, column: 2 });
    expect(layout.cells.at(-1)).toMatchObject({ affinity: 'not-described', enforcement: 'not-described', row: 4, column: 4 });
  });

  it('lists every Southeast Asian state once, in the cell of its two levels', () => {
    expect(layout.cells.flatMap((cell) => cell.countries)).toHaveLength(11);
    expect([cellOf('vnm').affinity, cellOf('vnm').enforcement]).toEqual(['high', 'weak']);
    expect([cellOf('sgp').affinity, cellOf('sgp').enforcement]).toEqual(['none', 'strict']);
    expect([cellOf('khm').affinity, cellOf('khm').enforcement]).toEqual(['limited', 'formal-only']);
    expect(cellOf('vnm')).toBe(cellOf('lao'));
  });

  it('puts states the sources do not discuss in the open corner, sorted by name', () => {
    const corner = layout.cells.at(-1)!;
    expect(corner.open).toBe(true);
    expect(corner.countries.map((country) => country.name)).toEqual(['Brunei', 'Myanmar', 'Philippines', 'Timor-Leste']);
    expect(cellOf('vnm').open).toBe(false);
    expect(cellOf('idn').open).toBe(true);
  });

  it('gives every cell a note on what its two levels mean', () => {
    expect(cellOf('vnm').note).toBe('Party-to-party channels; enforcement gaps that North Korea uses, as the sources cited for each state say.');
    expect(cellOf('sgp').note).toBe('No ideological tie, or relations cut; strict enforcement.');
    expect(layout.cells.every((cell) => /^[A-Z].*\.$/.test(cell.note))).toBe(true);
  });

  it('keeps each country\'s tier for its swatch', () => {
    expect(cellOf('tha').countries).toEqual([{ id: 'tha', name: 'Thailand', tier: 'enforcement-only' }]);
  });
});

describe('layoutAffinityChart edge cases', () => {
  it('holds any number of states in one cell: a list grows, nothing overflows', () => {
    const crowd = ['eee', 'aaa', 'ddd', 'bbb', 'ccc'].map((id) => country(id, 'none', 'weak'));
    const cell = layoutAffinityChart(crowd).cells.find((candidate) => candidate.affinity === 'none' && candidate.enforcement === 'weak')!;
    expect(cell.countries.map((entry) => entry.id)).toEqual(['aaa', 'bbb', 'ccc', 'ddd', 'eee']);
  });

  it('treats a missing assessment as "not described"', () => {
    expect(layoutAffinityChart([country('xyz')]).cells.at(-1)!.countries.map((entry) => entry.id)).toEqual(['xyz']);
  });

  it('leaves every cell empty without countries, notes still in place', () => {
    const empty = layoutAffinityChart([]);
    expect(empty.cells.every((cell) => cell.countries.length === 0 && cell.note.length > 0)).toBe(true);
  });
});
