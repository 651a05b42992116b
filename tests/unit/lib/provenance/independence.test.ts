import { describe, expect, it } from 'vitest';
import {
  countIndependentSources,
  independentGroups,
  independentRoots,
  sameIndependentSource,
  type ProvenanceEntry,
} from '../../../../src/lib/provenance/independence.ts';

const dwWork = { outlet: { name: 'DW (Deutsche Welle)' }, title: 'North Korea eyes Southeast Asia for new friends' };
const entry = (id: string, derivesFrom: ProvenanceEntry['data']['provenance']['derivesFrom']): ProvenanceEntry => ({ id, data: { provenance: { derivesFrom } } });

/** The five sources' lineage as recorded: a reworded DW copy and a rewrite with DW's headline. */
const articles = [
  entry('dw-copy', [{ work: dwWork }]),
  entry('indiavision', [{ work: { ...dwWork, outlet: { name: ' dw (deutsche  welle)' } } }]),
  entry('tiers', []),
  entry('cna', [{ work: { outlet: { name: 'The Interpreter (Lowy Institute)' } , url: 'https://www.lowyinstitute.org/the-interpreter' } }]),
  entry('rogue', [{ work: { outlet: { name: 'National Security Strategy Institute' }, title: 'A report' } }]),
];
const roots = independentRoots(articles);

describe('independent sources', () => {
  it('traces copies and rewrites of one outside work to the same root, whatever the spacing and case', () => {
    expect(roots.get('dw-copy')).toEqual(roots.get('indiavision'));
    expect(roots.get('tiers')).toEqual(['article:tiers']);
  });

  it('counts a copy and a rewrite of one original as one source', () => {
    expect(countIndependentSources(['dw-copy', 'indiavision'], roots)).toBe(1);
    expect(countIndependentSources(['dw-copy', 'indiavision', 'tiers', 'cna', 'rogue'], roots)).toBe(4);
    expect(sameIndependentSource('dw-copy', 'indiavision', roots)).toBe(true);
    expect(sameIndependentSource('dw-copy', 'cna', roots)).toBe(false);
  });

  it('follows derivations from one of our own articles, and groups in order of first appearance', () => {
    const chain = independentRoots([...articles, entry('copy-of-tiers', [{ article: { id: 'tiers' } }])]);
    expect(chain.get('copy-of-tiers')).toEqual(['article:tiers']);
    expect(independentGroups(['cna', 'copy-of-tiers', 'dw-copy', 'tiers', 'indiavision'], chain)).toEqual([['cna'], ['copy-of-tiers', 'tiers'], ['dw-copy', 'indiavision']]);
  });

  it('merges groups joined by a text that derives from both', () => {
    const both = independentRoots([...articles, entry('mix', [{ article: { id: 'tiers' } }, { article: { id: 'cna' } }])]);
    expect(independentGroups(['tiers', 'cna', 'mix'], both)).toEqual([['tiers', 'cna', 'mix']]);
  });

  it('survives a cycle, and treats an unknown id as its own source', () => {
    const cyclic = independentRoots([entry('a', [{ article: { id: 'b' } }]), entry('b', [{ article: { id: 'a' } }])]);
    expect(cyclic.get('a')).toEqual(['article:a']);
    expect(countIndependentSources(['a', 'b', 'unknown'], cyclic)).toBe(2);
  });
});
