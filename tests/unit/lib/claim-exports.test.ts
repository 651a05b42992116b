import { describe, expect, it } from 'vitest';
import { claimAnchor, type ClaimEntry } from '../../../src/lib/claims.ts';
import { claimReviewJsonLd, claimsDocument, jsonForScript } from '../../../src/lib/claim-exports.ts';
import { COMPARED_ARTICLE_IDS } from '../../../src/schemas/claim.ts';
import { claim, erring, schema } from '../../fixtures/claims.ts';

const [dw, , tiers, , rogue] = COMPARED_ARTICLE_IDS;

describe('machine-readable output', () => {
  const articles = COMPARED_ARTICLE_IDS.map((id) => ({
    id,
    title: `Title ${id}`,
    outlet: `Outlet ${id}`,
    genre: 'news-report',
    url: `https://example.org/articles/${id}/`,
    originalUrl: id === rogue ? `https://outlet.example/${id}` : undefined,
  }));
  const claims = [erring('retno', { [rogue]: 'asserts', [tiers]: 'qualifies' }, [rogue]), claim('consistent', { [dw]: 'asserts' })];

  it('builds one ClaimReview per erring article: the neutral claim reviewed, the source’s version labelled, its original page as appearance', () => {
    const jsonLd = claimReviewJsonLd(claims, articles, { analysisUrl: 'https://example.org/analysis/', publisher: 'Site', publisherUrl: 'https://example.org/' }) as {
      '@context': string;
      '@graph': Record<string, unknown>[];
    };
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@graph']).toEqual([
      {
        '@type': 'ClaimReview',
        '@id': `https://example.org/analysis/#claim-retno-${rogue}`,
        url: 'https://example.org/analysis/#claim-retno',
        claimReviewed: 'Claim retno.',
        reviewBody: 'Established wrong.',
        author: { '@type': 'Organization', name: 'Site', url: 'https://example.org/' },
        reviewRating: { '@type': 'Rating', alternateName: 'Error in a source', ratingExplanation: 'Established wrong.' },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: `Outlet ${rogue}` },
          description: `Outlet ${rogue}’s version, in our words: ${rogue}'s version`,
          appearance: {
            '@type': 'CreativeWork',
            headline: `Title ${rogue}`,
            url: `https://outlet.example/${rogue}`,
            publisher: { '@type': 'Organization', name: `Outlet ${rogue}` },
            subjectOf: { '@type': 'WebPage', name: 'Our restatement of the source', url: `https://example.org/articles/${rogue}/` },
          },
        },
      },
    ]);
  });

  it('gives no appearance URL rather than our restatement’s when the original page is unknown', () => {
    const jsonLd = claimReviewJsonLd([erring('tiers-wrong', { [tiers]: 'asserts' }, [tiers])], articles, { analysisUrl: 'https://example.org/analysis/', publisher: 'Site', publisherUrl: 'https://example.org/' }) as {
      '@graph': { itemReviewed: { appearance: Record<string, unknown> } }[];
    };
    const appearance = jsonLd['@graph'][0]!.itemReviewed.appearance;
    expect(appearance['url']).toBeUndefined();
    expect(JSON.stringify(jsonLd)).not.toContain('passage of');
  });

  it('publishes a quote with its speaker and no passage', () => {
    const quoted: ClaimEntry = {
      id: 'quoted',
      data: schema.parse({
        claim: 'Claim quoted.',
        topic: 'framing',
        verdict: 'consistent',
        stances: COMPARED_ARTICLE_IDS.map((article) => (article === dw ? { article, stance: 'asserts', quote: 'It was a sign of legitimacy', speaker: 'Kogan' } : { article, stance: 'silent' })),
      }),
    };
    const document = claimsDocument([quoted], articles, { analysisUrl: 'https://example.org/analysis/' });
    expect(document.claims[0]!.stances[0]).toEqual({ article: dw, stance: 'asserts', passage: null, quote: 'It was a sign of legitimacy', speaker: 'Kogan', version: null });
  });

  it('escapes "<" so JSON cannot close its script element', () => {
    const text = jsonForScript({ note: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ note: '</script><script>alert(1)</script>' });
  });

  it('publishes claims with stable ids, anchors and stances in article order', () => {
    const document = claimsDocument(claims, articles, { analysisUrl: 'https://example.org/analysis/' });
    expect(document.claims.map((entry) => [entry.id, entry.url])).toEqual([
      ['retno', 'https://example.org/analysis/#claim-retno'],
      ['consistent', 'https://example.org/analysis/#claim-consistent'],
    ]);
    const retno = document.claims[0]!;
    expect(retno.erroneousSources).toEqual([rogue]);
    expect(retno.stances.map((entry) => entry.article)).toEqual([...COMPARED_ARTICLE_IDS]);
    expect(retno.stances[0]).toEqual({ article: dw, stance: 'silent', passage: null, quote: null, speaker: null, version: null });
    expect(retno.stances.find((entry) => entry.article === rogue)).toEqual({
      article: rogue,
      stance: 'asserts',
      passage: `passage of ${rogue} on retno`,
      quote: null,
      speaker: null,
      version: `${rogue}'s version`,
    });
    expect(document.claims[1]!.note).toBeNull();
    expect(document.claims[1]!.figure).toBeNull();
    expect(claimAnchor('retno')).toBe('claim-retno');
  });
});
