/**
 * An article's restatement as blocks of visible text, read from its Markdown the way Astro reads
 * it (CommonMark + GFM + SmartyPants, the defaults of `@astrojs/markdown-remark`), so the check
 * sees the words the rendered page shows. A block is a paragraph, heading or table cell — the
 * leaf blocks of list items and blockquotes included. Visible text is text and inline code;
 * image alt text, link URLs and raw HTML are not visible and are left out.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkSmartypants from 'remark-smartypants';
import { prepareBlock, type PreparedBlock } from './match.ts';

const BLOCK_TYPES = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose content the reader does not see as text of the sentence. */
const INVISIBLE_TYPES = new Set<Nodes['type']>(['image', 'imageReference', 'html', 'footnoteReference', 'definition', 'footnoteDefinition']);

/** Parses a Markdown body once into the tree the check uses for safety and citations. */
export function parseRestatement(markdown: string): Root {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  // The plugin's transformer needs no processor; unified's types only describe it as a plugin.
  (remarkSmartypants as unknown as () => (tree: Root) => void)()(tree);
  return tree;
}

function visibleText(node: Nodes): string {
  if (INVISIBLE_TYPES.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map((child) => visibleText(child as Nodes)).join('') : '';
}

/** The raw visible text of every block, in reading order. */
export function markdownBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (INVISIBLE_TYPES.has(node.type)) return;
    if (BLOCK_TYPES.has(node.type)) {
      blocks.push(visibleText(node));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return blocks;
}

/** The blocks of a parsed restatement, prepared for `locateCitation`. */
export const preparedMarkdownBlocks = (tree: Root): PreparedBlock[] => markdownBlocks(tree).map(prepareBlock);
