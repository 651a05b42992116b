/**
 * The 1200×630 share image for link previews, as SVG markup (rendered to PNG at build time).
 * Text is wrapped by a character budget: the font is fixed (DejaVu, shipped via npm), so a
 * budget per line is a close enough stand-in for measuring.
 */
export interface ShareCard {
  /** Small line above the title, e.g. the outlet. */
  kicker: string;
  title: string;
  /** Line at the bottom, e.g. the site name. */
  footer: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap; the last allowed line ends with an ellipsis when text remains. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || line === '') {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.;:–-]+$/, '')}…`;
      return lines;
    }
    if (index === words.length - 1) break;
  }
  if (line) lines.push(line);
  return lines;
}

export function shareCardSvg({ kicker, title, footer }: ShareCard): string {
  const titleLines = wrapWords(title, 28, 4);
  const titleText = titleLines
    .map((line, index) => `<tspan x="80" dy="${index === 0 ? 0 : 66}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    '<rect width="1200" height="630" fill="#1f3a5f"/>',
    '<rect x="80" y="80" width="120" height="10" fill="#fde68a"/>',
    `<text x="80" y="150" font-family="DejaVu Sans" font-size="34" fill="#fde68a">${escapeXml(kicker)}</text>`,
    `<text x="80" y="250" font-family="DejaVu Serif" font-weight="bold" font-size="52" fill="#ffffff">${titleText}</text>`,
    `<text x="80" y="570" font-family="DejaVu Sans" font-size="30" fill="#d1d5db">${escapeXml(footer)}</text>`,
    '</svg>',
  ].join('');
}
