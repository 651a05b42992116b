/**
 * Which of our sources are independent of one another. Copies, rewrites and summaries count as
 * their original when sources are tallied: two texts that derive from one original, or one that
 * derives from the other, are one source. Texts that name nothing they derive from are their own
 * root, since nothing shows what they share. Pure.
 */
/** An outside work as far as identity needs it. */
interface WorkName {
  outlet: { name: string };
  title?: string | undefined;
  url?: string | undefined;
}

/** A derivation as recorded in an article's provenance. */
interface Derivation {
  article?: { id: string } | undefined;
  work?: WorkName | undefined;
}

/** An article as far as independence needs it. */
export interface ProvenanceEntry {
  id: string;
  data: { provenance: { derivesFrom: readonly Derivation[] } };
}

/** Each article's independent roots, as `independentRoots` returns them. */
export type IndependentRoots = ReadonlyMap<string, readonly string[]>;

const normalise = (text: string | undefined) => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** A stable key for an outside work: the outlet and title (or address) that name it. */
export function workKey(work: WorkName): string {
  return `work:${normalise(work.outlet.name)}|${normalise(work.title ?? work.url)}`;
}

/**
 * The independent roots of each article: the outside works and underived articles it comes down
 * from. Follows article-to-article derivations; a cycle ends at the article where it closes.
 */
export function independentRoots(articles: readonly ProvenanceEntry[]): Map<string, string[]> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const roots = new Map<string, string[]>();
  const rootsOf = (id: string, visiting: Set<string>): string[] => {
    const known = roots.get(id);
    if (known) return known;
    const derivesFrom = byId.get(id)?.data.provenance.derivesFrom ?? [];
    if (visiting.has(id)) return [`article:${id}`];
    if (derivesFrom.length === 0) {
      roots.set(id, [`article:${id}`]);
      return [`article:${id}`];
    }
    visiting.add(id);
    const found = derivesFrom.flatMap((derivation) =>
      derivation.work ? [workKey(derivation.work)] : derivation.article ? rootsOf(derivation.article.id, visiting) : [],
    );
    visiting.delete(id);
    const unique = [...new Set(found)].sort();
    roots.set(id, unique);
    return unique;
  };
  for (const article of articles) rootsOf(article.id, new Set());
  return roots;
}

/**
 * Groups the given article ids into independent sources: ids that share a root (directly or
 * through another id in the list) are one source. Groups keep the order of first appearance.
 */
export function independentGroups(articleIds: readonly string[], roots: IndependentRoots): string[][] {
  const groups: { roots: Set<string>; ids: string[] }[] = [];
  for (const id of new Set(articleIds)) {
    const own = roots.get(id) ?? [`article:${id}`];
    const touching = groups.filter((group) => own.some((root) => group.roots.has(root)));
    const merged = { roots: new Set([...own, ...touching.flatMap((group) => [...group.roots])]), ids: [...touching.flatMap((group) => group.ids), id] };
    const first = touching.length > 0 ? groups.indexOf(touching[0]!) : groups.length;
    for (const group of touching) groups.splice(groups.indexOf(group), 1);
    groups.splice(Math.min(first, groups.length), 0, merged);
  }
  return groups.map((group) => group.ids);
}

/** How many independent sources the given articles amount to. */
export function countIndependentSources(articleIds: readonly string[], roots: IndependentRoots): number {
  return independentGroups(articleIds, roots).length;
}

/** Whether two articles count as one source. */
export function sameIndependentSource(a: string, b: string, roots: IndependentRoots): boolean {
  return countIndependentSources([a, b], roots) === 1;
}
