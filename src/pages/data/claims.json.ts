/** `/data/claims.json`: every claim with its stances, verdict and note; ids are the file names. */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { sortArticles } from '../../lib/articles.ts';
import { claimPath } from '../../lib/claims.ts';
import { articleSummary, claimsDocument } from '../../lib/claim-exports.ts';
import { withBase } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, claims } = await siteContent();
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  const document = claimsDocument(
    claims,
    sortArticles(articles).map((article) => articleSummary(article, absolute(`articles/${article.id}/`))),
    { claimUrl: (id) => absolute(claimPath(id)) },
  );
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
