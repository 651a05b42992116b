import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { citedWordsId } from '../../../src/lib/citations/passage-id.ts';
import { markPassagesInHtml, type CitedTarget, type MarkerLink } from '../../../src/markdown/rehype-claim-markers.ts';

const link = (overrides: Partial<MarkerLink> = {}): MarkerLink => ({ href: '/analysis/#claim-x', text: '✓ Consistent', description: 'Claim X.', emphasis: false, ...overrides });
const claimTarget = (words: string, links: MarkerLink[] = [link()], kind: CitedTarget['kind'] = 'passage'): CitedTarget => ({ words, kind, links });
const id = citedWordsId;

describe('markPassagesInHtml', () => {
  it('wraps cited words in <mark> with their stable id and adds a linked marker at the end of the paragraph', () => {
    const { html, unmatched } = markPassagesInHtml('<p>Before. The trip was the first in 18 years. After.</p>', [claimTarget('the first in 18 years')]);
    expect(unmatched).toEqual([]);
    expect(html).toBe(
      `<p>Before. The trip was <mark id="${id('the first in 18 years')}" class="claim-passage">the first in 18 years</mark>. After. ` +
        '<span class="claim-markers"><a href="/analysis/#claim-x" class="claim-marker" title="Claim X.">✓ Consistent<span class="visually-hidden">: Claim X.</span></a></span></p>',
    );
  });

  it('gives words cited only by events or countries an id but no highlight and no marker', () => {
    const { html } = markPassagesInHtml('<p>The trip was the first in 18 years.</p>', [claimTarget('the first in 18 years', [])]);
    expect(html).toBe(`<p>The trip was <span id="${id('the first in 18 years')}" class="cited-passage">the first in 18 years</span>.</p>`);
  });

  it('matches straight quotes in the citation against typographic quotes and folded white space in the HTML', () => {
    const { html, unmatched } = markPassagesInHtml('<p>as general secretary of “her\n   party,” Lam’s post</p>', [claimTarget('as general secretary of "her party,"')]);
    expect(unmatched).toEqual([]);
    expect(html).toContain('class="claim-passage">as general secretary of “her\n   party,”</mark> Lam’s post');
  });

  it('marks words that run across emphasis, one <mark> per text piece, the id on the first', () => {
    const { html } = markPassagesInHtml('<p>This is <em>the project’s own</em> restatement of it.</p>', [claimTarget("is the project's own restatement")]);
    expect(html).toContain(
      `This <mark id="${id("is the project's own restatement")}" class="claim-passage">is </mark><em><mark class="claim-passage">the project’s own</mark></em><mark class="claim-passage"> restatement</mark> of it.`,
    );
  });

  it('puts markers for a heading after it, not inside it, and ignores the heading anchor', () => {
    const { html } = markPassagesInHtml('<h2 id="x">Amid Close Ties<a class="heading-anchor" href="#x">#</a></h2><p>Text.</p>', [claimTarget('Amid Close Ties')]);
    expect(html).toMatch(/^<h2 id="x"><mark id="cited-amid-close-ties-[0-9a-z]+" class="claim-passage">Amid Close Ties<\/mark><a class="heading-anchor" href="#x">#<\/a><\/h2><p class="claim-markers"><a /);
    expect(html.endsWith('<p>Text.</p>')).toBe(true);
  });

  it('ignores the hidden "(opens in a new tab)" text of external links', () => {
    const { html, unmatched } = markPassagesInHtml('<p>See <a href="https://x.org">the report<span class="visually-hidden"> (opens in a new tab)</span></a> today.</p>', [claimTarget('See the report today')]);
    expect(unmatched).toEqual([]);
    expect(html).toContain('<span class="visually-hidden"> (opens in a new tab)</span>');
  });

  it('gives each claim its own marker and each cited words their id when citations overlap', () => {
    const { html, unmatched } = markPassagesInHtml('<p>Laos assists the North in ways other countries will not.</p>', [
      claimTarget('Laos assists the North', [link({ href: '/a/#claim-1' })]),
      claimTarget('the North in ways', [link({ href: '/a/#claim-2', emphasis: true, text: '⚠ Error in this source' })]),
    ]);
    expect(unmatched).toEqual([]);
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(html).toContain(`id="${id('Laos assists the North')}"`);
    expect(html).toContain(`<span id="${id('the North in ways')}" class="cited-anchor"></span>`);
    expect(html).toContain('href="/a/#claim-1" class="claim-marker"');
    expect(html).toContain('href="/a/#claim-2" class="claim-marker claim-marker-apart"');
  });

  it('places the same words cited twice once, with both claims’ markers', () => {
    const { html } = markPassagesInHtml('<p>Laos assists the North.</p>', [
      claimTarget('Laos assists the North', [link({ href: '/a/#claim-1' })]),
      claimTarget('Laos assists  the North', [link({ href: '/a/#claim-2' })]),
    ]);
    expect(html.match(/ id="/g)).toHaveLength(1);
    expect(html.match(/class="claim-marker"/g)).toHaveLength(2);
  });

  it('reports citations it cannot place, with the reason, and leaves the HTML unchanged', () => {
    const source = '<p>Nothing to see.</p><p>Second "quoted" one.</p>';
    const { html, unmatched } = markPassagesInHtml(source, [
      claimTarget('not in the text'),
      claimTarget('to see. Second'),
      claimTarget('Second', [], 'quote'),
      claimTarget('quoted', [], 'quote'),
    ]);
    expect(unmatched).toEqual([
      { words: 'not in the text', kind: 'passage', failure: 'not-found' },
      { words: 'to see. Second', kind: 'passage', failure: 'across-blocks' },
      { words: 'Second', kind: 'quote', failure: 'not-quoted' },
    ]);
    expect(html).toBe(`<p>Nothing to see.</p><p>Second "<span id="${id('quoted')}" class="cited-passage">quoted</span>" one.</p>`);
  });

  it('treats a list item’s own text as a block when a nested list follows it', () => {
    const { unmatched } = markPassagesInHtml('<ul><li>Outer item<ul><li>Inner item</li></ul></li></ul>', [claimTarget('Outer item'), claimTarget('Outer item Inner')]);
    expect(unmatched).toEqual([{ words: 'Outer item Inner', kind: 'passage', failure: 'across-blocks' }]);
  });

  it('escapes the description, so it can never become markup', () => {
    const { html } = markPassagesInHtml('<p>Quote here.</p>', [claimTarget('Quote here', [link({ description: '<b>"x"</b>' })])]);
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
