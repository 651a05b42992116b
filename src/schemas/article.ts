/** Frontmatter of a source article (`content/articles/<slug>.md`). */
import { z } from 'astro/zod';
import { entryObject, isoDateSchema, listOf, optionalText, requiredText, todayUtc, webUrl, type ReferenceFactory, type SchemaContext } from './common.ts';
import { provenanceSchema } from './provenance.ts';

/** The kinds of source the site distinguishes; explained to readers on the method page. */
export const GENRES = ['news-report', 'commentary', 'analysis', 'ai-rewritten', 'ai-generated', 'report-summary'] as const;
export type Genre = (typeof GENRES)[number];

/** Whether a genre means the text was written or rewritten by a machine. */
export const isMachineWritten = (genre: Genre): boolean => genre === 'ai-rewritten' || genre === 'ai-generated';

const outletSchema = entryObject({
  /** The outlet's name as the page shows it, or a plain description when it names none. */
  name: requiredText('the outlet name'),
  /** The outlet's home page, where known. */
  url: webUrl('the outlet URL').optional(),
});

const asGivenSchema = requiredText('the date exactly as the source prints it').optional();

/**
 * When the source was published, with the precision the page actually gives. Never invent a
 * day: a page without a date is `unknown`, with bounds inferred from its content and a note.
 */
const publishedSchema = z.discriminatedUnion(
  'precision',
  [
    entryObject({
      precision: z.literal('datetime'),
      /** Calendar day, "YYYY-MM-DD". */
      date: isoDateSchema,
      /** Local time as printed, "HH:MM" (24-hour). */
      time: z.string({ error: 'Write the time as text in quotes, e.g. "15:04".' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write the time as "HH:MM" on a 24-hour clock, e.g. "15:04".' }),
      /** The date and time exactly as the page prints them. */
      asGiven: asGivenSchema,
    }),
    entryObject({
      precision: z.literal('day'),
      /** Calendar day, "YYYY-MM-DD". */
      date: isoDateSchema,
      /** The date exactly as the page prints it. */
      asGiven: asGivenSchema,
    }),
    entryObject({
      precision: z.literal('unknown'),
      /** Earliest possible publication day, inferred from the content. */
      notBefore: isoDateSchema.optional(),
      /** Latest possible publication day, inferred from the content. */
      notAfter: isoDateSchema.optional(),
      /** Whatever date-like text the page gives, if any. */
      asGiven: asGivenSchema,
      /** How the bounds were inferred. */
      note: requiredText('a note on how the publication date was inferred'),
    }).superRefine((bounds, context) => {
      if (bounds.notBefore !== undefined && bounds.notAfter !== undefined && bounds.notBefore > bounds.notAfter) {
        context.addIssue({
          code: 'custom',
          path: ['notAfter'],
          message: `notAfter (${bounds.notAfter}) is earlier than notBefore (${bounds.notBefore}): swap them, or correct the one that is wrong.`,
        });
      }
    }),
  ],
  { error: 'Set published.precision to "datetime", "day" or "unknown" (for a page that gives no full date).' },
);

const personSchema = entryObject({
  /** Name exactly as the source writes it. */
  name: requiredText('the person’s name'),
  /** Role or title as the source gives it. */
  role: optionalText('the role'),
  /** Organisation or country as the source gives it. */
  affiliation: optionalText('the affiliation'),
  /** Anything a reader should know about how the source presents this person. */
  note: optionalText('the note'),
});

/** A source cannot have been published after today: such a date is a typo (2052 for 2025). */
const publishedByToday = (today: string) =>
  publishedSchema.superRefine((published, context) => {
    if ('date' in published && published.date > today) {
      context.addIssue({ code: 'custom', path: ['date'], message: `The publication date ${published.date} is after today (${today}); correct it.` });
    }
  });

export function articleSchema(reference: ReferenceFactory, context: SchemaContext = { today: todayUtc() }) {
  return entryObject({
    /** Headline as the source prints it. */
    title: requiredText('the title (the headline as the source prints it)'),
    /** One short name for the source, used everywhere the site names it in a list, table or note (matrix headers, charts): a word or two, e.g. "CNA". */
    shortName: requiredText('a short name for the source (a word or two, e.g. "CNA")').max(18, {
      error: 'Keep shortName to 18 characters or fewer: it heads a narrow matrix column.',
    }),
    /** Who published the page. */
    outlet: outletSchema,
    /** Bylines as printed; leave out when the page names no author. */
    authors: listOf(requiredText('each author’s name'), 'the authors').default([]),
    /** Editor credits as printed. */
    editors: listOf(requiredText('each editor’s name'), 'the editors').default([]),
    /** Publication date with its precision. */
    published: publishedByToday(context.today),
    /** What the captured text is and where it came from (see `src/schemas/provenance.ts`). */
    provenance: provenanceSchema(reference),
    /** What kind of text this is. */
    genre: z.enum(GENRES, { error: `Set genre to one of: ${GENRES.join(', ')}.` }),
    /** The source’s own disclosure of AI generation or rewriting, word for word. */
    disclosure: optionalText('the disclosure'),
    /** One neutral paragraph in the project’s own words. */
    summary: requiredText('a one-paragraph summary'),
    /** People quoted or named in the source. */
    people: listOf(personSchema, 'the people').default([]),
    /** Countries the source discusses, by id in `content/countries.yaml` (e.g. vnm). */
    countries: listOf(reference('countries'), 'the countries').min(1, { error: 'List at least one country the article discusses (ids from content/countries.yaml).' }),
  });
}

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
