import { describe, expect, it } from 'vitest';
import { countriesNamed, eventsCitingSamePassages, overlaps } from '../../../../src/lib/comparison/related.ts';
import { ARTICLE_IDS, claim } from '../../../fixtures/claims.ts';

const [dw, , tiers] = ARTICLE_IDS;
const cite = (article: string, passage: string) => ({ article: { id: article, collection: 'articles' as const }, passage });

describe('related countries and events', () => {
  const entry = claim('x', { [dw]: 'asserts' }, { claim: 'Vietnamese leaders visited Pyongyang, not Laos.' });

  it('finds the countries the claim names, also as the start of a word, and not inside one', () => {
    const countries = [{ data: { name: 'Vietnam' } }, { data: { name: 'Laos' } }, { data: { name: 'Oman' } }, { data: { name: 'Indonesia' } }];
    expect(countriesNamed(entry.data, countries).map((country) => country.data.name)).toEqual(['Vietnam', 'Laos']);
  });

  it('relates events citing overlapping words of the same article only', () => {
    expect(overlaps(cite(dw, 'the first visit in 18 years'), cite(dw, 'First visit'))).toBe(true);
    expect(overlaps(cite(dw, 'first visit'), cite(tiers, 'first visit'))).toBe(false);
    const event = (id: string, sources: ReturnType<typeof cite>[]) => ({ id, data: { sources, accounts: [] } });
    const events = [event('same', [cite(dw, `passage of ${dw} on x, and more`)]), event('other-article', [cite(tiers, `passage of ${dw} on x`)]), event('unrelated', [cite(dw, 'something else')])];
    expect(eventsCitingSamePassages(entry.data, events).map((item) => item.id)).toEqual(['same']);
  });
});
