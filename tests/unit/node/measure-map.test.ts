import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureMap, svgWithClass } from '../../../src/node/measure-map.ts';

const page = [
  '<html><head><link rel="stylesheet" href="/nk/_astro/a.css"><script type="module" src="/nk/_astro/b.js"></script></head>',
  '<body><svg class="other"><g/></svg><svg viewBox="0 0 8 6" class="tier-map" role="group"><path d="M0,0l1,1z"/></svg>',
  '</body></html>',
].join('');

describe('svgWithClass', () => {
  it('finds the SVG with that class, whole, and not another', () => {
    expect(svgWithClass(page, 'tier-map')).toBe('<svg viewBox="0 0 8 6" class="tier-map" role="group"><path d="M0,0l1,1z"/></svg>');
    expect(svgWithClass('<svg class="big tier-map wide"><g/></svg>', 'tier-map')).toBe('<svg class="big tier-map wide"><g/></svg>');
    expect(svgWithClass(page, 'tier')).toBeUndefined();
    expect(svgWithClass(page, 'affinity-chart')).toBeUndefined();
  });
});

describe('measureMap', () => {
  const dist = mkdtempSync(join(tmpdir(), 'measure-map-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('reports the SVGs, then the page with the assets it loads under the base path', () => {
    mkdirSync(join(dist, 'map'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'map', 'index.html'), page);
    writeFileSync(join(dist, '_astro', 'a.css'), 'body{}'.repeat(200));
    writeFileSync(join(dist, '_astro', 'b.js'), 'export {}');
    const report = measureMap(dist, '/nk/');
    expect(report[0]).toMatch(/^Tier map SVG +0\.1 KB raw +0\.1 KB gzip$/);
    expect(report[1]).toMatch(/^\/map\/ HTML /);
    expect(report).toContainEqual(expect.stringMatching(/^ {2}\+ JS \/nk\/_astro\/b\.js/));
    expect(report).toContainEqual(expect.stringMatching(/^ {2}\+ CSS \/nk\/_astro\/a\.css +1\.2 KB raw/));
    expect(report.at(-1)).toMatch(/^\/map\/ page weight \(HTML, JS and CSS\) +1\.4 KB raw/);
  });

  it('says to build first when there is no build', () => {
    expect(() => measureMap(join(dist, 'missing'))).toThrow('run "npm run build" first');
  });
});
