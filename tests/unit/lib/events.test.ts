import { describe, expect, it } from 'vitest';
import { citesArticle, eventsCitingArticle, eventsInvolvingCountry } from '../../../src/lib/events.ts';
import type { EventDate } from '../../../src/schemas/event.ts';

const cite = (article: string) => ({ article: { id: article }, passage: 'a phrase' });
const event = (id: string, date: EventDate, sources: string[], accounts: string[] = [], countries: string[] = ['prk']) => ({
  id,
  data: {
    date,
    approximate: false,
    status: 'happened' as const,
    countries: countries.map((country) => ({ id: country, collection: 'countries' as const })),
    sources: sources.map(cite),
    accounts: accounts.map((article) => ({ version: 'what it says', source: cite(article) })),
  },
});

const events = [
  event('late', { precision: 'day', value: '2025-10-10' }, ['cna'], [], ['vnm', 'prk']),
  event('disputed', { precision: 'month', value: '2024-03' }, ['dw'], ['cna', 'dw'], ['lao']),
  event('early', { precision: 'year', value: 1945 }, ['cna', 'dw']),
  event('other', { precision: 'year', value: 2019 }, ['tiers'], [], ['vnm']),
];

describe('citesArticle', () => {
  it('counts sources and differing accounts', () => {
    expect(citesArticle(events[0]!, 'cna')).toBe(true);
    expect(citesArticle(events[1]!, 'cna')).toBe(true);
    expect(citesArticle(events[3]!, 'cna')).toBe(false);
  });
});

describe('eventsCitingArticle', () => {
  it('returns the citing events in chronological order', () => {
    expect(eventsCitingArticle(events, 'cna').map((item) => item.id)).toEqual(['early', 'disputed', 'late']);
    expect(eventsCitingArticle(events, 'tiers').map((item) => item.id)).toEqual(['other']);
  });

  it('returns nothing for an article no event cites', () => {
    expect(eventsCitingArticle(events, 'unknown')).toEqual([]);
  });
});

describe('eventsInvolvingCountry', () => {
  it('returns the events naming the country, in order', () => {
    expect(eventsInvolvingCountry(events, 'vnm').map((item) => item.id)).toEqual(['other', 'late']);
    expect(eventsInvolvingCountry(events, 'mys')).toEqual([]);
  });
});
