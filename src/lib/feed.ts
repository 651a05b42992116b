/** Items of the RSS feed: one per source, one per correction. */
import type { ArticleData } from '../schemas/article.ts';
import type { Correction } from './corrections.ts';
import { publishedDatetime } from './format.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

export function feedItems(
  articles: readonly { id: string; data: Pick<ArticleData, 'title' | 'summary' | 'published' | 'outlet'> }[],
  corrections: readonly Correction[],
  link: (path: string) => string,
): FeedItem[] {
  const sources = articles.map((article) => {
    const day = publishedDatetime(article.data.published);
    return {
      title: `${article.data.title} (${article.data.outlet.name})`,
      link: link(`articles/${article.id}/`),
      description: article.data.summary,
      // An undated source gets no date rather than an invented one.
      ...(day ? { pubDate: new Date(`${day.slice(0, 10)}T00:00:00Z`) } : {}),
      categories: ['source'],
    };
  });
  const updates = corrections.map((correction) => ({
    title: `Correction/update: ${correction.title}`,
    link: link(correction.path),
    description: correction.description,
    pubDate: new Date(`${correction.date}T00:00:00Z`),
    categories: ['correction'],
  }));
  return [...updates, ...sources];
}
