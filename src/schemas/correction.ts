/**
 * One entry of the corrections log (`content/corrections.yaml`, a YAML list, newest first): a
 * change to a published statement, or the first publication. The /corrections/ page, the RSS feed,
 * the "last updated" fallback and each claim's history are all made from these entries.
 */
import { z } from 'astro/zod';
import { entryObject, isoDateSchema, listOf, requiredText, slugSchema, type ReferenceFactory } from './common.ts';

/** What kind of change an entry records. */
export const CORRECTION_KINDS = ['published', 'correction', 'clarification', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** A page of this site relative to its root: "analysis/", "timeline/", "analysis/#claim-x", or "" for the home page. */
const sitePathSchema = z
  .string({ error: 'Give the page as a path relative to the site root, e.g. "analysis/" or "articles/".' })
  .trim()
  .regex(/^(?![/.])[a-z0-9/#._-]*$/, {
    error: 'Give the page as a path relative to the site root without a leading slash or an address, e.g. "analysis/#claim-to-lam-is-a-man".',
  });

export function correctionSchema(reference: ReferenceFactory) {
  return entryObject({
    /** Lowercase words and hyphens; the anchor /corrections/#<id>. Never rename it. */
    id: slugSchema,
    /** The day the change was published, "YYYY-MM-DD". */
    date: isoDateSchema,
    /** Set by the loader, not by editors: the entry's place in the file, so same-day entries keep the log's order. */
    position: z.number().int().nonnegative().optional(),
    /** published, correction, clarification or update. */
    kind: z.enum(CORRECTION_KINDS, { error: `Set kind to one of: ${CORRECTION_KINDS.join(', ')}.` }),
    /** The page the change concerns, relative to the site root. */
    page: sitePathSchema,
    /** What changed, in a few words. */
    subject: requiredText('the subject (what changed, in a few words)'),
    /** What the site said, word for word where it was one sentence; not for `published`. */
    before: requiredText('what the site said before (before)').optional(),
    /** What it says now. */
    after: requiredText('what the site says now (after)'),
    /** The reason, with the evidence. */
    why: requiredText('why the change was made, with the evidence (why)'),
    /** Claims the change concerns, by id. */
    claims: listOf(reference('claims'), 'the claims').default([]),
    /** Events the change concerns, by id. */
    events: listOf(reference('events'), 'the events').default([]),
    /** Countries the change concerns, by id. */
    countries: listOf(reference('countries'), 'the countries').default([]),
    /** Articles the change concerns, by id. */
    articles: listOf(reference('articles'), 'the articles').default([]),
  }).superRefine((entry, context) => {
    if (entry.kind === 'published' && entry.before !== undefined) {
      context.addIssue({ code: 'custom', path: ['before'], message: 'A first publication has no "before"; remove it, or choose another kind.' });
    }
    if (entry.kind !== 'published' && entry.before === undefined) {
      context.addIssue({ code: 'custom', path: ['before'], message: `A ${entry.kind} needs "before": what the site said, word for word where it was one sentence.` });
    }
  });
}

export type CorrectionData = z.output<ReturnType<typeof correctionSchema>>;
