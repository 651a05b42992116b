/**
 * Prints how heavy the map is in the built site: the tier map's SVG
 * markup (raw and gzip), then the whole /map/ page with the scripts and styles it loads (measured
 * as for the timeline, by `measurePage`). Sizes are printed, never asserted.
 *
 *   npm run build && npm run measure:map [-- distFolder]
 *
 * Set BASE_PATH as for the build when the site was built under a sub-path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteSettings } from '../lib/settings.ts';
import { measurePage, type Weight } from './measure-timeline.ts';

/** The page that shows the full map. */
export const MAP_PAGE = 'map/index.html';

/** The SVGs measured, by the class on their `<svg>` element (the affinity view is an HTML grid). */
export const MAP_SVGS = [['Tier map SVG', 'tier-map']] as const;

const weigh = (text: string): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

/** The first `<svg>` element whose class list holds `className`, whole; the map has no nested SVGs. */
export function svgWithClass(html: string, className: string): string | undefined {
  const open = new RegExp(`<svg\\b[^>]*\\bclass="(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"[^>]*>`).exec(html);
  if (!open) return undefined;
  const end = html.indexOf('</svg>', open.index);
  return end === -1 ? undefined : html.slice(open.index, end + '</svg>'.length);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const line = (label: string, weight: Weight): string => `${label.padEnd(50)} ${kb(weight.raw).padStart(9)} raw ${kb(weight.gzip).padStart(9)} gzip`;

/** The report for a built site, one line per measured thing. */
export function measureMap(dist: string, base = '/'): string[] {
  const pagePath = join(dist, MAP_PAGE);
  if (!existsSync(pagePath)) throw new Error(`${pagePath} does not exist: run "npm run build" first.`);
  const html = readFileSync(pagePath, 'utf8');
  const page = measurePage(dist, html, base);
  const assets = [...page.scripts.map((script) => ({ label: `JS ${script.file}`, weight: script.weight })), ...page.styles.map((style) => ({ label: `CSS ${style.file}`, weight: style.weight }))];
  const total = [page.html, ...assets.map((asset) => asset.weight)].reduce((sum, weight) => ({ raw: sum.raw + weight.raw, gzip: sum.gzip + weight.gzip }));
  return [
    ...MAP_SVGS.map(([label, className]) => {
      const svg = svgWithClass(html, className);
      return svg ? line(label, weigh(svg)) : `${label}: not found in ${MAP_PAGE}`;
    }),
    line('/map/ HTML', page.html),
    ...assets.map((asset) => line(`  + ${asset.label}`, asset.weight)),
    line('/map/ page weight (HTML, JS and CSS)', total),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(measureMap(process.argv[2] ?? 'dist', siteSettings(process.env).base).join('\n'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
