import { describe, expect, it } from 'vitest';
import { marginNote, type MarginNoteData } from '../../../src/lib/article-page/notes.ts';
import { MAX_SPAN, placeMarginNotes } from '../../../src/markdown/margin-notes.ts';
import { markPassagesInHtml, type CitedTarget } from '../../../src/markdown/rehype-claim-markers.ts';
import { ARTICLE_IDS, claim, erring, SHORT_NAMES } from '../../fixtures/claims.ts';

const CNA = 'cna-vietnam-courting-north-korea';
const target = (words: string, claimId: string): CitedTarget => ({
  words,
  kind: 'passage',
  links: [{ href: `/analysis/#claim-${claimId}`, text: '✓ Consistent', description: `Claim ${claimId}.`, emphasis: false }],
});
const notesFor = (ids: string[]) => {
  const notes = new Map<string, MarginNoteData>(ids.map((id) => [`/analysis/#claim-${id}`, marginNote(claim(id, { [CNA]: 'asserts' }), CNA, `/analysis/#claim-${id}`, `cited-${id}`, { names: SHORT_NAMES, order: ARTICLE_IDS })]));
  return (href: string) => notes.get(href);
};

function place(html: string, targets: CitedTarget[], ids: string[]) {
  return placeMarginNotes(markPassagesInHtml(html, targets).html, notesFor(ids));
}

describe('placeMarginNotes', () => {
  it('numbers the notes in reading order and sets each after the element holding its passage', () => {
    const { html, notes } = place(
      '<p>Second comes later. First words here.</p><p>Plain.</p><ul><li>Third in a list.</li></ul>',
      [target('Third in a list', 'c'), target('Second comes later', 'b'), target('First words here', 'a')],
      ['a', 'b', 'c'],
    );
    expect(notes.map((note) => [note.number, note.claimId])).toEqual([[1, 'b'], [2, 'a'], [3, 'c']]);
    expect(html).not.toContain('claim-markers');
    expect(html.indexOf('id="note-ref-1"')).toBeLessThan(html.indexOf('id="note-1"'));
    expect(html).toMatch(/<\/p><div class="margin-notes note-span-2"><aside id="note-1"[^>]*>.*<aside id="note-2"/);
    expect(html).toMatch(/<\/ul><div class="margin-notes note-span-1"><aside id="note-3"/);
    expect(html).toContain('data-passage="cited-b"');
    // The number carries no passage of its own: its note does.
    expect(html).toContain('<a href="#note-1" id="note-ref-1" class="note-ref">');
    expect(html).toMatch(/<aside id="note-1" [^>]*data-passage="cited-b"/);
  });

  it('puts the notes of a heading after its marker paragraph', () => {
    const { html } = place('<h2 id="h">A Heading Here</h2><p>Text.</p>', [target('A Heading Here', 'h')], ['h']);
    expect(html).toMatch(/<\/h2><p class="note-refs"><a href="#note-1"[^]*<\/p><div class="margin-notes note-span-2"><aside id="note-1"/);
  });

  it('lets a group run beside at most MAX_SPAN elements', () => {
    const paragraphs = Array.from({ length: MAX_SPAN + 3 }, (_, index) => `<p>Paragraph ${index}.</p>`).join('');
    const { html } = place(`<p>Noted words.</p>${paragraphs}`, [target('Noted words', 'n')], ['n']);
    expect(html).toContain(`class="margin-notes note-span-${MAX_SPAN}"`);
  });

  it('writes a note as its claim, verdict, stances in words and a strip of bare chips hidden from assistive technology', () => {
    const DW = 'dw-north-korea-eyes-southeast-asia';
    const data = marginNote(erring('e', { [CNA]: 'asserts', [DW]: 'contradicts' }, [CNA]), DW, '/claims/e/', 'cited-e', { names: SHORT_NAMES, order: ARTICLE_IDS });
    const { html } = placeMarginNotes(markPassagesInHtml('<p>Noted words.</p>', [target('Noted words', 'e')]).html, () => data);
    const aside = html.slice(html.indexOf('<aside'), html.indexOf('</aside>'));
    expect(aside).toContain('<p>Claim e.</p>');
    expect(aside).toContain('<span class="note-verdict"><span aria-hidden="true">⚠</span> Error in another source (CNA)</span>');
    expect(aside).toContain(
      '<p class="visually-hidden">Every source’s stance: DW copy (this source): contradicts; IndiaVision: silent; Tiers page: silent; CNA: asserts, in error; Rogue-state page: silent.</p>',
    );
    expect(aside).toContain(
      '<ul class="stance-strip" aria-hidden="true"><li class="stance-contradicts is-current">DW ✗</li><li class="stance-silent">IV –</li><li class="stance-silent">TP –</li><li class="stance-asserts is-erring">CNA ✓</li><li class="stance-silent">RSP –</li></ul>',
    );
    expect(aside).toContain('<a href="/claims/e/" class="claim-marker">How the sources compare<span class="visually-hidden"> on note 1</span></a>');
  });

  it('fails on a marker without a note', () => {
    expect(() => place('<p>Noted words.</p>', [target('Noted words', 'n')], [])).toThrow('No margin note for the claim marker linking to /analysis/#claim-n.');
  });

  it('leaves text without markers as it was', () => {
    expect(place('<p>Nothing cited.</p>', [], [])).toEqual({ html: '<p>Nothing cited.</p>', notes: [] });
  });
});
