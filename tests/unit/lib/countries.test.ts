import { describe, expect, it } from 'vitest';
import { articlesDiscussing, citedArticleIds, countryCitations, mapOrder, tierOrder } from '../../../src/lib/countries.ts';
import type { CountryData } from '../../../src/schemas/country.ts';

const state = (name: string, region: CountryData['region'], tier?: CountryData['tier']) => ({ name, region, tier });
const cite = (article: string, passage = 'a phrase') => ({ article: { id: article, collection: 'articles' as const }, passage });

describe('mapOrder', () => {
  it('puts Southeast Asian states first by name, then context states by name', () => {
    const ordered = mapOrder([
      state('Russia', 'Europe'),
      state('Vietnam', 'Southeast Asia', 'party-channel'),
      state('China', 'Northeast Asia'),
      state('Brunei', 'Southeast Asia', 'not-discussed'),
    ]);
    expect(ordered.map((country) => country.name)).toEqual(['Brunei', 'Vietnam', 'China', 'Russia']);
  });

  it('accepts collection entries as well as plain data', () => {
    const entries = [{ data: state('Laos', 'Southeast Asia', 'party-channel') }, { data: state('Japan', 'Northeast Asia') }];
    expect(mapOrder(entries).map((entry) => entry.data.name)).toEqual(['Laos', 'Japan']);
  });
});

describe('tierOrder', () => {
  it('orders tiered states by the sources’ ranking, then by name, and drops untiered ones', () => {
    const ordered = tierOrder([
      state('Singapore', 'Southeast Asia', 'shut-out'),
      state('Brunei', 'Southeast Asia', 'not-discussed'),
      state('Vietnam', 'Southeast Asia', 'party-channel'),
      state('China', 'Northeast Asia'),
      state('Laos', 'Southeast Asia', 'party-channel'),
      state('Thailand', 'Southeast Asia', 'enforcement-only'),
      state('Indonesia', 'Southeast Asia', 'pragmatic-middle'),
    ]);
    expect(ordered.map((country) => country.name)).toEqual(['Laos', 'Vietnam', 'Indonesia', 'Singapore', 'Thailand', 'Brunei']);
  });
});

describe('countryCitations and citedArticleIds', () => {
  const country = {
    sources: [cite('tiers'), cite('tiers', 'another')],
    affinity: { level: 'high' as const, rationale: 'x', sources: [cite('cna')] },
    enforcement: { level: 'weak' as const, rationale: 'x', sources: [cite('dw')] },
    disagreements: [{ topic: 'Who?', views: [{ view: 'a', source: cite('dw') }, { view: 'b', source: cite('rogue') }] }],
  };

  it('collects every citation of a country in reading order', () => {
    expect(countryCitations(country).map((citation) => citation.article.id)).toEqual(['tiers', 'tiers', 'cna', 'dw', 'dw', 'rogue']);
  });

  it('lists each cited article once, in order of first citation', () => {
    expect(citedArticleIds(countryCitations(country))).toEqual(['tiers', 'cna', 'dw', 'rogue']);
    expect(citedArticleIds([])).toEqual([]);
  });

  it('copes with a state that has no assessments', () => {
    expect(countryCitations({ sources: [], disagreements: [] })).toEqual([]);
  });
});

describe('articlesDiscussing', () => {
  it('keeps the articles whose countries include the id', () => {
    const articles = [
      { id: 'dw', data: { countries: [{ id: 'vnm' }, { id: 'lao' }] } },
      { id: 'cna', data: { countries: [{ id: 'vnm' }] } },
      { id: 'tiers', data: { countries: [{ id: 'mys' }] } },
    ];
    expect(articlesDiscussing(articles, 'vnm').map((article) => article.id)).toEqual(['dw', 'cna']);
    expect(articlesDiscussing(articles, 'brn')).toEqual([]);
  });
});
