/**
 * A country in `content/countries.yaml`. Southeast Asian states carry the tier the sources sort
 * them into, plus the two variables the tiers analysis says operate independently (ideological
 * affinity and sanctions enforcement), each with checked citations. Context states (North Korea,
 * China, …) carry no tier.
 */
import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { citationSchema, entryObject, listOf, requiredText, type ReferenceFactory } from './common.ts';
import { outsideSourcesSchema } from './outside-source.ts';

/** Regions used to group countries on the map and in tables. */
export const REGIONS = ['Southeast Asia', 'Northeast Asia', 'Europe', 'North America'] as const;
export type Region = (typeof REGIONS)[number];

/** The region whose states are sorted into tiers. */
export const TIERED_REGION: Region = 'Southeast Asia';

/**
 * Where the sources place a Southeast Asian state. Derived from the tiers analysis (Tier One:
 * party channels; Cambodia with the surface of Tier One but no party channels; Tier Two;
 * Tier Three) plus its separate enforcement argument (Thailand is discussed only as a laundering
 * node, never ranked) and the states no source discusses.
 */
export const TIERS = ['party-channel', 'surface-only', 'pragmatic-middle', 'shut-out', 'enforcement-only', 'not-discussed'] as const;
export type Tier = (typeof TIERS)[number];

/** Ideological affinity with Pyongyang, as the sources describe it (ordinal, weakest first). */
export const AFFINITY_LEVELS = ['none', 'limited', 'high', 'not-described'] as const;
export type AffinityLevel = (typeof AFFINITY_LEVELS)[number];

/** Sanctions enforcement as the sources describe it (ordinal, weakest first). */
export const ENFORCEMENT_LEVELS = ['weak', 'formal-only', 'strict', 'not-described'] as const;
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];

const NOT_DESCRIBED = 'not-described';

/**
 * Country fields that need no reference to other collections.
 */
export const countryBaseSchema = entryObject({
  /** ISO 3166-1 alpha-3 code in lowercase; also the page address `/countries/<id>/`. */
  id: z.string({ error: 'Give the country an id: its ISO 3166-1 alpha-3 code in lowercase, e.g. "vnm".' }).regex(/^[a-z]{3}$/, {
    error: 'Use the ISO 3166-1 alpha-3 code in lowercase, e.g. "vnm" for Vietnam.',
  }),
  /** ISO 3166-1 numeric code as three digits; it links the entry to Natural Earth geometry. */
  numeric: z
    .union([z.string(), z.number().int()], { error: 'Give the ISO 3166-1 numeric code, e.g. "704" for Vietnam.' })
    .transform((code) => String(code).padStart(3, '0'))
    .pipe(z.string().regex(/^\d{3}$/, { error: 'Use the three-digit ISO 3166-1 numeric code, e.g. "704" for Vietnam.' })),
  /** Short English name shown to readers. */
  name: requiredText('the country’s short English name'),
  /** Region used for grouping. */
  region: z.enum(REGIONS, { error: `Set region to one of: ${REGIONS.join(', ')}.` }),
});

/**
 * The map finds a country's shape by its numeric code, so a code that is not the ISO 3166-1 code
 * of the entry's alpha-3 id would colour another state (or none) without any error.
 */
export function isoNumericProblem(id: string, numeric: string): { field: 'id' | 'numeric'; message: string } | undefined {
  const expected = isoCountries.alpha3ToNumeric(id.toUpperCase());
  if (expected === undefined) {
    return { field: 'id', message: `"${id}" is not an ISO 3166-1 alpha-3 code; use the country's code in lowercase, e.g. "vnm" for Vietnam.` };
  }
  if (expected !== numeric) {
    return { field: 'numeric', message: `"${numeric}" is not the ISO 3166-1 numeric code of ${id}; it is "${expected}".` };
  }
  return undefined;
}

/** Fields only a Southeast Asian state may have; a context state must leave them all out. */
const TIER_FIELDS = ['tier', 'rationale', 'affinity', 'enforcement'] as const;

