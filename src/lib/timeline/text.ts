/**
 * Text measurement and wrapping without a DOM, for chart labels: Helvetica/Arial advance widths
 * (in 1/1000 em, as in PDF font metrics), enlarged by TEXT_WIDTH_MARGIN because common system
 * fonts such as DejaVu Sans run wider. Estimates err on the long side, so labels apart on paper
 * are apart on screen. Labels are wrapped, never cut: a reader sees every word of a title.
 */

/** Label font size in px. */
export const LABEL_FONT_SIZE = 12;

const ADVANCE_GROUPS: [number, string][] = [
  [191, "'"],
  [222, 'ijl’‘'],
  [278, ' .,:;!/fIt[]'],
  [333, '-()r"“”'],
  [500, 'cksvxyzJ'],
  [556, 'abdeghnopqu0123456789$L–?'],
  [611, 'FTZ'],
  [667, 'ABEKPSVXY&'],
  [722, 'CDHNRUw'],
  [778, 'GOQ'],
  [833, 'mM'],
  [889, '%'],
  [944, 'W'],
  [1000, '…@—'],
];
const ADVANCES = new Map(ADVANCE_GROUPS.flatMap(([width, characters]) => [...characters].map((character) => [character, width] as const)));
const TEXT_WIDTH_MARGIN = 1.12;
/** Bold text runs about this much wider than regular. */
const BOLD_FACTOR = 1.08;

/** Estimated rendered width of `text` in px at `fontSize` (bold when `bold`). */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE, bold = false): number {
  let thousandths = 0;
  for (const character of text) thousandths += ADVANCES.get(character) ?? 600;
  return (thousandths / 1000) * fontSize * TEXT_WIDTH_MARGIN * (bold ? BOLD_FACTOR : 1);
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth` px, filling each line greedily.
 * Nothing is dropped: a single word wider than `maxWidth` gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize = LABEL_FONT_SIZE, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
