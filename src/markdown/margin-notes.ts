/**
 * Turns the claim markers that rehype-claim-markers places after each block into numbered margin
 * notes: each marker link becomes a superscript number after its block's text, and an `<aside>`
 * per note follows the top-level element that holds the block (a paragraph, a heading, a whole
 * list), grouped per element, so notes keep reading order in the markup and CSS can set them
 * beside their passage on wide screens and inline on narrow ones. Numbers follow reading order.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describeStrip, type MarginNoteData } from '../lib/article-page/notes.ts';

export interface NumberedNote extends MarginNoteData {
  number: number;
  /** Fragment id of the aside. */
  id: string;
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const hasClass = (node: Element, name: string) => {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
};
const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** Most rows a group of notes may run beside (CSS has a class for each, up to this). */
export const MAX_SPAN = 4;

export const noteId = (number: number) => `note-${number}`;
export const noteRefId = (number: number) => `note-ref-${number}`;

function noteAside(note: NumberedNote): Element {
  // Hidden from assistive technology as a whole (the sentence before it says the same in words),
  // so its chips need no markup of their own beyond their classes.
  const strip = el(
    'ul',
    { className: ['stance-strip'], ariaHidden: 'true' },
    note.stances.map((cell) =>
      el('li', { className: [`stance-${cell.stance}`, ...(cell.current ? ['is-current'] : []), ...(cell.errs ? ['is-erring'] : [])] }, [text(`${cell.abbreviation} ${cell.symbol}`)]),
    ),
  );
  return el('aside', { id: note.id, className: ['margin-note', `verdict-${note.verdict}`], dataPassage: note.passageId, dataClaim: note.claimId, ariaLabelledby: `${note.id}-label` }, [
    el('p', {}, [
      el('a', { className: ['note-number'], href: `#${noteRefId(note.number)}`, id: `${note.id}-label` }, [text(`Note ${note.number}`), el('span', { className: ['visually-hidden'] }, [text(', back to the passage')])]),
      text(' '),
      el('span', { className: ['note-verdict'] }, [el('span', { ariaHidden: 'true' }, [text(note.verdictSymbol)]), text(` ${note.verdictLabel}`)]),
    ]),
    el('p', {}, [text(note.claim)]),
    // The strip is read out as one sentence; its chips are for the eye.
    el('p', { className: ['visually-hidden'] }, [text(`Every source’s stance: ${describeStrip(note.stances)}.`)]),
    strip,
    el('p', {}, [el('a', { href: note.href, className: ['claim-marker'] }, [text('How the sources compare'), el('span', { className: ['visually-hidden'] }, [text(` on note ${note.number}`)])])]),
  ]);
}

/** The top-level element of `root` that holds `target`. */
function topLevelOf(root: Root, target: Element): Element | undefined {
  const contains = (node: Element): boolean => node === target || node.children.some((child) => isElement(child) && contains(child));
  return root.children.find((child): child is Element => isElement(child) && contains(child));
}

/**
 * Replaces every `.claim-markers` element of the marked HTML with note numbers and inserts the
 * notes. `noteFor` gives a marker link's note by its href; a link without one is an error of the
 * caller (every claim marker is a compared passage).
 */
export function placeMarginNotes(html: string, noteFor: (href: string) => MarginNoteData | undefined): { html: string; notes: NumberedNote[] } {
  const root = fromHtml(html, { fragment: true });
  const notes: NumberedNote[] = [];
  const inserts = new Map<Element, Element[]>();
  const visit = (parent: Root | Element) => {
    for (const [index, child] of parent.children.entries()) {
      if (!isElement(child)) continue;
      if (!hasClass(child, 'claim-markers')) {
        visit(child);
        continue;
      }
      const refs: ElementContent[] = [];
      const asides: Element[] = [];
      for (const link of child.children.filter(isElement)) {
        const href = String(link.properties['href'] ?? '');
        const data = noteFor(href);
        if (!data) throw new Error(`No margin note for the claim marker linking to ${href}.`);
        const note: NumberedNote = { ...data, number: notes.length + 1, id: noteId(notes.length + 1) };
        notes.push(note);
        // Its passage is its note's data-passage: linked reading looks it up there.
        refs.push(el('a', { href: `#${note.id}`, id: noteRefId(note.number), className: ['note-ref'] }, [el('span', { className: ['visually-hidden'] }, [text('Note ')]), text(String(note.number))]));
        asides.push(noteAside(note));
      }
      const replacement = el(child.tagName === 'p' ? 'p' : 'sup', { className: ['note-refs'] }, refs.flatMap((ref, position) => (position > 0 ? [text(' '), ref] : [ref])));
      // A heading's markers form a paragraph of their own at the top level: the notes follow it.
      const top = topLevelOf(root, child);
      const owner = top === child ? replacement : top;
      parent.children[index] = replacement;
      if (owner) inserts.set(owner, [...(inserts.get(owner) ?? []), ...asides]);
    }
  };
  visit(root);
  const blocks = root.children.filter(isElement);
  root.children = root.children.flatMap((child) => {
    const asides = isElement(child) ? inserts.get(child) : undefined;
    if (!asides) return [child];
    // The group may run beside the elements that follow, up to the next annotated one: on wide
    // screens it then fills their margin instead of opening a gap in the text.
    const following = blocks.slice(blocks.indexOf(child as Element) + 1);
    const free = following.findIndex((block) => inserts.has(block));
    const span = Math.min(MAX_SPAN, 1 + (free === -1 ? following.length : free));
    return [child, el('div', { className: ['margin-notes', `note-span-${span}`] }, asides)];
  });
  return { html: toHtml(root), notes };
}
