/**
 * Cross-entry checks that zod cannot make on a single entry: every reference points at an
 * existing entry, every citation's quote occurs in the cited article, ids are unique. One
 * walker covers every collection, so a new field that holds a reference or citation is checked
 * without new code here.
 */
import { citableText, quoteOccursIn } from './citations.ts';

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
  const ids = new Map<string, Set<string>>();
  for (const [collection, entries] of Object.entries(content)) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.id)) {
        problems.push({ file: entry.filePath, field: 'id', message: `Another ${collection} entry already uses the id "${entry.id}"; give each entry its own id.` });
      }
      seen.add(entry.id);
    }
    ids.set(collection, seen);
  }
  const bodies = new Map<string, string>(
    (content['articles'] ?? []).map((article) => [article.id, citableText(article.body ?? '')]),
  );

  for (const entries of Object.values(content)) {
    for (const entry of entries) {
      walk(entry.data, '', (node, field) => {
        if (isReference(node)) {
          const known = ids.get(node.collection);
          if (known && !known.has(node.id)) {
            problems.push({
              file: entry.filePath,
              field,
              message: `"${node.id}" is not an entry of ${node.collection}. Use one of: ${[...known].sort().join(', ')}.`,
            });
          }
        }
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
  return problems;
}

/** Formats problems for an editor: one line per problem, file first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`).join('\n');
}
