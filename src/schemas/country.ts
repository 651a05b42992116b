/** A country in `content/countries.yaml`. */
import { z } from 'astro/zod';
import { requiredText } from './common.ts';

/** Regions used to group countries on the map and in tables. */
export const REGIONS = ['Southeast Asia', 'Northeast Asia', 'Europe', 'North America'] as const;

/**
 * Country fields that need no reference to other collections. The map issue extends this
 * object with tier and enforcement fields (see `countrySchema`).
 */
export const countryBaseSchema = z.strictObject({
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

export const countrySchema = countryBaseSchema;
export type CountryData = z.output<typeof countrySchema>;
