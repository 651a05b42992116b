import { describe, expect, it } from 'vitest';
import { verdictSegments } from '../../../src/lib/verdict-summary.ts';

describe('verdictSegments', () => {
  it('lays the verdicts end to end in the fixed order, with their counts and shares', () => {
    expect(verdictSegments({ consistent: 2, disputed: 1, 'error-in-source': 1, unverifiable: 0 })).toEqual([
      { verdict: 'consistent', count: 2, x: 0, width: 50, percent: 50 },
      { verdict: 'disputed', count: 1, x: 50, width: 25, percent: 25 },
      { verdict: 'error-in-source', count: 1, x: 75, width: 25, percent: 25 },
    ]);
  });

  it('leaves out verdicts no claim carries, and closes the bar exactly at its width', () => {
    const segments = verdictSegments({ consistent: 1, disputed: 0, 'error-in-source': 1, unverifiable: 1 }, 200);
    expect(segments.map((segment) => segment.verdict)).toEqual(['consistent', 'error-in-source', 'unverifiable']);
    expect(segments.map((segment) => segment.x)).toEqual([0, 66.7, 133.3]);
    const last = segments.at(-1)!;
    expect(last.x + last.width).toBe(200);
    for (const [index, segment] of segments.slice(1).entries()) expect(segment.x).toBeCloseTo(segments[index]!.x + segments[index]!.width, 5);
  });

  it('draws nothing when there are no claims', () => {
    expect(verdictSegments({ consistent: 0, disputed: 0, 'error-in-source': 0, unverifiable: 0 })).toEqual([]);
  });

  it('rounds shares to whole per cent and widths to 0.1 unit for uneven counts', () => {
    const segments = verdictSegments({ consistent: 21, disputed: 6, 'error-in-source': 9, unverifiable: 20 });
    expect(segments.map((segment) => segment.percent)).toEqual([38, 11, 16, 36]);
    expect(segments.map((segment) => segment.width)).toEqual([37.5, 10.7, 16.1, 35.7]);
  });
});
