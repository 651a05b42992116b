/**
 * The timeline page's event list in groups: the earlier history (the context strip's events) in
 * one group, then one group per year of the main chart, so a reader can skip to a year.
 */
import { eventInterval, sortEvents, type DatedEvent } from '../event-dates.ts';
import { CONTEXT_BEFORE, panelOf } from './axis.ts';

export interface EventGroup<T> {
  /** Stable, for the group heading's id: "earlier" or the year. */
  id: string;
  label: string;
  events: T[];
}

/** Groups events in chronological order: "Earlier history, <years>", then each year by start. */
export function groupEvents<T extends DatedEvent>(events: readonly T[], contextBefore = CONTEXT_BEFORE): EventGroup<T>[] {
  const groups: EventGroup<T>[] = [];
  for (const event of sortEvents(events)) {
    const interval = eventInterval(event.data.date);
    const earlier = panelOf(interval, contextBefore) === 'context';
    const id = earlier ? 'earlier' : String(interval.start.getUTCFullYear());
    let group = groups.at(-1);
    if (group?.id !== id) {
      group = { id, label: earlier ? 'Earlier history' : id, events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  const earlier = groups.find((group) => group.id === 'earlier');
  if (earlier) {
    const years = earlier.events.map((event) => eventInterval(event.data.date).start.getUTCFullYear());
    earlier.label = `Earlier history, ${Math.min(...years)}–${Math.max(...years)}`;
  }
  return groups;
}
