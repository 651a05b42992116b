/**
 * Checks of `content/` as files: the names (`src/lib/checks/file-names.ts`) and the images the
 * articles show. Used by `npm run check` and, before Astro starts, by `npm run build`: Astro's
 * loaders would skip a misnamed file without a word, and a missing image stops Astro's build with
 * a message that names neither the article nor the line.
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { checkContentRoot, checkEntryFolder, type ContentFile } from '../lib/checks/file-names.ts';
import type { LocatedProblem } from '../lib/checks/report.ts';
import type { ContentProblem } from '../lib/integrity.ts';
import { findMissingImages, imageFileExists, unsafeMarkdownField } from '../markdown/remark-reject-unsafe.ts';
import { COLLECTION_SOURCES, type CollectionSource } from '../schemas/collections.ts';

const CONTENT = 'content';

async function isInside(root: string, path: string): Promise<boolean> {
  try {
    const target = await realpath(path);
    return target === root || target.startsWith(root + sep);
  } catch {
    return false; // a broken link
  }
}

/** The entries of `folder` (relative to `root`), or none when it does not exist. */
export async function listContentFolder(root: string, folder: string): Promise<ContentFile[]> {
  const realRoot = await realpath(root);
  let names: string[];
  try {
    names = await readdir(join(root, folder));
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name): Promise<ContentFile> => {
      const path = join(folder, name);
      const stats = await lstat(join(root, path));
      if (stats.isSymbolicLink()) return { path, name, type: 'symlink', targetInsideRepository: await isInside(realRoot, join(root, path)) };
      return { path, name, type: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other' };
    }),
  );
}

const entryFolders = () =>
  (Object.values(COLLECTION_SOURCES) as CollectionSource[]).filter((source) => source.kind !== 'yaml-list');

/** Every problem with file names under `content/` of the project at `root`. */
export async function checkContentFiles(root: string): Promise<ContentProblem[]> {
  const folders = entryFolders();
  const problems = checkContentRoot({
    path: CONTENT,
    folders: folders.map((source) => relative(CONTENT, source.path)),
    files: await listContentFolder(root, CONTENT),
  });
  for (const source of folders) {
    const extension = source.kind === 'markdown-files' ? '.md' : '.yaml';
    problems.push(...checkEntryFolder({ path: source.path, extension, files: await listContentFolder(root, source.path) }));
  }
  return problems;
}

/** Whether the checker may read this entry file: a file, or a link that stays in the repository. */
export const isReadableEntry = (file: ContentFile): boolean =>
  !file.name.startsWith('.') && (file.type === 'file' || (file.type === 'symlink' && file.targetInsideRepository === true));

/** The lines above an article's body: frontmatter and the blank lines Astro drops before the body. */
export function articleBody(text: string): { body: string; bodyOffset: number } {
  const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  const leading = /^(\s*\n)*/.exec(content)![0];
  return { body: content.slice(leading.length), bodyOffset: leading.split('\n').length - 1 };
}

/** Every local image an article shows that is not there, with the article's file and line. */
export async function checkArticleImages(root: string): Promise<LocatedProblem[]> {
  const source = COLLECTION_SOURCES.articles;
  const problems: LocatedProblem[] = [];
  for (const file of await listContentFolder(root, source.path)) {
    if (!isReadableEntry(file) || extname(file.name) !== '.md') continue;
    let article;
    try {
      article = articleBody(await readFile(join(root, file.path), 'utf8'));
    } catch {
      continue; // unreadable frontmatter has its own message
    }
    for (const missing of findMissingImages(fromMarkdown(article.body), imageFileExists(join(root, file.path), root))) {
      problems.push({ file: file.path, field: unsafeMarkdownField(missing), message: missing.message, line: article.bodyOffset + (missing.line ?? 1) });
    }
  }
  return problems;
}
