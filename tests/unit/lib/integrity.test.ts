import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, formatProblems, type ContentSet } from '../../../src/lib/integrity.ts';

const ref = (collection: string, id: string) => ({ id, collection });

function content(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    articles: [{ id: 'dw', filePath: 'content/articles/dw.md', data: { countries: [ref('countries', 'vnm')] }, body: 'To Lam made the *first* visit in 18 years.' }],
    countries: [{ id: 'vnm', filePath: 'content/countries.yaml', data: {} }],
    events: [
      {
        id: 'visit',
        filePath: 'content/events/visit.yaml',
        data: { countries: [ref('countries', 'vnm')], sources: [{ article: ref('articles', 'dw'), quote: 'the first visit in 18 years' }] },
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

  it('reports a citation whose phrase is not in the article, naming file, article and phrase', () => {
    const events = [
      {
        id: 'visit',
        filePath: 'content/events/visit.yaml',
        data: { countries: [], accounts: [{ version: 'x', source: { article: ref('articles', 'dw'), quote: 'first visit in 19 years' } }] },
      },
    ];
    expect(checkContentIntegrity(content({ events }))).toEqual([
      {
        file: 'content/events/visit.yaml',
        field: 'accounts[0].source.quote',
        message: 'The phrase "first visit in 19 years" does not occur in article "dw". Copy it exactly from content/articles/dw.md.',
      },
    ]);
  });

  it('reports a citation of a missing article as a broken reference', () => {
    const events = [{ id: 'e', filePath: 'content/events/e.yaml', data: { sources: [{ article: ref('articles', 'nope'), quote: 'abc' }] } }];
    expect(checkContentIntegrity(content({ events }))).toEqual([
      { file: 'content/events/e.yaml', field: 'sources[0].article', message: '"nope" is not an entry of articles. Use one of: dw.' },
    ]);
  });
});
