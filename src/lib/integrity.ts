/**
 * Checks that zod cannot make on a single entry's data: every reference points at an existing
 * entry (`src/lib/checks/references.ts`), every passage and quote is found in the cited article
 * by the citation matcher the build uses too (`src/lib/citations/match.ts`), Markdown bodies hold
 * no raw HTML or scripting links, and no text holds an invisible character
 * (`src/lib/checks/invisible-characters.ts`). One
 * walker covers every collection, so a new field that holds a reference or citation is checked
 * without new code here. (Duplicate ids within a YAML list are caught while parsing, by
 * `src/lib/entry-list.ts`; file-per-entry collections get their ids from unique file names.)
 */
import { findUnsafeMarkdown, unsafeMarkdownField } from '../markdown/remark-reject-unsafe.ts';
import { parseRestatement, preparedMarkdownBlocks } from './citations/markdown-blocks.ts';
import { citationFailureMessage, locateCitation, type CitationKind, type PreparedBlock } from './citations/match.ts';
import { invisibleCharacterProblems, withoutFollowOnProblems } from './checks/invisible-characters.ts';
import { isReference, referenceProblems, type ReferenceValue } from './checks/references.ts';

/** An entry as both Astro and the stand-alone checker see it. */
export interface CheckedEntry {
  id: string;
  /** Path of the file the entry came from, relative to the project root. */
  filePath: string;
  /** Parsed data, with references in Astro's `{ id, collection }` form. */
  data: unknown;
  /** Markdown body, for articles. */
  body?: string | undefined;
}

export type ContentSet = Record<string, readonly CheckedEntry[]>;

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}


/** A passage or quote anywhere in an entry (a citation, or a claim's stance that cites). */
function citedWordsOf(value: unknown): { article: ReferenceValue; kind: CitationKind; words: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { article, passage, quote } = value as { article?: unknown; passage?: unknown; quote?: unknown };
  if (!isReference(article)) return undefined;
  if (typeof quote === 'string') return { article, kind: 'quote', words: quote };
  if (typeof passage === 'string') return { article, kind: 'passage', words: passage };
  return undefined;
}

/** Calls `visit` for every object in `value` with its dotted path. */
function walk(value: unknown, path: string, visit: (node: unknown, path: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, visit);
  }
}

/** Returns every cross-entry problem in the content set; an empty list means all is well. */
export function checkContentIntegrity(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const blocks = new Map<string, PreparedBlock[]>();

  const citations: { file: string; field: string; article: ReferenceValue; kind: CitationKind; words: string }[] = [];
  for (const entries of Object.values(content)) {
    for (const entry of entries) {
      // Astro only logs a Markdown render error and builds the page without its body, so the
      // unsafe-Markdown rule is enforced here as well as in the remark plugin.
      if (entry.body !== undefined) {
        const tree = parseRestatement(entry.body);
        for (const unsafe of findUnsafeMarkdown(tree)) {
          problems.push({ file: entry.filePath, field: unsafeMarkdownField(unsafe), message: unsafe.message });
        }
        blocks.set(entry.id, preparedMarkdownBlocks(tree));
      }
      problems.push(...invisibleCharacterProblems(entry));
      walk(entry.data, '', (node, field) => {
        const cited = citedWordsOf(node);
        if (cited) citations.push({ file: entry.filePath, field: `${field ? `${field}.` : ''}${cited.kind}`, ...cited });
      });
    }
  }
  // Citations are matched once every article is parsed, whatever the order of the collections.
  for (const { file, field, article, kind, words } of citations) {
    const articleBlocks = blocks.get(article.id);
    if (articleBlocks === undefined) continue; // a missing article is reported once, as a broken reference
    const match = locateCitation(words, kind, articleBlocks);
    if (!match.found) problems.push({ file, field, message: citationFailureMessage(match.failure, kind, words, article.id) });
  }
  problems.push(...referenceProblems(content));
  return withoutFollowOnProblems(problems);
}

/** Formats problems for an editor: one line per problem, file first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`).join('\n');
}
