/**
 * Stand-alone content check: reads `content/` straight from disk, checks the file names, validates
 * every entry with the same schemas Astro uses and runs the same integrity check (references,
 * citations, unsafe Markdown, invisible characters). Fast (no build) and written for editors: one
 * line per problem, `file:line: field: message`.
 *
 *   node src/node/check-content.ts [projectRoot] [--github] [--strict]
 *
 * `--github` (or `CONTENT_CHECK_ANNOTATIONS=github`) also prints GitHub Actions annotations.
 * Claims still lacking a stance from an article are warnings; `--strict` makes them errors.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import { mapShapeProblem } from '../lib/checks/map-codes.ts';
import { missingReferenceOf } from '../lib/checks/references.ts';
import { formatLocatedProblems, githubAnnotations, type LocatedProblem } from '../lib/checks/report.ts';
import { parseFieldPath, yamlLineFinder, type FieldPath } from '../lib/checks/source-lines.ts';
import { EntryListError, parseEntryList, yamlErrorMessage } from '../lib/entry-list.ts';
import { checkContentIntegrity, type CheckedEntry, type ContentSet } from '../lib/integrity.ts';
import { COLLECTION_SOURCES, type CollectionSource } from '../schemas/collections.ts';
import { todayUtc, type CollectionName, type ReferenceFactory } from '../schemas/common.ts';
import { articleBody, checkArticleImages, checkContentFiles, isReadableEntry, listContentFolder } from './content-files.ts';
import { loadWorldAtlas } from './world-atlas.ts';
import { pendingStanceWarnings, reportPendingStances } from './pending-stances.ts';

/** Stand-in for Astro's `reference()`: same accepted input, same `{ id, collection }` output. */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `Give the id of an entry in ${collection}.` })
    .min(1)
    .transform((id) => ({ id, collection }));

export interface CheckOptions {
  /** Today as "YYYY-MM-DD" (UTC); fixed in tests, the real day otherwise. */
  today?: string;
  /** Collects warnings that do not fail the check: claims still lacking a stance from an article. */
  warnings?: string[];
}

/** An entry as read from disk, with what is needed to point at its lines. */
interface RawEntry {
  id: string;
  filePath: string;
  data: unknown;
  body?: string;
  /** Path of the entry inside its file: `[index]` for an entry of a YAML list, else empty. */
  pathInFile: FieldPath;
  /** Line of a field in the file. */
  lineOf: (path: FieldPath) => number;
  /** Lines of the file above the body's first line (frontmatter, blank lines). */
  bodyOffset: number;
  /** The file could not be parsed (already reported). */
  unreadable?: boolean;
}

type ReadResult = { entries: RawEntry[]; problems: LocatedProblem[] };

/** How many lines of `text` come before `part` (the frontmatter below its `---`). */
const linesBefore = (text: string, part: string): number => text.slice(0, Math.max(0, text.indexOf(part))).split('\n').length - 1;

/** The line js-yaml names in a syntax error ("… (3:15)"). */
const yamlErrorLine = (message: string): number | undefined => Number(/\((\d+):\d+\)$/.exec(message)?.[1]) || undefined;

async function readList(root: string, source: CollectionSource): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(join(root, source.path), 'utf8');
  } catch {
    return { entries: [], problems: [{ file: source.path, field: '(file)', message: `${source.path} is missing; restore it (the site needs it even when it lists nothing).` }] };
  }
  const lineOf = yamlLineFinder(text);
  try {
    const list = parseEntryList(text);
    const entries = list.map((data: unknown, index) => ({
      id: typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : `#${index + 1}`,
      filePath: source.path,
      data,
      pathInFile: [index],
      lineOf,
      bodyOffset: 0,
    }));
    return { entries, problems: [] };
  } catch (error) {
    if (!(error instanceof EntryListError)) throw error;
    const line = error.field === '(file)' ? yamlErrorLine(error.message) : lineOf(parseFieldPath(error.field));
    return { entries: [], problems: [{ file: source.path, field: error.field, message: error.message, line }] };
  }
}

