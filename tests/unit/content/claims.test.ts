/**
 * The real claims in content/claims: they pass the same check as the build (schema, references,
 * every passage and quote found in its article), and every one is found again in the HTML the
 * article pages render, so that each gets its marker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import * as yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { citedPassages, countByVerdict, type ClaimEntry } from '../../../src/lib/claims.ts';
import { parseRestatement, preparedMarkdownBlocks } from '../../../src/lib/citations/markdown-blocks.ts';
import { markerTargets } from '../../../src/lib/citations/targets.ts';
import { htmlBlockTexts, markPassagesInHtml } from '../../../src/markdown/rehype-claim-markers.ts';
import { rehypePlugins, remarkPlugins } from '../../../src/markdown/plugins.ts';
import { checkContent, plainReference } from '../../../src/node/check-content.ts';
import { pendingStances } from '../../../src/lib/comparison/pending.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

const CLAIMS = join(PROJECT_ROOT, 'content/claims');
/** Every article in content/articles: the sources are an open set. */
const ARTICLES = readdirSync(join(PROJECT_ROOT, 'content/articles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));
const claims: ClaimEntry[] = readdirSync(CLAIMS)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: claimSchema(plainReference).parse(yaml.load(readFileSync(join(CLAIMS, name), 'utf8'))) }));

describe('content/claims', () => {
  it('passes the content check with no problem in any claim file', async () => {
    const problems = await checkContent(PROJECT_ROOT);
    expect(problems.filter((problem) => problem.file.startsWith('content/claims/'))).toEqual([]);
  });

  it('covers the story: dozens of claims, every verdict used, every article addressing some', () => {
    expect(claims.length).toBeGreaterThanOrEqual(30);
    expect(Object.values(countByVerdict(claims)).every((count) => count > 0)).toBe(true);
    for (const article of ARTICLES) expect(citedPassages(claims, article).length).toBeGreaterThan(0);
  });

  it('has a stance from every article on every claim (nothing pending in the published content)', () => {
    expect(pendingStances(claims.map((claim) => ({ ...claim, filePath: `content/claims/${claim.id}.yaml` })), ARTICLES)).toEqual([]);
  });

  it('gives a note for every verdict other than consistent', () => {
    expect(claims.filter(({ data }) => data.verdict !== 'consistent' && !data.note).map(({ id }) => id)).toEqual([]);
  });

  describe('passages in the rendered articles', () => {
    const rendered = new Map<string, string>();
    beforeAll(async () => {
      const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });
      for (const article of ARTICLES) {
        const { content } = parseFrontmatter(readFileSync(join(PROJECT_ROOT, 'content/articles', `${article}.md`), 'utf8'));
        rendered.set(article, (await processor.render(content)).code);
      }
    });

    it.each([...ARTICLES])('finds every passage and quote cited from %s', (article) => {
      const targets = markerTargets(
        citedPassages(claims, article).map(({ citation }) => ({ citation, links: [{ href: '#', text: 'x', description: 'x', emphasis: false }] })),
        article,
      );
      expect(targets.length).toBeGreaterThan(0);
      expect(markPassagesInHtml(rendered.get(article)!, targets).unmatched).toEqual([]);
    });

    it.each([...ARTICLES])('reads the same blocks of visible text from the Markdown and the rendered HTML of %s', (article) => {
      const { content } = parseFrontmatter(readFileSync(join(PROJECT_ROOT, 'content/articles', `${article}.md`), 'utf8'));
      const markdown = preparedMarkdownBlocks(parseRestatement(content)).map((block) => block.text);
      expect(htmlBlockTexts(rendered.get(article)!)).toEqual(markdown);
    });
  });
});
