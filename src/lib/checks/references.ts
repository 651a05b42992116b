/**
 * References between entries. A deleted or renamed entry breaks every reference to it at once;
 * one message per reference would bury the cause under dozens of lines, so each missing target
 * gets one message, at its first use, that says how many other places it breaks.
 */
import { COLLECTION_SOURCES, type CollectionSource } from '../../schemas/collections.ts';
import type { ContentProblem, ContentSet } from '../integrity.ts';
import { walkValues } from './walk.ts';

export interface ReferenceValue {
  id: string;
  collection: string;
}

export const isReference = (value: unknown): value is ReferenceValue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ReferenceValue).id === 'string' &&
  typeof (value as ReferenceValue).collection === 'string';

/** Where each collection's entries live, for the message ("restore content/articles/x.md"). */
export type EntryLocation = (collection: string, id: string) => string | undefined;

/** Where an entry of the site's collections lives. */
export const siteEntryLocation: EntryLocation = (collection, id) => {
  const source = (COLLECTION_SOURCES as Record<string, CollectionSource>)[collection];
  if (!source) return undefined;
  if (source.kind === 'yaml-list') return `the entry "${id}" of ${source.path}`;
  return `${source.path}/${id}${source.kind === 'markdown-files' ? '.md' : '.yaml'}`;
};

/** What a missing-reference problem is about, for a caller that can name its cause. */
export interface MissingReference {
  collection: string;
  id: string;
  /** How many references to it fail, the reported one included. */
  references: number;
  /** The files they are in. */
  files: string[];
}

const missing = new WeakMap<ContentProblem, MissingReference>();

/** The missing entry a problem of `referenceProblems` is about, if it is one. */
export const missingReferenceOf = (problem: ContentProblem): MissingReference | undefined => missing.get(problem);

/** An entry's file: a `#fragment` may name the entry within a file that holds several. */
const fileOf = (filePath: string) => filePath.replace(/#[^/]*$/, '');

/** One problem per missing reference target, naming every other place that depends on it. */
export function referenceProblems(content: ContentSet, locate: EntryLocation = siteEntryLocation): ContentProblem[] {
  const known = new Map(Object.entries(content).map(([collection, entries]) => [collection, new Set(entries.map((entry) => entry.id))]));
  const uses = new Map<string, Array<{ file: string; field: string; target: ReferenceValue }>>();
  for (const entries of Object.values(content)) {
    for (const entry of entries) {
      walkValues(entry.data, (node, field) => {
        if (!isReference(node) || known.get(node.collection)?.has(node.id) !== false) return;
        const key = `${node.collection}\u0000${node.id}`;
        uses.set(key, [...(uses.get(key) ?? []), { file: entry.filePath, field, target: node }]);
      });
    }
  }
  return [...uses.values()].map((places) => {
    const [first, ...others] = places as [(typeof places)[number], ...typeof places];
    const { id, collection } = first.target;
    const choices = `Use one of: ${[...known.get(collection)!].sort().join(', ')}.`;
    const remember = (problem: ContentProblem) => {
      missing.set(problem, { collection, id, references: places.length, files: [...new Set(places.map((place) => fileOf(place.file)))] });
      return problem;
    };
    if (others.length === 0) return remember({ file: first.file, field: first.field, message: `"${id}" is not an entry of ${collection}. ${choices}` });
    const files = [...new Set(others.map((place) => fileOf(place.file)))];
    const location = locate(collection, id);
    return remember({
      file: first.file,
      field: first.field,
      message:
        `"${id}" is not an entry of ${collection}, and ${others.length} more reference${others.length === 1 ? '' : 's'} to it in ${files.length} file${files.length === 1 ? '' : 's'} ` +
        `(${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}) fail${others.length === 1 ? 's' : ''} for the same reason. ` +
        `${location ? `If ${location} was deleted or renamed, restore it; otherwise correct the references. ` : ''}${choices}`,
    });
  });
}
