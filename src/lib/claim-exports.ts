/**
 * The claims in machine-readable form: the ClaimReview JSON-LD of the analysis page and the
 * document published at /data/claims.json. Pure: no astro:* imports, no I/O.
 */
import { VERDICT_LABELS, STANCE_DESCRIPTIONS, VERDICT_DESCRIPTIONS, claimAnchor, inArticleOrder, orderClaims, stanceOf, type ClaimEntry } from './claims.ts';

/** What the exports need to know about an article. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string;
  genre: string;
  /** Absolute URL of the article's page on this site (our restatement). */
  url: string;
  /** The published page the captured text was taken from (`provenance.page`), else the outlet's site; absent when neither is known. */
  originalUrl?: string | undefined;
}

/**
 * ClaimReview JSON-LD for the claims whose verdict is an error in a source: one review per erring
 * article. `claimReviewed` is our neutral claim; the article's erring version is labelled as that
 * source's version (in our words, never presented as the outlet's text); `appearance` is the
 * outlet's original page where known, with our restatement only as a related page.
 */
export function claimReviewJsonLd(
  claims: readonly ClaimEntry[],
  articles: readonly ArticleSummary[],
  options: { analysisUrl: string; publisher: string; publisherUrl: string },
): object {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const reviews = orderClaims(claims)
    .filter(({ data }) => data.verdict === 'error-in-source')
    .flatMap(({ id, data }) =>
      data.erroneousSources.map((source) => {
        const article = byId.get(source.id);
        const outlet = article?.outlet ?? source.id;
        const version = stanceOf(data, source.id)?.version;
        return {
          '@type': 'ClaimReview',
          '@id': `${options.analysisUrl}#${claimAnchor(id)}-${source.id}`,
          url: `${options.analysisUrl}#${claimAnchor(id)}`,
          claimReviewed: data.claim,
          reviewBody: data.note,
          author: { '@type': 'Organization', name: options.publisher, url: options.publisherUrl },
          reviewRating: { '@type': 'Rating', alternateName: VERDICT_LABELS['error-in-source'], ratingExplanation: data.note },
          itemReviewed: {
            '@type': 'Claim',
            author: { '@type': 'Organization', name: outlet },
            ...(version ? { description: `${outlet}’s version, in our words: ${version}` } : {}),
            appearance: {
              '@type': 'CreativeWork',
              headline: article?.title ?? source.id,
              ...(article?.originalUrl ? { url: article.originalUrl } : {}),
              publisher: { '@type': 'Organization', name: outlet },
              ...(article ? { subjectOf: { '@type': 'WebPage', name: 'Our restatement of the source', url: article.url } } : {}),
            },
          },
        };
      }),
    );
  return { '@context': 'https://schema.org', '@graph': reviews };
}

/** JSON safe to place inside a `<script>` element: `<` is escaped so no tag can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The claims as published at `/data/claims.json`: stable ids, plain values, claim order. */
export function claimsDocument(
  claims: readonly ClaimEntry[],
  articles: readonly ArticleSummary[],
  options: { analysisUrl: string },
) {
  return {
    description:
      'Claims about North Korea’s 2025 outreach to Southeast Asia, compared across five sources: each article’s stance with the passage of our restatement it rests on (or the source’s own words it quotes), and the editor’s verdict.',
    stances: STANCE_DESCRIPTIONS,
    verdicts: VERDICT_DESCRIPTIONS,
    articles: articles.map(({ id, title, outlet, genre, url }) => ({ id, title, outlet, genre, url })),
    claims: orderClaims(claims).map(({ id, data }) => ({
      id,
      url: `${options.analysisUrl}#${claimAnchor(id)}`,
      claim: data.claim,
      topic: data.topic,
      verdict: data.verdict,
      erroneousSources: data.erroneousSources.map((source) => source.id),
      note: data.note ?? null,
      outsideSources: data.outsideSources,
      stances: inArticleOrder(data.stances).map((entry) => ({
        article: entry.article.id,
        stance: entry.stance,
        passage: entry.passage ?? null,
        quote: entry.quote ?? null,
        speaker: entry.speaker ?? null,
        version: entry.version ?? null,
      })),
      figure: data.figure ?? null,
    })),
  };
}
