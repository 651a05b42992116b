/**
 * File names in `content/`. Astro's loaders read only `*.md` or `*.yaml` and skip everything else
 * without a word, so an article saved as `.MD` or an event as `.yml` would silently vanish from
 * the site. Pure: the listing is gathered by `src/node/content-files.ts`.
 */
import type { ContentProblem } from '../integrity.ts';

/** One directory entry under `content/`, as `lstat` sees it. */
export interface ContentFile {
  /** Path relative to the project root, e.g. `content/events/x.yaml`. */
  path: string;
  /** The name alone, e.g. `x.yaml`. */
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  /** For a symlink: whether what it points to lies inside the repository (false when broken). */
  targetInsideRepository?: boolean;
}

/** A folder whose files are entries of one collection, each with the one extension read there. */
export interface EntryFolder {
  /** e.g. `content/events`. */
  path: string;
  /** e.g. `.yaml`. */
  extension: string;
  files: readonly ContentFile[];
}

/** The top of `content/`: collection folders and list files, and what else lies there. */
export interface ContentRoot {
  path: string;
  /** Names of the folders that hold collections, e.g. `articles`. */
  folders: readonly string[];
  files: readonly ContentFile[];
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Extensions an editor is likely to have meant as the one read, mapped to it. */
const MISSPELT_EXTENSIONS: Record<string, string> = { '.yml': '.yaml', '.markdown': '.md', '.mdown': '.md', '.txt': '.md' };

const extensionOf = (name: string): string => /(\.[^.]+)$/.exec(name)?.[1] ?? '';

/** A name made of lowercase words and hyphens, for the message's suggestion. */
const suggestedName = (stem: string): string =>
  stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'a-short-name';

/** Problems with a symlink, a hidden file or a folder where only files are read; else undefined. */
function unreadableEntry(file: ContentFile, where: string): string | undefined {
  if (file.type === 'symlink' && !file.targetInsideRepository) {
    return 'This is a symbolic link to a file outside the repository (or to nothing); content must be files of the repository. Replace the link with the file itself.';
  }
  if (file.name.startsWith('.')) {
    return `Hidden files are not read; ${where} holds only content. Delete it (an editor's backup or system file), or rename it without the leading dot.`;
  }
  if (file.type === 'directory') return `Folders inside ${where} are not read; move the files up into ${where} or delete the folder.`;
  if (file.type === 'other') return 'This is not a regular file; delete it.';
  return undefined;
}

/** Every problem with the names in one entry folder. */
export function checkEntryFolder(folder: EntryFolder): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byLowerCase = new Map<string, string[]>();
  for (const file of folder.files) byLowerCase.set(file.name.toLowerCase(), [...(byLowerCase.get(file.name.toLowerCase()) ?? []), file.name]);
  const report = (file: ContentFile, message: string) => problems.push({ file: file.path, field: '(file name)', message });
  for (const file of [...folder.files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const unreadable = unreadableEntry(file, folder.path);
    if (unreadable) {
      report(file, unreadable);
      continue;
    }
    const extension = extensionOf(file.name);
    const stem = file.name.slice(0, file.name.length - extension.length);
    if (extension !== folder.extension) {
      const lowerCase = extension.toLowerCase();
      const meant = lowerCase === folder.extension || MISSPELT_EXTENSIONS[lowerCase] === folder.extension ? folder.extension : undefined;
      report(
        file,
        meant
          ? `Only ${folder.extension} files are read here, so this file is skipped: rename it to ${suggestedName(stem)}${meant}.`
          : `Only ${folder.extension} files are read in ${folder.path}; move this file out of content/ or delete it.`,
      );
      continue;
    }
    const twins = byLowerCase.get(file.name.toLowerCase())!.filter((name) => name !== file.name);
    if (twins.length > 0) {
      // One message per clash, on the name that breaks the rule; the well-formed twin is fine.
      if (!NAME.test(stem)) report(file, `This name differs from ${twins.join(', ')} only in case; on macOS and Windows they are one file. Keep one of them.`);
      continue;
    }
    if (!NAME.test(stem)) {
      report(file, `File names are lowercase words and hyphens (the name is the entry's id and address): rename it to ${suggestedName(stem)}${extension}.`);
    }
  }
  return problems;
}

/** Problems at the top of `content/`: anything that is not a collection folder or a YAML file. */
export function checkContentRoot(root: ContentRoot): ContentProblem[] {
  return root.files.flatMap((file): ContentProblem[] => {
    const report = (message: string): ContentProblem[] => [{ file: file.path, field: '(file name)', message }];
    const unreadable = file.type === 'directory' && root.folders.includes(file.name) ? undefined : unreadableEntry(file, root.path);
    if (unreadable) return report(unreadable);
    if (file.type === 'file' && extensionOf(file.name) !== '.yaml') {
      const meant = MISSPELT_EXTENSIONS[extensionOf(file.name).toLowerCase()] ?? (extensionOf(file.name).toLowerCase() === '.yaml' ? '.yaml' : undefined);
      return report(
        meant === '.yaml'
          ? `Only .yaml files are read here, so this file is skipped: rename it to ${file.name.slice(0, -extensionOf(file.name).length)}.yaml.`
          : `Only collection folders and .yaml files belong in ${root.path}; move this file elsewhere or delete it.`,
      );
    }
    return [];
  });
}
