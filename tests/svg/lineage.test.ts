/**
 * File snapshot of the lineage diagram as its component renders it, from a fixed set of sources
 * shaped like the five captures (so that editing content does not churn the snapshot). One element
 * per line, Astro's scoping attributes removed, so a diff shows what moved.
 */
import { experimental_AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LineageDiagram from '../../src/components/LineageDiagram.astro';
import { layoutLineage, lineageGraph, lineageOutline, type LineageSource } from '../../src/lib/provenance/lineage.ts';

const dw = { outlet: { name: 'DW (Deutsche Welle)' }, title: 'North Korea eyes Southeast Asia for new friends' };
const SOURCES: LineageSource[] = [
  { id: 'dw-copy', label: 'DW copy', kind: 'republished-copy', fidelity: 'reworded', host: 'usheadlinenews.com', derivesFrom: [{ work: dw }] },
  { id: 'indiavision', label: 'IndiaVision', kind: 'rewrite', host: 'www.indiavision.com', derivesFrom: [{ work: dw }] },
  { id: 'tiers', label: 'Tiers page', kind: 'ai-generated', host: 'prism.liabooks.com', derivesFrom: [] },
  { id: 'cna', label: 'CNA', kind: 'republished-copy', fidelity: 'not-compared', host: 'www.channelnewsasia.com', derivesFrom: [{ work: { outlet: { name: 'The Interpreter (Lowy Institute)' } } }] },
  { id: 'rogue', label: 'Rogue-state page', kind: 'summary', derivesFrom: [{ work: { outlet: { name: 'National Security Strategy Institute' }, title: 'North Korea’s ASEAN Diplomacy and Policy Challenges' } }] },
];

function svgOf(html: string): string {
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
  return `${svg.replace(/\s*data-astro-cid-[a-z0-9]+(="")?/g, '').replace(/>(?=<[^/])/g, '>\n')}\n`;
}

describe('lineage diagram', () => {
  const graph = lineageGraph(SOURCES);

  it('draws one box per text and per outside original, and an arrow for each derivation', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual(['work-1', 'source-dw-copy', 'source-indiavision', 'source-tiers', 'work-2', 'source-cna', 'work-3', 'source-rogue']);
    expect(graph.edges).toHaveLength(4);
    const layout = layoutLineage(graph);
    const x = (id: string) => layout.nodes.find((node) => node.id === id)!.x;
    expect(x('work-1')).toBeLessThan(x('source-dw-copy'));
    expect(x('source-tiers')).toBe(x('work-1'));
    expect(lineageOutline(graph).map((item) => [item.node.id, item.derived.map((child) => child.node.id)])).toEqual([
      ['work-1', ['source-dw-copy', 'source-indiavision']],
      ['source-tiers', []],
      ['work-2', ['source-cna']],
      ['work-3', ['source-rogue']],
    ]);
  });

  it('renders the SVG with a title and description', async () => {
    const container = await experimental_AstroContainer.create();
    const html = await container.renderToString(LineageDiagram, { props: { graph } });
    const svg = svgOf(html);
    expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+" class="lineage" role="img" aria-labelledby="lineage-title lineage-desc"/);
    expect(html.replace(/\s*data-astro-cid-[a-z0-9]+/g, '')).toContain('<a href="/articles/cna/">CNA</a>');
    await expect(svg).toMatchFileSnapshot('__snapshots__/lineage.svg');
  });
});
