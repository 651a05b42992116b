/** Items of the RSS feed: one per source, one per entry of the corrections log. */
import type { ArticleData } from '../schemas/article.ts';
import { correctionAnchor, CORRECTION_KIND_LABELS, newestFirst, type CorrectionEntry } from './corrections.ts';
import { publishedDatetime } from './format.ts';
import { provenanceShort } from './provenance/describe.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** An entry of the log as feed text: what it said, what it says now, why. */
export function correctionDescription({ data }: CorrectionEntry): string {
  return [data.before && `Before: ${data.before}`, `${data.before ? 'Now' : 'What'}: ${data.after}`, `Why: ${data.why}`].filter(Boolean).join(' ');
}

export function feedItems(
  articles: readonly { id: string; data: Pick<ArticleData, 'title' | 'summary' | 'published' | 'outlet' | 'provenance'> }[],
  corrections: readonly CorrectionEntry[],
  link: (path: string) => string,
): FeedItem[] {
  const sources = articles.map((article) => {
    const day = publishedDatetime(article.data.published);
    return {
      // A copy is named as a copy, so that its slips are not pinned on the outlet it copied.
      title: `${article.data.title} (${article.data.provenance.kind === 'original' ? article.data.outlet.name : provenanceShort(article.data.provenance)})`,
      link: link(`articles/${article.id}/`),
      description: article.data.summary,
      // An undated source gets no date rather than an invented one.
      ...(day ? { pubDate: new Date(`${day.slice(0, 10)}T00:00:00Z`) } : {}),
      categories: ['source'],
    };
  });
  const updates = newestFirst(corrections).map((entry) => ({
    title: `${CORRECTION_KIND_LABELS[entry.data.kind]}: ${entry.data.subject}`,
    link: link(`corrections/#${correctionAnchor(entry.id)}`),
    description: correctionDescription(entry),
    pubDate: new Date(`${entry.data.date}T00:00:00Z`),
    categories: ['correction'],
  }));
  return [...updates, ...sources];
}
