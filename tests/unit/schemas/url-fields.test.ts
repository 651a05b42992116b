/**
 * Every URL field goes through `webUrl()`: `z.url()` alone accepts `javascript:`, `data:`,
 * `vbscript:` and `file:` addresses, and a plain string accepts anything. This reads the schema
 * sources, so a URL field added later by anyone is held to the rule too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

const SCHEMAS = join(PROJECT_ROOT, 'src/schemas');
const sources = readdirSync(SCHEMAS)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(SCHEMAS, name), 'utf8') }));

/** Field definitions whose name says they hold an address: `url:`, `archivedUrl:`, `homepage:`. */
const URL_FIELD = /^\s*(\w*(?:url|Url|URL|href|homepage|link)\w*)\s*:\s*(.+)$/;

describe('URL fields in the schemas', () => {
  it('finds the schema files', () => {
    expect(sources.map((source) => source.name)).toContain('article.ts');
  });

  it('use z.url() only inside webUrl()', () => {
    for (const { name, text } of sources) {
      const uses = text.split('\n').filter((line) => /\bz\.url\(/.test(line) && !/^\s*(\*|\/\/)/.test(line));
      expect({ name, uses: uses.length }).toEqual({ name, uses: name === 'common.ts' ? 1 : 0 });
    }
  });

  it('define every URL field with webUrl()', () => {
    const fields = sources.flatMap(({ name, text }) =>
      text.split('\n').flatMap((line) => {
        const match = URL_FIELD.exec(line);
        return match ? [{ field: `${name}: ${match[1]}`, webUrl: match[2]!.startsWith('webUrl(') }] : [];
      }),
    );
    expect(fields.map((field) => field.field)).toEqual(
      expect.arrayContaining(['article.ts: url', 'provenance.ts: url', 'provenance.ts: archivedUrl', 'outside-source.ts: url']),
    );
    expect(fields.filter((field) => !field.webUrl)).toEqual([]);
  });
});
