import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownBlocks, parseRestatement, preparedMarkdownBlocks } from '../../../../src/lib/citations/markdown-blocks.ts';
import { citationFailureMessage, locateCitation, prepareBlock, type CitationKind } from '../../../../src/lib/citations/match.ts';
import { normaliseText } from '../../../../src/lib/citations/normalise.ts';
import { rehypePlugins, remarkPlugins } from '../../../../src/markdown/plugins.ts';
import { htmlBlockTexts, markPassagesInHtml } from '../../../../src/markdown/rehype-claim-markers.ts';

const FIXTURE = [
  '## Diplomatic victory for North Korea?',
  '',
  'Kogan said the visit was a *diplomatic victory*. "It was a sign of',
  'legitimacy," he told DW, noting that no official had come for two decades.',
  '',
  'The second paragraph starts here, after a [linked report](https://example.org/report-2023) and ![a map of Laos](map.png) text.',
  '',
  '- A list item with "a quoted phrase" in it',
  '- Another item',
  '',
  '> A blockquote line in the restatement.',
  '',
  'In 2025 the North marked "80 years" of its party; Lam’s "her party," wording stands.',
].join('\n');

const blocks = preparedMarkdownBlocks(parseRestatement(FIXTURE));
const verdict = (words: string, kind: CitationKind = 'passage') => {
  const match = locateCitation(words, kind, blocks);
  return match.found ? 'found' : match.failure;
};

describe('normaliseText', () => {
  it('folds runs of white space and typographic quotes, nothing else', () => {
    expect(normaliseText('  “two parties,\n two   countries”  ')).toBe('"two parties, two countries"');
    expect(normaliseText('Workers’ Party')).toBe("Workers' Party");
    expect(normaliseText('Party – 80th')).toBe('Party – 80th');
    expect(normaliseText('Party - 80th')).not.toBe(normaliseText('Party – 80th'));
  });
});

describe('markdownBlocks', () => {
  it('reads one block per paragraph, heading and list item, without link URLs or image alt text', () => {
    const raw = markdownBlocks(parseRestatement(FIXTURE)).map(normaliseText);
    expect(raw[0]).toBe('Diplomatic victory for North Korea?');
    expect(raw).toContain('The second paragraph starts here, after a linked report and text.');
    expect(raw).toContain('A list item with "a quoted phrase" in it');
    expect(raw).toContain('A blockquote line in the restatement.');
    expect(raw).toHaveLength(7);
  });
});

describe('locateCitation', () => {
  it('finds a passage within one paragraph across emphasis, line breaks and quote styles', () => {
    expect(verdict('the visit was a diplomatic victory')).toBe('found');
    expect(verdict('“It was a sign of legitimacy,” he told DW')).toBe('found');
    expect(verdict("Lam's \"her party,\" wording")).toBe('found');
  });

  it('does not forgive a changed word, number or letter case', () => {
    expect(verdict('no official had come for three decades')).toBe('not-found');
    expect(verdict('kogan said the visit')).toBe('not-found');
  });

  it('rejects words that run across two blocks, naming the block rule', () => {
    expect(verdict('for two decades. The second paragraph')).toBe('across-blocks');
    expect(verdict('North Korea? Kogan said')).toBe('across-blocks');
    expect(verdict('in it Another item')).toBe('across-blocks');
  });

  it('rejects Markdown syntax inside a citation', () => {
    expect(verdict('a *diplomatic victory*')).toBe('markdown-syntax');
    expect(verdict('a [linked report](https://example.org/report-2023)')).toBe('markdown-syntax');
    expect(verdict('`code`')).toBe('markdown-syntax');
  });

  it('never finds words in image alt text or link URLs', () => {
    expect(verdict('a map of Laos')).toBe('not-found');
    expect(verdict('example.org/report-2023')).toBe('not-found');
    expect(verdict('after a linked report and text')).toBe('found');
  });

  it('finds a quote only inside quotation marks of the restatement', () => {
    expect(verdict('It was a sign of legitimacy', 'quote')).toBe('found');
    expect(verdict('"It was a sign of legitimacy,"', 'quote')).toBe('found');
    expect(verdict('her party', 'quote')).toBe('found');
    expect(verdict('a quoted phrase', 'quote')).toBe('found');
    expect(verdict('he told DW', 'quote')).toBe('not-quoted');
    expect(verdict('legitimacy," he told', 'quote')).toBe('not-quoted');
    expect(verdict('he told DW', 'passage')).toBe('found');
  });

  it('words each failure as an instruction naming the article file', () => {
    expect(citationFailureMessage('across-blocks', 'passage', 'a b', 'dw')).toBe(
      'The passage "a b" is not in one paragraph of article "dw": it runs across two paragraphs, headings or list items of content/articles/dw.md. Cite words from one of them.',
    );
    expect(citationFailureMessage('not-quoted', 'quote', 'he told DW', 'dw')).toMatch(/^The quote "he told DW" is not inside quotation marks in article "dw"/);
    expect(citationFailureMessage('not-found', 'passage', 'x y z', 'dw')).toBe('The passage "x y z" does not occur in article "dw". Copy it exactly from content/articles/dw.md.');
  });

  it('pairs quotation marks in order, an unclosed one running to the end of its block', () => {
    const [block] = [prepareBlock('He said "one" and then "two and')];
    expect(block!.quotedSpans).toEqual([
      [8, 13],
      [23, 31],
    ]);
  });
});

describe('the same verdict in the check and in the build', () => {
  let html = '';
  beforeAll(async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });
    html = (await processor.render(FIXTURE)).code;
  });

  const cases: [string, CitationKind][] = [
    ['the visit was a diplomatic victory', 'passage'],
    ['It was a sign of legitimacy', 'quote'],
    ['he told DW', 'quote'],
    ['for two decades. The second paragraph', 'passage'],
    ['a *diplomatic victory*', 'passage'],
    ['a map of Laos', 'passage'],
    ['example.org/report-2023', 'passage'],
    ['after a linked report and text', 'passage'],
    ['her party', 'quote'],
    ['A blockquote line', 'passage'],
    ['Diplomatic victory for North Korea?', 'passage'],
    ['no official had come for three decades', 'passage'],
  ];

  it.each(cases)('"%s" as a %s', (words, kind) => {
    const fromCheck = locateCitation(words, kind, blocks);
    const { unmatched } = markPassagesInHtml(html, [{ words, kind, links: [] }]);
    expect(unmatched.map((citation) => citation.failure)).toEqual(fromCheck.found ? [] : [fromCheck.failure]);
  });

  it('sees the same blocks of visible text in the rendered HTML as in the Markdown', () => {
    expect(htmlBlockTexts(html)).toEqual(blocks.map((block) => block.text));
  });
});
