/** A dated event of the story (`content/events/<id>.yaml`). */
import { z } from 'astro/zod';
import { citationSchema, entryObject, listOf, partialDateSchema, requiredText, todayUtc, yearSchema, type ReferenceFactory, type SchemaContext } from './common.ts';
import { outsideSourcesSchema } from './outside-source.ts';

/** What kind of event this is; the timeline draws one lane per category. */
export const EVENT_CATEGORIES = [
  'party-channel',
  'state-diplomacy',
  'sanctions-enforcement',
  'illicit-finance-cyber',
  'military-arms',
  'economy-trade',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Parts of a year a source may name instead of a month ("early 2025"). */
export const SEASONS = ['early', 'mid', 'late'] as const;

/** Months where each part of a year begins (the thirds of `src/lib/event-dates.ts`). */
const SEASON_FIRST_MONTH = { early: '01', mid: '05', late: '09' } as const;

/** First day a day, month or year covers, as "YYYY-MM-DD" (so dates compare as text). */
const firstDayOf = (value: string): string => (value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);

/** Last day a day, month or year covers, as "YYYY-MM-DD". */
function lastDayOf(value: string): string {
  if (value.length === 10) return value;
  if (value.length === 4) return `${value}-12-31`;
  const [year, month] = value.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** First day an event date covers, as "YYYY-MM-DD". */
export function firstDayOfEventDate(date: EventDate): string {
  switch (date.precision) {
    case 'day':
    case 'month':
      return firstDayOf(date.value);
    case 'year':
      return firstDayOf(String(date.value));
    case 'season':
      return `${date.year}-${SEASON_FIRST_MONTH[date.part]}-01`;
    case 'range':
      return firstDayOf(date.start);
  }
}

/**
 * When the event happened, with the precision the sources give. A month-precision event
 * spans its month; never add a day the sources do not give.
 */
export const eventDateSchema = z.discriminatedUnion(
  'precision',
  [
    entryObject({
      precision: z.literal('day'),
      /** "YYYY-MM-DD" in quotes. */
      value: z.string({ error: 'Write the day as text in quotes, e.g. "2025-10-10".' }).pipe(z.iso.date({ error: 'Use a real calendar date "YYYY-MM-DD" in quotes, e.g. "2025-10-10".' })),
    }),
    entryObject({
      precision: z.literal('month'),
      /** "YYYY-MM" in quotes. */
      value: z.string({ error: 'Write the month as text in quotes, e.g. "2024-03".' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Use the form "YYYY-MM" in quotes, e.g. "2024-03".' }),
    }),
    entryObject({
      precision: z.literal('year'),
      /** Four-digit year. */
      value: yearSchema,
    }),
    entryObject({
      precision: z.literal('season'),
      /** Four-digit year. */
      year: yearSchema,
      /** Which part of the year the sources name. */
      part: z.enum(SEASONS, { error: `Set part to one of: ${SEASONS.join(', ')}.` }),
    }),
    entryObject({
      precision: z.literal('range'),
      /** First day, month or year of the span. */
      start: partialDateSchema,
      /** Last day, month or year of the span (inclusive). */
      end: partialDateSchema,
    }).superRefine((range, context) => {
      if (lastDayOf(range.end) < firstDayOf(range.start)) {
        context.addIssue({
          code: 'custom',
          path: ['end'],
          message: `The range ends (${range.end}) before it starts (${range.start}): swap start and end, or correct the one that is wrong.`,
        });
      }
    }),
  ],
  { error: 'Set date.precision to one of: day, month, year, season, range.' },
);
export type EventDate = z.output<typeof eventDateSchema>;

/** How long an annotation may be: a caption read beside the chart, not a paragraph. */
export const ANNOTATION_MAX_LENGTH = 240;

/**
 * Marks a key event: the timeline draws `annotation` beside its mark. Editors choose 6–10 key
 * events; each annotation is the site's own voice, so it states only what independent sources or
 * a named record establish and attributes the rest ("the tiers article says …").
 */
export const eventKeySchema = z.strictObject(
  {
    /** One or two full sentences, ending with a full stop, read beside the event's mark. */
    annotation: z
      .string({ error: 'Write the annotation (one or two full sentences) as text.' })
      .trim()
      // Abort here: an empty annotation needs no further advice.
      .min(1, { error: 'Write the annotation (one or two full sentences); it must not be empty.', abort: true })
      .max(ANNOTATION_MAX_LENGTH, { error: `Keep the annotation under ${ANNOTATION_MAX_LENGTH} characters: one or two sentences beside the chart.` })
      .regex(/^[A-Z0-9“"‘'(]/, { error: 'Start the annotation with a capital letter: it is a full sentence.' })
      .regex(/[.!?][”"’')]?$/, { error: 'End the annotation with a full stop: it is a full sentence, not a label.' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} in key: it takes only annotation.`
        : 'Write key as { annotation: "One or two full sentences." }, or leave it out for an event that is not a key event.',
  },
);
export type EventKey = z.output<typeof eventKeySchema>;

/**
 * An event entry. `context.today` decides what "the future" is: an event that has not begun by
 * then cannot have happened.
 */
export function eventSchema(reference: ReferenceFactory, context: SchemaContext = { today: todayUtc() }) {
  const citation = citationSchema(reference);
  return entryObject({
    /** Short headline in the project’s own words. */
    title: requiredText('a short title'),
    /** One or two sentences in the project’s own words. */
    summary: requiredText('one or two sentences describing the event'),
    /** When it happened, with its precision. */
    date: eventDateSchema,
    /** True when the date itself is approximate (the sources hedge or disagree). */
    approximate: z.boolean({ error: 'Set approximate to true or false (no quotes).' }).default(false),
    /** "expected" for forward-looking events the sources anticipate. */
    status: z.enum(['happened', 'expected'], { error: 'Set status to "happened" or "expected".' }).default('happened'),
    /** What kind of event this is. */
    category: z.enum(EVENT_CATEGORIES, { error: `Set category to one of: ${EVENT_CATEGORIES.join(', ')}.` }),
    /** Countries involved, by id in content/countries.yaml. */
    countries: listOf(reference('countries'), 'the countries').min(1, { error: 'List at least one country involved (ids from content/countries.yaml).' }),
    /** Where the sources say so: one or more citations. */
    sources: listOf(citation, 'the sources').min(1, { error: 'Cite at least one source: { article, passage } (or { article, quote } for words the article quotes).' }),
    /**
     * Where sources disagree about the event (date, who, what): each version with its source.
     * The timeline shows them side by side instead of picking one.
     */
    accounts: listOf(
        entryObject({
          /** What this source says, in the project’s own words. */
          version: requiredText('what this source’s version says'),
          /** The passage that says it. */
          source: citation,
        }),
        'the accounts',
      ).default([]),
    /** Records outside the sources that the title, summary or date rest on, with the day we checked them. */
    outsideSources: outsideSourcesSchema,
    /** Set on the 6–10 key events the timeline annotates; leave out for the others. */
    key: eventKeySchema.optional(),
  }).superRefine((event, issues) => {
    if (event.status !== 'happened') return;
    const firstDay = firstDayOfEventDate(event.date);
    // A malformed date already has its own message.
    if (/^\d{4}-\d{2}-\d{2}$/.test(String(firstDay)) && firstDay > context.today) {
      issues.addIssue({
        code: 'custom',
        path: ['status'],
        message: `The event is marked "happened" (the default) but its date begins on ${firstDay}, after today (${context.today}): set status: expected, or correct the date.`,
      });
    }
  });
}

export type EventData = z.output<ReturnType<typeof eventSchema>>;
