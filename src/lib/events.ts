/** Selections of events that pages share: which events cite an article, which involve a country. */
import { sortEvents, type DatedEvent } from './event-dates.ts';

interface Cited {
  article: { id: string };
}
type CitingEvent = DatedEvent & { data: { sources: readonly Cited[]; accounts: readonly { source: Cited }[] } };
type CountryEvent = DatedEvent & { data: { countries: readonly { id: string }[] } };

/** Whether the event cites the article in its sources or in one of its differing accounts. */
export function citesArticle(event: CitingEvent, articleId: string): boolean {
  return (
    event.data.sources.some((source) => source.article.id === articleId) ||
    event.data.accounts.some((account) => account.source.article.id === articleId)
  );
}

/** The events citing an article, in chronological order. */
export function eventsCitingArticle<T extends CitingEvent>(events: readonly T[], articleId: string): T[] {
  return sortEvents(events.filter((event) => citesArticle(event, articleId)));
}

/** The events involving a country, in chronological order. */
export function eventsInvolvingCountry<T extends CountryEvent>(events: readonly T[], countryId: string): T[] {
  return sortEvents(events.filter((event) => event.data.countries.some((country) => country.id === countryId)));
}
