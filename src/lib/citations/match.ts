/**
 * The one citation matcher. Both the content check (over Markdown blocks) and the build's
 * passage markers (over rendered HTML blocks) call `locateCitation` on blocks made by
 * `prepareBlock`, so a citation passes or fails for the same reason in both.
 *
 * Rules: the cited words must lie within one block of visible text; they are compared under
 * `normaliseText` only; they may not contain Markdown syntax (an editor copying `**` or a link's
 * brackets is citing the file, not what the reader sees); a quote must lie inside a quoted span,
 * i.e. words the restatement itself carries in double quotation marks.
 */
import { normaliseText, normaliseWithOffsets, type NormalisedText } from './normalise.ts';

export type CitationKind = 'passage' | 'quote';

/** Why a citation could not be found. */
export type CitationFailure = 'markdown-syntax' | 'not-found' | 'across-blocks' | 'not-quoted';

/** One block of visible text, normalised, with its quoted spans. */
export interface PreparedBlock extends NormalisedText {
  /** `[start, end)` ranges of the normalised text from an opening to its closing quotation mark, marks included. */
  quotedSpans: [number, number][];
}

export type CitationMatch =
  | { found: true; block: number; start: number; end: number }
  | { found: false; failure: CitationFailure };

/** Markdown that a reader never sees as text: emphasis, code, raw HTML and link or image syntax. */
const MARKDOWN_SYNTAX = /[*_`<>]|\]\(|!\[/;

export const hasMarkdownSyntax = (words: string): boolean => MARKDOWN_SYNTAX.test(words);

/** Pairs the block's double quotation marks in order: first opens, second closes, and so on. */
function quotedSpans(text: string): [number, number][] {
  const marks = [...text.matchAll(/"/g)].map((match) => match.index);
  const spans: [number, number][] = [];
  for (let index = 0; index < marks.length; index += 2) {
    spans.push([marks[index]!, (marks[index + 1] ?? text.length - 1) + 1]);
  }
  return spans;
}

/** Prepares one block's raw visible text for any number of look-ups. */
export function prepareBlock(raw: string): PreparedBlock {
  const normalised = normaliseWithOffsets(raw);
  return { ...normalised, quotedSpans: quotedSpans(normalised.text) };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Finds the cited words in the blocks: the first block (and place) where they may stand. */
export function locateCitation(words: string, kind: CitationKind, blocks: readonly PreparedBlock[]): CitationMatch {
  if (hasMarkdownSyntax(words)) return { found: false, failure: 'markdown-syntax' };
  const needle = normaliseText(words);
  if (needle === '') return { found: false, failure: 'not-found' };
  let unquoted = false;
  for (const [index, block] of blocks.entries()) {
    for (const start of occurrences(block.text, needle)) {
      const end = start + needle.length;
      if (kind === 'quote' && !block.quotedSpans.some(([from, to]) => from <= start && end <= to)) {
        unquoted = true;
        continue;
      }
      return { found: true, block: index, start, end };
    }
  }
  if (unquoted) return { found: false, failure: 'not-quoted' };
  const joined = blocks.map((block) => block.text).join(' ');
  return { found: false, failure: joined.includes(needle) ? 'across-blocks' : 'not-found' };
}

/** An instruction to the editor for a citation that failed, naming the article to copy from. */
export function citationFailureMessage(failure: CitationFailure, kind: CitationKind, words: string, articleId: string): string {
  const file = `content/articles/${articleId}.md`;
  switch (failure) {
    case 'markdown-syntax':
      return `The ${kind} "${words}" contains Markdown syntax (* _ \` < > or link brackets): cite the words as a reader sees them in article "${articleId}", without the marks.`;
    case 'not-found':
      return `The ${kind} "${words}" does not occur in article "${articleId}". Copy it exactly from ${file}.`;
    case 'across-blocks':
      return `The ${kind} "${words}" is not in one paragraph of article "${articleId}": it runs across two paragraphs, headings or list items of ${file}. Cite words from one of them.`;
    case 'not-quoted':
      return `The quote "${words}" is not inside quotation marks in article "${articleId}": a quote must be words that ${file} carries in quotation marks as the source's own. Cite it as a passage instead.`;
  }
}
