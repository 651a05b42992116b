import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScripts, linkedAssets, measureMap, sizeOf, svgWithClass } from '../../../src/node/measure-map.ts';

const page = [
  '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script></head>',
  '<body><svg class="other"><g/></svg><svg viewBox="0 0 8 6" class="tier-map" role="group"><path d="M0,0l1,1z"/></svg>',
  '<script type="module">console.log("hi")</script></body></html>',
].join('');

describe('svgWithClass', () => {
  it('finds the SVG with that class, whole, and not another', () => {
    expect(svgWithClass(page, 'tier-map')).toBe('<svg viewBox="0 0 8 6" class="tier-map" role="group"><path d="M0,0l1,1z"/></svg>');
    expect(svgWithClass(page, 'tier')).toBeUndefined();
    expect(svgWithClass(page, 'affinity-chart')).toBeUndefined();
  });
});

describe('linkedAssets and inlineScripts', () => {
  it('lists stylesheets and external scripts, and the bodies of inline scripts', () => {
    expect(linkedAssets(page)).toEqual(['/_astro/a.css', '/_astro/b.js']);
    expect(inlineScripts(page)).toEqual(['console.log("hi")']);
  });
});

describe('sizeOf', () => {
  it('counts bytes, not characters, and compresses repetition', () => {
    expect(sizeOf('é').raw).toBe(2);
    const repeated = sizeOf('abc'.repeat(1000));
    expect(repeated.raw).toBe(3000);
    expect(repeated.gzip).toBeLessThan(100);
  });
});

describe('measureMap', () => {
  const dist = mkdtempSync(join(tmpdir(), 'measure-map-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('reports the SVGs, the scripts and the page with its assets', () => {
    mkdirSync(join(dist, 'map'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'map', 'index.html'), page);
    writeFileSync(join(dist, '_astro', 'a.css'), 'body{}');
    writeFileSync(join(dist, '_astro', 'b.js'), 'export {}');
    const report = measureMap(dist).join('\n');
    expect(report).toMatch(/^Tier map SVG +0\.1 KB raw/m);
    expect(report).toContain('Affinity chart SVG: not found in /map/');
    expect(report).toMatch(/^ {2}\+ \/_astro\/a\.css/m);
    expect(report).toMatch(/^\/map\/ page weight +0\.3 KB raw/m);
  });

  it('says to build first when there is no build', () => {
    expect(() => measureMap(join(dist, 'missing'))).toThrow('run "npm run build" first');
  });
});
