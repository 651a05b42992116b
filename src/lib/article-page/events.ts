/**
 * The article's own timeline: the events that cite this article, each with the passage that
 * mentions it and, where the sources' accounts differ, this article's version.
 */
import type { Citation } from '../../schemas/common.ts';
import { eventCitations } from '../citations/targets.ts';
import { articlePassageIds } from './passages.ts';
import type { TimelineEventInput } from '../timeline/model.ts';

/** What the article timeline needs of an event entry. */
export interface ArticleEventInput extends TimelineEventInput {
  data: TimelineEventInput['data'] & {
    sources: readonly Citation[];
    accounts: readonly { version: string; source: Citation }[];
  };
}

export interface ArticleEvent<T extends ArticleEventInput = ArticleEventInput> {
  event: T;
  /** Stable id of the first of this article's words the event cites. */
  passageId: string;
  /** Whether the sources give differing accounts of the event (its `accounts`). */
  differs: boolean;
  /** This article's version, when it is one of the differing accounts. */
  version: string | undefined;
}

/** Events citing the article (as a source or an account), in the order given. */
export function articleEvents<T extends ArticleEventInput>(events: readonly T[], articleId: string): ArticleEvent<T>[] {
  return events.flatMap((event) => {
    const [passageId] = articlePassageIds(eventCitations(event.data), articleId);
    if (!passageId) return [];
    const account = event.data.accounts.find((entry) => entry.source.article.id === articleId);
    return [{ event, passageId, differs: event.data.accounts.length > 0, version: account?.version }];
  });
}

/** Said after the title on the chart and in its list, so the mark itself tells the reader. */
export const DIFFERS_NOTE = 'accounts differ';

/** The events as the timeline layout takes them, titles of differing events marked. */
export const timelineInputs = (items: readonly ArticleEvent[]): TimelineEventInput[] =>
  items.map(({ event, differs }) => ({ id: event.id, data: { ...event.data, title: differs ? `${event.data.title} (${DIFFERS_NOTE})` : event.data.title } }));
