/**
 * Marks cited passages in an article's HTML: the quoted words are wrapped in `<mark>`, and the
 * paragraph (or heading) that holds them gets small links to the claims they bear on. Matching
 * folds white space and typographic quotes exactly as the citation check does, so a quote that
 * passes `npm run check` is found here too. The article page runs it over the rendered HTML, so
 * markers always reflect the current claims (Astro caches rendered Markdown per article file).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { markdownToPlainText, normaliseText } from '../lib/citations.ts';

/** One passage to mark and the link that explains it. */
export interface PassageMarker {
  /** The phrase as cited; must occur in the article. */
  quote: string;
  /** Where the marker links to. */
  href: string;
  /** Visible marker text, e.g. "⚠ Error". */
  text: string;
  /** Accessible description added to the link, e.g. the claim. */
  description: string;
  /** Whether to emphasise the marker (the article stands apart on this claim). */
  emphasis: boolean;
}

export interface MarkerOptions {
  markers: readonly PassageMarker[];
  /** Called with each quote that no paragraph or heading contains. */
  onUnmatched?: (quote: string) => void;
}

const BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const TYPOGRAPHIC: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u2013': '-', '\u2014': '-' };

interface TextSlot {
  node: Text;
  parent: Element;
  /** Offset of the node's first character in the block's raw text. */
  start: number;
}

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';
const classes = (element: Element): string[] => {
  const value: unknown = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** The text nodes of a block in reading order, skipping heading anchors and earlier markers. */
function textSlots(block: Element): TextSlot[] {
  const slots: TextSlot[] = [];
  let offset = 0;
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.type === 'text') {
        slots.push({ node: child, parent: element, start: offset });
        offset += child.value.length;
      } else if (isElement(child) && !classes(child).some((name) => name === 'heading-anchor' || name === 'claim-markers')) {
        walk(child);
      }
    }
  };
  walk(block);
  return slots;
}

/** Normalised block text and, for each of its characters, the raw offset it came from. */
function normaliseWithOffsets(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const char = TYPOGRAPHIC[raw[index]!] ?? raw[index]!;
    if (/\s/.test(char)) {
      if (text === '' || text.endsWith(' ')) continue;
      text += ' ';
    } else {
      text += char;
    }
    offsets.push(index);
  }
  return { text, offsets };
}

/** Splits the block's text nodes so that each raw range is wrapped in a `<mark>`. */
function wrapRanges(slots: TextSlot[], ranges: [number, number][]): void {
  for (const slot of slots) {
    const end = slot.start + slot.node.value.length;
    const cuts = ranges
      .map(([from, to]) => [Math.max(from, slot.start) - slot.start, Math.min(to, end) - slot.start] as const)
      .filter(([from, to]) => from < to)
      .sort((a, b) => a[0] - b[0]);
    if (cuts.length === 0) continue;
    const pieces: ElementContent[] = [];
    let position = 0;
    for (const [from, to] of cuts) {
      if (from > position) pieces.push({ type: 'text', value: slot.node.value.slice(position, from) });
      pieces.push({ type: 'element', tagName: 'mark', properties: { className: ['claim-passage'] }, children: [{ type: 'text', value: slot.node.value.slice(from, to) }] });
      position = to;
    }
    if (position < slot.node.value.length) pieces.push({ type: 'text', value: slot.node.value.slice(position) });
    const index = slot.parent.children.indexOf(slot.node);
    slot.parent.children.splice(index, 1, ...pieces);
  }
}

function markerLinks(markers: readonly PassageMarker[], tagName: 'span' | 'p'): Element {
  return {
    type: 'element',
    tagName,
    properties: { className: ['claim-markers'] },
    children: markers.map((marker) => ({
      type: 'element',
      tagName: 'a',
      properties: { href: marker.href, className: marker.emphasis ? ['claim-marker', 'claim-marker-apart'] : ['claim-marker'], title: marker.description },
      children: [
        { type: 'text', value: marker.text },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `: ${marker.description}` }] },
      ],
    })),
  };
}

/** The rehype plugin: marks every passage in `options.markers` in the tree. */
export default function rehypeClaimMarkers(options: MarkerOptions) {
  return (tree: Root) => {
    const pending = new Map(options.markers.map((marker) => [marker, normaliseText(markdownToPlainText(marker.quote))]));
    const visit = (parent: Root | Element) => {
      for (let index = 0; index < parent.children.length; index += 1) {
        const child = parent.children[index]!;
        if (!isElement(child)) continue;
        const hasInnerBlock = child.children.some((inner) => isElement(inner) && BLOCKS.has(inner.tagName));
        if (!BLOCKS.has(child.tagName) || hasInnerBlock) {
          visit(child);
          continue;
        }
        const slots = textSlots(child);
        const { text, offsets } = normaliseWithOffsets(slots.map((slot) => slot.node.value).join(''));
        const found: PassageMarker[] = [];
        const ranges: [number, number][] = [];
        for (const [marker, quote] of pending) {
          const at = text.indexOf(quote);
          if (quote === '' || at === -1) continue;
          found.push(marker);
          pending.delete(marker);
          const range: [number, number] = [offsets[at]!, offsets[at + quote.length - 1]! + 1];
          // Overlapping quotes keep the first highlight; each still gets its own marker link.
          if (!ranges.some(([from, to]) => range[0] < to && from < range[1])) ranges.push(range);
        }
        if (found.length === 0) continue;
        wrapRanges(slots, ranges);
        if (HEADINGS.has(child.tagName)) {
          parent.children.splice(index + 1, 0, markerLinks(found, 'p'));
          index += 1;
        } else {
          child.children.push({ type: 'text', value: ' ' }, markerLinks(found, 'span'));
        }
      }
    };
    visit(tree);
    for (const marker of pending.keys()) options.onUnmatched?.(marker.quote);
  };
}

/** Runs the plugin over an HTML fragment; returns the new HTML and the quotes it could not find. */
export function markPassagesInHtml(html: string, markers: readonly PassageMarker[]): { html: string; unmatched: string[] } {
  const tree = fromHtml(html, { fragment: true });
  const unmatched: string[] = [];
  rehypeClaimMarkers({ markers, onUnmatched: (quote) => unmatched.push(quote) })(tree);
  return { html: toHtml(tree), unmatched };
}
