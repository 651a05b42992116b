/** Reader-facing wording for dates, genres and countries. Pure and deterministic (UTC, en-GB). */
import type { ArticleData, Genre } from '../schemas/article.ts';
import type { EventCategory } from '../schemas/event.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-10-19" → "19 October 2025". */
export function formatDay(isoDay: string): string {
  return dayFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

/** "2024-03" → "March 2024". */
export function formatMonth(isoMonth: string): string {
  return monthFormat.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** A publication date as honestly as the source gives it. */
export function formatPublished(published: ArticleData['published']): string {
  switch (published.precision) {
    case 'datetime':
      return `${formatDay(published.date)}, ${published.time}`;
    case 'day':
      return formatDay(published.date);
    case 'unknown': {
      const bounds = [
        published.notBefore ? `not before ${formatDay(published.notBefore)}` : undefined,
        published.notAfter ? `not after ${formatDay(published.notAfter)}` : undefined,
      ].filter(Boolean);
      return bounds.length > 0 ? `Undated (${bounds.join(', ')})` : 'Undated';
    }
  }
}

/** Machine-readable value for `<time datetime>`, or undefined when the day is unknown. */
export function publishedDatetime(published: ArticleData['published']): string | undefined {
  if (published.precision === 'datetime') return `${published.date}T${published.time}`;
  if (published.precision === 'day') return published.date;
  return undefined;
}

/** Sort key: the known day, else the earliest possible day, else the end of time. */
export function publishedSortKey(published: ArticleData['published']): string {
  if (published.precision === 'unknown') return published.notBefore ?? '9999-12-31';
  return published.date;
}

export const GENRE_LABELS: Record<Genre, string> = {
  'news-report': 'News report',
  commentary: 'Commentary',
  analysis: 'Analysis',
  'ai-rewritten': 'Rewrite',
  'ai-generated': 'AI-generated',
  'report-summary': 'Report summary',
};

/** One-sentence explanation of each genre, shown on the method page and in badge titles. */
export const GENRE_DESCRIPTIONS: Record<Genre, string> = {
  'news-report': 'Reporting by a news organisation, with named sources and an editor.',
  commentary: 'A signed opinion piece: an argument by its author, not neutral reporting.',
  analysis: 'An explanatory piece that interprets events and data.',
  'ai-rewritten': 'A page that says it rewrote other outlets’ reporting; it adds no reporting of its own and may lose attributions.',
  'ai-generated': 'A page that says a machine generated it from other articles; its facts need checking against the originals.',
  'report-summary': 'A write-up of a think-tank or research report, relaying the report’s findings.',
};

/** ISO alpha-3 id as printed: "vnm" → "VNM". */
export const isoCode = (id: string): string => id.toUpperCase();

/** Reader-facing names of the event categories (the timeline's lanes). */
export const EVENT_CATEGORY_LABELS: Record<EventCategory, string> = {
  'party-channel': 'Party channel',
  'state-diplomacy': 'State diplomacy',
  'sanctions-enforcement': 'Sanctions and enforcement',
  'illicit-finance-cyber': 'Illicit finance and cyber',
  'military-arms': 'Military and arms',
  'economy-trade': 'Economy and trade',
};

/** The text with one full stop at its end: "in 2019." stays, "in 2019" gains one. */
export function withFullStop(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
