import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_DIR, siteCharacters, subsetFiles } from '../../../src/node/font-subset.ts';

describe('font subset', () => {
  it('collects the characters of content and source files, plus ASCII, once each and sorted', () => {
    const root = mkdtempSync(join(tmpdir(), 'font-chars-'));
    mkdirSync(join(root, 'content'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'content', 'a.md'), 'Hà Nội — “yes”');
    writeFileSync(join(root, 'src', 'b.astro'), '<p>€ ×</p>');
    writeFileSync(join(root, 'src', 'c.png'), 'ß is not text here');
    const characters = siteCharacters(root);
    expect(characters).toContain('ộ');
    expect(characters).toContain('€');
    expect(characters).toContain('~');
    expect(characters).not.toContain('ß');
    expect(new Set(characters).size).toBe(characters.length);
    expect([...characters].sort().join('')).toBe(characters);
  });

  it('makes a small latin file that has every character the site uses', async () => {
    const files = await subsetFiles('Hello — “world” Hà Nội');
    const latin = files.find((file) => file.name === 'source-sans-3-latin.woff2');
    expect(latin).toBeDefined();
    expect(latin!.contents.length).toBeLessThan(16_000);
    const css = String(files.find((file) => file.name === 'source-sans-3.css')!.contents);
    expect(css).toContain("src: url('./source-sans-3-vietnamese.woff2')");
    expect(css).toContain('unicode-range: U+1ED9;');
    expect(css).toContain('font-display: swap');
  });

  it('is committed up to date: the build would write the same files', async () => {
    for (const file of await subsetFiles()) {
      expect(readFileSync(join(FONT_DIR, file.name)).equals(Buffer.from(file.contents)), `${file.name} is stale: run node src/node/font-subset.ts`).toBe(true);
    }
  });
});
