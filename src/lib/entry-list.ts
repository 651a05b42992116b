/**
 * Parses a YAML file that holds a list of entries (such as content/countries.yaml) and rejects
 * duplicate ids. Astro's file loader would keep only the last of two entries with one id,
 * silently, so the check has to happen while parsing.
 */
import { load } from 'js-yaml';

export class EntryListError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** An editor-facing message for a YAML syntax error: its first line names the problem and place. */
export const yamlErrorMessage = (error: unknown): string =>
  `The YAML cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;

export function parseEntryList(text: string): Array<Record<string, unknown>> {
  let list: unknown;
  try {
    list = load(text);
  } catch (error) {
    throw new EntryListError('(file)', yamlErrorMessage(error));
  }
  if (!Array.isArray(list)) {
    throw new EntryListError('(file)', 'Write the file as a YAML list of entries, each starting with "- id:".');
  }
  const seen = new Set<unknown>();
  list.forEach((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (seen.has(id)) {
      throw new EntryListError(`[${index}].id`, `Another entry already uses the id "${String(id)}"; give each entry its own id.`);
    }
    seen.add(id);
  });
  return list as Array<Record<string, unknown>>;
}

/**
 * Like `parseEntryList`, with each entry's place in the file as `position`: Astro's collections
 * come back ordered by id, and a log written newest first needs the order editors wrote.
 */
export function parseOrderedEntryList(text: string): Array<Record<string, unknown>> {
  return parseEntryList(text).map((entry, position) => ({ ...entry, position }));
}
