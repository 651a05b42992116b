import { describe, expect, it } from 'vitest';
import { onlyItMakes, sourceTallies } from '../../../../src/lib/comparison/source-tally.ts';
import { ARTICLE_IDS, claim, erring } from '../../../fixtures/claims.ts';

const [dw, indiaVision, tiers, cna, rogue] = ARTICLE_IDS;
// The DW copy and the IndiaVision rewrite derive from one DW article.
const roots = new Map([
  [dw, ['work:dw|headline']],
  [indiaVision, ['work:dw|headline']],
]);

describe('how each source fares', () => {
  const claims = [
    claim('copies-only', { [dw]: 'asserts', [indiaVision]: 'asserts' }),
    claim('tiers-alone', { [tiers]: 'asserts' }),
    claim('tiers-qualified', { [tiers]: 'asserts', [cna]: 'qualifies' }),
    erring('rogue-wrong', { [cna]: 'asserts', [rogue]: 'contradicts' }, [rogue]),
  ];

  it('counts stances, errors and claims only it makes', () => {
    const [dwTally, , tiersTally, cnaTally, rogueTally] = sourceTallies(claims, ARTICLE_IDS, roots);
    expect(tiersTally).toEqual({ articleId: tiers, asserted: 2, qualified: 0, contradicted: 0, errors: 0, onlyItMakes: 1, silent: 2, pending: 0 });
    expect(cnaTally).toMatchObject({ asserted: 1, qualified: 1, onlyItMakes: 0 });
    expect(rogueTally).toMatchObject({ contradicted: 1, errors: 1, onlyItMakes: 0, silent: 3 });
    expect(dwTally).toMatchObject({ asserted: 1, onlyItMakes: 1 });
  });

  it('counts a copy and its original as one source, so a claim only they make counts for both', () => {
    expect(onlyItMakes(claims[0]!.data, dw, ARTICLE_IDS, roots)).toBe(true);
    expect(onlyItMakes(claims[0]!.data, indiaVision, ARTICLE_IDS, roots)).toBe(true);
    expect(onlyItMakes(claims[0]!.data, dw, ARTICLE_IDS, new Map())).toBe(false);
  });

  it('counts claims not yet compared with a newer article as pending', () => {
    const tallies = sourceTallies(claims, [...ARTICLE_IDS, 'sixth']);
    expect(tallies.at(-1)).toEqual({ articleId: 'sixth', asserted: 0, qualified: 0, contradicted: 0, errors: 0, onlyItMakes: 0, silent: 0, pending: 4 });
  });
});
