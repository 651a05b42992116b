/** Ordering of the sources: by publication date as known, then title. */
import type { ArticleData } from '../schemas/article.ts';
import { publishedSortKey } from './format.ts';

export function sortArticles<T extends { id: string; data: Pick<ArticleData, 'published' | 'title'> }>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      publishedSortKey(a.data.published).localeCompare(publishedSortKey(b.data.published)) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}

/** The neighbours of `id` in an ordered list, for previous/next links. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((item) => item.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
