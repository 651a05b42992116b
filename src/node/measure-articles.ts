/**
 * Prints how heavy each built article page is: its HTML (raw and gzip -9) against the budget, and
 * what each part of it costs — the gzip bytes the page would lose without that part, which is what
 * a reader downloads for it (a part's own gzip size overstates it: the page compresses it together
 * with the rest). Sizes are printed, never asserted.
 *
 *   npm run build && npm run measure:articles [-- distFolder]
 *
 * Set BASE_PATH as for the build when the site was built under a sub-path (only the pages' files
 * are read, so it does not matter here).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { svgWithClass } from './measure-map.ts';
import type { Weight } from './measure-timeline.ts';

/** The budget for an article page's HTML alone, in gzip bytes (issue 12: the page in all ≤ 45 KB, a KB being 1,000 bytes there). */
export const ARTICLE_HTML_BUDGET = 20_000;

/** Folder of the article pages in the build. */
export const ARTICLES_DIR = 'articles';

const gzipBytes = (text: string): number => gzipSync(text, { level: 9 }).length;
const weigh = (text: string): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipBytes(text) });

/** A part of the page: every stretch of its HTML that the finder returns. */
export interface PagePart {
  label: string;
  find: (html: string) => string[];
}

const all = (pattern: RegExp) => (html: string) => [...html.matchAll(pattern)].map((match) => match[0]);
const svg = (className: string) => (html: string) => {
  const found = svgWithClass(html, className);
  return found ? [found] : [];
};

/** The parts measured, by the markup that makes them. */
export const ARTICLE_PARTS: readonly PagePart[] = [
  { label: '<head>', find: all(/<head>[^]*?<\/head>/g) },
  { label: 'locator map SVG', find: svg('article-locator') },
  { label: 'rail timeline SVG', find: svg('timeline-svg') },
  { label: 'source record SVG', find: svg('record-svg') },
  { label: 'margin notes', find: all(/<aside id="note-[^]*?<\/aside>/g) },
  { label: '  their stance strips', find: all(/<ul class="stance-strip"[^]*?<\/ul>/g) },
  { label: '  their hidden stance sentences', find: all(/<p class="visually-hidden">[^<]*<\/p>/g) },
  { label: 'note references', find: all(/<sup class="note-refs">[^]*?<\/sup>/g) },
  { label: 'data-passage(s) attributes', find: all(/ data-passages?="[^"]*"/g) },
  { label: 'passage ids and anchors', find: all(/<span id="cited-[^"]*" class="cited-anchor"><\/span>/g) },
];

export interface PartCost {
  label: string;
  /** Raw bytes of every stretch of the part together. */
  raw: number;
  /** Gzip bytes the page loses without the part. */
  gzip: number;
}

export interface ArticleWeight {
  page: string;
  html: Weight;
  parts: PartCost[];
}

/** Removes every occurrence of each stretch (longest first, so a stretch inside another goes with it). */
function without(html: string, stretches: readonly string[]): string {
  return [...new Set(stretches)].sort((a, b) => b.length - a.length).reduce((rest, stretch) => rest.split(stretch).join(''), html);
}

/** The weight of one page's HTML and of each part that occurs in it. */
export function measureArticle(page: string, html: string, parts: readonly PagePart[] = ARTICLE_PARTS): ArticleWeight {
  const whole = weigh(html);
  return {
    page,
    html: whole,
    parts: parts.flatMap((part) => {
      const stretches = part.find(html);
      if (stretches.length === 0) return [];
      return [{ label: part.label, raw: stretches.reduce((sum, stretch) => sum + Buffer.byteLength(stretch), 0), gzip: whole.gzip - gzipBytes(without(html, stretches)) }];
    }),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The report for a built site: a block per article page, the heaviest first. */
export function measureArticles(dist: string): string[] {
  const folder = join(dist, ARTICLES_DIR);
  if (!existsSync(folder)) throw new Error(`${folder} does not exist: run "npm run build" first.`);
  const pages = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => measureArticle(`/${ARTICLES_DIR}/${entry.name}/`, readFileSync(join(folder, entry.name, 'index.html'), 'utf8')))
    .sort((a, b) => b.html.gzip - a.html.gzip || a.page.localeCompare(b.page));
  return pages.flatMap((page) => [
    `${page.page.padEnd(60)} ${kb(page.html.raw).padStart(9)} raw ${kb(page.html.gzip).padStart(9)} gzip (${page.html.gzip} B, ${page.html.gzip <= ARTICLE_HTML_BUDGET ? 'within' : 'OVER'} the budget of ${ARTICLE_HTML_BUDGET} B)`,
    ...page.parts.map((part) => `  ${part.label.padEnd(58)} ${kb(part.raw).padStart(9)} raw ${kb(part.gzip).padStart(9)} gzip of the page`),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(measureArticles(process.argv[2] ?? 'dist').join('\n'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
