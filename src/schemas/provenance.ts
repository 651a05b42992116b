/**
 * Provenance of a captured source text (the `provenance` field of an article): what the text is,
 * what in the capture shows it, when it was captured, where it was published and what it derives
 * from. Agreement counts use it to count copies and rewrites of one original as one source.
 */
import { z } from 'astro/zod';
import { entryObject, isoDateSchema, listOf, requiredText, webUrl, type ReferenceFactory } from './common.ts';

/** What a captured text is, as far as the capture shows. */
export const TEXT_KINDS = ['original', 'republished-copy', 'rewrite', 'ai-generated', 'summary'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** How closely a republished copy follows its original; `not-compared` when the original was not available to compare. */
export const FIDELITIES = ['verbatim', 'reworded', 'not-compared'] as const;
export type Fidelity = (typeof FIDELITIES)[number];

const KINDS_THAT_DERIVE: readonly TextKind[] = ['republished-copy', 'rewrite', 'summary'];

/** A work outside the sources that a text derives from: an outlet's article, a report. */
const outsideWorkSchema = entryObject({
  /** Who published it, as the evidence names them. */
  outlet: entryObject({
    /** The outlet's or institution's name. */
    name: requiredText('the name of the outlet or institution'),
    /** Its home page, where known. */
    url: webUrl('the outlet URL').optional(),
  }),
  /** The work's title as published, where known. */
  title: requiredText('the title of the work').optional(),
  /** The work's own address, where known. Never guess one. */
  url: webUrl('the address of the work').optional(),
});

function derivationSchema(reference: ReferenceFactory) {
  return entryObject({
    /** One of our sources this text derives from: its file name without `.md`. */
    article: reference('articles').optional(),
    /** Or a work outside the sources. */
    work: outsideWorkSchema.optional(),
    /** What shows the derivation, in a sentence. */
    basis: requiredText('what shows that the text derives from it (the basis)'),
  }).superRefine((derivation, context) => {
    if ((derivation.article === undefined) === (derivation.work === undefined)) {
      context.addIssue({
        code: 'custom',
        message: 'Give either `article` (one of our sources) or `work` (an outside outlet’s article or report), not both and not neither.',
      });
    }
  });
}

/** Where the captured page was published, and how we know. */
const pageSchema = entryObject({
  /** Address of the page the capture was taken from. Never guess one. */
  url: webUrl('the page URL'),
  /** An archived copy of that page, where one is known. */
  archivedUrl: webUrl('the archived URL').optional(),
  /** How the address was found, e.g. "the stored page at this address has the capture's text". */
  found: requiredText('how the address was found (found)'),
  /** The day we checked the address, "YYYY-MM-DD". */
  checkedOn: isoDateSchema,
});

/** When the capture was made; most captures carry no date, which is said rather than invented. */
const capturedSchema = entryObject({
  /** The day of the capture, when the capture records it. */
  on: isoDateSchema.optional(),
  /** The latest the capture can have been made, when only that is known. */
  notAfter: isoDateSchema.optional(),
  /** What the capture file shows about its date, and how any bound was inferred. */
  note: requiredText('a note on what the capture shows about when it was made'),
});

export function provenanceSchema(reference: ReferenceFactory) {
  return entryObject({
    /** What the captured text is: original, republished-copy, rewrite, ai-generated or summary (of another document). */
    kind: z.enum(TEXT_KINDS, { error: `Set provenance.kind to one of: ${TEXT_KINDS.join(', ')}.` }),
    /** For a republished copy: verbatim, reworded, or not-compared when we could not see the original. */
    fidelity: z.enum(FIDELITIES, { error: `Set provenance.fidelity to one of: ${FIDELITIES.join(', ')}.` }).optional(),
    /** What the text derives from: one of our sources or an outside work, each with its basis. */
    derivesFrom: listOf(derivationSchema(reference), 'what the text derives from').default([]),
    /** What the capture actually shows about where the text came from, one observation per item. */
    evidence: listOf(requiredText('each piece of evidence'), 'the evidence').min(1, {
      error: 'List at least one thing the capture shows about where the text came from (a footer, a disclosure, a byline).',
    }),
    /** When the capture was made. */
    captured: capturedSchema,
    /** The captured page's address, where known. */
    page: pageSchema.optional(),
  }).superRefine((provenance, context) => {
    if (provenance.kind === 'republished-copy' && provenance.fidelity === undefined) {
      context.addIssue({ code: 'custom', path: ['fidelity'], message: 'Say whether the copy is verbatim, reworded or not-compared (fidelity).' });
    }
    if (provenance.kind !== 'republished-copy' && provenance.fidelity !== undefined) {
      context.addIssue({ code: 'custom', path: ['fidelity'], message: 'Only a republished copy has a fidelity; remove it or set kind to republished-copy.' });
    }
    if (KINDS_THAT_DERIVE.includes(provenance.kind) && provenance.derivesFrom.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['derivesFrom'],
        message: `A ${provenance.kind} derives from something: name it under derivesFrom (an article of ours or an outside work).`,
      });
    }
    if (provenance.kind === 'original' && provenance.derivesFrom.length > 0) {
      context.addIssue({ code: 'custom', path: ['derivesFrom'], message: 'An original derives from nothing; choose another kind or remove derivesFrom.' });
    }
    const { on, notAfter } = provenance.captured;
    if (on !== undefined && notAfter !== undefined) {
      context.addIssue({ code: 'custom', path: ['captured', 'notAfter'], message: 'Give either the day of the capture (on) or a latest day (notAfter), not both.' });
    }
  });
}

export type Provenance = z.output<ReturnType<typeof provenanceSchema>>;
