import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, formatProblems, type ContentSet } from '../../../src/lib/integrity.ts';

const ref = (collection: string, id: string) => ({ id, collection });

function content(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    articles: [{ id: 'dw', filePath: 'content/articles/dw.md', data: { countries: [ref('countries', 'vnm')] }, body: 'To Lam made the *first* visit in 18 years.\n\nKogan said: "It was a sign of legitimacy."' }],
    countries: [{ id: 'vnm', filePath: 'content/countries.yaml', data: {} }],
    events: [
      {
        id: 'visit',
        filePath: 'content/events/visit.yaml',
        data: { countries: [ref('countries', 'vnm')], sources: [{ article: ref('articles', 'dw'), passage: 'the first visit in 18 years' }, { article: ref('articles', 'dw'), quote: 'It was a sign of legitimacy', speaker: 'Kogan' }] },
      },
    ],
    ...overrides,
  };
}

describe('checkContentIntegrity', () => {
  it('passes content whose references and citations resolve', () => {
    expect(checkContentIntegrity(content())).toEqual([]);
  });

  it('reports a missing entry once, at its first use, with how many other references it breaks', () => {
    const problems = checkContentIntegrity(
      content({ countries: [{ id: 'lao', filePath: 'content/countries.yaml', data: {} }] }),
    );
    expect(formatProblems(problems)).toBe(
      'content/articles/dw.md: countries[0]: "vnm" is not an entry of countries, and 1 more reference to it in 1 file (content/events/visit.yaml) fails for the same reason. ' +
        'If the entry "vnm" of content/countries.yaml was deleted or renamed, restore it; otherwise correct the references. Use one of: lao.',
    );
  });

  it('reports a passage that is not in the article, naming file, field, kind, article and words', () => {
    const events = [
      {
        id: 'visit',
        filePath: 'content/events/visit.yaml',
        data: { countries: [], accounts: [{ version: 'x', source: { article: ref('articles', 'dw'), passage: 'first visit in 19 years' } }] },
      },
    ];
    expect(checkContentIntegrity(content({ events }))).toEqual([
      {
        file: 'content/events/visit.yaml',
        field: 'accounts[0].source.passage',
        message: 'The passage "first visit in 19 years" does not occur in article "dw". Copy it exactly from content/articles/dw.md.',
      },
    ]);
  });

  it('reports a passage across two paragraphs, a quote outside quotation marks and Markdown syntax, in any collection', () => {
    const claims = [
      {
        id: 'c',
        filePath: 'content/claims/c.yaml',
        data: {
          stances: [
            { article: ref('articles', 'dw'), stance: 'asserts', passage: 'in 18 years. Kogan said' },
            { article: ref('articles', 'dw'), stance: 'asserts', quote: 'Kogan said' },
            { article: ref('articles', 'dw'), stance: 'asserts', passage: 'the *first* visit' },
            { article: ref('articles', 'dw'), stance: 'silent' },
          ],
        },
      },
    ];
    expect(formatProblems(checkContentIntegrity(content({ claims })))).toBe(
      [
        'content/claims/c.yaml: stances[0].passage: The passage "in 18 years. Kogan said" is not in one paragraph of article "dw": it runs across two paragraphs, headings or list items of content/articles/dw.md. Cite words from one of them.',
        'content/claims/c.yaml: stances[1].quote: The quote "Kogan said" is not inside quotation marks in article "dw": a quote must be words that content/articles/dw.md carries in quotation marks as the source\'s own. Cite it as a passage instead.',
        'content/claims/c.yaml: stances[2].passage: The passage "the *first* visit" contains Markdown syntax (* _ ` < > or link brackets): cite the words as a reader sees them in article "dw", without the marks.',
      ].join('\n'),
    );
  });

  it('reports a citation of a missing article as a broken reference', () => {
    const events = [{ id: 'e', filePath: 'content/events/e.yaml', data: { sources: [{ article: ref('articles', 'nope'), passage: 'abc' }] } }];
    expect(checkContentIntegrity(content({ events }))).toEqual([
      { file: 'content/events/e.yaml', field: 'sources[0].article', message: '"nope" is not an entry of articles. Use one of: dw.' },
    ]);
  });
});
