/** `/data/claims-matrix.csv`: the claims × sources matrix, sources in the site's order. */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { sortArticles } from '../../lib/articles.ts';
import { claimPath } from '../../lib/claims.ts';
import { claimsMatrixCsv } from '../../lib/comparison/matrix-csv.ts';
import { withBase } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, claims } = await siteContent();
  const base = import.meta.env.BASE_URL;
  const csv = claimsMatrixCsv(
    claims,
    sortArticles(articles).map((article) => article.id),
    (id) => new URL(withBase(base, claimPath(id)), site).href,
  );
  return new Response(`${csv}\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
