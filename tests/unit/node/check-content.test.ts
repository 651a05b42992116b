/** The real content/ passes every check: the editors' chain from analysis back to source holds. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/integrity.ts';
import { checkContent } from '../../../src/node/check-content.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

describe('the real content', () => {
  it('has no schema, reference, citation or duplicate-id problem', async () => {
    expect(formatProblems(await checkContent(PROJECT_ROOT))).toBe('');
  });

  it('holds the five source articles, each under its own slug', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'content/articles')).filter((name) => name.endsWith('.md'));
    expect(files).toHaveLength(5);
    expect(new Set(files.map((name) => name.toLowerCase())).size).toBe(5);
  });
});
