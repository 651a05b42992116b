/**
 * Content collections. Every schema lives in `src/schemas/`, takes Astro's `reference()` as an
 * argument (so tests can check it without Astro) and carries a JSDoc line per field.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import type { ReferenceFactory } from './schemas/common.ts';
import { countrySchema } from './schemas/country.ts';
import { eventSchema } from './schemas/event.ts';

const astroReference = reference as unknown as ReferenceFactory;

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema(astroReference),
});

const countries = defineCollection({
  loader: file('./content/countries.yaml'),
  schema: countrySchema,
});

const events = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/events' }),
  schema: eventSchema(astroReference),
});

export const collections = { articles, countries, events };
