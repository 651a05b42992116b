/**
 * Stand-alone content check: reads `content/` straight from disk, validates every entry with the
 * same schemas Astro uses and runs the same integrity check (references, citations, unique ids).
 * Fast (no build) and written for editors: one line per problem, file first.
 *
 *   node src/node/check-content.ts [--strict] [projectRoot]
 *
 * Claims still lacking a stance from an article are warnings; `--strict` makes them errors.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import { EntryListError, parseEntryList, yamlErrorMessage } from '../lib/entry-list.ts';
import { checkContentIntegrity, formatProblems, type CheckedEntry, type ContentProblem, type ContentSet } from '../lib/integrity.ts';
import { COLLECTION_SOURCES, type CollectionSource } from '../schemas/collections.ts';
import { pendingStanceWarnings, reportPendingStances } from './pending-stances.ts';
import type { CollectionName, ReferenceFactory } from '../schemas/common.ts';

/** Stand-in for Astro's `reference()`: same accepted input, same `{ id, collection }` output. */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({ error: `Give the id of an entry in ${collection}.` })
    .min(1)
    .transform((id) => ({ id, collection }));

interface RawEntry {
  id: string;
  filePath: string;
  data: unknown;
  body?: string;
}

function parseYaml(text: string, filePath: string): unknown {
  try {
    return yaml.load(text);
  } catch (error) {
    throw new ContentReadError({ file: filePath, field: '(file)', message: yamlErrorMessage(error) });
  }
}

class ContentReadError extends Error {
  readonly problem: ContentProblem;
  constructor(problem: ContentProblem) {
    super(problem.message);
    this.problem = problem;
  }
}

async function listFiles(folder: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => extname(name) === extension).sort();
  } catch {
    return [];
  }
}

async function readRawEntries(root: string, source: CollectionSource): Promise<RawEntry[]> {
  const absolute = join(root, source.path);
  if (source.kind === 'yaml-list') {
    const text = await readFile(absolute, 'utf8');
    let list;
    try {
      list = parseEntryList(text);
    } catch (error) {
      if (error instanceof EntryListError) throw new ContentReadError({ file: source.path, field: error.field, message: error.message });
      throw error;
    }
    return list.map((data: unknown, index) => ({
      id: typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : `#${index + 1}`,
      filePath: source.path,
      data,
    }));
  }
  const extension = source.kind === 'markdown-files' ? '.md' : '.yaml';
  const entries: RawEntry[] = [];
  for (const name of await listFiles(absolute, extension)) {
    const filePath = relative(root, join(absolute, name));
    const text = await readFile(join(absolute, name), 'utf8');
    const id = basename(name, extension);
    if (source.kind === 'markdown-files') {
      let parsed;
      try {
        parsed = parseFrontmatter(text, { frontmatter: 'remove' });
      } catch (error) {
        throw new ContentReadError({ file: filePath, field: '(frontmatter)', message: `The frontmatter cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
      }
      // Astro hands plugins the body without its leading blank lines; line numbers must match.
      entries.push({ id, filePath, data: parsed.frontmatter, body: parsed.content.replace(/^(\s*\n)+/, '') });
    } else {
      entries.push({ id, filePath, data: text.trim() === '' ? undefined : parseYaml(text, filePath) });
    }
  }
  return entries;
}

const fieldOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(entry)';

/** Reads and checks all content under `root`; returns every problem found, and adds pending stances to `warnings` if given. */
export async function checkContent(root: string, warnings: string[] = []): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const content: Record<string, CheckedEntry[]> = {};
  for (const [collection, source] of Object.entries(COLLECTION_SOURCES) as [string, CollectionSource][]) {
    let raw: RawEntry[];
    try {
      raw = await readRawEntries(root, source);
    } catch (error) {
      if (error instanceof ContentReadError) {
        problems.push(error.problem);
        continue;
      }
      throw error;
    }
    const schema = source.schema(plainReference);
    content[collection] = [];
    for (const entry of raw) {
      const result = schema.safeParse(entry.data);
      if (result.success) {
        content[collection].push({ id: entry.id, filePath: entry.filePath, data: result.data, body: entry.body });
      } else {
        const where = source.kind === 'yaml-list' ? `entry "${entry.id}" ` : '';
        for (const issue of result.error.issues) {
          const field = issue.path.length === 0 && entry.data == null ? '(file)' : `${where}${fieldOf(issue.path)}`.trim();
          problems.push({ file: entry.filePath, field, message: issue.message });
        }
      }
    }
  }
  warnings.push(...pendingStanceWarnings(content));
  return [...problems, ...checkContentIntegrity(content as ContentSet)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const root = args.find((arg) => arg !== '--strict') ?? process.cwd();
  const warnings: string[] = [];
  const problems = await checkContent(root, warnings);
  if (problems.length > 0) {
    console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.\n${formatProblems(problems)}`);
    process.exit(1);
  }
  if (reportPendingStances(warnings, strict)) process.exit(1);
  console.log('Content check passed: every entry matches its schema, every reference and citation resolves.');
}
