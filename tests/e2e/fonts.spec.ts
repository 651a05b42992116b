/**
 * The self-hosted font is subset to the site's characters: every character a built page shows
 * that Source Sans 3 has must be in the served font's unicode-range, and the pages load it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { parseUnicodeRange, parseUpstreamFaces, type CodePointRange } from '../../src/lib/font-subset.ts';
import { builtPages, DIST } from './site.ts';

/** The text of an HTML document: every text node, scripts and styles included (they are tiny). */
function textOf(html: string): string {
  const parts: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' && node.value) parts.push(node.value);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromHtml(html));
  return parts.join(' ');
}

const covers = (ranges: readonly CodePointRange[], point: number) => ranges.some(([start, end]) => point >= start && point <= end);

/** The code points the built stylesheet's @font-face rules serve. */
function servedRanges(): CodePointRange[] {
  const css = readdirSync(join(DIST, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(DIST, '_astro', name), 'utf8'))
    .join('\n');
  return [...css.matchAll(/unicode-range:\s*([^;}]+)/g)].flatMap((match) => parseUnicodeRange(match[1]!));
}

test('every character a page shows that the font has is in the subset', () => {
  const upstream = parseUpstreamFaces(readFileSync(createRequire(import.meta.url).resolve('@fontsource-variable/source-sans-3/wght.css'), 'utf8'));
  const fontHas = upstream.flatMap((face) => face.ranges);
  const served = servedRanges();
  expect(served.length).toBeGreaterThan(0);
  const missing = new Map<string, string>();
  for (const path of builtPages()) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    for (const character of new Set(textOf(readFileSync(file, 'utf8')))) {
      const point = character.codePointAt(0)!;
      if (point >= 0x20 && covers(fontHas, point) && !covers(served, point) && !missing.has(character)) missing.set(character, path);
    }
  }
  expect([...missing].map(([character, path]) => `${character} (U+${character.codePointAt(0)!.toString(16)}) on ${path}`)).toEqual([]);
});

test('pages render their text in the subset font', async ({ page }) => {
  await page.goto('/articles/');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family));
  expect(loaded.map((family) => family.replaceAll('"', ''))).toContain('Source Sans 3 Variable');
  expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3 Variable"', 'Sources'))).toBe(true);
});
