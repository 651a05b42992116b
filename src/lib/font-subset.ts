/**
 * Pure helpers for subsetting the self-hosted font to the characters the site uses: reading
 * the @font-face rules Fontsource ships, assigning each character to the file that has it, and
 * writing CSS `unicode-range` values. The file work is in src/node/font-subset.ts.
 */

/** An inclusive range of code points. */
export type CodePointRange = readonly [number, number];

/** One @font-face rule of the upstream stylesheet: its file and the code points it covers. */
export interface UpstreamFace {
  /** Subset name taken from the file name, e.g. "latin" in "source-sans-3-latin-wght-normal.woff2". */
  subset: string;
  file: string;
  ranges: CodePointRange[];
}

/** Parses a CSS `unicode-range` value ("U+0000-00FF,U+0131") into ranges. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
      if (!match) throw new Error(`"${part}" is not a unicode-range item (expected U+XXXX or U+XXXX-YYYY).`);
      const start = Number.parseInt(match[1]!, 16);
      const end = match[2] === undefined ? start : Number.parseInt(match[2], 16);
      if (end < start) throw new Error(`The unicode-range item "${part}" ends before it starts.`);
      return [start, end] as const;
    });
}

/** Writes code points as a compact `unicode-range` value, merging neighbours into ranges. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const point of sorted) {
    const last = ranges.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(',');
}

/** The upright (normal style) faces of a Fontsource stylesheet, in the order they appear. */
export function parseUpstreamFaces(css: string): UpstreamFace[] {
  const faces: UpstreamFace[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    if (!/font-style:\s*normal/.test(block)) continue;
    const file = /url\(\.?\/?files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const subset = file ? /-(latin-ext|latin|vietnamese|greek-ext|greek|cyrillic-ext|cyrillic)-/.exec(file)?.[1] : undefined;
    if (!file || !range || !subset) continue;
    faces.push({ subset, file, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

const inRanges = (point: number, ranges: readonly CodePointRange[]) => ranges.some(([start, end]) => point >= start && point <= end);

/**
 * Assigns each character to the first face whose range covers it (Fontsource's ranges overlap
 * on a few combining marks). Characters no face covers are left out: the font has no glyph for
 * them, so the browser draws them from a system font whatever we do.
 */
export function assignCharacters(text: string, faces: readonly UpstreamFace[]): Map<string, number[]> {
  const bySubset = new Map<string, Set<number>>();
  for (const character of new Set(text)) {
    const point = character.codePointAt(0)!;
    const face = faces.find((candidate) => inRanges(point, candidate.ranges));
    if (!face) continue;
    const points = bySubset.get(face.subset) ?? new Set<number>();
    points.add(point);
    bySubset.set(face.subset, points);
  }
  return new Map(
    faces.filter((face) => bySubset.has(face.subset)).map((face) => [face.subset, [...bySubset.get(face.subset)!].sort((a, b) => a - b)]),
  );
}

/** OpenType features every file keeps: kerning and tabular figures (timeline ticks). */
const BASE_FEATURES = ['kern', 'tnum'];
/** Features that place combining marks, kept only for a file that has such marks. */
const MARK_FEATURES = ['ccmp', 'mark', 'mkmk'];
const isCombiningMark = (point: number) => point >= 0x300 && point <= 0x36f;

/**
 * The layout features a subset file keeps. The rest go: small caps, fractions and localised
 * forms are unused, and the fi/fl ligatures (340 bytes) are a nicety a sans text face does well
 * without; together 2.5 KB. Mark positioning (170 bytes) matters only where the text has
 * combining marks.
 */
export function featuresFor(codePoints: readonly number[]): string[] {
  return codePoints.some(isCombiningMark) ? [...BASE_FEATURES, ...MARK_FEATURES] : [...BASE_FEATURES];
}

/** Printable ASCII, always kept so that anything a reader types in the search box has a glyph. */
export const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, index) => String.fromCharCode(0x20 + index)).join('');
