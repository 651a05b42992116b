/**
 * `/data/datapackage.json`: a Frictionless Data Package (https://datapackage.org/) describing every
 * download under /data/ — for each CSV its fields with types and descriptions (the same column
 * lists the writers use, checked against the built files by the tests), for each JSON document
 * what it holds. Pure.
 */
import { CLAIM_TOPICS, STANCES, VERDICTS } from '../schemas/claim.ts';
import { MATRIX_FIXED_COLUMNS, matrixColumns } from './comparison/matrix-csv.ts';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
}

const text = (name: string, description: string): TableField => ({ name, type: 'string', description });

/** The columns of events.csv, in the order `eventsCsv` writes them. */
export const EVENTS_CSV_FIELDS: readonly TableField[] = [
  { ...text('id', 'Stable identifier (the file name); also the anchor #event-<id> on the timeline.'), constraints: { required: true } },
  text('title', 'The event in our own words.'),
  text('summary', 'A summary in our own words.'),
  text('date_label', 'The date as printed on the site.'),
  text('date_precision', 'day, month, year, season or range.'),
  { name: 'start', type: 'date', description: 'First day the date covers.' },
  { name: 'end', type: 'date', description: 'Last day the date covers (inclusive).' },
  { name: 'approximate', type: 'boolean', description: 'Whether the date is inferred or hedged.' },
  text('status', 'happened, or expected for forward-looking items.'),
  text('category', 'The kind of event.'),
  text('countries', 'ISO alpha-3 ids (lowercase) of the countries involved, joined with "; ".'),
  text('sources', 'Citations joined with "; " as "article: passage" (a quote in quotation marks).'),
  { name: 'disagreements', type: 'integer', description: 'How many differing accounts the sources give.' },
];

/** The columns of countries.csv, in the order `countriesCsv` writes them. */
export const COUNTRIES_CSV_FIELDS: readonly TableField[] = [
  { ...text('id', 'ISO 3166-1 alpha-3 code, lowercase; also the page /countries/<id>/.'), constraints: { required: true } },
  text('iso3', 'ISO 3166-1 alpha-3 code, uppercase.'),
  { name: 'numeric', type: 'integer', description: 'ISO 3166-1 numeric code.' },
  text('name', 'Short English name.'),
  text('region', 'Region used for grouping.'),
  text('tier', 'Southeast Asian states only: where the sources place the state; empty for context states.'),
  text('rationale', 'Why, in our words; empty for context states.'),
  text('affinity', 'Level of ideological affinity; empty for context states.'),
  text('enforcement', 'Level of sanctions enforcement; empty for context states.'),
  text('sources', 'Citations joined with "; " as "article: passage" (a quote in quotation marks).'),
  { name: 'disagreements', type: 'integer', description: 'How many topics the sources disagree on about the country.' },
];

const MATRIX_FIXED: Record<(typeof MATRIX_FIXED_COLUMNS)[number], TableField> = {
  claim_id: { ...text('claim_id', 'Stable identifier of the claim (the file name); its page is /claims/<id>/.'), constraints: { required: true } },
  claim: text('claim', 'The claim in one neutral sentence of our own.'),
  topic: { ...text('topic', 'What the claim is about.'), constraints: { enum: CLAIM_TOPICS } },
  verdict: { ...text('verdict', 'Our verdict.'), constraints: { enum: VERDICTS } },
  erroneous_sources: text('erroneous_sources', 'Ids of the sources in error, joined with "; "; empty unless the verdict is error-in-source.'),
  url: text('url', 'The claim’s page on this site.'),
};

/** The columns of claims-matrix.csv for the given sources. */
export function matrixFields(articles: readonly { id: string; shortName: string }[]): TableField[] {
  const values = [...STANCES, 'not-yet-compared'].join(', ');
  return matrixColumns(articles.map((article) => article.id)).map(
    (name) =>
      MATRIX_FIXED[name as keyof typeof MATRIX_FIXED] ??
      text(name, `Stance of ${articles.find((article) => article.id === name)?.shortName ?? name} (${name}): one of ${values}; " (in error)" appended where the source is named as erring.`),
  );
}

const csvResource = (name: string, title: string, fields: readonly TableField[]) => ({
  name,
  path: `${name}.csv`,
  title,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  profile: 'tabular-data-resource',
  dialect: { delimiter: ',', header: true },
  schema: { fields },
});

const jsonResource = (name: string, title: string, description: string) => ({
  name: `${name}-json`,
  path: `${name}.json`,
  title,
  description,
  format: 'json',
  mediatype: 'application/json',
  encoding: 'utf-8',
});

/** The package; paths are relative to /data/ where the descriptor itself lives. */
export function dataPackage(options: { articles: readonly { id: string; shortName: string }[]; homepage: string; methodUrl: string }) {
  return {
    profile: 'data-package',
    name: 'nk-sea-claims',
    title: 'North Korea and Southeast Asia, 2025: claims compared across sources',
    description: `Claims, events and countries from ${options.articles.length} sources on North Korea’s 2025 outreach to Southeast Asia, with each source’s stance on each claim and our verdicts. Field meanings: ${options.methodUrl}.`,
    homepage: options.homepage,
    resources: [
      csvResource('claims-matrix', 'Claims × sources: the stance of each source on each claim', matrixFields(options.articles)),
      csvResource('events', 'Dated events with their sources', EVENTS_CSV_FIELDS),
      csvResource('countries', 'Countries, their tier and the variables behind it', COUNTRIES_CSV_FIELDS),
      jsonResource('claims', 'Claims with stances, citations and verdicts', 'An object with descriptions of the stances and verdicts, the articles (id, title, shortName, outlet, genre, url) and the claims (id, url, claim, topic, verdict, erroneousSources, note, outsideSources, stances with their citations, pending articles, figure).'),
      jsonResource('events', 'Dated events', 'A list of events (id, title, summary, date, dateLabel, start, end, approximate, status, category, countries, sources, accounts), as in events.csv with citations kept as objects.'),
      jsonResource('countries', 'Countries', 'A list of countries (id, iso3, numeric, name, region, tier, tierLabel, rationale, sources, affinity, enforcement, disagreements).'),
    ],
  };
}
