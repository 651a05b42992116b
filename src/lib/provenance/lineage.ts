/**
 * The lineage diagram of the sources page: which captured text derives from which original.
 * `lineageGraph` turns provenance into nodes and edges, `layoutLineage` places them with d3's tree
 * layout (roots on the left, derived texts to their right), `renderLineageSvg` draws the SVG.
 * Pure: coordinates rounded, ids derived from content, so the output is stable for snapshots.
 */
import { hierarchy, linkHorizontal, tree } from 'd3';
import type { Fidelity, TextKind } from '../../schemas/provenance.ts';
import { escapeXml, round } from '../svg-format.ts';
import { FIDELITY_LABELS, TEXT_KIND_LABELS } from './describe.ts';
import { workKey } from './independence.ts';

/** One of our sources as the diagram needs it. */
export interface LineageSource {
  id: string;
  /** Short name, e.g. "CNA". */
  label: string;
  kind: TextKind;
  fidelity?: Fidelity | undefined;
  /** Host of the captured page, where known. */
  host?: string | undefined;
  derivesFrom: readonly {
    article?: { id: string } | undefined;
    work?: { outlet: { name: string }; title?: string | undefined; url?: string | undefined } | undefined;
  }[];
}

export interface LineageNode {
  /** Stable id: "source-<article id>" or "work-<n>" in order of first mention. */
  id: string;
  kind: 'source' | 'work';
  /** Three lines of text, in full: name, what it is, where (the SVG shortens long lines). */
  lines: string[];
  /** Article id for a source node. */
  articleId?: string;
}

export interface LineageGraph {
  nodes: LineageNode[];
  /** From the original to the text derived from it. */
  edges: { from: string; to: string }[];
}

/** The diagram's sources from our articles' provenance, with a short name for each. */
export function lineageSources(
  articles: readonly { id: string; data: { provenance: { kind: TextKind; fidelity?: Fidelity | undefined; page?: { url: string } | undefined; derivesFrom: LineageSource['derivesFrom'] } } }[],
  label: (id: string) => string,
): LineageSource[] {
  return articles.map(({ id, data: { provenance } }) => ({
    id,
    label: label(id),
    kind: provenance.kind,
    fidelity: provenance.fidelity,
    host: provenance.page ? new URL(provenance.page.url).host : undefined,
    derivesFrom: provenance.derivesFrom,
  }));
}

