import { describe, expect, it } from 'vitest';
import { AFFINITY_COLUMNS, ENFORCEMENT_ROWS, layoutAffinityChart, type ChartCountry } from '../../../src/lib/affinity-chart.ts';
import { boxContains, boxesOverlap } from '../../../src/lib/map-geometry.ts';
import { MIN_TARGET } from '../../../src/lib/tier-map.ts';
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
  const item = (id: string) => layout.items.find((candidate) => candidate.id === id)!;
  const cellOf = (id: string) => layout.cells.find((cell) => cell.affinity === item(id).affinity && cell.enforcement === item(id).enforcement)!;

  it('places every Southeast Asian state once, in the cell of its two levels', () => {
    expect(layout.items).toHaveLength(11);
    expect([item('vnm').affinity, item('vnm').enforcement]).toEqual(['high', 'weak']);
    expect([item('sgp').affinity, item('sgp').enforcement]).toEqual(['none', 'strict']);
    expect([item('khm').affinity, item('khm').enforcement]).toEqual(['limited', 'formal-only']);
    for (const id of ['vnm', 'sgp', 'khm', 'tha', 'idn']) {
      expect(boxContains(cellOf(id), { x0: item(id).x, y0: item(id).y, x1: item(id).x, y1: item(id).y })).toBe(true);
    }
  });

  it('puts states the sources do not discuss in the open corner', () => {
    for (const id of ['brn', 'mmr', 'phl', 'tls']) {
      expect([item(id).affinity, item(id).enforcement]).toEqual(['not-described', 'not-described']);
    }
    expect(cellOf('brn').open).toBe(true);
    expect(cellOf('vnm').open).toBe(false);
  });

  it('gives every link a target of at least MIN_TARGET, inside its cell and clear of the others', () => {
    for (const entry of layout.items) {
      expect(entry.hit.x1 - entry.hit.x0, entry.id).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(entry.hit.y1 - entry.hit.y0, entry.id).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(boxContains(cellOf(entry.id), entry.hit), entry.id).toBe(true);
      for (const other of layout.items) if (other !== entry) expect(boxesOverlap(entry.hit, other.hit), `${entry.id}/${other.id}`).toBe(false);
    }
  });

  it('sets the "not described" column and row apart from the ordered ones', () => {
    const column = (level: string) => layout.cells.find((cell) => cell.affinity === level && cell.enforcement === 'strict')!;
    expect(column('not-described').x0 - column('high').x1).toBeGreaterThan(0);
    expect(column('high').x0).toBe(column('limited').x1);
  });

  it('keeps everything inside the viewBox', () => {
    for (const cell of layout.cells) expect(boxContains({ x0: 0, y0: 0, x1: layout.width, y1: layout.height }, cell)).toBe(true);
    expect(layout.axes.columnLabelY).toBeLessThan(layout.height);
    expect(layout.axes.x.y).toBeLessThan(layout.height);
  });

  it('sorts states within a cell by name', () => {
    const corner = layout.items.filter((entry) => entry.affinity === 'not-described' && entry.enforcement === 'not-described');
    expect(corner.map((entry) => entry.name)).toEqual(['Brunei', 'Myanmar', 'Philippines', 'Timor-Leste']);
    expect(corner.map((entry) => entry.y)).toEqual([...corner.map((entry) => entry.y)].sort((a, b) => a - b));
  });
});

describe('layoutAffinityChart limits', () => {
  it('refuses more states in one cell than fit, saying which cell', () => {
    const crowd = ['aaa', 'bbb', 'ccc', 'ddd', 'eee'].map((id) => country(id, 'none', 'weak'));
    expect(() => layoutAffinityChart(crowd)).toThrow('Too many countries (5) share affinity "none" and enforcement "weak" for one cell; raise the cell height.');
  });

  it('treats a missing assessment as "not described"', () => {
    expect(layoutAffinityChart([country('xyz')]).items[0]).toMatchObject({ affinity: 'not-described', enforcement: 'not-described' });
  });
});
