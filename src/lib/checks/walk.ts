/** Visits every value in an entry's data with its field path as editors read it (`sources[0].quote`). */

/** Calls `visit` for `value` and every value nested in it (arrays and plain objects). */
export function walkValues(value: unknown, visit: (node: unknown, field: string) => void, field = ''): void {
  visit(value, field);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkValues(item, visit, `${field}[${index}]`));
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) walkValues(child, visit, field ? `${field}.${key}` : key);
  }
}

/** Calls `visit` for every string in `value`. */
export const walkStrings = (value: unknown, visit: (text: string, field: string) => void): void =>
  walkValues(value, (node, field) => {
    if (typeof node === 'string') visit(node, field);
  });