export function countrySchema(reference: ReferenceFactory) {
  const citation = citationSchema(reference);

  /** One of the two variables (affinity or enforcement): an ordinal level with its reasons. */
  const assessment = <Level extends string>(levels: readonly [Level, ...Level[]], what: string) =>
    entryObject({
      /** The level the sources support; "not-described" when they say nothing about it. */
      level: z.enum(levels, { error: `Set ${what}.level to one of: ${levels.join(', ')}.` }),
      /** One or two sentences in the project's own words. */
      rationale: requiredText(`the ${what} rationale (one or two sentences in your own words)`),
      /** The passages the level rests on. */
      sources: listOf(citation, 'the sources').default([]),
    }).superRefine((value, context) => {
      if (value.level !== NOT_DESCRIBED && value.sources.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `Cite at least one source for ${what} level "${value.level}", or set the level to "not-described".`,
        });
      }
    });

  const view = entryObject({
    /** What this source says, in the project's own words. */
    view: requiredText('what this source says (one sentence in your own words)'),
    /** The passage that says it. */
    source: citation,
  });

  const disagreement = entryObject({
    /** The question the sources answer differently, e.g. "Who represented Vietnam?". */
    topic: requiredText('the topic the sources disagree on'),
    /** Each source's view; at least two, from at least two different articles. */
    views: listOf(view, 'the views').min(2, { error: 'Record at least two views: a disagreement needs two sides, each with its source.' }),
  }).superRefine((value, context) => {
    if (value.views.length >= 2 && new Set(value.views.map((item) => item.source.article.id)).size < 2) {
      context.addIssue({
        code: 'custom',
        path: ['views'],
        message: 'Take the views from at least two different articles; a single source cannot disagree with itself here.',
      });
    }
  });

  return countryBaseSchema
    .extend({
      /** Southeast Asia only: where the sources place the state. */
      tier: z.enum(TIERS, { error: `Set tier to one of: ${TIERS.join(', ')}.` }).optional(),
      /** Southeast Asia only: why, in one or two sentences of the project's own words. */
      rationale: requiredText('the tier rationale (one or two sentences in your own words)').optional(),
      /** The passages the tier rests on; empty only for "not-discussed". */
      sources: listOf(citation, 'the sources').default([]),
      /** Southeast Asia only: ideological affinity with Pyongyang. */
      affinity: assessment(AFFINITY_LEVELS, 'affinity').optional(),
      /** Southeast Asia only: sanctions enforcement and illicit-finance posture. */
      enforcement: assessment(ENFORCEMENT_LEVELS, 'enforcement').optional(),
      /** Where the sources disagree about the country: each view with its source. */
      disagreements: listOf(disagreement, 'the disagreements').default([]),
      /** Records outside the sources that the rationales rest on, with the day we checked them. */
      outsideSources: outsideSourcesSchema,
    })
    .superRefine((country, context) => {
      const problem = (field: string, message: string) => context.addIssue({ code: 'custom', path: [field], message });
      // A malformed id or code already has its own message.
      const isoNumeric = /^[a-z]{3}$/.test(country.id) && /^\d{3}$/.test(country.numeric) ? isoNumericProblem(country.id, country.numeric) : undefined;
      if (isoNumeric) problem(isoNumeric.field, isoNumeric.message);
      if (country.region !== TIERED_REGION) {
        for (const field of TIER_FIELDS) {
          if (country[field] !== undefined) {
            problem(field, `Only Southeast Asian states are sorted into tiers: remove ${field} from ${country.name} (region ${country.region}).`);
          }
        }
        if (country.sources.length > 0) {
          problem('sources', `Only Southeast Asian states cite sources for a tier: remove sources from ${country.name}, or record a disagreement instead.`);
        }
        return;
      }
      if (country.tier === undefined) {
        problem('tier', `Give ${country.name} a tier: one of ${TIERS.join(', ')} ("not-discussed" when no source discusses it).`);
      }
      if (country.rationale === undefined) {
        problem('rationale', `Write why ${country.name} has its tier: one or two sentences in your own words.`);
      }
      // Until the tier is chosen, what else the entry needs is unknown ("not-discussed" needs nothing).
      if (country.tier === undefined) return;
      if (country.tier === 'not-discussed') {
        const cited = country.sources.length > 0 || country.disagreements.length > 0;
        if (cited || country.affinity || country.enforcement) {
          problem(
            cited ? 'sources' : country.affinity ? 'affinity' : 'enforcement',
            `${country.name} is marked "not-discussed": leave out sources, affinity, enforcement and disagreements, or choose the tier the sources support.`,
          );
        }
        return;
      }
      if (country.sources.length === 0) problem('sources', `Cite at least one source for ${country.name}’s tier: { article, passage } (or { article, quote } for words the article quotes).`);
      if (!country.affinity) problem('affinity', `Give ${country.name}’s affinity: { level, rationale, sources }.`);
      if (!country.enforcement) problem('enforcement', `Give ${country.name}’s enforcement: { level, rationale, sources }.`);
    });
}

export type CountryData = z.output<ReturnType<typeof countrySchema>>;
export type Assessment<Level extends string> = { level: Level; rationale: string; sources: CountryData['sources'] };
