/**
 * Name labels of the tier map: where each state's name (and, where it fits, its tier on a second
 * line) goes, for two label sets drawn in the same SVG — one sized for wide screens and one for
 * phones, where the 800-unit map is drawn about 300 px wide and a label must be about 33 units tall
 * to read at 12 px. Pure: proposed positions and taken boxes in, labels out; a label that fits
 * nowhere is left out (the tooltip and the table still name the state).
 */
import { boxContains, boxesOverlap, type Bounds } from './map-geometry.ts';

export type Anchor = 'start' | 'middle' | 'end';

export interface MapLabel {
  x: number;
  y: number;
  anchor: Anchor;
  text: string;
  /** The state's tier, on a second line; left out where only the name fits. */
  tier?: string;
}

/**
 * Average glyph width of the semi-bold labels, relative to the font size, for fitting: Source Sans 3
 * averages about 0.52; the margin covers capitals and a fallback font.
 */
const GLYPH_WIDTH = 0.6;
/** Baseline-to-baseline distance of the two lines, relative to the font size. */
export const LINE_HEIGHT = 1.2;

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Rough box of a label's text, both lines, for fitting. */
export function labelBox(label: MapLabel, fontSize: number): Bounds {
  const longest = Math.max(label.text.length, label.tier?.length ?? 0);
  const width = longest * fontSize * GLYPH_WIDTH;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  const lines = label.tier ? 2 : 1;
  // The font's ascent and descent (about 1.0 and 0.4 em): what a browser's text box covers.
  return { x0, y0: label.y - fontSize, x1: x0 + width, y1: label.y + fontSize * (0.4 + (lines - 1) * LINE_HEIGHT) };
}

export interface LabelRequest {
  id: string;
  /** Positions to try for the name, best first; the first one's `tier` is added where it fits. */
  candidates: MapLabel[];
}

export interface LabelFrames {
  /** Where a label may go: the box of the frame holding its point. */
  frameOf: (point: { x: number; y: number }) => Bounds;
  /** Boxes no label may cover (the inset, seen from the main frame). */
  keepOut: (frame: Bounds) => Bounds[];
}

/** The label moved sideways just enough to lie inside the frame horizontally, if it can. */
function clampInto(label: MapLabel, frame: Bounds, fontSize: number): MapLabel {
  const box = labelBox(label, fontSize);
  const shift = box.x0 < frame.x0 ? frame.x0 - box.x0 : box.x1 > frame.x1 ? frame.x1 - box.x1 : 0;
  return shift === 0 ? label : { ...label, x: round1(label.x + shift + Math.sign(shift) * 0.1) };
}

/**
 * Places labels in two passes. First every name, in request order (most important first), at its
 * first candidate that lies inside its frame and clear of everything placed so far — so a name
 * never loses its place to another state's tier line. Then, in the same order, each placed name
 * gains its tier line where the taller box is still clear. `taken` holds markers and titles, with
 * their owner (a state's own marker may touch its label).
 */
export function placeLabels(requests: readonly LabelRequest[], taken: readonly { owner: string; box: Bounds }[], frames: LabelFrames, fontSize: number): Map<string, MapLabel> {
  const placed = new Map<string, Bounds>();
  const labels = new Map<string, MapLabel>();
  const clear = (id: string, label: MapLabel): Bounds | undefined => {
    const frame = frames.frameOf(label);
    const box = labelBox(label, fontSize);
    if (!boxContains(frame, box) || frames.keepOut(frame).some((other) => boxesOverlap(box, other))) return undefined;
    if (taken.some((other) => other.owner !== id && boxesOverlap(other.box, box))) return undefined;
    for (const [owner, other] of placed) if (owner !== id && boxesOverlap(other, box)) return undefined;
    return box;
  };
  for (const request of requests) {
    for (const candidate of request.candidates) {
      const { tier: _tier, ...nameOnly } = candidate;
      const label = clampInto(nameOnly, frames.frameOf(nameOnly), fontSize);
      const box = clear(request.id, label);
      if (!box) continue;
      placed.set(request.id, box);
      labels.set(request.id, label);
      break;
    }
  }
  for (const request of requests) {
    const label = labels.get(request.id);
    const tier = request.candidates[0]?.tier;
    if (!label || !tier) continue;
    const withTier = { ...label, tier };
    const box = clear(request.id, withTier);
    if (!box) continue;
    placed.set(request.id, box);
    labels.set(request.id, withTier);
  }
  return labels;
}

/** Alternatives around a proposed position: the position itself, then a line above and below, then beside. */
export function nearby(label: MapLabel, fontSize: number): MapLabel[] {
  const step = fontSize * LINE_HEIGHT;
  const shifted = (dx: number, dy: number, anchor = label.anchor): MapLabel => ({ ...label, x: round1(label.x + dx), y: round1(label.y + dy), anchor });
  return [label, shifted(0, -step), shifted(0, step), shifted(0, -2 * step), shifted(0, 2 * step), shifted(fontSize, 0, 'start'), shifted(-fontSize, 0, 'end')];
}
