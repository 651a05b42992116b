/**
 * Links printed as numbered footnotes: every link of a page's body that paper would otherwise
 * lose gets a `data-print-link` number (print CSS shows it after the link as "[n]"), and a list
 * "Links on this page" with each number's full address follows the body. Nothing is added to the
 * text: on screen the attribute draws nothing and the list is not displayed, so screen readers
 * and the search index see the page as before.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Classes whose elements the print rules hide (global.css, article-print.css, components). */
const HIDDEN_IN_PRINT_CLASSES = new Set([
  'no-print',
  'skip-link',
  'pager',
  'heading-anchor',
  'view-switch',
  'tier-map-tooltip',
  // The margin notes print as footnotes after the text, without their link to the claim page.
  'claim-marker',
  'visually-hidden',
  'timeline-filters',
  'timeline-detail',
  'event-permalink',
]);

/** Classes of parts that print after the rest of the page (article-print.css sets the article
 * page's rail below its text): their links are numbered last, so numbers run down the paper. */
const PRINTED_LAST_CLASSES = new Set(['rail']);

/** Elements the print rules hide, or that cannot show a marker (SVG has no ::after). */
const UNMARKED_ELEMENTS = new Set(['verdict-filter', 'site-search', 'template', 'button', 'select', 'svg']);

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function hiddenInPrint(node: Element): boolean {
  // The tier map's panels carry `hidden` for the screen's view switch; print shows both.
  if (node.properties['hidden'] && node.properties['dataViewPanel'] === undefined) return true;
  return UNMARKED_ELEMENTS.has(node.tagName) || classes(node).some((name) => HIDDEN_IN_PRINT_CLASSES.has(name));
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : isElement(child) ? textOf(child) : '')).join('');
}

/** "https://example.org/a/" and "example.org/a" name the same address for a reader. */
const bare = (url: string) => url.trim().replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, '').replace(/\/+$/, '');

/**
 * The absolute address a link prints, or undefined when it needs no footnote: a same-page
 * anchor, a link whose text is already its address, or an href that is not a URL. A link to a
 * cited passage (CitedWords.astro) prints its article's address: on paper the printed words
 * find the passage, and one footnote per article instead of one per passage keeps pages that
 * cite a hundred passages (the timeline, country pages) lean.
 */
export function printedAddress(href: string, text: string, pageUrl: URL, { passage = false } = {}): string | undefined {
  if (href.trim() === '' || href.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  const samePage = url.origin === pageUrl.origin && url.pathname === pageUrl.pathname && url.search === pageUrl.search;
  if (samePage && url.hash !== '') return undefined;
  if (bare(text) !== '' && bare(text) === bare(url.href)) return undefined;
  if (passage) url.hash = '';
  return url.href;
}

export interface PrintedLinks {
  /** The body with `data-print-link` numbers and, if any link was numbered, the list after it. */
  html: string;
  /** The addresses in number order: entry n - 1 is footnote n. */
  addresses: string[];
}

function linkList(addresses: readonly string[]): Element {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  return {
    type: 'element',
    tagName: 'section',
    // Not indexed by the search: the addresses are not the page's text.
    properties: { className: ['print-links'], dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'h2', properties: {}, children: [text('Links on this page')] },
      { type: 'element', tagName: 'ol', properties: {}, children: addresses.map((address) => ({ type: 'element', tagName: 'li', properties: {}, children: [text(address)] })) },
    ],
  };
}

/**
 * Numbers the links of `html` (a page body) in reading order, one number per address, and
 * appends the list of addresses. `pageUrl` is the page's deployed address (site and base
 * included); relative and root-relative links resolve against it.
 */
export function printLinks(html: string, pageUrl: string): PrintedLinks {
  if (!URL.canParse(pageUrl)) throw new Error(`printLinks needs the page's absolute address, got "${pageUrl}".`);
  const page = new URL(pageUrl);
  const root: Root = fromHtml(html, { fragment: true });
  const numbers = new Map<string, number>();
  const printedLast: Element[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (!isElement(child) || hiddenInPrint(child)) continue;
      if (classes(child).some((name) => PRINTED_LAST_CLASSES.has(name))) {
        printedLast.push(child);
        continue;
      }
      const href = child.tagName === 'a' ? child.properties['href'] : undefined;
      const address = typeof href === 'string' ? printedAddress(href, textOf(child), page, { passage: child.properties['dataCitation'] === 'passage' }) : undefined;
      if (address !== undefined) {
        if (!numbers.has(address)) numbers.set(address, numbers.size + 1);
        child.properties['dataPrintLink'] = String(numbers.get(address));
      }
      visit(child);
    }
  };
  visit(root);
  for (const part of printedLast) visit(part);
  const addresses = [...numbers.keys()];
  if (addresses.length > 0) root.children.push(linkList(addresses));
  // Serialised as Astro writes it (bare empty attributes, self-closed empty SVG elements, "&amp;"),
  // so the page grows only by what the footnotes add.
  const options = { collapseEmptyAttributes: true, closeEmptyElements: true, tightSelfClosing: true, characterReferences: { useNamedReferences: true } };
  return { html: toHtml(root, options), addresses };
}
