/**
 * Marks cited words in an article's rendered HTML. Every passage or quote that claims, events or
 * countries cite gets a stable id (`citedWordsId`), so a citation can link to
 * `/articles/<slug>/#<id>`; words that claims bear on are wrapped in `<mark>` and their block
 * gets small links to those claims. Words are found by the same matcher and rules as the content
 * check (`src/lib/citations/match.ts`), over the same blocks of visible text, so a citation that
 * passes `npm run check` is marked here; one that is not found is reported, and the article page
 * fails the build with it. The article page runs this over the rendered HTML, so markers always
 * reflect the current content (Astro caches rendered Markdown per article file).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { locateCitation, prepareBlock, type CitationFailure, type CitationKind, type PreparedBlock } from '../lib/citations/match.ts';
import { citedWordsId } from '../lib/citations/passage-id.ts';
import type { CitedTarget, MarkerLink } from '../lib/citations/targets.ts';

export type { CitedTarget, MarkerLink };

export interface UnmatchedCitation {
  words: string;
  kind: CitationKind;
  failure: CitationFailure;
}

export interface MarkerOptions {
  targets: readonly CitedTarget[];
  /** Called with each citation the matcher cannot place. */
  onUnmatched?: (citation: UnmatchedCitation) => void;
}

/** Elements whose inline content forms blocks of visible text (as paragraphs, headings and cells do in Markdown). */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'th']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that hold blocks: inside a block they end its run of inline content (a nested list). */
const CONTAINERS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'div', 'section', 'pre', 'hr']);
/** Added by the pipeline or by this plugin, not part of the restatement's text. */
const NOT_TEXT_CLASSES = new Set(['heading-anchor', 'claim-markers', 'visually-hidden']);

interface TextSlot {
  node: Text;
  parent: Element;
  /** Offset of the node's first character in the block's raw text. */
  start: number;
}

/** A run of inline content inside a block element, ending before `children[to]` of `element`. */
interface HtmlBlock {
  element: Element;
  parentOfElement: Root | Element;
  to: number;
  slots: TextSlot[];
  prepared: PreparedBlock;
}

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';
const classes = (element: Element): string[] => {
  const value: unknown = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};
const endsRun = (node: ElementContent): node is Element => isElement(node) && (BLOCKS.has(node.tagName) || CONTAINERS.has(node.tagName));

function textSlots(nodes: readonly ElementContent[], parent: Element, offset: { value: number }, slots: TextSlot[]): void {
  for (const child of nodes) {
    if (child.type === 'text') {
      slots.push({ node: child, parent, start: offset.value });
      offset.value += child.value.length;
    } else if (isElement(child) && !classes(child).some((name) => NOT_TEXT_CLASSES.has(name))) {
      textSlots(child.children, child, offset, slots);
    }
  }
}

/** The blocks of visible text of an HTML tree, in reading order. */
function htmlBlocks(tree: Root): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const visit = (node: Root | Element, parent: Root | Element) => {
    if (node.type === 'root' || !BLOCKS.has(node.tagName)) {
      for (const child of node.children) if (isElement(child)) visit(child, node);
      return;
    }
    let from = 0;
    const flush = (to: number) => {
      const slots: TextSlot[] = [];
      textSlots(node.children.slice(from, to), node, { value: 0 }, slots);
      const prepared = prepareBlock(slots.map((slot) => slot.node.value).join(''));
      if (prepared.text !== '') blocks.push({ element: node, parentOfElement: parent, to, slots, prepared });
    };
    node.children.forEach((child, index) => {
      if (!endsRun(child)) return;
      flush(index);
      visit(child, node);
      from = index + 1;
    });
    flush(node.children.length);
  };
  visit(tree, tree);
  return blocks;
}

/** A raw range of a block to wrap; an empty range places an anchor only (overlapping words). */
interface Wrap {
  from: number;
  to: number;
  id: string;
  highlighted: boolean;
}

function wrapElement(wrap: Wrap, value: string, withId: boolean): Element {
  return {
    type: 'element',
    tagName: wrap.highlighted ? 'mark' : 'span',
    properties: { ...(withId ? { id: wrap.id } : {}), className: [wrap.from === wrap.to ? 'cited-anchor' : wrap.highlighted ? 'claim-passage' : 'cited-passage'] },
    children: value === '' ? [] : [{ type: 'text', value }],
  };
}

