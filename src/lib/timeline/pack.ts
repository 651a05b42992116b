/**
 * Placement helpers for the timeline's labels and marks: greedy, deterministic, and never
 * overlapping, so the layout's tests can check the output rather than trust the method.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** One way to place a block along the time axis: its left and right edge. */
export interface BlockOption {
  left: number;
  right: number;
}

/**
 * Packs blocks (a mark with its wrapped label) into a band, in the given order: each goes to the
 * lowest `top` where one of its options (tried in order) keeps `gap` px from every block already
 * placed. Candidate tops are the band's top and the bottom of each placed block, so a block
 * slides up next to shorter neighbours instead of starting a new row.
 */
export function packBlocks(items: readonly { options: readonly BlockOption[]; height: number }[], top: number, gap: number): { option: number; top: number }[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  return items.map((item) => {
    const tops = [...new Set([top, ...placed.map((block) => block.bottom + gap)])].sort((a, b) => a - b);
    for (const candidate of tops) {
      const bottom = candidate + item.height;
      const option = item.options.findIndex((extent) =>
        placed.every((block) => extent.right + gap <= block.left || block.right + gap <= extent.left || bottom + gap <= block.top || block.bottom + gap <= candidate),
      );
      if (option !== -1) {
        placed.push({ ...item.options[option]!, top: candidate, bottom });
        return { option, top: candidate };
      }
    }
    // Unreachable: the lowest candidate is below every placed block.
    throw new Error('packBlocks found no place for a block.');
  });
}

/**
 * Stacks blocks of the given heights in one column near their ideal tops: pushed down to clear
 * the block before, then pulled back up from `bottom` so a dense cluster at the end stays in the
 * plot; when they cannot all fit, the last ones run past `bottom` rather than overlap.
 */
export function stackBlocks(ideal: readonly number[], heights: readonly number[], top: number, bottom: number): number[] {
  const positions = [...ideal];
  const last = positions.length - 1;
  for (let index = 0; index <= last; index += 1) {
    positions[index] = Math.max(positions[index]!, index > 0 ? positions[index - 1]! + heights[index - 1]! : top);
  }
  let above = 0;
  const room = heights.map((height) => ((above += height), above - height));
  for (let index = last; index >= 0; index -= 1) {
    const limit = index === last ? bottom - heights[index]! : positions[index + 1]! - heights[index]!;
    positions[index] = Math.max(Math.min(positions[index]!, limit), top + room[index]!);
  }
  for (let index = 1; index <= last; index += 1) {
    positions[index] = Math.max(positions[index]!, positions[index - 1]! + heights[index - 1]!);
  }
  return positions;
}

/** How a mark is drawn: a point for a day, a period for a month, season or year, a bar for a range. */
export type MarkKind = 'point' | 'period' | 'range';

/**
 * Assigns each extent [from, to] a track, in order: the track of an earlier extent drawn at the
 * same place (within 1 px at both ends, so identical periods share one bar and its leader lines
 * show how many events it holds), else the first track where it keeps `padding` from the others.
 */
export function assignTracks(extents: readonly { from: number; to: number; kind: MarkKind }[], padding: number): number[] {
  const tracks: { from: number; to: number; kind: MarkKind }[][] = [];
  const samePlace = (a: (typeof extents)[number], b: (typeof extents)[number]) => a.kind === b.kind && Math.abs(a.from - b.from) < 1 && Math.abs(a.to - b.to) < 1;
  return extents.map((extent) => {
    let track = tracks.findIndex((members) => members.some((member) => samePlace(member, extent)));
    if (track === -1) track = tracks.findIndex((members) => members.every((member) => member.to + padding <= extent.from || extent.to + padding <= member.from));
    if (track === -1) track = tracks.push([]) - 1;
    tracks[track]!.push(extent);
    return track;
  });
}
