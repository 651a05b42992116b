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

/** Returns one message per unsafe construct in the tree. */
export function findUnsafeMarkdown(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? '?';
    if (node.type === 'html') {
      problems.push(`line ${line}: raw HTML is not allowed in articles (${node.value.trim().slice(0, 40)}); write Markdown instead.`);
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      problems.push(`line ${line}: link target "${node.url}" is not allowed; use an https:// address.`);
    }
  });
  return problems;
}

export default function remarkRejectUnsafe() {
  return (tree: Root, file: VFile) => {
    const problems = findUnsafeMarkdown(tree);
    if (problems.length > 0) {
      throw new Error(`Unsafe Markdown in ${file.path}:\n  ${problems.join('\n  ')}`);
    }
  };
}
