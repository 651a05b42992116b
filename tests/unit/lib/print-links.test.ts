import { describe, expect, it } from 'vitest';
import { printedAddress, printLinks } from '../../../src/lib/print-links.ts';

const PAGE = 'https://example.org/articles/one/';
const LIST_START = '<section class="print-links" data-pagefind-ignore><h2>Links on this page</h2><ol>';
const list = (...addresses: string[]) => `${LIST_START}${addresses.map((address) => `<li>${address}</li>`).join('')}</ol></section>`;

describe('printLinks', () => {
  it('numbers links in reading order, gives one address one number and lists the addresses after the body', () => {
    const { html, addresses } = printLinks(
      '<p>See <a href="https://dw.com/a">DW</a>, the <a href="/map/">map</a> and <a href="https://dw.com/a">DW again</a>.</p>',
      PAGE,
    );
    expect(addresses).toEqual(['https://dw.com/a', 'https://example.org/map/']);
    expect(html).toBe(
      '<p>See <a href="https://dw.com/a" data-print-link="1">DW</a>, the <a href="/map/" data-print-link="2">map</a> and <a href="https://dw.com/a" data-print-link="1">DW again</a>.</p>' +
        list('https://dw.com/a', 'https://example.org/map/'),
    );
  });

  it('tells addresses apart by their fragment: two events of the timeline are two footnotes', () => {
    const { addresses } = printLinks('<a href="/timeline/#event-a">a</a><a href="/timeline/#event-b">b</a><a href="/timeline/#event-a">a</a>', PAGE);
    expect(addresses).toEqual(['https://example.org/timeline/#event-a', 'https://example.org/timeline/#event-b']);
  });

  it('gives a link to a cited passage its article\'s address, so it shares the article link\'s number', () => {
    const { html, addresses } = printLinks(
      '<a href="/articles/dw/">DW title</a>: <a href="/articles/dw/#cited-words-1a" data-citation="passage">words</a>; <a href="/articles/dw/#cited-words-1a">DW</a>',
      PAGE,
    );
    expect(addresses).toEqual(['https://example.org/articles/dw/', 'https://example.org/articles/dw/#cited-words-1a']);
    expect(html).toContain('<a href="/articles/dw/#cited-words-1a" data-citation="passage" data-print-link="1">words</a>');
  });

  it('resolves internal links under a sub-path base against the page address', () => {
    const { addresses } = printLinks(
      '<a href="/nk-sea/map/">map</a><a href="../../claims/x/">claim</a><a href="notes/">notes</a><a href="/nk-sea/analysis/#claim-x">analysis</a>',
      'https://example.org/nk-sea/articles/one/',
    );
    expect(addresses).toEqual([
      'https://example.org/nk-sea/map/',
      'https://example.org/nk-sea/claims/x/',
      'https://example.org/nk-sea/articles/one/notes/',
      'https://example.org/nk-sea/analysis/#claim-x',
    ]);
  });

  it('leaves out same-page anchors, written as a fragment or as the page address with one', () => {
    const { html, addresses } = printLinks('<a href="#note-1">1</a><a href="/articles/one/#people">people</a><a href="/articles/two/#people">other</a>', PAGE);
    expect(addresses).toEqual(['https://example.org/articles/two/#people']);
    expect(html).toContain('<a href="#note-1">1</a><a href="/articles/one/#people">people</a>');
  });

  it('leaves out links whose text already is their address, with or without the scheme and final slash', () => {
    const { addresses } = printLinks(
      '<a href="https://dw.com/a/">https://dw.com/a/</a><a href="https://dw.com/b/"> dw.com/b </a><a href="/map/">https://example.org/map/</a><a href="https://dw.com/c/">dw.com</a>',
      PAGE,
    );
    expect(addresses).toEqual(['https://dw.com/c/']);
  });

  it('leaves out links of parts hidden in print and links inside SVG, but numbers both map views', () => {
    const { html, addresses } = printLinks(
      [
        '<p class="no-print"><a href="/search/">Search</a></p>',
        '<aside class="margin-note"><p><a href="/claims/a/" class="claim-marker">How the sources compare</a></p></aside>',
        '<nav class="pager"><a href="/articles/two/">Next</a></nav>',
        '<div hidden><a href="/hidden/">hidden</a></div>',
        '<span class="visually-hidden"><a href="/unseen/">unseen</a></span>',
        '<svg><a href="/countries/vnm/"><path d="M0,0"/></a></svg>',
        '<div data-view-panel="affinity" hidden><a href="/countries/lao/">Laos</a></div>',
      ].join(''),
      PAGE,
    );
    expect(addresses).toEqual(['https://example.org/countries/lao/']);
    expect(html).toContain('<a href="/countries/lao/" data-print-link="1">Laos</a>');
    expect(html.match(/data-print-link/g)).toHaveLength(1);
  });

  it('numbers the links of the article rail after the text, as print sets the rail below it', () => {
    const { addresses } = printLinks(
      '<header><a href="/a/">a</a></header><section class="rail rail-top"><a href="/countries/vnm/">Vietnam</a></section><div class="prose"><a href="/b/">b</a></div>',
      PAGE,
    );
    expect(addresses).toEqual(['https://example.org/a/', 'https://example.org/b/', 'https://example.org/countries/vnm/']);
  });

  it('prints other schemes as written', () => {
    expect(printLinks('<a href="mailto:desk@example.org">write to us</a>', PAGE).addresses).toEqual(['mailto:desk@example.org']);
  });

  it('keeps the markup it does not number as Astro wrote it: scripts, ids, search attributes, SVG, empty attributes', () => {
    const body =
      '<span hidden data-pagefind-meta="type:Source"></span><div id="x" data-pagefind-body data-astro-cid-ab12><script type="module" src="/_astro/page.js"></script>' +
      '<script type="application/ld+json">{"a":"<b>"}</script><svg viewBox="0 0 1 1" aria-hidden="true"><path d="M0,0L1,1"/><text x="0">A &amp; B</text></svg><template><a href="/t/">t</a></template><br></div>';
    expect(printLinks(body, PAGE)).toEqual({ html: body, addresses: [] });
  });

  it('is deterministic: the same body gives the same output', () => {
    const body = '<p><a href="/b/">b</a> <a href="https://dw.com/">DW</a> <a href="/a/">a</a></p>';
    expect(printLinks(body, PAGE).html).toBe(printLinks(body, PAGE).html);
  });

  it('handles broken input: unclosed markup is repaired, an href that is no URL is skipped, an empty body stays empty', () => {
    expect(printLinks('<p><a href="http://[::1">bad</a><a href="">empty</a><a>no href</a>', PAGE)).toEqual({
      html: '<p><a href="http://[::1">bad</a><a href>empty</a><a>no href</a></p>',
      addresses: [],
    });
    expect(printLinks('', PAGE)).toEqual({ html: '', addresses: [] });
  });

  it('refuses a page address that is not absolute, naming what it needs', () => {
    expect(() => printLinks('<a href="/a/">a</a>', '/articles/one/')).toThrow('printLinks needs the page\'s absolute address, got "/articles/one/".');
  });
});

describe('printedAddress', () => {
  const page = new URL(PAGE);
  it('gives the absolute address of a link to another page', () => {
    expect(printedAddress('../two/', 'two', page)).toBe('https://example.org/articles/two/');
  });
  it('gives a link to the page itself without a fragment its address', () => {
    expect(printedAddress('/articles/one/', 'this page', page)).toBe('https://example.org/articles/one/');
  });
  it('gives nothing for a fragment, an empty href or an href that is no URL', () => {
    expect([printedAddress('#a', 'a', page), printedAddress('  ', 'a', page), printedAddress('https://[x', 'a', page)]).toEqual([undefined, undefined, undefined]);
  });
});
