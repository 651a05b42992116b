/**
 * The one place pages get content from. Loads every collection once, runs the cross-entry
 * integrity check (references and citations) and fails the build with file, field and reason
 * when it finds a problem — Astro itself only logs a broken reference.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { EntryListError, parseEntryList } from '../lib/entry-list.ts';
import { checkContentIntegrity, formatProblems, type CheckedEntry, type ContentProblem } from '../lib/integrity.ts';
import { newestFirst } from '../lib/corrections.ts';
import { COLLECTION_SOURCES } from '../schemas/collections.ts';

export type Article = CollectionEntry<'articles'>;
export type Country = CollectionEntry<'countries'>;
export type TimelineEvent = CollectionEntry<'events'>;
export type Claim = CollectionEntry<'claims'>;
export type Correction = CollectionEntry<'corrections'>;

export interface SiteContent {
  articles: Article[];
  countries: Country[];
  events: TimelineEvent[];
  claims: Claim[];
  /** The corrections log, newest first. */
  corrections: Correction[];
}

const asChecked = (entry: { id: string; filePath?: string | undefined; data: unknown; body?: string | undefined }): CheckedEntry => ({
  id: entry.id,
  filePath: entry.filePath ?? entry.id,
  data: entry.data,
  body: entry.body,
});

/**
 * Astro's file loader logs a parser error and carries on with an empty collection, which would
 * surface only as a cascade of broken references; so list files are parsed again here to report
 * the real cause (such as a duplicate id) with file and field.
 */
function entryListProblems(): ContentProblem[] {
  return Object.values(COLLECTION_SOURCES)
    .filter((source) => source.kind === 'yaml-list')
    .flatMap((source) => {
      try {
        parseEntryList(readFileSync(source.path, 'utf8'));
        return [];
      } catch (error) {
        if (error instanceof EntryListError) return [{ file: source.path, field: error.field, message: error.message }];
        throw error;
      }
    });
}

async function loadContent(): Promise<SiteContent> {
  const listProblems = entryListProblems();
  if (listProblems.length > 0) {
    throw new Error(`Content check failed:\n${formatProblems(listProblems)}`);
  }
  const [articles, countries, events, claims, corrections] = await Promise.all([
    getCollection('articles'),
    getCollection('countries'),
    getCollection('events'),
    getCollection('claims'),
    getCollection('corrections'),
  ]);
  const problems = checkContentIntegrity({
    articles: articles.map(asChecked),
    countries: countries.map(asChecked),
    events: events.map(asChecked),
    claims: claims.map(asChecked),
    corrections: corrections.map(asChecked),
  });
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
  }
  return { articles, countries, events, claims, corrections: newestFirst(corrections) };
}

let cached: Promise<SiteContent> | undefined;

/** All content, checked. Memoised so the check runs once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= loadContent();
  return cached;
}
