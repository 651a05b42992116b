/**
 * Citations: `{ article, quote }` pairs whose quote must occur in the article's Markdown body.
 * Matching forgives only what an editor cannot see: runs of white space, typographic versus
 * straight quotes, and Markdown emphasis/link syntax. Nothing fuzzier.
 */

const TYPOGRAPHIC = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2013\u2014]/g, '-'],
] as const;

/** Folds white space and typographic quotes so that visually equal text compares equal. */
export function normaliseText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of TYPOGRAPHIC) result = result.replace(pattern, replacement);
  return result.replace(/\s+/g, ' ').trim();
}

/** Markdown body reduced to its reading text: link targets, emphasis and heading marks removed. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '');
}

/** Prepares an article body once for many look-ups. */
export function citableText(markdownBody: string): string {
  return normaliseText(markdownToPlainText(markdownBody));
}

/** Whether the quote occurs in the prepared body (see `citableText`). */
export function quoteOccursIn(quote: string, preparedBody: string): boolean {
  return preparedBody.includes(normaliseText(markdownToPlainText(quote)));
}