/**
 * An entry whose file cannot be parsed. It is kept, without data, so that references to it do not
 * each fail as well; `unreadable` marks it so the schema does not report it a second time.
 */
const unreadable = (id: string, filePath: string): RawEntry => ({ id, filePath, data: undefined, pathInFile: [], lineOf: () => 1, bodyOffset: 0, unreadable: true });

async function readFiles(root: string, source: CollectionSource): Promise<ReadResult> {
  const extension = source.kind === 'markdown-files' ? '.md' : '.yaml';
  const files = (await listContentFolder(root, source.path))
    .filter((file) => isReadableEntry(file) && extname(file.name) === extension)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const result: ReadResult = { entries: [], problems: [] };
  for (const file of files) {
    const text = await readFile(join(root, file.path), 'utf8');
    const id = basename(file.name, extension);
    if (source.kind === 'markdown-files') {
      let parsed;
      try {
        parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
      } catch (error) {
        const message = `The frontmatter cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        result.problems.push({ file: file.path, field: '(frontmatter)', message, line: yamlErrorLine(message) });
        // Still an entry, with its text as the body: citations of it are not all broken by this one mistake.
        result.entries.push({ ...unreadable(id, file.path), body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '') });
        continue;
      }
      // Astro hands plugins the body without its leading blank lines; line numbers must match.
      const { body, bodyOffset } = articleBody(text);
      result.entries.push({ id, filePath: file.path, data: parsed.frontmatter, body, pathInFile: [], lineOf: yamlLineFinder(parsed.rawFrontmatter, linesBefore(text, parsed.rawFrontmatter)), bodyOffset });
    } else {
      let data: unknown;
      try {
        data = text.trim() === '' ? undefined : yaml.load(text);
      } catch (error) {
        const message = yamlErrorMessage(error);
        result.problems.push({ file: file.path, field: '(file)', message, line: yamlErrorLine(message) });
        result.entries.push(unreadable(id, file.path));
        continue;
      }
      result.entries.push({ id, filePath: file.path, data, pathInFile: [], lineOf: yamlLineFinder(text), bodyOffset: 0 });
    }
  }
  return result;
}

const fieldOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(entry)';

/**
 * Entries of a YAML list share one file; the integrity check knows only the file. Each entry gets
 * a file path marked with its index (`content/countries.yaml#3`) so a problem can be traced to
 * its entry and line, and the mark is taken off before anyone sees it.
 */
const markListEntry = (entry: RawEntry) => (entry.pathInFile.length > 0 ? `${entry.filePath}#${entry.pathInFile[0]}` : entry.filePath);
const unmark = (text: string) => text.replace(/(\.yaml)#\d+\b/g, '$1');

/** Where a field of an entry is, as an editor reads it: `entry "vnm" tier` in a list. */
const listField = (entry: RawEntry, field: string) => (entry.pathInFile.length > 0 ? `entry "${entry.id}" ${field}` : field);

/**
 * A reference that fails because its entry's file is skipped for its name (`x.MD`, `x.yml`) has
 * one cause: the file name. Its count is added to that file's problem instead of a second message.
 */
function explainedBySkippedFile(problem: LocatedProblem, fileProblems: LocatedProblem[]): boolean {
  const reference = missingReferenceOf(problem);
  const source = reference && (COLLECTION_SOURCES as Record<string, CollectionSource>)[reference.collection];
  if (!reference || !source || source.kind === 'yaml-list') return false;
  const cause = fileProblems.find(
    (candidate) => candidate.field === '(file name)' && dirname(candidate.file) === source.path && basename(candidate.file).replace(/\.[^.]+$/, '').toLowerCase() === reference.id,
  );
  if (!cause) return false;
  const files = reference.files.length;
  cause.message += ` Until then ${reference.references} reference${reference.references === 1 ? '' : 's'} to "${reference.id}" in ${files} file${files === 1 ? '' : 's'} fail.`;
  return true;
}

/**
 * Countries whose numeric code has no shape in the map's geometry (`src/node/world-atlas.ts`).
 * Only entries that passed their schema: a wrong or malformed code already has its message.
 */
function mapShapeProblems(countries: readonly CheckedEntry[], byMarkedPath: ReadonlyMap<string, RawEntry>): LocatedProblem[] {
  const mapCodes = new Set(loadWorldAtlas().objects.countries.geometries.flatMap((shape) => (shape.id === undefined ? [] : [String(shape.id)])));
  return countries.flatMap((country) => {
    const message = mapShapeProblem(country.data as { id: string; name: string; numeric: string }, mapCodes);
    const entry = byMarkedPath.get(country.filePath)!;
    return message ? [{ file: entry.filePath, field: listField(entry, 'numeric'), message, line: entry.lineOf([...entry.pathInFile, 'numeric']) }] : [];
  });
}

/** Reads and checks all content under `root`; returns every problem found. */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<LocatedProblem[]> {
  const context = { today: options.today ?? todayUtc() };
  const problems: LocatedProblem[] = await checkContentFiles(root);
  const content: Record<string, CheckedEntry[]> = {};
  const byMarkedPath = new Map<string, RawEntry>();
  const valid = new Set<CheckedEntry>();
  for (const [collection, source] of Object.entries(COLLECTION_SOURCES) as [string, CollectionSource][]) {
    const read = source.kind === 'yaml-list' ? await readList(root, source) : await readFiles(root, source);
    problems.push(...read.problems);
    const schema = source.schema(plainReference, context);
    // A list that cannot be read leaves its ids unknown: references to them are not checked,
    // rather than every one failing.
    if (source.kind === 'yaml-list' && read.problems.length > 0) continue;
    content[collection] = [];
    for (const entry of read.entries) {
      byMarkedPath.set(markListEntry(entry), entry);
      if (entry.unreadable) {
        content[collection].push({ id: entry.id, filePath: entry.filePath, data: undefined, body: entry.body });
        continue;
      }
      const result = schema.safeParse(entry.data);
      // An entry that fails its schema still exists: references to it are not broken, and its
      // raw text is still searched for invisible characters (its references and citations wait).
      const checked = { id: entry.id, filePath: markListEntry(entry), data: result.success ? result.data : entry.data, body: entry.body };
      content[collection].push(checked);
      if (result.success) {
        valid.add(checked);
        continue;
      }
      for (const issue of result.error.issues) {
        const field = issue.path.length === 0 && entry.data == null ? '(file)' : listField(entry, fieldOf(issue.path));
        problems.push({ file: entry.filePath, field, message: issue.message, line: entry.lineOf([...entry.pathInFile, ...(issue.path as FieldPath)]) });
      }
    }
  }
  problems.push(...(await checkArticleImages(root)), ...mapShapeProblems((content['countries'] ?? []).filter((country) => valid.has(country)), byMarkedPath));
  for (const problem of checkContentIntegrity(content as ContentSet)) {
    if (explainedBySkippedFile(problem, problems)) continue;
    const entry = byMarkedPath.get(problem.file);
    const bodyLine = Number(/^body, line (\d+)/.exec(problem.field)?.[1]);
    const line = !entry ? undefined : bodyLine ? entry.bodyOffset + bodyLine : entry.lineOf([...entry.pathInFile, ...parseFieldPath(problem.field)]);
    const field = entry ? listField(entry, problem.field) : problem.field;
    problems.push({ file: unmark(problem.file), field, message: unmark(problem.message), line });
  }
  options.warnings?.push(...pendingStanceWarnings(content));
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const root = args.find((arg) => !arg.startsWith('--')) ?? process.cwd();
  const warnings: string[] = [];
  const problems = await checkContent(root, { warnings });
  if (problems.length > 0) {
    console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n${formatLocatedProblems(problems)}`);
    if (args.includes('--github') || process.env['CONTENT_CHECK_ANNOTATIONS'] === 'github') console.log(githubAnnotations(problems));
    process.exit(1);
  }
  if (reportPendingStances(warnings, strict)) process.exit(1);
  console.log('Content check passed: file names, schemas, references, citations and text all hold.');
}
