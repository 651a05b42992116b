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

export function parseEntryList(text: string): Array<Record<string, unknown>> {
  const list = load(text);
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
