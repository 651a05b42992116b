import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_HTML_BUDGET, measureArticle, measureArticles } from '../../../src/node/measure-articles.ts';

/** Text gzip cannot shrink much (hashes in base64, about 6 bits a character): a part of it costs the page about its own size. */
const noise = (length: number, seed: number) => {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += createHash('sha256').update(`${seed}:${index}`).digest('base64').replace(/[+/=]/g, '');
  return text.slice(0, length);
};
const page = (body: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;
const svg = (className: string, inner: string) => `<svg viewBox="0 0 1 1" class="${className}">${inner}</svg>`;

describe('measureArticle', () => {
  const html = page(`<p>${noise(2000, 1)}</p>${svg('article-locator', `<path d="${noise(3000, 2)}"/>`)}<aside id="note-1" class="margin-note">${noise(500, 3)}</aside><aside id="note-2" class="margin-note">${noise(500, 4)}</aside>`);
  const weight = measureArticle('/articles/x/', html);
  const part = (label: string) => weight.parts.find((entry) => entry.label === label);

  it('weighs the whole page as gzip -9', () => {
    expect(weight.html).toEqual({ raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length });
  });

  it('costs each part at the gzip bytes the page loses without it, every occurrence together', () => {
    const locator = part('locator map SVG')!;
    expect(locator.raw).toBe(svg('article-locator', `<path d="${noise(3000, 2)}"/>`).length);
    expect(locator.gzip).toBeGreaterThan(2000);
    expect(locator.gzip).toBeLessThan(locator.raw);
    expect(part('margin notes')!.raw).toBe(2 * '<aside id="note-1" class="margin-note">'.length + 1000 + 2 * '</aside>'.length);
  });

  it('leaves out parts the page does not have', () => {
    expect(part('rail timeline SVG')).toBeUndefined();
    expect(weight.parts.map((entry) => entry.label)).toEqual(['<head>', 'locator map SVG', 'margin notes']);
  });
});

describe('measureArticles', () => {
  const dist = mkdtempSync(join(tmpdir(), 'measure-articles-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('reports every article page, the heaviest first, against the budget', () => {
    for (const [slug, length] of [['light', 100], ['heavy', 40_000]] as const) {
      mkdirSync(join(dist, 'articles', slug), { recursive: true });
      writeFileSync(join(dist, 'articles', slug, 'index.html'), page(`<p>${noise(length, length)}</p>`));
    }
    writeFileSync(join(dist, 'articles', 'index.html'), page('the list of articles is not an article page'));
    const report = measureArticles(dist);
    const headers = report.filter((line) => line.startsWith('/'));
    expect(headers).toHaveLength(2);
    expect(headers[0]).toMatch(/^\/articles\/heavy\/ +39\.\d KB raw +2\d\.\d KB gzip \(\d{5} B, OVER the budget of 20000 B\)$/);
    expect(headers[1]).toMatch(/^\/articles\/light\/ .* gzip \(\d{3} B, within the budget of 20000 B\)$/);
    expect(ARTICLE_HTML_BUDGET).toBe(20_000);
  });

  it('says to build first when there is no build', () => {
    expect(() => measureArticles(join(dist, 'missing'))).toThrow('run "npm run build" first');
  });
});
