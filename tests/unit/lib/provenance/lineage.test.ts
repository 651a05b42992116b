import { describe, expect, it } from 'vitest';
import { layoutLineage, lineageGraph, lineageOutline, lineageSources, NODE_WIDTH, renderLineageSvg } from '../../../../src/lib/provenance/lineage.ts';

const provenance = (extra: Record<string, unknown>) => ({ kind: 'original' as const, derivesFrom: [], ...extra });

describe('lineageSources', () => {
  it('takes kind, fidelity and the captured page’s host from each article’s provenance', () => {
    const sources = lineageSources(
      [
        { id: 'a', data: { provenance: provenance({ page: { url: 'https://www.example.org/x?p=1' } }) } },
        { id: 'b', data: { provenance: { kind: 'republished-copy' as const, fidelity: 'verbatim' as const, derivesFrom: [{ article: { id: 'a' } }] } } },
      ],
      (id) => `Label ${id}`,
    );
    expect(sources.map(({ id, label, host, fidelity }) => ({ id, label, host, fidelity }))).toEqual([
      { id: 'a', label: 'Label a', host: 'www.example.org', fidelity: undefined },
      { id: 'b', label: 'Label b', host: undefined, fidelity: 'verbatim' },
    ]);
  });
});

describe('lineage graph and layout', () => {
  const graph = lineageGraph([
    { id: 'a', label: 'A', kind: 'original', host: 'a.example', derivesFrom: [] },
    { id: 'b', label: 'B', kind: 'republished-copy', fidelity: 'verbatim', derivesFrom: [{ article: { id: 'a' } }] },
    { id: 'c', label: 'C', kind: 'rewrite', derivesFrom: [{ article: { id: 'b' } }, { work: { outlet: { name: 'Wire' } } }] },
    { id: 'd', label: 'D', kind: 'summary', derivesFrom: [{ article: { id: 'not-ours' } }] },
  ]);

  it('links one of our texts to another, counts an outside work once, and ignores an unknown article', () => {
    expect(graph.edges).toEqual([
      { from: 'source-a', to: 'source-b' },
      { from: 'source-b', to: 'source-c' },
      { from: 'work-1', to: 'source-c' },
    ]);
    expect(graph.nodes.find((node) => node.id === 'source-b')?.lines).toEqual(['B', 'Republished copy, word for word', 'page address unknown']);
  });

  it('puts each text one column right of its first original, and draws the second original as a link too', () => {
    const layout = layoutLineage(graph);
    const column = (id: string) => layout.nodes.find((node) => node.id === id)!.x;
    expect([column('source-a'), column('source-b'), column('source-c')]).toEqual([4, 4 + NODE_WIDTH + 70, 4 + 2 * (NODE_WIDTH + 70)]);
    expect(column('source-d')).toBe(4);
    expect(layout.links.map((link) => `${link.from}>${link.to}`)).toEqual(['source-a>source-b', 'source-b>source-c', 'work-1>source-c']);
    expect(layout.columns.map((item) => item.caption)).toEqual(['Original, or a text that names none', 'Derived from it', 'Derived from it']);
    expect(lineageOutline(graph).map((item) => item.node.id)).toEqual(['source-a', 'work-1', 'source-d']);
  });

  it('rounds coordinates and escapes text in the SVG', () => {
    const svg = renderLineageSvg(layoutLineage(lineageGraph([{ id: 'x', label: 'A & <B>', kind: 'ai-generated', derivesFrom: [] }])), {
      idPrefix: 'p',
      title: 'T',
      description: 'D',
    });
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>');
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });
});
