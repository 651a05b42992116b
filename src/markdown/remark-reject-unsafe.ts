/**
 * Fails the build on raw HTML, on links with a scripting or unknown protocol, and on images that
 * are not files of the repository. Articles are written in Markdown only; rejecting with the file
 * and line tells the editor what to change, where silently sanitizing would hide a mistake
 * (rehype-sanitize still runs after this as a second line of defence).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Definition, Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Link schemes a reader may follow from an article. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

export interface UnsafeMarkdown {
  line: number | undefined;
  message: string;
}

/**
 * A URL as a browser reads it: leading and trailing spaces and control characters dropped, tabs
 * and line breaks removed anywhere (so `java\tscript:` is `javascript:`).
 */
const asBrowserReads = (url: string): string =>
  url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** The URL's scheme in lowercase ("javascript" for `JaVaScRiPt:…`), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReads(url))?.[1]?.toLowerCase();
}

/** `//host/x` (and the backslash forms browsers treat alike) loads from another host. */
const isProtocolRelative = (url: string): boolean => /^[/\\]{2}/.test(asBrowserReads(url));

/** Why a link target is unsafe, or undefined when it is fine. */
function linkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || LINK_SCHEMES.has(scheme)) return undefined;
  return `link target "${url}" is not allowed: ${scheme}: links can run code or open local files; link to an https:// address.`;
}

/** Why an image source is unsafe, or undefined when it is a path inside the repository. */
function imageProblem(url: string): string | undefined {
  if (urlScheme(url) === undefined && !isProtocolRelative(url)) return undefined;
  return `image "${url}" is not a file of this repository: readers' browsers would fetch it from another site. Save the image next to the article and use a relative path.`;
}

/** Images whose source a Markdown tree uses, each with its URL and line (references resolved). */
function imageSources(tree: Root): Array<{ url: string; line: number | undefined; node: Nodes }> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  const sources: Array<{ url: string; line: number | undefined; node: Nodes }> = [];
  visit(tree, (node) => {
    if (node.type === 'image') sources.push({ url: node.url, line: node.position?.start.line, node });
    if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition) sources.push({ url: definition.url, line: node.position?.start.line, node: definition });
    }
  });
  return sources;
}

/** Returns one problem per unsafe construct in the tree. */
export function findUnsafeMarkdown(tree: Root): UnsafeMarkdown[] {
  const problems: UnsafeMarkdown[] = [];
  const images = imageSources(tree);
  const imageNodes = new Set(images.map((image) => image.node));
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      problems.push({ line, message: `raw HTML is not allowed in articles (${node.value.trim().slice(0, 40)}); write Markdown instead.` });
    } else if ((node.type === 'link' || node.type === 'definition') && !imageNodes.has(node)) {
      const message = linkProblem(node.url);
      if (message) problems.push({ line, message });
    }
  });
  for (const image of images) {
    const message = imageProblem(image.url);
    if (message) problems.push({ line: image.line, message });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Local images that do not exist. `exists` answers for a path as written in the Markdown
 * (relative to the article); it is passed in so this module stays free of file access for callers
 * that have none. Remote images are left to `findUnsafeMarkdown`.
 */
export function findMissingImages(tree: Root, exists: (path: string) => boolean): UnsafeMarkdown[] {
  return imageSources(tree)
    .filter((image) => imageProblem(image.url) === undefined && !exists(decodeURI(image.url.split(/[?#]/)[0] ?? '')))
    .map((image) => ({
      line: image.line,
      message: `image "${image.url}" does not exist; check the file name (case matters) or add the file next to the article.`,
    }));
}

/**
 * Whether an image path written in the Markdown file at `markdownFile` exists on disk: relative
 * to the article, or for `/x.png` in `public/` of the project at `root`, as Astro serves it.
 */
export const imageFileExists =
  (markdownFile: string, root = process.cwd()) =>
  (path: string): boolean =>
    existsSync(path.startsWith('/') ? join(root, 'public', path) : resolve(dirname(markdownFile), path));

/** Where an editor finds the problem; Astro numbers body lines from the end of the frontmatter. */
export const unsafeMarkdownField = (problem: UnsafeMarkdown): string => `body, line ${problem.line ?? '?'} below the frontmatter`;

export default function remarkRejectUnsafe() {
  return (tree: Root, file: VFile) => {
    const problems = [...findUnsafeMarkdown(tree), ...(file.path ? findMissingImages(tree, imageFileExists(file.path)) : [])];
    if (problems.length > 0) {
      const lines = problems.map((problem) => `${unsafeMarkdownField(problem)}: ${problem.message}`);
      throw new Error(`Unsafe Markdown in ${file.path}:\n  ${lines.join('\n  ')}`);
    }
  };
}
