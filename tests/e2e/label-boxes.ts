/**
 * Overlap of chart labels as a reader sees it: two labels clash when the em boxes of their lines
 * intersect. A text element's bounding box is the font's line box (ascender to descender, about
 * 1.4 em for Source Sans 3), which reaches into the next line of a wrapped label set at 1.2 em
 * without any glyphs touching; the em box of each line is what glyphs actually occupy. Lines of
 * one label are not compared with each other.
 */
import type { Locator, Page } from '@playwright/test';

/** One line of a label: its text and its em box in CSS px. */
export interface LabelLine {
  label: number;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Runs in the browser (self-contained, as Playwright sends it there): for each SVG, the em boxes
 * of every line of its text elements that match `selector`.
 */
function emBoxesPerSvg(svgs: Element[], selector: string): LabelLine[][] {
  return svgs.map((svg) => {
    const lines: LabelLine[] = [];
    [...svg.querySelectorAll(selector)].forEach((text, label) => {
      if (!(text instanceof SVGTextElement) || !text.textContent?.trim()) return;
      const tspans = [...text.querySelectorAll('tspan')].filter((tspan) => tspan.textContent?.trim());
      const parts: SVGGraphicsElement[] = tspans.length > 0 ? tspans : [text];
      const em = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
      for (const part of parts) {
        const box = part.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        // A single line's box is the font's line box; centre the em box inside it.
        const inset = Math.max(0, (Math.min(box.height, em * 1.6) - em) / 2);
        lines.push({ label, text: part.textContent!.trim(), left: box.left, right: box.right, top: box.top + inset, bottom: box.bottom - inset });
      }
    });
    return lines;
  });
}

/** Pairs of lines from different labels whose em boxes overlap by more than half a pixel each way. */
export function clashes(lines: readonly LabelLine[]): string[] {
  const found: string[] = [];
  lines.forEach((a, index) => {
    for (const b of lines.slice(index + 1)) {
      if (a.label === b.label) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) found.push(`${a.text} × ${b.text}`);
    }
  });
  return found;
}

/** Clashing labels within each SVG on the page. */
export async function overlappingLabels(page: Page): Promise<string[]> {
  const perSvg = await page.locator('svg').evaluateAll(emBoxesPerSvg, 'text');
  return perSvg.flatMap((lines) => clashes(lines));
}

/** Clashing labels among the text elements matching `selector` in one chart. */
export async function overlappingLabelsIn(chart: Locator, selector: string): Promise<{ count: number; clashes: string[] }> {
  const perSvg = await chart.evaluateAll(emBoxesPerSvg, selector);
  return { count: perSvg.reduce((sum, lines) => sum + new Set(lines.map((line) => line.label)).size, 0), clashes: perSvg.flatMap((lines) => clashes(lines)) };
}
