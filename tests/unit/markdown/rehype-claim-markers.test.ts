import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markPassagesInHtml, type PassageMarker } from '../../../src/markdown/rehype-claim-markers.ts';

const marker = (quote: string, overrides: Partial<PassageMarker> = {}): PassageMarker => ({
  quote,
  href: '/analysis/#claim-x',
  text: '✓ Consistent',
  description: 'Claim X.',
  emphasis: false,
  ...overrides,
});

describe('markPassagesInHtml', () => {
  it('wraps a quote in <mark> and adds a linked marker at the end of its paragraph', () => {
    const { html, unmatched } = markPassagesInHtml('<p>Before. The trip was the first in 18 years. After.</p>', [marker('the first in 18 years')]);
    expect(unmatched).toEqual([]);
    expect(html).toBe(
      '<p>Before. The trip was <mark class="claim-passage">the first in 18 years</mark>. After. ' +
        '<span class="claim-markers"><a href="/analysis/#claim-x" class="claim-marker" title="Claim X.">✓ Consistent<span class="visually-hidden">: Claim X.</span></a></span></p>',
    );
  });

  it('matches straight quotes in the citation against typographic quotes and folded white space in the HTML', () => {
    const { html, unmatched } = markPassagesInHtml('<p>as general secretary of “her\n   party,” Lam’s post</p>', [marker('as general secretary of "her party,"')]);
    expect(unmatched).toEqual([]);
    expect(html).toContain('<mark class="claim-passage">as general secretary of “her\n   party,”</mark> Lam’s post');
  });

  it('marks a quote that runs across emphasis, one <mark> per text piece', () => {
    const { html } = markPassagesInHtml('<p>This is <em>the project’s own</em> restatement of it.</p>', [marker("is the project's own restatement")]);
    expect(html).toContain(
      'This <mark class="claim-passage">is </mark><em><mark class="claim-passage">the project’s own</mark></em><mark class="claim-passage"> restatement</mark> of it.',
    );
  });

  it('puts markers for a heading after it, not inside it, and ignores the heading anchor', () => {
    const { html } = markPassagesInHtml('<h2 id="x">Amid Close Ties<a class="heading-anchor" href="#x">#</a></h2><p>Text.</p>', [marker('Amid Close Ties')]);
    expect(html).toMatch(/^<h2 id="x"><mark class="claim-passage">Amid Close Ties<\/mark><a class="heading-anchor" href="#x">#<\/a><\/h2><p class="claim-markers"><a /);
    expect(html.endsWith('<p>Text.</p>')).toBe(true);
  });

  it('gives each claim its own marker when quotes overlap, highlighting the first only', () => {
    const { html, unmatched } = markPassagesInHtml('<p>Laos assists the North in ways other countries will not.</p>', [
      marker('Laos assists the North', { href: '/a/#claim-1' }),
      marker('the North in ways', { href: '/a/#claim-2', emphasis: true, text: '⚠ Error in this source' }),
    ]);
    expect(unmatched).toEqual([]);
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(html).toContain('href="/a/#claim-1" class="claim-marker"');
    expect(html).toContain('href="/a/#claim-2" class="claim-marker claim-marker-apart"');
  });

  it('reports quotes it cannot find and leaves the HTML unchanged', () => {
    const { html, unmatched } = markPassagesInHtml('<p>Nothing to see.</p>', [marker('not in the text')]);
    expect(unmatched).toEqual(['not in the text']);
    expect(html).toBe('<p>Nothing to see.</p>');
  });

  it('escapes the description, so it can never become markup', () => {
    const { html } = markPassagesInHtml('<p>Quote here.</p>', [marker('Quote here', { description: '<b>"x"</b>' })]);
    const tree = fromHtml(html, { fragment: true });
    const tagNames: string[] = [];
    visit(tree, 'element', (element) => {
      tagNames.push(element.tagName);
      if (element.tagName === 'a') expect(element.properties['title']).toBe('<b>"x"</b>');
    });
    expect(tagNames).toEqual(['p', 'mark', 'span', 'a', 'span']);
    const texts: string[] = [];
    visit(tree, 'text', (text) => {
      texts.push(text.value);
    });
    expect(texts).toContain(': <b>"x"</b>');
  });
});