const MAX_LINE = 36;
const shorten = (text: string) => (text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1).trimEnd()}…` : text);

/** Nodes and edges from the sources' provenance; outside works become nodes of their own. */
export function lineageGraph(sources: readonly LineageSource[]): LineageGraph {
  const nodes: LineageNode[] = [];
  const edges: LineageGraph['edges'] = [];
  const works = new Map<string, string>();
  const known = new Set(sources.map((source) => source.id));
  // Each outside work is listed just before the first source that derives from it.
  for (const source of sources) {
    for (const derivation of source.derivesFrom) {
      if (derivation.article && known.has(derivation.article.id)) {
        edges.push({ from: `source-${derivation.article.id}`, to: `source-${source.id}` });
      } else if (derivation.work) {
        const key = workKey(derivation.work);
        if (!works.has(key)) {
          const id = `work-${works.size + 1}`;
          works.set(key, id);
          nodes.push({ id, kind: 'work', lines: [derivation.work.outlet.name, derivation.work.title ?? 'title not known', 'not one of our sources'] });
        }
        edges.push({ from: works.get(key)!, to: `source-${source.id}` });
      }
    }
    const what = source.fidelity ? `${TEXT_KIND_LABELS[source.kind]}, ${FIDELITY_LABELS[source.fidelity]}` : TEXT_KIND_LABELS[source.kind];
    nodes.push({ id: `source-${source.id}`, kind: 'source', articleId: source.id, lines: [source.label, what, source.host ?? 'page address unknown'] });
  }
  return { nodes, edges };
}

/** A node and, nested, the texts derived from it: the diagram as a list. */
export interface LineageOutlineItem {
  node: LineageNode;
  derived: LineageOutlineItem[];
}

/** The diagram's text alternative: each root with what derives from it (first original only). */
export function lineageOutline(graph: LineageGraph): LineageOutlineItem[] {
  const parentOf = firstParents(graph);
  const item = (node: LineageNode, seen: ReadonlySet<string>): LineageOutlineItem => ({
    node,
    derived: graph.nodes.filter((child) => parentOf.get(child.id) === node.id && !seen.has(child.id)).map((child) => item(child, new Set([...seen, child.id]))),
  });
  return graph.nodes.filter((node) => !parentOf.has(node.id)).map((node) => item(node, new Set([node.id])));
}

function firstParents(graph: LineageGraph): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const edge of graph.edges) if (!parentOf.has(edge.to)) parentOf.set(edge.to, edge.from);
  return parentOf;
}

export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 58;
const COLUMN_GAP = 70;
const ROW_GAP = 14;
const HEADER = 28;
const MARGIN = 4;

export interface PlacedNode extends LineageNode {
  x: number;
  y: number;
}

export interface LineageLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** SVG path data per edge, with its ends. */
  links: { from: string; to: string; d: string }[];
  /** Column captions and their x. */
  columns: { x: number; caption: string }[];
}

interface TreeDatum {
  id: string;
  children: TreeDatum[];
}

/**
 * Roots (outside works and texts that derive from nothing we hold) in the first column, each
 * derived text to the right of its first original; further originals are drawn as extra links.
 */
export function layoutLineage(graph: LineageGraph): LineageLayout {
  const asDatum = ({ node, derived }: LineageOutlineItem): TreeDatum => ({ id: node.id, children: derived.map(asDatum) });
  const top = hierarchy<TreeDatum>({ id: '', children: lineageOutline(graph).map(asDatum) });
  const rowStep = NODE_HEIGHT + ROW_GAP;
  const columnStep = NODE_WIDTH + COLUMN_GAP;
  // d3's tree puts depth along y and siblings along x; the diagram reads left to right, so swap.
  tree<TreeDatum>().nodeSize([rowStep, columnStep]).separation(() => 1)(top);
  const placed = top.descendants().filter((node) => node.depth > 0);
  const minRow = Math.min(...placed.map((node) => node.x ?? 0));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodes: PlacedNode[] = placed.map((node) => ({
    ...byId.get(node.data.id)!,
    x: MARGIN + (node.depth - 1) * columnStep,
    y: HEADER + MARGIN + (node.x! - minRow),
  }));
  const at = new Map(nodes.map((node) => [node.id, node]));
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const links = graph.edges.flatMap((edge) => {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (!from || !to) return [];
    const d = link({ source: [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2], target: [to.x, to.y + NODE_HEIGHT / 2] }) ?? '';
    return [{ from: edge.from, to: edge.to, d: d.replace(/-?\d+(\.\d+)?/g, (value) => round(Number(value))) }];
  });
  const depth = Math.max(1, ...placed.map((node) => node.depth));
  const columns = Array.from({ length: depth }, (_, index) => ({
    x: MARGIN + index * columnStep,
    caption: index === 0 ? 'Original, or a text that names none' : 'Derived from it',
  }));
  return {
    width: MARGIN * 2 + depth * NODE_WIDTH + (depth - 1) * COLUMN_GAP,
    height: Math.max(HEADER, ...nodes.map((node) => node.y)) + NODE_HEIGHT + MARGIN,
    nodes,
    links,
    columns,
  };
}

export interface LineageSvgOptions {
  /** Prefix for the title and description ids, unique within the page. */
  idPrefix: string;
  title: string;
  description: string;
}

/** The diagram as an SVG string: boxes for texts, arrows from each original to what derives from it. */
export function renderLineageSvg(layout: LineageLayout, { idPrefix, title, description }: LineageSvgOptions): string {
  const parts = [
    `<svg viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" class="lineage" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idPrefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(description)}</desc>`,
    `<defs><marker id="${idPrefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="lineage-arrow" d="M0,0L10,5L0,10z"/></marker></defs>`,
    ...layout.columns.map((column) => `<text class="lineage-caption" x="${round(column.x)}" y="16">${escapeXml(column.caption)}</text>`),
    ...layout.links.map((link) => `<path class="lineage-link" data-from="${link.from}" data-to="${link.to}" d="${link.d}" marker-end="url(#${idPrefix}-arrow)"/>`),
    ...layout.nodes.map((node) =>
      [
        `<g class="lineage-node lineage-${node.kind}" data-node="${node.id}" transform="translate(${round(node.x)},${round(node.y)})">`,
        `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"/>`,
        ...node.lines.map((line, index) => `<text class="${index === 0 ? 'lineage-name' : 'lineage-detail'}" x="10" y="${18 + index * 16}">${escapeXml(shorten(line))}</text>`),
        '</g>',
      ].join(''),
    ),
    '</svg>',
  ];
  return parts.join('');
}
