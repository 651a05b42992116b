/**
 * The claims in machine-readable form: ClaimReview JSON-LD (typed with schema-dts) for the
 * analysis page and each claim's page, and the document published at /data/claims.json. Pure: no
 * astro:* imports, no I/O.
 */
import type { ClaimReview, Graph, Organization } from 'schema-dts';
import type { ClaimData } from '../schemas/claim.ts';
import { VERDICT_LABELS, STANCE_DESCRIPTIONS, VERDICT_DESCRIPTIONS, inArticleOrder, orderClaims, stanceOf, type ClaimEntry } from './claims.ts';
import { PENDING_DESCRIPTION, pendingArticles } from './comparison/cells.ts';

/** What the exports need to know about an article. */
export interface ArticleSummary {
  id: string;
  title: string;
  shortName: string;
  outlet: string;
  genre: string;
  /** Absolute URL of the article's page on this site (our restatement). */
  url: string;
  /** The published page the captured text was taken from (`provenance.page`), else the outlet's site; absent when neither is known. */
  originalUrl?: string | undefined;
}

/** The summary of an article entry; `url` is its page on this site. */
export const articleSummary = (
  article: { id: string; data: { title: string; shortName: string; outlet: { name: string; url?: string | undefined }; genre: string; provenance: { page?: { url: string } | undefined } } },
  url: string,
): ArticleSummary => ({
  id: article.id,
  title: article.data.title,
  shortName: article.data.shortName,
  outlet: article.data.outlet.name,
  genre: article.data.genre,
  url,
  originalUrl: article.data.provenance.page?.url ?? article.data.outlet.url,
});

export interface ReviewOptions {
  /** Absolute URL of a claim's page, from its id. */
  claimUrl: (claimId: string) => string;
  publisher: string;
  publisherUrl: string;
}

const organization = (name: string, url?: string): Organization => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/** Where an article's text appeared: the outlet's original page where known, our restatement as a related page. */
function appearance(article: ArticleSummary) {
  return {
    '@type': 'CreativeWork' as const,
    headline: article.title,
    ...(article.originalUrl ? { url: article.originalUrl } : {}),
    publisher: organization(article.outlet),
    subjectOf: { '@type': 'WebPage' as const, name: 'Our restatement of the source', url: article.url },
  };
}

/**
 * The reviews of one claim. A claim with an error in a source gets one review per erring article:
 * `claimReviewed` is our neutral claim, the article's erring version is labelled as that source's
 * version (in our words, never presented as the outlet's text), and `appearance` is where its text
 * appeared. Any other claim gets one review of the claim as the articles asserting it make it.
 */
export function claimReviews(id: string, data: ClaimData, articles: readonly ArticleSummary[], options: ReviewOptions): ClaimReview[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const url = options.claimUrl(id);
  const base = {
    url,
    claimReviewed: data.claim,
    author: organization(options.publisher, options.publisherUrl),
    ...(data.note ? { reviewBody: data.note } : {}),
  };
  const rating = (verdict: string) => ({ '@type': 'Rating' as const, alternateName: verdict, ...(data.note ? { ratingExplanation: data.note } : {}) });
  if (data.verdict === 'error-in-source') {
    return data.erroneousSources.map((source): ClaimReview => {
      const article = byId.get(source.id);
      const outlet = article?.outlet ?? source.id;
      const version = stanceOf(data, source.id)?.version;
      return {
        '@type': 'ClaimReview',
        '@id': `${url}#review-${source.id}`,
        ...base,
        reviewRating: rating(VERDICT_LABELS['error-in-source']),
        itemReviewed: {
          '@type': 'Claim',
          author: organization(outlet),
          ...(version ? { description: `${outlet}’s version, in our words: ${version}` } : {}),
          ...(article ? { appearance: appearance(article) } : {}),
        },
      };
    });
  }
  const asserting = data.stances.filter((entry) => entry.stance === 'asserts').flatMap((entry) => byId.get(entry.article.id) ?? []);
  return [
    {
      '@type': 'ClaimReview',
      '@id': `${url}#review`,
      ...base,
      reviewRating: rating(VERDICT_LABELS[data.verdict]),
      itemReviewed: {
        '@type': 'Claim',
        ...(asserting.length > 0 ? { author: asserting.map((article) => organization(article.outlet)), appearance: asserting.map(appearance) } : {}),
      },
    },
  ];
}

/** The analysis page's JSON-LD: the reviews of every claim with an error in a source. */
export function claimReviewJsonLd(claims: readonly ClaimEntry[], articles: readonly ArticleSummary[], options: ReviewOptions): Graph {
  const reviews = orderClaims(claims)
    .filter(({ data }) => data.verdict === 'error-in-source')
    .flatMap(({ id, data }) => claimReviews(id, data, articles, options));
  return { '@context': 'https://schema.org', '@graph': reviews };
}

/** A claim page's JSON-LD: its own reviews. */
export const claimPageJsonLd = (claim: ClaimEntry, articles: readonly ArticleSummary[], options: ReviewOptions): Graph => ({
  '@context': 'https://schema.org',
  '@graph': claimReviews(claim.id, claim.data, articles, options),
});

/** JSON safe to place inside a `<script>` element: `<` is escaped so no tag can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The claims as published at `/data/claims.json`: stable ids, plain values, claim order, articles in the site's source order. */
export function claimsDocument(claims: readonly ClaimEntry[], articles: readonly ArticleSummary[], options: Pick<ReviewOptions, 'claimUrl'>) {
  const order = articles.map((article) => article.id);
  return {
    description: `Claims about North Korea’s 2025 outreach to Southeast Asia, compared across ${articles.length} sources: each article’s stance with the passage of our restatement it rests on (or the source’s own words it quotes), and the editor’s verdict. An article listed under "pending" has not been compared on that claim yet.`,
    stances: STANCE_DESCRIPTIONS,
    pending: PENDING_DESCRIPTION,
    verdicts: VERDICT_DESCRIPTIONS,
    articles: articles.map(({ id, title, shortName, outlet, genre, url }) => ({ id, title, shortName, outlet, genre, url })),
    claims: orderClaims(claims).map(({ id, data }) => ({
      id,
      url: options.claimUrl(id),
      claim: data.claim,
      topic: data.topic,
      verdict: data.verdict,
      erroneousSources: data.erroneousSources.map((source) => source.id),
      note: data.note ?? null,
      outsideSources: data.outsideSources,
      stances: inArticleOrder(data.stances, order).map((entry) => ({
        article: entry.article.id,
        stance: entry.stance,
        passage: entry.passage ?? null,
        quote: entry.quote ?? null,
        speaker: entry.speaker ?? null,
        version: entry.version ?? null,
      })),
      pending: pendingArticles(data, order),
      figure: data.figure ?? null,
    })),
  };
}
