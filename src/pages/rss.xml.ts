/** RSS feed of the sources, newest first, plus corrections and updates. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { sortArticles } from '../lib/articles.ts';
import { feedItems } from '../lib/feed.ts';
import { withBase } from '../lib/paths.ts';
import { CORRECTIONS } from '../lib/corrections.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await siteContent();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: 'North Korea and Southeast Asia, five sources compared — sources and corrections',
    description: 'The sources on North Korea’s 2025 outreach to Southeast Asia, and every correction or update to this analysis.',
    site: new URL(base, site),
    items: feedItems(sortArticles(articles).reverse(), CORRECTIONS, (path) => withBase(base, path)),
    customData: '<language>en</language>',
  });
};
