/**
 * Content collections, built from the table in `src/schemas/collections.ts`. Every schema takes
 * Astro's `reference()` as an argument, so tests and `npm run check` can validate content
 * without Astro.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseEntryList, parseOrderedEntryList } from './lib/entry-list.ts';
import { COLLECTION_SOURCES as SOURCES } from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/common.ts';

const astroReference = reference as unknown as ReferenceFactory;
// Ids come from file names only: Astro's default would let a `slug` field override the id, and it
// crashes without naming the file when a YAML file is empty.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(md|yaml)$/, '');
const markdownFiles = (base: string) => glob({ pattern: '*.md', base: `./${base}`, generateId: idFromFileName });
const yamlFiles = (base: string) => glob({ pattern: '*.yaml', base: `./${base}`, generateId: idFromFileName });

export const collections = {
  articles: defineCollection({ loader: markdownFiles(SOURCES.articles.path), schema: SOURCES.articles.schema(astroReference) }),
  countries: defineCollection({ loader: file(`./${SOURCES.countries.path}`, { parser: parseEntryList }), schema: SOURCES.countries.schema(astroReference) }),
  events: defineCollection({ loader: yamlFiles(SOURCES.events.path), schema: SOURCES.events.schema(astroReference) }),
  claims: defineCollection({ loader: yamlFiles(SOURCES.claims.path), schema: SOURCES.claims.schema(astroReference) }),
  corrections: defineCollection({ loader: file(`./${SOURCES.corrections.path}`, { parser: parseOrderedEntryList }), schema: SOURCES.corrections.schema(astroReference) }),
};
