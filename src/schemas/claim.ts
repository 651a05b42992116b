/**
 * One claim of the story compared across the sources (`content/claims/<id>.yaml`): what each
 * article says about it, with a checked citation, and the editor's verdict with reasons. The
 * sources are an open set: an article added later may have no stance yet ("not yet compared";
 * `npm run check` lists them, see `src/lib/comparison/pending.ts`).
 */
import { z } from 'astro/zod';
import { citationFields, citationKindIssues, entryObject, requiredText, type ReferenceFactory } from './common.ts';
import { outsideSourcesSchema } from './outside-source.ts';

/** What a claim is about; the analysis page groups claims in this order. */
export const CLAIM_TOPICS = [
  'visits-and-delegations',
  'names-and-attribution',
  'tiering',
  'relations-and-history',
  'sanctions-and-finance',
  'figures',
  'framing',
] as const;
export type ClaimTopic = (typeof CLAIM_TOPICS)[number];

/** How one article treats a claim. */
export const STANCES = ['asserts', 'contradicts', 'qualifies', 'silent'] as const;
export type Stance = (typeof STANCES)[number];

/** The editor's judgement of a claim across the sources and the public record. */
export const VERDICTS = ['consistent', 'disputed', 'error-in-source', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

function stanceSchema(reference: ReferenceFactory) {
  return entryObject({
    ...citationFields(reference),
    /** How this article treats the claim. */
    stance: z.enum(STANCES, { error: `Set stance to one of: ${STANCES.join(', ')}.` }),
    /** This article's version of the point in the project's own words; required for an article that errs. */
    version: requiredText('this article’s version of the point').optional(),
  })
    .superRefine((entry, context) => {
      const cites = entry.passage !== undefined || entry.quote !== undefined;
      for (const issue of citationKindIssues(entry, { optional: true })) context.addIssue(issue);
      if (entry.stance !== 'silent' && !cites) {
        context.addIssue({
          code: 'custom',
          path: ['passage'],
          message: `A stance of "${entry.stance}" needs a citation: give the passage of the article that shows it (or a quote, if the article carries the words in quotation marks), or set the stance to "silent".`,
        });
      }
      if (entry.stance === 'silent' && cites) {
        context.addIssue({
          code: 'custom',
          path: [entry.quote !== undefined ? 'quote' : 'passage'],
          message: 'A "silent" article has nothing to cite: remove the passage or quote, or choose asserts, contradicts or qualifies.',
        });
      }
    });
}

/** A number a claim is about, for the key-figures table. */
const figureSchema = entryObject({
  /** The figure as the source prints it, e.g. "over $2 billion". */
  asGiven: requiredText('the figure as the source prints it'),
  /** The number itself, in `unit`, e.g. 2000000000. */
  value: z.number({ error: 'Give the value as a plain number, e.g. 2000000000 (no units, no commas).' }),
  /** Unit of `value`, e.g. "US dollars", "per cent", "people", "years". */
  unit: requiredText('the unit of the value'),
  /** What the number measures, with its period and place. */
  measures: requiredText('what the figure measures'),
  /** What a reader should keep in mind before relying on it. */
  caveat: requiredText('the caveat').optional(),
});

/** Longest claim label: at 1280 px the matrix's claim column holds it on one line. */
export const CLAIM_LABEL_MAX_LENGTH = 64;

export function claimSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** The claim in one neutral sentence of the project's own. */
      claim: requiredText('the claim in one neutral sentence of your own'),
      /** The claim's one-line name in the matrix, in the site's neutral voice: what the claim is about, never more than it asserts. */
      label: requiredText('a label, the claim’s one-line name in the matrix (e.g. "Indonesian foreign minister in Pyongyang was Retno Marsudi")').max(
        CLAIM_LABEL_MAX_LENGTH,
        { error: `Shorten label to at most ${CLAIM_LABEL_MAX_LENGTH} characters: it is the claim’s one-line name in the matrix.` },
      ),
      /** What the claim is about. */
      topic: z.enum(CLAIM_TOPICS, { error: `Set topic to one of: ${CLAIM_TOPICS.join(', ')}.` }),
      /** One entry per article compared so far: its stance, and a passage or quote unless it is silent. */
      stances: z.array(stanceSchema(reference), { error: 'List the stances: one { article, stance, passage } (or quote) per article.' }),
      /** The editor's judgement. */
      verdict: z.enum(VERDICTS, { error: `Set verdict to one of: ${VERDICTS.join(', ')}.` }),
      /** The articles that get the point wrong; required when the verdict is "error-in-source". */
      erroneousSources: z.array(reference('articles')).default([]),
      /** The editor's reasoning with its evidence; says where it relies on facts outside the sources. */
      note: requiredText('the note').optional(),
      /** Where a reader can check facts the note takes from outside the sources. */
      outsideSources: outsideSourcesSchema,
      /** The number the claim is about, when it is about one. */
      figure: figureSchema.optional(),
    })
    .superRefine((claim, context) => {
      const seen = new Set<string>();
      claim.stances.forEach((entry, index) => {
        const id = entry.article.id;
        if (seen.has(id)) {
          context.addIssue({ code: 'custom', path: ['stances', index, 'article'], message: `Article "${id}" has two stances; keep one.` });
        }
        seen.add(id);
      });
      if (claim.stances.every((entry) => entry.stance === 'silent')) {
        context.addIssue({ code: 'custom', path: ['stances'], message: 'At least one article must address the claim; a claim no source makes does not belong here.' });
      }
      if (claim.verdict !== 'consistent' && claim.note === undefined) {
        context.addIssue({ code: 'custom', path: ['note'], message: `A verdict of "${claim.verdict}" needs a note: explain the evidence, and say where it relies on facts outside the sources.` });
      }
      if (claim.verdict === 'error-in-source' && claim.erroneousSources.length === 0) {
        context.addIssue({ code: 'custom', path: ['erroneousSources'], message: 'A verdict of "error-in-source" needs erroneousSources: list the article(s) that get it wrong.' });
      }
      if (claim.verdict !== 'error-in-source' && claim.erroneousSources.length > 0) {
        context.addIssue({ code: 'custom', path: ['erroneousSources'], message: 'Only a verdict of "error-in-source" names erroneousSources: remove them or change the verdict.' });
      }
      if (claim.verdict !== 'error-in-source') return;
      claim.erroneousSources.forEach((source, index) => {
        const entry = claim.stances.find((candidate) => candidate.article.id === source.id);
        if (!entry || entry.stance === 'silent' || entry.version === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['erroneousSources', index],
            message: `Article "${source.id}" is named as erring, so its stance must cite the passage and give its version of the point in your own words.`,
          });
        }
      });
    });
}

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
/** One stance; `stanceCitation()` in `src/lib/claims.ts` gives its citation as a passage or quote. */
export type ClaimStance = ClaimData['stances'][number];
export type ClaimFigure = NonNullable<ClaimData['figure']>;
