/**
 * Building blocks shared by every content schema. Error messages are written as instructions
 * to the editor who will read them in a failed build or `npm run check`.
 */
import { z } from 'astro/zod';

/** Collections that entries may point at with a reference. */
export type CollectionName = 'articles' | 'countries' | 'events' | 'claims';

/**
 * Builds the schema for a reference to another collection. Astro's `reference()` is passed in by
 * `content.config.ts`; tests pass a plain stand-in so schemas can be checked outside Astro.
 */
export type ReferenceFactory = <C extends CollectionName>(
  collection: C,
) => z.ZodType<{ id: string; collection: C }, unknown>;

/**
 * What a schema may need from outside the entry. `today` (UTC, "YYYY-MM-DD") is passed in rather
 * than read inside the schema, so tests can fix it and stay deterministic.
 */
export interface SchemaContext {
  today: string;
}

/** Today's date in UTC as "YYYY-MM-DD": the default clock of the build and the checker. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Ids used in file names and URLs: lowercase words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use lowercase letters, digits and single hyphens only, e.g. "to-lam-visits-pyongyang".',
  });

/** What an editor wrote instead, in their words: "a list", "text", "a number". */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  if (value instanceof Date) return 'an unquoted date';
  return 'a group of fields';
}

/**
 * An object that rejects unknown fields, naming them: a misspelt field name would otherwise be
 * dropped silently and its value lost.
 */
export function entryObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const many = issue.keys.length > 1;
        return `Unknown field${many ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against CONTRIBUTING.md, or remove ${many ? 'them' : 'it'}.`;
      }
      if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) {
        return 'This is empty; fill in the fields (see CONTRIBUTING.md) or delete it.';
      }
      if (issue.code === 'invalid_type') {
        // Zod and Astro would say "expected object, received array" (Astro: "received object").
        return `Write this as fields, one "name: value" per indented line (see CONTRIBUTING.md), not as ${describeValue(issue.input)}.`;
      }
      return undefined;
    },
  });
}

/** What makes two list items the same: a reference's id, otherwise the whole value. */
const listItemKey = (item: unknown): string =>
  typeof item === 'object' && item !== null && 'collection' in item && 'id' in item ? `ref:${String(item.id)}` : JSON.stringify(item);

/** How an editor recognises a repeated item in the message. */
function listItemLabel(item: unknown): string {
  if (typeof item === 'string') return `"${item}"`;
  if (typeof item !== 'object' || item === null) return 'This item';
  if ('id' in item) return `"${String(item.id)}"`;
  if ('quote' in item && typeof item.quote === 'string') return `The citation "${item.quote}"`;
  if ('passage' in item && typeof item.passage === 'string') return `The citation "${item.passage}"`;
  return 'This item';
}

/**
 * A list of `what`, with an instruction when something else is given. An item given twice
 * (`countries: [vnm, vnm]`) is a mistake, not a stronger statement: it is rejected at the repeat.
 */
export function listOf<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: `Write ${what} as a YAML list, e.g. [vnm, lao] or one "- item" per line.` }).superRefine((items, context) => {
    const firstIndex = new Map<string, number>();
    items.forEach((value, index) => {
      const key = listItemKey(value);
      const first = firstIndex.get(key);
      if (first === undefined) {
        firstIndex.set(key, index);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `${listItemLabel(value)} is already item ${first + 1} of ${what}; remove the repeat.`,
      });
    });
  });
}

/** Text an editor must fill in: trimmed, not empty. */
export function requiredText(what: string) {
  return z
    .string({ error: `Write ${what} as text.` })
    .trim()
    .min(1, { error: `Write ${what}; it must not be empty.` });
}

/** Text an editor may leave out; when given it must not be empty. */
export function optionalText(what: string) {
  return z
    .string({ error: (issue) => `Write ${what} as text, not as ${describeValue(issue.input)}.` })
    .trim()
    .min(1, { error: `Write ${what}, or leave the field out; it must not be empty.` })
    .optional();
}

/**
 * A web address a reader can follow: `https:` (or `http:` for a site without https), with a host.
 * `z.url()` alone accepts `javascript:`, `data:`, `vbscript:` and `file:` addresses, which would
 * reach a page as a live link.
 */
export function webUrl(what: string) {
  return z
    .string({ error: `Give ${what} as a full address starting with https://.` })
    .trim()
    .pipe(
      z.url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: `Give ${what} as a full address starting with https:// (or http:// for a site without https); other schemes such as javascript: or data: are not allowed.`,
      }),
    );
}

const UNQUOTED_DATE_HINT =
  'Put the date in quotes, e.g. "2025-10-10": unquoted YAML dates are silently converted and can hide typos.';

/** A calendar date written as "YYYY-MM-DD"; impossible dates such as 2025-13-45 are rejected. */
export const isoDateSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date ? UNQUOTED_DATE_HINT : 'Write the date as text in the form "YYYY-MM-DD".',
  })
  .pipe(z.iso.date({ error: 'Use a real calendar date in the form "YYYY-MM-DD", e.g. "2025-10-10".' }));

