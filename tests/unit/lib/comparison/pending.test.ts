import { describe, expect, it } from 'vitest';
import { formatPendingStances, pendingStances } from '../../../../src/lib/comparison/pending.ts';
import { pendingStanceWarnings, reportPendingStances } from '../../../../src/node/pending-stances.ts';
import { ARTICLE_IDS, claim } from '../../../fixtures/claims.ts';

const [dw] = ARTICLE_IDS;
const file = (id: string) => `content/claims/${id}.yaml`;

describe('pending stances', () => {
  const compared = claim('b-compared', { [dw]: 'asserts' });
  const partial = claim('a-partial', {}, { stances: [{ article: dw, stance: 'asserts', passage: 'a passage' }] });
  const claims = [compared, partial].map((entry) => ({ ...entry, filePath: file(entry.id) }));

  it('lists each claim missing a stance, with the articles it misses, in id order', () => {
    expect(pendingStances(claims, ARTICLE_IDS)).toEqual([{ file: file('a-partial'), claimId: 'a-partial', articles: [...ARTICLE_IDS].filter((id) => id !== dw).sort() }]);
    expect(pendingStances(claims, [...ARTICLE_IDS, 'sixth']).map((item) => [item.claimId, item.articles.includes('sixth')])).toEqual([
      ['a-partial', true],
      ['b-compared', true],
    ]);
    expect(pendingStances([claims[0]!], ARTICLE_IDS)).toEqual([]);
  });

  it('words one line per claim for the editor, file first', () => {
    expect(formatPendingStances([{ file: file('x'), claimId: 'x', articles: ['sixth'] }])).toEqual([
      'content/claims/x.yaml: stances: not yet compared with "sixth". Add a stance for it (use "silent" if the article does not address the claim).',
    ]);
    expect(formatPendingStances([{ file: file('x'), claimId: 'x', articles: ['a', 'b'] }])[0]).toContain('with "a", "b". Add a stance for each');
  });

  it('reads the checked content and fails the check only when strict', () => {
    const warnings = pendingStanceWarnings({
      articles: [...ARTICLE_IDS, 'sixth'].map((id) => ({ id, filePath: `content/articles/${id}.md`, data: {} })),
      claims: [{ id: 'b-compared', filePath: file('b-compared'), data: compared.data }],
    });
    expect(warnings).toEqual([formatPendingStances([{ file: file('b-compared'), claimId: 'b-compared', articles: ['sixth'] }])[0]]);
    const quiet = { warn: console.warn, error: console.error };
    console.warn = console.error = () => {};
    try {
      expect(reportPendingStances(warnings, false)).toBe(false);
      expect(reportPendingStances(warnings, true)).toBe(true);
      expect(reportPendingStances([], true)).toBe(false);
    } finally {
      Object.assign(console, quiet);
    }
  });
});
