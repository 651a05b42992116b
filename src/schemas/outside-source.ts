/**
 * A record outside the sources that a statement of ours rests on: where a reader can check
 * it, and the day we checked it. Used by claims, events and countries (`outsideSources`).
 */
import { z } from 'astro/zod';
import { entryObject, listOf, requiredText, webUrl } from './common.ts';

const UNQUOTED = 'Put the date in quotes, e.g. "2026-12-01": unquoted YAML dates are silently converted.';

/** "YYYY-MM-DD", quoted: the day we read the record. */
const checkedOnSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'Give checkedOn: the day you read the record, "YYYY-MM-DD" in quotes.'
        : issue.input instanceof Date
          ? UNQUOTED
          : 'Write checkedOn as text in the form "YYYY-MM-DD".',
  })
  .pipe(z.iso.date({ error: 'Use a real calendar date for checkedOn, "YYYY-MM-DD", e.g. "2026-12-01".' }));

/** When the record is dated: a day, a month or a year, quoted. */
const recordDateSchema = z
  .string({ error: (issue) => (issue.input instanceof Date ? UNQUOTED : 'Write the record’s date as text: "YYYY-MM-DD", "YYYY-MM" or "YYYY".') })
  .refine((text) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text) || z.iso.date().safeParse(text).success, {
    error: 'Give the record’s date as a real "YYYY-MM-DD", "YYYY-MM" or "YYYY", or leave date out when the record shows none.',
  });

export const outsideSourceSchema = entryObject({
  /** Who published the record, e.g. "FinCEN (US Treasury)", "Yonhap", "FATF". */
  publisher: requiredText('the publisher of the record (who put it out, e.g. "FATF" or "Yonhap")'),
  /** The record's own title or headline, as it prints it. */
  title: requiredText('the title of the record as it prints it'),
  /** When the record was published or dated: a day, a month or a year, quoted. */
  date: recordDateSchema.optional(),
  /** The address of the page we relied on, exactly as we found it. */
  url: webUrl('the url of the page you relied on'),
  /** The day we checked the record. */
  checkedOn: checkedOnSchema,
  /** What in the record bears on our statement, or what we looked for and did not find. */
  note: requiredText('the note (what the record shows, or what you looked for)').optional(),
});

export type OutsideSource = z.output<typeof outsideSourceSchema>;

/** The `outsideSources` field shared by claims, events and countries. */
export const outsideSourcesSchema = listOf(outsideSourceSchema, 'the outside sources').default([]);