/** Splits the block's text nodes so that each range is wrapped, its id on the first piece. */
function wrapRanges(slots: readonly TextSlot[], wraps: readonly Wrap[]): void {
  for (const slot of slots) {
    const length = slot.node.value.length;
    const cuts = wraps
      .map((wrap) => ({ wrap, from: Math.max(wrap.from, slot.start) - slot.start, to: Math.min(wrap.to, slot.start + length) - slot.start }))
      .filter(({ wrap, from, to }) => (wrap.from === wrap.to ? wrap.from >= slot.start && wrap.from < slot.start + length : from < to))
      .sort((a, b) => a.from - b.from || a.to - b.to);
    if (cuts.length === 0) continue;
    const pieces: ElementContent[] = [];
    let position = 0;
    for (const { wrap, from, to } of cuts) {
      if (from > position) pieces.push({ type: 'text', value: slot.node.value.slice(position, from) });
      pieces.push(wrapElement(wrap, slot.node.value.slice(from, to), wrap.from >= slot.start));
      position = Math.max(position, to);
    }
    if (position < length) pieces.push({ type: 'text', value: slot.node.value.slice(position) });
    slot.parent.children.splice(slot.parent.children.indexOf(slot.node), 1, ...pieces);
  }
}

function markerLinks(links: readonly MarkerLink[], tagName: 'span' | 'p'): Element {
  return {
    type: 'element',
    tagName,
    properties: { className: ['claim-markers'] },
    children: links.map((link) => ({
      type: 'element',
      tagName: 'a',
      properties: { href: link.href, className: link.emphasis ? ['claim-marker', 'claim-marker-apart'] : ['claim-marker'], title: link.description },
      children: [
        { type: 'text', value: link.text },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `: ${link.description}` }] },
      ],
    })),
  };
}

interface Placed {
  id: string;
  start: number;
  end: number;
  links: MarkerLink[];
}

/** The rehype plugin: marks every target in `options.targets` in the tree. */
export default function rehypeClaimMarkers(options: MarkerOptions) {
  return (tree: Root) => {
    const blocks = htmlBlocks(tree);
    const prepared = blocks.map((block) => block.prepared);
    const placedByBlock = new Map<number, Map<string, Placed>>();
    for (const target of options.targets) {
      const match = locateCitation(target.words, target.kind, prepared);
      if (!match.found) {
        options.onUnmatched?.({ words: target.words, kind: target.kind, failure: match.failure });
        continue;
      }
      const placed = placedByBlock.get(match.block) ?? new Map<string, Placed>();
      placedByBlock.set(match.block, placed);
      const id = citedWordsId(target.words);
      const existing = placed.get(id) ?? { id, start: match.start, end: match.end, links: [] };
      existing.links.push(...target.links);
      placed.set(id, existing);
    }
    // Last block first, so that inserting marker links never shifts a block still to be done.
    for (const index of [...placedByBlock.keys()].sort((a, b) => b - a)) {
      const block = blocks[index]!;
      const { offsets } = block.prepared;
      const wraps: Wrap[] = [];
      const links: MarkerLink[] = [];
      for (const placed of placedByBlock.get(index)!.values()) {
        const from = offsets[placed.start]!;
        const to = offsets[placed.end - 1]! + 1;
        const highlighted = placed.links.length > 0;
        // Overlapping words keep the first highlight; the later ones get an anchor for their id.
        const overlaps = wraps.some((wrap) => from < wrap.to && wrap.from < to);
        wraps.push({ from, to: overlaps ? from : to, id: placed.id, highlighted: overlaps ? false : highlighted });
        links.push(...placed.links);
      }
      if (links.length > 0) {
        if (HEADINGS.has(block.element.tagName)) {
          const siblings = block.parentOfElement.children as (RootContent | ElementContent)[];
          siblings.splice(siblings.indexOf(block.element) + 1, 0, markerLinks(links, 'p'));
        } else {
          block.element.children.splice(block.to, 0, { type: 'text', value: ' ' }, markerLinks(links, 'span'));
        }
      }
      wrapRanges(block.slots, wraps);
    }
  };
}

/** The normalised visible text of each block of an HTML fragment, as the matcher sees it. */
export const htmlBlockTexts = (html: string): string[] => htmlBlocks(fromHtml(html, { fragment: true })).map((block) => block.prepared.text);

/** Runs the plugin over an HTML fragment; returns the new HTML and the citations it could not place. */
export function markPassagesInHtml(html: string, targets: readonly CitedTarget[]): { html: string; unmatched: UnmatchedCitation[] } {
  const tree = fromHtml(html, { fragment: true });
  const unmatched: UnmatchedCitation[] = [];
  rehypeClaimMarkers({ targets, onUnmatched: (citation) => unmatched.push(citation) })(tree);
  return { html: toHtml(tree), unmatched };
}
