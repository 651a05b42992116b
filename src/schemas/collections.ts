/**
 * Where each collection's files live and which schema checks them. Both Astro
 * (`src/content.config.ts`) and the stand-alone checker (`src/node/check-content.ts`) read
 * this table, so the two can never disagree about what is validated.
 */
import { articleSchema } from './article.ts';
import { claimSchema } from './claim.ts';
import type { ReferenceFactory, SchemaContext } from './common.ts';
import { correctionSchema } from './correction.ts';
import { countrySchema } from './country.ts';
import { eventSchema } from './event.ts';

export interface CollectionSource {
  /** Markdown files with frontmatter, YAML files (one entry each), or one YAML list. */
  kind: 'markdown-files' | 'yaml-files' | 'yaml-list';
  /** Folder (for *-files) or file (for yaml-list), relative to the project root. */
  path: string;
  schema: (reference: ReferenceFactory, context?: SchemaContext) => import('astro/zod').ZodType;
}

export const COLLECTION_SOURCES = {
  articles: { kind: 'markdown-files', path: 'content/articles', schema: articleSchema },
  countries: { kind: 'yaml-list', path: 'content/countries.yaml', schema: countrySchema },
  events: { kind: 'yaml-files', path: 'content/events', schema: eventSchema },
  claims: { kind: 'yaml-files', path: 'content/claims', schema: claimSchema },
  corrections: { kind: 'yaml-list', path: 'content/corrections.yaml', schema: correctionSchema },
} as const satisfies Record<string, CollectionSource>;
