import { describe, expect, it } from 'vitest';
import { addressingArticles, comparisonCell, pendingArticles } from '../../../../src/lib/comparison/cells.ts';
import { ARTICLE_IDS, claim, erring } from '../../../fixtures/claims.ts';

const [dw, indiaVision, tiers, cna, rogue] = ARTICLE_IDS;

describe('comparison cells', () => {
  const entry = erring('x', { [dw]: 'asserts', [tiers]: 'qualifies', [rogue]: 'contradicts' }, [rogue]);

  it('gives each article its stance and marks an erring one', () => {
    expect(comparisonCell(entry.data, dw)).toEqual({ state: 'asserts', errs: false });
    expect(comparisonCell(entry.data, rogue)).toEqual({ state: 'contradicts', errs: true });
    expect(comparisonCell(entry.data, cna)).toEqual({ state: 'silent', errs: false });
  });

  it('calls an article without a stance pending, not silent', () => {
    expect(comparisonCell(entry.data, 'sixth-article')).toEqual({ state: 'pending', errs: false });
    expect(pendingArticles(entry.data, [...ARTICLE_IDS, 'sixth-article'])).toEqual(['sixth-article']);
    expect(pendingArticles(entry.data, ARTICLE_IDS)).toEqual([]);
  });

  it('lists the articles that address a claim in the given order, silent and pending ones left out', () => {
    expect(addressingArticles(entry.data, [rogue, 'sixth-article', indiaVision, tiers, dw])).toEqual([rogue, tiers, dw]);
    expect(addressingArticles(claim('y', {}, { stances: [{ article: dw, stance: 'asserts', passage: 'a passage' }] }).data, ARTICLE_IDS)).toEqual([dw]);
  });
});
