import { describe, expect, it } from 'vitest';
import { missingReferenceOf, referenceProblems, siteEntryLocation } from '../../../../src/lib/checks/references.ts';

const ref = (collection: string, id: string) => ({ id, collection });
const article = (id: string) => ({ id, filePath: `content/articles/${id}.md`, data: {} });
const event = (id: string, cited: string[]) => ({
  id,
  filePath: `content/events/${id}.yaml`,
  data: { countries: [ref('countries', 'vnm')], sources: cited.map((name) => ({ article: ref('articles', name), quote: 'x' })) },
});

describe('referenceProblems', () => {
  const countries = [{ id: 'vnm', filePath: 'content/countries.yaml#0', data: {} }];

  it('accepts references to existing entries and ignores collections it does not know', () => {
    expect(referenceProblems({ articles: [article('dw')], countries, events: [event('a', ['dw'])] })).toEqual([]);
    expect(referenceProblems({ articles: [article('dw')], events: [event('a', ['dw'])] })).toEqual([]);
  });

  it('names the valid ids for a single broken reference', () => {
    const [problem] = referenceProblems({ articles: [article('dw')], countries, events: [event('a', ['cna'])] });
    expect(problem).toEqual({ file: 'content/events/a.yaml', field: 'sources[0].article', message: '"cna" is not an entry of articles. Use one of: dw.' });
    expect(missingReferenceOf(problem!)).toEqual({ collection: 'articles', id: 'cna', references: 1, files: ['content/events/a.yaml'] });
  });

  it('reports a deleted entry once, with the count of references and files it breaks and where it lived', () => {
    const events = [event('a', ['cna', 'cna']), event('b', ['cna']), event('c', ['dw'])];
    const problems = referenceProblems({ articles: [article('dw')], countries, events });
    expect(problems).toEqual([
      {
        file: 'content/events/a.yaml',
        field: 'sources[0].article',
        message:
          '"cna" is not an entry of articles, and 2 more references to it in 2 files (content/events/a.yaml, content/events/b.yaml) fail for the same reason. ' +
          'If content/articles/cna.md was deleted or renamed, restore it; otherwise correct the references. Use one of: dw.',
      },
    ]);
    expect(missingReferenceOf(problems[0]!)?.references).toBe(3);
  });

  it('locates entries of every kind of collection', () => {
    expect([siteEntryLocation('articles', 'dw'), siteEntryLocation('events', 'x'), siteEntryLocation('countries', 'vnm'), siteEntryLocation('nope', 'x')]).toEqual([
      'content/articles/dw.md',
      'content/events/x.yaml',
      'the entry "vnm" of content/countries.yaml',
      undefined,
    ]);
  });
});
