/**
 * Prints how heavy the map is in the built site: the tier map's SVG markup and the affinity
 * chart's (raw and gzip), the inline scripts, and the whole /map/ page with the CSS and scripts
 * it loads. Sizes are printed, never asserted: run after `npm run build`.
 *
 *   node src/node/measure-map.ts [distFolder]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export const sizeOf = (text: string | Buffer): Size => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).byteLength });

/** The first `<svg>` element whose opening tag has the class, with its content; SVGs are not nested here. */
export function svgWithClass(html: string, className: string): string | undefined {
  const open = new RegExp(`<svg\\b[^>]*\\bclass="(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"[^>]*>`).exec(html);
  if (!open) return undefined;
  const end = html.indexOf('</svg>', open.index);
  return end === -1 ? undefined : html.slice(open.index, end + '</svg>'.length);
}

/** Site paths of the stylesheets and external scripts a page loads. */
export function linkedAssets(html: string): string[] {
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((match) => match[1]!);
  return [...stylesheets, ...scripts];
}

/** Bodies of the inline module scripts (Astro inlines small ones). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((body) => body.trim() !== '');
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const line = (label: string, size: Size): string => `${label.padEnd(44)} ${kb(size.raw).padStart(9)} raw ${kb(size.gzip).padStart(9)} gzip`;

/** The report, one line per measured thing. */
export function measureMap(dist: string, base = '/'): string[] {
  const pagePath = join(dist, 'map', 'index.html');
  if (!existsSync(pagePath)) throw new Error(`${pagePath} does not exist: run "npm run build" first.`);
  const html = readFileSync(pagePath, 'utf8');
  const lines: string[] = [];
  for (const [label, className] of [['Tier map SVG', 'tier-map'], ['Affinity chart SVG', 'affinity-chart']] as const) {
    const svg = svgWithClass(html, className);
    lines.push(svg ? line(label, sizeOf(svg)) : `${label}: not found in /map/`);
  }
  const scripts = inlineScripts(html);
  if (scripts.length > 0) lines.push(line('Inline scripts', sizeOf(scripts.join('\n'))));
  let total = sizeOf(html);
  lines.push(line('/map/ HTML', total));
  for (const asset of linkedAssets(html)) {
    const file = join(dist, asset.startsWith(base) ? asset.slice(base.length) : asset);
    const size = sizeOf(readFileSync(file));
    lines.push(line(`  + ${asset}`, size));
    total = { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
  }
  lines.push(line('/map/ page weight', total));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const base = process.env['BASE_PATH'] ? `/${process.env['BASE_PATH'].replace(/^\/+|\/+$/g, '')}/` : '/';
  console.log(measureMap(dist, base).join('\n'));
}
