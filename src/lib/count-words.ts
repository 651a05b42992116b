/** Counts in running text: small numbers as words ("five sources"), larger ones as digits. Pure. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "five", "12" → "twelve", 40 → "40". */
export const countWord = (count: number): string => WORDS[count] ?? String(count);

/** "five sources", "one source", "no sources". */
export const countOf = (count: number, singular: string, plural = `${singular}s`): string => `${countWord(count)} ${count === 1 ? singular : plural}`;

/** A count that opens a sentence: "five sources" → "Five sources"; digits stay as they are. */
export const sentenceStart = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
