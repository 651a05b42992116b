import { describe, expect, it } from 'vitest';
import { labelBox, LINE_HEIGHT, nearby, placeLabels, type MapLabel } from '../../../src/lib/map-labels.ts';
import type { Bounds } from '../../../src/lib/map-geometry.ts';

const frame: Bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };
const frames = { frameOf: () => frame, keepOut: () => [] };
const label = (text: string, x: number, y: number, tier?: string): MapLabel => ({ x, y, anchor: 'start', text, ...(tier ? { tier } : {}) });

describe('labelBox', () => {
  it('grows by one line for the tier and takes the longer line\'s width', () => {
    const one = labelBox(label('Laos', 10, 20), 10);
    const two = labelBox(label('Laos', 10, 20, 'Tier One'), 10);
    expect(two.y1 - one.y1).toBeCloseTo(10 * LINE_HEIGHT);
    expect(two.x1 - two.x0).toBeCloseTo(((one.x1 - one.x0) * 8) / 4);
  });

  it('places the box by the anchor', () => {
    const middle = labelBox({ ...label('ab', 50, 20), anchor: 'middle' }, 10);
    const end = labelBox({ ...label('ab', 50, 20), anchor: 'end' }, 10);
    expect((middle.x0 + middle.x1) / 2).toBeCloseTo(50);
    expect(end.x1).toBeCloseTo(50);
  });
});

describe('placeLabels', () => {
  it('gives every name a place before any tier line: a tier never costs another state its name', () => {
    const placed = placeLabels(
      [
        { id: 'a', candidates: [label('Alpha', 10, 20, 'Tier One')] },
        { id: 'b', candidates: [label('Beta', 10, 36)] },
      ],
      [],
      frames,
      10,
    );
    expect(placed.get('b')).toEqual(label('Beta', 10, 36));
    // Alpha's tier line would cover Beta, so Alpha keeps its name alone.
    expect(placed.get('a')).toEqual(label('Alpha', 10, 20));
  });

  it('adds the tier line where it fits', () => {
    const placed = placeLabels([{ id: 'a', candidates: [label('Alpha', 10, 20, 'Tier One')] }], [], frames, 10);
    expect(placed.get('a')?.tier).toBe('Tier One');
  });

  it('tries the next candidate when one clashes with a taken box, and leaves out a label that fits nowhere', () => {
    const taken = [{ owner: 'marker', box: { x0: 0, y0: 0, x1: 200, y1: 30 } }];
    const placed = placeLabels(
      [
        { id: 'a', candidates: [label('Alpha', 10, 20), label('Alpha', 10, 60)] },
        { id: 'b', candidates: [label('Beta', 10, 20)] },
      ],
      taken,
      frames,
      10,
    );
    expect(placed.get('a')?.y).toBe(60);
    expect(placed.has('b')).toBe(false);
  });

  it('lets a state\'s label touch its own marker', () => {
    const taken = [{ owner: 'a', box: { x0: 0, y0: 0, x1: 200, y1: 30 } }];
    expect(placeLabels([{ id: 'a', candidates: [label('Alpha', 10, 20)] }], taken, frames, 10).has('a')).toBe(true);
  });

  it('slides a label that sticks out of the frame sideways back inside', () => {
    const placed = placeLabels([{ id: 'a', candidates: [{ ...label('Alpha', 2, 20), anchor: 'middle' }] }], [], frames, 10);
    const box = labelBox(placed.get('a')!, 10);
    expect(box.x0).toBeGreaterThanOrEqual(0);
  });
});

describe('nearby', () => {
  it('starts with the label itself, then a line above and below', () => {
    const [first, up, down] = nearby(label('A', 10, 50), 10);
    expect(first).toEqual(label('A', 10, 50));
    expect(up!.y).toBe(38);
    expect(down!.y).toBe(62);
  });
});
