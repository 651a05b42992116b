import { describe, expect, it } from 'vitest';
import { claimPath, type ClaimEntry } from '../../../src/lib/claims.ts';
import { articleSummary, claimPageJsonLd, claimReviewJsonLd, claimsDocument, jsonForScript } from '../../../src/lib/claim-exports.ts';
import { ARTICLE_IDS, claim, erring, schema } from '../../fixtures/claims.ts';

const [dw, , tiers, , rogue] = ARTICLE_IDS;
const claimUrl = (id: string) => `https://example.org/${claimPath(id)}`;
const options = { claimUrl, publisher: 'Site', publisherUrl: 'https://example.org/' };

describe('machine-readable output', () => {
  const articles = ARTICLE_IDS.map((id) => ({
    id,
    title: `Title ${id}`,
    shortName: `Short ${id}`,
    outlet: `Outlet ${id}`,
    genre: 'news-report',
    url: `https://example.org/articles/${id}/`,
    originalUrl: id === rogue ? `https://outlet.example/${id}` : undefined,
  }));
  const claims = [erring('retno', { [rogue]: 'asserts', [tiers]: 'qualifies' }, [rogue]), claim('consistent', { [dw]: 'asserts', [rogue]: 'asserts' })];

  it('builds one ClaimReview per erring article: the neutral claim reviewed, the source’s version labelled, its original page as appearance', () => {
    const jsonLd = claimReviewJsonLd(claims, articles, options);
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@graph']).toEqual([
      {
        '@type': 'ClaimReview',
        '@id': `https://example.org/claims/retno/#review-${rogue}`,
        url: 'https://example.org/claims/retno/',
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

  it('gives a claim page one review of a claim without an error, naming the sources that assert it and no note when there is none', () => {
    const jsonLd = claimPageJsonLd(claims[1]!, articles, options);
    expect(jsonLd['@graph']).toHaveLength(1);
    const review = jsonLd['@graph'][0] as unknown as Record<string, unknown> & { itemReviewed: { author: { name: string }[]; appearance: { headline: string }[] } };
    expect(review['@id']).toBe('https://example.org/claims/consistent/#review');
    expect(review['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'Consistent' });
    expect(review['reviewBody']).toBeUndefined();
    expect(review.itemReviewed.author.map((author) => author.name)).toEqual([`Outlet ${dw}`, `Outlet ${rogue}`]);
    expect(review.itemReviewed.appearance.map((work) => work.headline)).toEqual([`Title ${dw}`, `Title ${rogue}`]);
  });

  it('gives no appearance URL rather than our restatement’s when the original page is unknown', () => {
    const jsonLd = claimReviewJsonLd([erring('tiers-wrong', { [tiers]: 'asserts' }, [tiers])], articles, options);
    const review = jsonLd['@graph'][0] as unknown as { itemReviewed: { appearance: Record<string, unknown> } };
    expect(review.itemReviewed.appearance['url']).toBeUndefined();
    expect(JSON.stringify(jsonLd)).not.toContain('passage of');
  });

  it('summarises an article entry with its short name and the original page, else the outlet’s site', () => {
    const entry = { id: 'x', data: { title: 'T', shortName: 'X', outlet: { name: 'O', url: 'https://o.example/' }, genre: 'analysis', provenance: {} } };
    expect(articleSummary(entry, 'https://example.org/articles/x/')).toEqual({ id: 'x', title: 'T', shortName: 'X', outlet: 'O', genre: 'analysis', url: 'https://example.org/articles/x/', originalUrl: 'https://o.example/' });
    const withPage = { ...entry, data: { ...entry.data, provenance: { page: { url: 'https://o.example/page' } } } };
    expect(articleSummary(withPage, 'u').originalUrl).toBe('https://o.example/page');
  });

  it('publishes a quote with its speaker and no passage', () => {
    const quoted: ClaimEntry = {
      id: 'quoted',
      data: schema.parse({
        claim: 'Claim quoted.',
        label: 'Label quoted',
        topic: 'framing',
        verdict: 'consistent',
        stances: ARTICLE_IDS.map((article) => (article === dw ? { article, stance: 'asserts', quote: 'It was a sign of legitimacy', speaker: 'Kogan' } : { article, stance: 'silent' })),
      }),
    };
    const document = claimsDocument([quoted], articles, { claimUrl });
    expect(document.claims[0]!.stances[0]).toEqual({ article: dw, stance: 'asserts', passage: null, quote: 'It was a sign of legitimacy', speaker: 'Kogan', version: null });
  });

  it('escapes "<" so JSON cannot close its script element', () => {
    const text = jsonForScript({ note: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ note: '</script><script>alert(1)</script>' });
  });

  it('publishes claims with stable ids, their pages and stances in source order, counting the sources from content', () => {
    const document = claimsDocument(claims, articles, { claimUrl });
    expect(document.description).toContain('compared across 5 sources');
    expect(document.articles.map((article) => article.shortName)).toEqual(ARTICLE_IDS.map((id) => `Short ${id}`));
    expect(document.claims.map((entry) => [entry.id, entry.url])).toEqual([
      ['retno', 'https://example.org/claims/retno/'],
      ['consistent', 'https://example.org/claims/consistent/'],
    ]);
    const retno = document.claims[0]!;
    expect(retno.erroneousSources).toEqual([rogue]);
    expect(retno.stances.map((entry) => entry.article)).toEqual([...ARTICLE_IDS]);
    expect(retno.pending).toEqual([]);
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
  });

  it('lists an article added after a claim as pending on it', () => {
    const sixth = { ...articles[0]!, id: 'sixth-article', shortName: 'Sixth' };
    const document = claimsDocument(claims, [...articles, sixth], { claimUrl });
    expect(document.claims.map((entry) => entry.pending)).toEqual([['sixth-article'], ['sixth-article']]);
    expect(document.description).toContain('compared across 6 sources');
  });
});
