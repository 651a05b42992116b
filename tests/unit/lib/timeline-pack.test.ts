import { describe, expect, it } from 'vitest';
import { assignTracks, boxesOverlap, packBlocks, stackBlocks } from '../../../src/lib/timeline/pack.ts';

describe('boxesOverlap', () => {
  it('counts shared area, not touching edges', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(box, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(box, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxesOverlap(box, { x: 0, y: 10, width: 10, height: 10 })).toBe(false);
  });
});

describe('packBlocks', () => {
  it('puts blocks that do not collide side by side at the top', () => {
    const places = packBlocks(
      [
        { options: [{ left: 0, right: 100 }], height: 28 },
        { options: [{ left: 120, right: 200 }], height: 43 },
      ],
      10,
      6,
    );
    expect(places).toEqual([
      { option: 0, top: 10 },
      { option: 0, top: 10 },
    ]);
  });

  it('tries the next option before moving a block down', () => {
    const places = packBlocks(
      [
        { options: [{ left: 100, right: 200 }], height: 28 },
        { options: [{ left: 150, right: 300 }, { left: 0, right: 90 }], height: 28 },
      ],
      0,
      6,
    );
    expect(places[1]).toEqual({ option: 1, top: 0 });
  });

  it('moves a colliding block just below the one it meets, keeping the gap', () => {
    const places = packBlocks(
      [
        { options: [{ left: 0, right: 100 }], height: 58 },
        { options: [{ left: 110, right: 200 }], height: 28 },
        { options: [{ left: 150, right: 250 }], height: 28 },
      ],
      0,
      6,
    );
    // Below the short middle block, beside the tall first one.
    expect(places[2]).toEqual({ option: 0, top: 34 });
  });

  it('never lets two placed blocks overlap, whatever the input', () => {
    const items = Array.from({ length: 40 }, (_, index) => {
      const left = (index * 37) % 300;
      return { options: [{ left, right: left + 80 + (index % 5) * 20 }, { left: left - 90, right: left }], height: 28 + (index % 4) * 15 };
    });
    const places = packBlocks(items, 0, 6);
    const boxes = places.map((place, index) => {
      const option = items[index]!.options[place.option]!;
      return { x: option.left, y: place.top, width: option.right - option.left, height: items[index]!.height };
    });
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)));
  });
});

describe('stackBlocks', () => {
  it('keeps blocks at their ideal places when there is room', () => {
    expect(stackBlocks([0, 40, 100], [28, 28, 28], 0, 200)).toEqual([0, 40, 100]);
  });

  it('pushes crowded blocks apart by their own heights and pulls a cluster at the end back inside', () => {
    expect(stackBlocks([10, 10, 10, 150, 150], [28, 43, 28, 28, 28], 0, 200)).toEqual([10, 38, 81, 144, 172]);
  });

  it('never overlaps blocks, even when they cannot all fit', () => {
    const heights = [28, 60, 28, 43, 28, 28];
    const positions = stackBlocks([50, 50, 50, 50, 50, 50], heights, 0, 100);
    positions.slice(1).forEach((position, index) => expect(position - positions[index]!).toBeGreaterThanOrEqual(heights[index]!));
    expect(positions[0]).toBe(0);
  });
});

describe('assignTracks', () => {
  it('puts overlapping extents on separate tracks and reuses free ones', () => {
    expect(
      assignTracks(
        [
          { from: 0, to: 10, kind: 'period' },
          { from: 5, to: 20, kind: 'period' },
          { from: 15, to: 30, kind: 'range' },
        ],
        2,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('lets marks drawn at the same place share a track', () => {
    expect(
      assignTracks(
        [
          { from: 0, to: 10, kind: 'period' },
          { from: 0.4, to: 10.2, kind: 'period' },
          { from: 0, to: 10, kind: 'range' },
        ],
        2,
      ),
    ).toEqual([0, 0, 1]);
  });
});
