import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { formatWeights, measurePage } from '../../../src/node/measure-timeline.ts';

const dist = mkdtempSync(join(tmpdir(), 'measure-timeline-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, '_astro'));
const script = 'customElements.define("timeline-chart", class extends HTMLElement {});'.repeat(20);
writeFileSync(join(dist, '_astro', 'timeline.abc.js'), script);
writeFileSync(join(dist, '_astro', 'timeline.abc.css'), '.tl-event { cursor: pointer; }');
const wide = '<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg timeline-horizontal"><a href="#event-a"></a></svg>';
const narrow = '<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg timeline-vertical"></svg>';
const html = `<html><head><link rel="stylesheet" href="/nk-sea/_astro/timeline.abc.css"><script type="module" src="/nk-sea/_astro/timeline.abc.js"></script></head>
<body><div data-chart>${wide}</div><div data-chart>${narrow}</div><svg class="tl-legend-symbol"></svg></body></html>`;

describe('measurePage', () => {
  const weights = measurePage(dist, html, '/nk-sea/');

  it('weighs the HTML raw and gzipped', () => {
    expect(weights.html).toEqual({ raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length });
  });

  it('finds each chart SVG but not other SVGs', () => {
    expect(weights.svgs).toEqual([
      { chart: 'timeline-horizontal', weight: { raw: wide.length, gzip: gzipSync(wide, { level: 9 }).length } },
      { chart: 'timeline-vertical', weight: { raw: narrow.length, gzip: gzipSync(narrow, { level: 9 }).length } },
    ]);
  });

  it('weighs the scripts and styles the page loads, whatever the base path', () => {
    expect(weights.scripts).toEqual([{ file: '/nk-sea/_astro/timeline.abc.js', weight: { raw: script.length, gzip: gzipSync(script, { level: 9 }).length } }]);
    expect(weights.styles.map((style) => style.file)).toEqual(['/nk-sea/_astro/timeline.abc.css']);
  });

  it('finds files outside _astro too, such as public scripts', () => {
    writeFileSync(join(dist, 'theme-init.js'), 'document.documentElement.dataset.theme = "dark";');
    const page = '<script src="/theme-init.js"></script>';
    expect(measurePage(dist, page).scripts.map((script) => script.weight.raw)).toEqual([48]);
  });

  it('prints one line per item with a JavaScript total', () => {
    const report = formatWeights('timeline/index.html', weights);
    expect(report).toMatch(/^Timeline page weight \(timeline\/index\.html\)\nHTML +[\d.]+ KB raw +[\d.]+ KB gzip\n/);
    expect(report).toMatch(/inline SVG: timeline-vertical +0\.1 KB raw +0\.1 KB gzip/);
    expect(report).toMatch(/JS timeline\.abc\.js /);
    expect(report).toMatch(/JS total +1\.\d KB raw +0\.\d KB gzip/);
  });
});
