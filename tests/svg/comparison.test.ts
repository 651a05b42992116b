/**
 * File snapshots of the claim matrix (as its component renders it) and of the small multiples of
 * how each source fares, from fixed fixture claims (so that editing content does not churn them),
 * one element per line so a diff shows what moved. The fixture includes a sixth article with no
 * stances, so the pending state is pinned too.
 */
import { experimental_AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ClaimMatrix from '../../src/components/ClaimMatrix.astro';
import { PANEL, sharedMaximum, sourcePanelSvg } from '../../src/lib/comparison/small-multiples.ts';
import { sourceTallies } from '../../src/lib/comparison/source-tally.ts';
import { ARTICLE_IDS, claim, erring, SHORT_NAMES } from '../fixtures/claims.ts';

const [dw, indiaVision, tiers, cna, rogue] = ARTICLE_IDS;
const CLAIMS = [
  erring('retno', { [rogue]: 'asserts', [tiers]: 'qualifies', [cna]: 'contradicts' }, [rogue]),
  claim('visit', { [dw]: 'asserts', [indiaVision]: 'asserts', [cna]: 'qualifies' }, { topic: 'visits-and-delegations' }),
  claim('figure', { [tiers]: 'asserts' }),
  claim('copies-only', { [dw]: 'asserts', [indiaVision]: 'asserts' }, { topic: 'framing' }),
];
const SOURCES = [...ARTICLE_IDS.map((id) => ({ id, shortName: SHORT_NAMES.get(id)! })), { id: 'sixth-article', shortName: 'Sixth' }];

const oneElementPerLine = (markup: string) => `${markup.replace(/\s*data-astro-cid-[a-z0-9]+(="")?/g, '').replace(/>(?=<[^/])/g, '>\n')}\n`;

describe('claim matrix', () => {
  it('renders a row per claim by topic, a column per source, glyphs with words, a ring for the erring source, pending cells for the sixth', async () => {
    const container = await experimental_AstroContainer.create();
    const html = await container.renderToString(ClaimMatrix, { props: { claims: CLAIMS, sources: SOURCES } });
    expect(html.match(/<tr id="claim-/g)).toHaveLength(CLAIMS.length);
    expect(html).toContain('<th scope="col" class="source-col" data-article="sixth-article"');
    expect(html.match(/glyph-pending/g)).toHaveLength(CLAIMS.length);
    expect(html.match(/glyph-errs/g)).toHaveLength(1);
    expect(html).toContain('Contradicts');
    expect(html).toContain('Not yet compared');
    // A row shows the editor's one-line label; the full claim stays with it as the link's title.
    expect(html).toContain('<a href="/claims/retno/" title="Claim retno.">Label retno</a>');
    expect(html).toContain('data-addressed="north-korea-southeast-asian-diplomatic-tiers cna-vietnam-courting-north-korea rogue-state-alliance-asean"');
    await expect(oneElementPerLine(html)).toMatchFileSnapshot('__snapshots__/claim-matrix.html');
  });
});

describe('how each source fares', () => {
  const roots = new Map([
    [dw, ['work:dw|headline']],
    [indiaVision, ['work:dw|headline']],
  ]);
  const tallies = sourceTallies(CLAIMS, ARTICLE_IDS, roots);

  it('draws every panel on one scale, with its numbers as text and a title that says them', async () => {
    const maximum = sharedMaximum(tallies);
    expect(maximum).toBe(2);
    const panels = tallies.map((tally) => sourcePanelSvg(tally, SHORT_NAMES.get(tally.articleId)!, maximum));
    const widest = Math.max(...panels.flatMap((svg) => [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]))));
    expect(widest).toBe(PANEL.width - PANEL.labelWidth - PANEL.right);
    expect(panels[4]).toContain('<title id="fares-rogue-state-alliance-asean-title">Rogue-state page: asserts 1, qualifies 0, contradicts 0, in error 1, only it makes 0</title>');
    // The copy and the rewrite alone make "copies-only", which counts as one source: both are credited.
    expect([tallies[0]!.onlyItMakes, tallies[1]!.onlyItMakes]).toEqual([1, 1]);
    expect(panels.every((svg) => /<svg [^>]*viewBox="0 0 260 \d+"/.test(svg))).toBe(true);
    await expect(`${panels.join('\n')}\n`).toMatchFileSnapshot('__snapshots__/source-fares.svg');
  });
});