/** A month written as "YYYY-MM". */
export const isoMonthSchema = z
  .string({ error: 'Write the month as text in the form "YYYY-MM", e.g. "2024-03".' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Use the form "YYYY-MM" with a month from 01 to 12, e.g. "2024-03".' });

/** A year, written as a number or as text. */
export const yearSchema = z
  .union([z.number().int(), z.string().regex(/^\d{4}$/)], {
    error: 'Write the year as four digits, e.g. 2025.',
  })
  .transform((year) => Number(year))
  .pipe(z.number().int().min(1900).max(2100, { error: 'Use a year between 1900 and 2100.' }));

/** A point in time at day, month or year precision: "2025-10-10", "2025-10" or 2025. */
export const partialDateSchema = z.union(
  [isoDateSchema, isoMonthSchema, yearSchema.transform((year) => String(year))],
  {
    error: (issue) =>
      issue.input instanceof Date
        ? UNQUOTED_DATE_HINT
        : 'Write a day "YYYY-MM-DD", a month "YYYY-MM" or a year YYYY, in quotes.',
  },
);

/** The article a citation points into, as Astro's `reference()` resolves it. */
export type ArticleRef = { id: string };

/**
 * A passage: words of OUR restatement (the Markdown body of `content/articles/<slug>.md`). Shown
 * as a link to the marked passage in the article, never in quotation marks as the outlet's words.
 */
export type PassageCitation = { article: ArticleRef; passage: string; quote?: never; speaker?: never };

/**
 * A quote: a source's own verbatim words (a named speaker, a state-media phrase) that the
 * restatement itself carries in quotation marks. Shown in quotation marks with who said it.
 */
export type QuoteCitation = { article: ArticleRef; quote: string; speaker?: string; passage?: never };

export type Citation = PassageCitation | QuoteCitation;

/** Whether a citation is a source's own words (shown in quotation marks) rather than our passage. */
export const isQuote = (citation: Citation): citation is QuoteCitation => citation.quote !== undefined;

/** The cited words of either kind of citation. */
export const citedWords = (citation: Citation): string => citation.quote ?? citation.passage;

const citedText = (kind: 'passage' | 'quote') =>
  z
    .string({ error: `Give the ${kind} as text: a short phrase copied exactly from the article body.` })
    .trim()
    .min(3, { error: `Cite at least a few words so the ${kind} identifies the place in the article.` })
    .max(300, { error: `Keep the ${kind} under 300 characters: cite a phrase, not a paragraph.` });

/**
 * The fields of a citation, for schemas that add their own (a claim's stance). Exactly one of
 * `passage` and `quote` must be given; `citationKindIssues` says so.
 */
export function citationFields(reference: ReferenceFactory) {
  return {
    /** The article cited: its file name without `.md`. */
    article: reference('articles'),
    /** Words of our restatement (3 to 300 characters), copied from the article body; not the outlet's words. */
    passage: citedText('passage').optional(),
    /** A source's own words (3 to 300 characters) that the article body carries inside quotation marks. */
    quote: citedText('quote').optional(),
    /** Who said the quoted words, as the article names them (e.g. "Edward Howell", "KCNA"); quotes only. */
    speaker: requiredText('who said the quoted words').optional(),
  };
}

export const CITATION_KIND_MESSAGE =
  'Give exactly one of passage (words of our restatement, copied from the article body) or quote (a source’s own words that the article body carries in quotation marks).';

type CitationInput = { passage?: string | undefined; quote?: string | undefined; speaker?: string | undefined };

/**
 * The problems with which kind of citation an entry gives, as custom zod issues. `optional`
 * allows neither (a claim's silent stance cites nothing).
 */
export function citationKindIssues(entry: CitationInput, options: { optional?: boolean } = {}): { code: 'custom'; path: string[]; message: string }[] {
  const issues: { code: 'custom'; path: string[]; message: string }[] = [];
  const both = entry.passage !== undefined && entry.quote !== undefined;
  const neither = entry.passage === undefined && entry.quote === undefined;
  if (both || (neither && !options.optional)) {
    issues.push({ code: 'custom', path: both ? ['quote'] : [], message: CITATION_KIND_MESSAGE });
  }
  if (entry.speaker !== undefined && entry.quote === undefined) {
    issues.push({
      code: 'custom',
      path: ['speaker'],
      message: 'Only a quote has a speaker: remove speaker, or cite the words as a quote if the article carries them in quotation marks.',
    });
  }
  return issues;
}

/**
 * A citation of either kind: `{ article, passage }` or `{ article, quote, speaker? }`. The
 * content check and the build find every one in the article with the same matcher
 * (`src/lib/citations/`).
 */
export function citationSchema(reference: ReferenceFactory) {
  return entryObject(citationFields(reference))
    .superRefine((entry, context) => {
      for (const issue of citationKindIssues(entry)) context.addIssue(issue);
    })
    .transform(
      (entry): Citation =>
        entry.quote !== undefined
          ? { article: entry.article, quote: entry.quote, ...(entry.speaker !== undefined ? { speaker: entry.speaker } : {}) }
          : { article: entry.article, passage: entry.passage ?? '' },
    );
}
