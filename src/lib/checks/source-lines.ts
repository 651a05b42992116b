/**
 * The line of a field in a YAML text, from the `yaml` package's source positions, so a problem
 * can be reported as `file:line` and annotated on its line of a pull request's diff.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type FieldPath = ReadonlyArray<string | number>;

/** Parses a field as messages write it (`sources[0].quote`, `[17].id`) into a path. */
export function parseFieldPath(field: string): FieldPath {
  const path: Array<string | number> = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return path;
}

/**
 * A function giving the 1-based line of `path` in `text` (plus `lineOffset`, for frontmatter
 * below a `---` line). A field that is not there gives the line of the nearest part that is:
 * a missing `title` points at the start of the entry, a wrong `countries[1]` at that item.
 */
export function yamlLineFinder(text: string, lineOffset = 0): (path: FieldPath) => number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined);
  const first = lineOf(document.contents as Node | null) ?? 1 + lineOffset;
  return (path) => {
    let node = document.contents as Node | null;
    let line = first;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        line = lineOf(pair.key as Node) ?? line;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key] as Node;
        line = lineOf(node) ?? line;
      } else {
        break;
      }
    }
    return line;
  };
}
