/**
 * Content collections, built from the table in `src/schemas/collections.ts`. Every schema takes
 * Astro's `reference()` as an argument, so tests and `npm run check` can validate content
 * without Astro.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_SOURCES as SOURCES } from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/common.ts';

const astroReference = reference as unknown as ReferenceFactory;
const markdownFiles = (base: string) => glob({ pattern: '*.md', base: `./${base}` });
const yamlFiles = (base: string) => glob({ pattern: '*.yaml', base: `./${base}` });

export const collections = {
  articles: defineCollection({ loader: markdownFiles(SOURCES.articles.path), schema: SOURCES.articles.schema(astroReference) }),
  countries: defineCollection({ loader: file(`./${SOURCES.countries.path}`), schema: SOURCES.countries.schema(astroReference) }),
  events: defineCollection({ loader: yamlFiles(SOURCES.events.path), schema: SOURCES.events.schema(astroReference) }),
};
