import { describe, expect, it } from 'vitest';
import { articleEvents, DIFFERS_NOTE, timelineInputs, type ArticleEventInput } from '../../../../src/lib/article-page/events.ts';
import { citedWordsId } from '../../../../src/lib/citations/passage-id.ts';
import { articlePassageIds } from '../../../../src/lib/article-page/passages.ts';
import { FIXTURE_EVENTS } from '../../../fixtures/events.ts';

const ref = (id: string) => ({ id, collection: 'articles' as const });
const [first, second, third] = FIXTURE_EVENTS;
const EVENTS: ArticleEventInput[] = [
  { ...first!, data: { ...first!.data, sources: [{ article: ref('a'), passage: 'first words' }], accounts: [] } },
  {
    ...second!,
    data: {
      ...second!.data,
      sources: [{ article: ref('b'), passage: 'b words' }],
      accounts: [
        { version: 'B says one day.', source: { article: ref('b'), passage: 'b words' } },
        { version: 'A says another.', source: { article: ref('a'), quote: 'another day' } },
      ],
    },
  },
  { ...third!, data: { ...third!.data, sources: [{ article: ref('b'), passage: 'only b' }], accounts: [] } },
];

describe('articleEvents', () => {
  it('keeps the events citing the article, as a source or an account, with the first cited words', () => {
    const items = articleEvents(EVENTS, 'a');
    expect(items.map((item) => item.event.id)).toEqual([first!.id, second!.id]);
    expect(items[0]).toMatchObject({ passageId: citedWordsId('first words'), differs: false, version: undefined });
    expect(items[1]).toMatchObject({ passageId: citedWordsId('another day'), differs: true, version: 'A says another.' });
  });

  it('returns nothing for an article no event cites', () => {
    expect(articleEvents(EVENTS, 'z')).toEqual([]);
  });

  it('marks the titles of events whose accounts differ', () => {
    const titles = timelineInputs(articleEvents(EVENTS, 'b')).map((input) => input.data.title);
    expect(titles).toEqual([`${second!.data.title} (${DIFFERS_NOTE})`, third!.data.title]);
  });
});

describe('articlePassageIds', () => {
  it('gives each distinct passage of the article once, in order', () => {
    const citations = [
      { article: ref('a'), passage: 'one' },
      { article: ref('b'), passage: 'two' },
      { article: ref('a'), passage: 'one' },
      { article: ref('a'), quote: 'three' },
    ];
    expect(articlePassageIds(citations, 'a')).toEqual([citedWordsId('one'), citedWordsId('three')]);
    expect(articlePassageIds(citations, 'c')).toEqual([]);
  });
});
