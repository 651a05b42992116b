/**
 * Checks that zod cannot make on a single entry's data: every reference points at an existing
 * entry (`src/lib/checks/references.ts`), every citation's quote occurs in the cited article,
 * Markdown bodies hold no raw HTML or scripting links, and no text holds an invisible character
 * (`src/lib/checks/invisible-characters.ts`). One
 * walker covers every collection, so a new field that holds a reference or citation is checked
 * without new code here. (Duplicate ids within a YAML list are caught while parsing, by
 * `src/lib/entry-list.ts`; file-per-entry collections get their ids from unique file names.)
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { findUnsafeMarkdown, unsafeMarkdownField } from '../markdown/remark-reject-unsafe.ts';
import { citableText, quoteOccursIn } from './citations.ts';
import { invisibleCharacterProblems, withoutFollowOnProblems } from './checks/invisible-characters.ts';
import { referenceProblems } from './checks/references.ts';

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

interface ReferenceValue {
  id: string;
  collection: string;
}

const isReference = (value: unknown): value is ReferenceValue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ReferenceValue).id === 'string' &&
  typeof (value as ReferenceValue).collection === 'string';

const isCitation = (value: unknown): value is { article: ReferenceValue; quote: string } =>
  typeof value === 'object' &&
  value !== null &&
  isReference((value as { article?: unknown }).article) &&
  typeof (value as { quote?: unknown }).quote === 'string';

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
  const bodies = new Map<string, string>(
    (content['articles'] ?? []).map((article) => [article.id, citableText(article.body ?? '')]),
  );

  for (const entries of Object.values(content)) {
    for (const entry of entries) {
      // Astro only logs a Markdown render error and builds the page without its body, so the
      // unsafe-Markdown rule is enforced here as well as in the remark plugin.
      if (entry.body !== undefined) {
        for (const unsafe of findUnsafeMarkdown(fromMarkdown(entry.body))) {
          problems.push({ file: entry.filePath, field: unsafeMarkdownField(unsafe), message: unsafe.message });
        }
      }
      problems.push(...invisibleCharacterProblems(entry));
      walk(entry.data, '', (node, field) => {
        if (isCitation(node)) {
          const body = bodies.get(node.article.id);
          if (body !== undefined && !quoteOccursIn(node.quote, body)) {
            problems.push({
              file: entry.filePath,
              field: `${field}.quote`,
              message: `The phrase "${node.quote}" does not occur in article "${node.article.id}". Copy it exactly from content/articles/${node.article.id}.md.`,
            });
          }
        }
      });
    }
  }
  problems.push(...referenceProblems(content));
  return withoutFollowOnProblems(problems);
}

/** Formats problems for an editor: one line per problem, file first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`).join('\n');
}
