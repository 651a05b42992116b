/** `/data/datapackage.json`: the Frictionless Data Package describing every download under /data/. */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { sortArticles } from '../../lib/articles.ts';
import { dataPackage } from '../../lib/datapackage.ts';
import { withBase } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await siteContent();
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  const descriptor = dataPackage({
    articles: sortArticles(articles).map((article) => ({ id: article.id, shortName: article.data.shortName })),
    homepage: absolute(''),
    methodUrl: absolute('method/#data'),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
