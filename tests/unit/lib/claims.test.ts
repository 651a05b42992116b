import { describe, expect, it } from 'vitest';
import {
  citedPassages,
  claimsWhereArticleStandsApart,
  countByVerdict,
  describeReason,
  formatFigureValue,
  groupClaimsByTopic,
  inArticleOrder,
  keyFigures,
  orderClaims,
  passageMarkerText,
  shortNames,
  sourceLabel,
  standApartReasons,
} from '../../../src/lib/claims.ts';
import { ARTICLE_IDS, claim, erring, SHORT_NAMES } from '../../fixtures/claims.ts';

const [dw, indiaVision, tiers, cna, rogue] = ARTICLE_IDS;

describe('ordering and grouping', () => {
  const claims = [
    claim('b-figure', { [dw]: 'asserts' }),
    claim('framing', { [dw]: 'asserts' }, { topic: 'framing', verdict: 'disputed', note: 'n' }),
    claim('a-figure', { [dw]: 'asserts' }),
    claim('visit', { [dw]: 'asserts' }, { topic: 'visits-and-delegations' }),
  ];

  it('orders claims by topic order, then id', () => {
    expect(orderClaims(claims).map((entry) => entry.id)).toEqual(['visit', 'a-figure', 'b-figure', 'framing']);
  });

  it('puts errors, then disputes, then unverifiable claims before consistent ones within a topic', () => {
    const mixed = [
      claim('a-consistent', { [dw]: 'asserts' }),
      claim('b-unverifiable', { [dw]: 'asserts' }, { verdict: 'unverifiable', note: 'n' }),
      claim('c-disputed', { [dw]: 'asserts' }, { verdict: 'disputed', note: 'n' }),
      erring('d-error', { [dw]: 'asserts' }, [dw]),
    ];
    expect(orderClaims(mixed).map((entry) => entry.id)).toEqual(['d-error', 'c-disputed', 'b-unverifiable', 'a-consistent']);
  });

  it('groups by topic, leaving out empty topics', () => {
    expect(groupClaimsByTopic(claims).map((group) => [group.label, group.claims.map((entry) => entry.id)])).toEqual([
      ['Visits and delegations', ['visit']],
      ['Figures', ['a-figure', 'b-figure']],
      ['Framing and interpretation', ['framing']],
    ]);
  });

  it('counts every verdict, including those with no claim', () => {
    expect(countByVerdict(claims)).toEqual({ consistent: 3, disputed: 1, 'error-in-source': 0, unverifiable: 0 });
  });

  it('puts stances in the given source order, articles outside it last', () => {
    const shuffled = [...claims[0]!.data.stances].reverse();
    expect(inArticleOrder(shuffled, ARTICLE_IDS).map((entry) => entry.article.id)).toEqual([...ARTICLE_IDS]);
    expect(inArticleOrder(shuffled, [cna, dw]).map((entry) => entry.article.id).slice(0, 2)).toEqual([cna, dw]);
  });
});

describe('standApartReasons', () => {
  it('names an erring article', () => {
    const entry = erring('trong', { [dw]: 'asserts', [tiers]: 'asserts', [rogue]: 'contradicts' }, [rogue]);
    expect(standApartReasons(entry.data, rogue)).toEqual([{ kind: 'errs' }, { kind: 'disagrees', with: [dw, tiers] }]);
  });

  it('does not count disagreement with an article in error', () => {
    const entry = erring('trong', { [dw]: 'asserts', [tiers]: 'asserts', [rogue]: 'contradicts' }, [rogue]);
    expect(standApartReasons(entry.data, dw)).toEqual([]);
  });

  it('puts only the smaller side of a disagreement apart', () => {
    const entry = claim('strained', { [indiaVision]: 'asserts', [dw]: 'contradicts', [cna]: 'contradicts', [rogue]: 'contradicts' }, { verdict: 'disputed', note: 'n' });
    expect(standApartReasons(entry.data, indiaVision)).toEqual([{ kind: 'disagrees', with: [dw, cna, rogue] }, { kind: 'alone' }]);
    expect(standApartReasons(entry.data, dw)).toEqual([]);
  });

  it('puts both sides of a tie apart', () => {
    const entry = claim('corridor', { [dw]: 'asserts', [cna]: 'contradicts', [tiers]: 'qualifies' }, { verdict: 'disputed', note: 'n' });
    expect(standApartReasons(entry.data, dw)).toEqual([{ kind: 'disagrees', with: [cna] }, { kind: 'alone' }]);
    expect(standApartReasons(entry.data, cna)).toEqual([{ kind: 'disagrees', with: [dw] }]);
  });

  it('marks the only article that asserts a claim, even when others qualify it', () => {
    const alone = claim('alone', { [tiers]: 'asserts' });
    expect(standApartReasons(alone.data, tiers)).toEqual([{ kind: 'alone' }]);
    const qualified = claim('qualified', { [tiers]: 'asserts', [dw]: 'qualifies' });
    expect(standApartReasons(qualified.data, tiers)).toEqual([{ kind: 'alone' }]);
    expect(standApartReasons(qualified.data, dw)).toEqual([]);
    const shared = claim('shared', { [tiers]: 'asserts', [dw]: 'asserts' });
    expect(standApartReasons(shared.data, tiers)).toEqual([]);
  });

  it('gives nothing for a silent article', () => {
    expect(standApartReasons(claim('x', { [tiers]: 'asserts' }).data, cna)).toEqual([]);
  });
});

