/** Derived views of the country data for pages: orders, and what discusses or involves a country. */
import { TIERED_REGION, type CountryData } from '../schemas/country.ts';
import type { Citation } from '../schemas/common.ts';
import { TIER_ORDER } from './tiers.ts';

type Named = { data: Pick<CountryData, 'name' | 'region' | 'tier'> } | Pick<CountryData, 'name' | 'region' | 'tier'>;
const fields = (item: Named) => ('data' in item ? item.data : item);
const byName = (a: Named, b: Named) => fields(a).name.localeCompare(fields(b).name, 'en');

/** Southeast Asian states by name, then the context states by name: the map's tab order. */
export function mapOrder<T extends Named>(countries: readonly T[]): T[] {
  const tiered = (item: T) => fields(item).region === TIERED_REGION;
  return [...countries.filter(tiered).sort(byName), ...countries.filter((item) => !tiered(item)).sort(byName)];
}

/** Tiered states in tier order (the sources' ranking first), by name within a tier. */
export function tierOrder<T extends Named>(countries: readonly T[]): T[] {
  const rank = (item: T) => TIER_ORDER.indexOf(fields(item).tier!);
  return countries.filter((item) => fields(item).tier !== undefined).sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

/** Every citation of a country: tier, affinity, enforcement, then each disagreement's views. */
export function countryCitations(country: Pick<CountryData, 'sources' | 'affinity' | 'enforcement' | 'disagreements'>): Citation[] {
  return [
    ...country.sources,
    ...(country.affinity?.sources ?? []),
    ...(country.enforcement?.sources ?? []),
    ...country.disagreements.flatMap((disagreement) => disagreement.views.map((view) => view.source)),
  ];
}

/** Ids of the articles cited, each once, in order of first citation. */
export function citedArticleIds(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((citation) => citation.article.id))];
}

/** The articles whose `countries` field lists the country (events: see `eventsInvolvingCountry`). */
export function articlesDiscussing<T extends { data: { countries: readonly { id: string }[] } }>(articles: readonly T[], countryId: string): T[] {
  return articles.filter((article) => article.data.countries.some((country) => country.id === countryId));
}
