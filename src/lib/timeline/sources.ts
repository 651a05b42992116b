/** What the timeline's source line says: which sources its events cite, and how many each. */

/** An event as far as its citations are concerned. */
export interface CitingEvent {
  data: { sources: readonly { article: { id: string } }[]; accounts?: readonly { source: { article: { id: string } } }[] };
}

/**
 * For each article cited by any of `events` (in sources or accounts), how many events cite it:
 * most first, then by id, so the line reads the same on every build.
 */
export function citingSourceCounts(events: readonly CitingEvent[]): { article: string; events: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const cited = new Set([...event.data.sources.map((source) => source.article.id), ...(event.data.accounts ?? []).map((account) => account.source.article.id)]);
    for (const article of cited) counts.set(article, (counts.get(article) ?? 0) + 1);
  }
  return [...counts]
    .map(([article, count]) => ({ article, events: count }))
    .sort((a, b) => b.events - a.events || (a.article < b.article ? -1 : 1));
}