describe('standApartReasons counts independent sources only', () => {
  // The DW copy and the IndiaVision rewrite derive from one DW article: one source between them.
  const roots = new Map([
    [dw, ['work:dw|headline']],
    [indiaVision, ['work:dw|headline']],
  ]);

  it('a claim asserted only by a copy and a rewrite of one original stands apart in both', () => {
    const entry = claim('copies', { [dw]: 'asserts', [indiaVision]: 'asserts', [cna]: 'qualifies' });
    expect(standApartReasons(entry.data, dw)).toEqual([]);
    expect(standApartReasons(entry.data, dw, roots)).toEqual([{ kind: 'alone', with: [indiaVision] }]);
    expect(standApartReasons(entry.data, indiaVision, roots)).toEqual([{ kind: 'alone', with: [dw] }]);
    expect(describeReason({ kind: 'alone', with: [indiaVision] }, SHORT_NAMES)).toBe('Only this source asserts it, with IndiaVision, which derives from the same original');
  });

  it('two texts of one original do not outnumber one independent source in a disagreement', () => {
    const entry = claim('split', { [dw]: 'asserts', [indiaVision]: 'asserts', [cna]: 'contradicts' });
    expect(standApartReasons(entry.data, dw)).toEqual([]);
    expect(standApartReasons(entry.data, dw, roots)).toEqual([{ kind: 'disagrees', with: [cna] }, { kind: 'alone', with: [indiaVision] }]);
    expect(claimsWhereArticleStandsApart([entry], dw).map((item) => item.claim.id)).toEqual([]);
    expect(claimsWhereArticleStandsApart([entry], dw, roots).map((item) => item.claim.id)).toEqual(['split']);
    expect(citedPassages([entry], dw, roots)[0]?.standsApart).toBe(true);
  });
});

describe('claimsWhereArticleStandsApart', () => {
  it('lists errors first, then disagreements, then claims the article alone makes', () => {
    const claims = [
      claim('a-alone', { [dw]: 'asserts' }),
      claim('b-tie', { [dw]: 'asserts', [cna]: 'contradicts' }, { verdict: 'disputed', note: 'n' }),
      erring('c-error', { [dw]: 'contradicts', [cna]: 'asserts' }, [dw]),
      claim('d-shared', { [dw]: 'asserts', [cna]: 'asserts' }),
    ];
    expect(claimsWhereArticleStandsApart(claims, dw).map((item) => item.claim.id)).toEqual(['c-error', 'b-tie', 'a-alone']);
  });

  it('describes each reason with short source labels', () => {
    expect(describeReason({ kind: 'errs' }, SHORT_NAMES)).toBe('Error in this source');
    expect(describeReason({ kind: 'disagrees', with: [cna, rogue] }, SHORT_NAMES)).toBe('Disagrees with CNA, Rogue-state page');
    expect(describeReason({ kind: 'alone' }, SHORT_NAMES)).toBe('Only this source asserts it');
    expect(sourceLabel(SHORT_NAMES, cna)).toBe('CNA');
    expect(sourceLabel(SHORT_NAMES, 'unknown-article')).toBe('unknown-article');
    expect(shortNames([{ id: 'a', data: { shortName: 'A' } }]).get('a')).toBe('A');
  });
});

describe('key figures and passages', () => {
  const figure = { asGiven: 'over $2 billion', value: 2_000_000_000, unit: 'US dollars', measures: 'Crypto stolen in 2025.', caveat: 'Undated page.' };
  const claims = [claim('crypto', { [tiers]: 'asserts', [dw]: 'qualifies' }, { figure }), claim('no-figure', { [tiers]: 'asserts' })];

  it('lists each figure with the articles that assert it', () => {
    expect(keyFigures(claims)).toEqual([
      { claimId: 'crypto', claim: 'Claim crypto.', verdict: 'consistent', figure, sources: [{ articleId: tiers, citation: { article: { id: tiers, collection: 'articles' }, passage: `passage of ${tiers} on crypto` } }] },
    ]);
  });

  it('formats a figure value with thousands separators and its unit', () => {
    expect(formatFigureValue(figure)).toBe('2,000,000,000 US dollars');
    expect(formatFigureValue({ value: 24.5, unit: 'billion' })).toBe('24.5 billion');
  });

  it('lists the passages an article has cited, with whether it errs or stands apart', () => {
    const withError = [...claims, erring('malaysia', { [tiers]: 'contradicts' }, [tiers])];
    expect(citedPassages(withError, tiers).map(({ claimId, errs, standsApart, stance }) => ({ claimId, errs, standsApart, stance }))).toEqual([
      { claimId: 'malaysia', errs: true, standsApart: true, stance: 'contradicts' },
      { claimId: 'crypto', errs: false, standsApart: true, stance: 'asserts' },
      { claimId: 'no-figure', errs: false, standsApart: true, stance: 'asserts' },
    ]);
    expect(citedPassages(withError, dw).map(({ claimId, standsApart }) => ({ claimId, standsApart }))).toEqual([{ claimId: 'crypto', standsApart: false }]);
    expect(citedPassages(withError, cna)).toEqual([]);
  });

  it('words the marker from the point of view of the article being read', () => {
    expect(passageMarkerText({ verdict: 'error-in-source', errs: true })).toBe('⚠ Error in this source');
    expect(passageMarkerText({ verdict: 'error-in-source', errs: false })).toBe('✓ Another source errs');
    expect(passageMarkerText({ verdict: 'disputed', errs: false })).toBe('⇄ Disputed');
    expect(passageMarkerText({ verdict: 'unverifiable', errs: false })).toBe('? Unverifiable');
  });
});
