/**
 * Fails the build on raw HTML and on links with a scripting or unknown protocol in Markdown.
 * Articles are written in Markdown only; rejecting with the file and line tells the editor what
 * to change, where silently sanitizing would hide a mistake (rehype-sanitize still runs after
 * this as a second line of defence).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/)|^[^:]*$/i;

export interface UnsafeMarkdown {
  line: number | undefined;
  message: string;
}

/** Returns one problem per unsafe construct in the tree. */
export function findUnsafeMarkdown(tree: Root): UnsafeMarkdown[] {
  const problems: UnsafeMarkdown[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      problems.push({ line, message: `raw HTML is not allowed in articles (${node.value.trim().slice(0, 40)}); write Markdown instead.` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      problems.push({ line, message: `link target "${node.url}" is not allowed; use an https:// address.` });
    }
  });
  return problems;
}

/** Where an editor finds the problem; Astro numbers body lines from the end of the frontmatter. */
export const unsafeMarkdownField = (problem: UnsafeMarkdown): string => `body, line ${problem.line ?? '?'} below the frontmatter`;

export default function remarkRejectUnsafe() {
  return (tree: Root, file: VFile) => {
    const problems = findUnsafeMarkdown(tree);
    if (problems.length > 0) {
      const lines = problems.map((problem) => `${unsafeMarkdownField(problem)}: ${problem.message}`);
      throw new Error(`Unsafe Markdown in ${file.path}:\n  ${lines.join('\n  ')}`);
    }
  };
}
