import { describe, expect, it } from 'vitest';
import { mapShapeProblem } from '../../../../src/lib/checks/map-codes.ts';

describe('mapShapeProblem', () => {
  const mapCodes = new Set(['704', '418']);

  it('accepts a code the map has a shape for', () => {
    expect(mapShapeProblem({ id: 'vnm', name: 'Vietnam', numeric: '704' }, mapCodes)).toBeUndefined();
  });

  it('names the country and code the map has no shape for', () => {
    expect(mapShapeProblem({ id: 'gib', name: 'Gibraltar', numeric: '292' }, mapCodes)).toBe(
      'The map has no shape for Gibraltar (code "292"): the Natural Earth 1:50m map the site draws leaves out states this small. Leave the entry out, or ask a developer to mark it on the map another way.',
    );
  });
});
