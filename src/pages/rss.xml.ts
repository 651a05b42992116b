/** RSS feed of the sources, newest first, plus every entry of the corrections log. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { sortArticles } from '../lib/articles.ts';
import { feedItems } from '../lib/feed.ts';
import { withBase } from '../lib/paths.ts';
import { SITE_NAME } from '../lib/site-name.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles, corrections } = await siteContent();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${SITE_NAME} — sources and corrections`,
    description: 'The sources on North Korea’s 2025 outreach to Southeast Asia, and every correction or update to this analysis.',
    site: new URL(base, site),
    // Absolute links go out unchanged; relative ones would get a slash appended, after a fragment too.
    items: feedItems(sortArticles(articles).reverse(), corrections, (path) => new URL(withBase(base, path), site).href),
    customData: '<language>en</language>',
  });
};
