import { describe, expect, it } from 'vitest';
import { capturedWhen, derivationLabel, provenanceSentence, provenanceShort } from '../../../../src/lib/provenance/describe.ts';
import { formatDay } from '../../../../src/lib/format.ts';
import type { Provenance } from '../../../../src/schemas/provenance.ts';

const dw = { work: { outlet: { name: 'DW' }, title: 'A headline' }, basis: 'Title line.' };
const base = { evidence: ['x'], captured: { note: 'n' } };
const title = (id: string) => `Title of ${id}`;
const sentence = (provenance: Partial<Provenance>) => provenanceSentence({ ...base, derivesFrom: [], ...provenance } as Provenance, title);

describe('provenance wording', () => {
  it('names the work or, for one of our sources, its title', () => {
    expect(derivationLabel(dw, title)).toBe('DW, “A headline”');
    expect(derivationLabel({ work: { outlet: { name: 'The Interpreter' } }, basis: 'footer' }, title)).toBe('The Interpreter');
    expect(derivationLabel({ article: { id: 'cna', collection: 'articles' as const }, basis: 'footer' }, title)).toBe('“Title of cna”');
  });

  it('says what each kind of text is, and does not claim a comparison it did not make', () => {
    expect(sentence({ kind: 'republished-copy', fidelity: 'reworded', derivesFrom: [dw] })).toBe('A reworded copy of DW, “A headline”.');
    expect(sentence({ kind: 'republished-copy', fidelity: 'not-compared', derivesFrom: [dw] })).toBe(
      'A republished copy of DW, “A headline”; we have not compared it with the original.',
    );
    expect(sentence({ kind: 'rewrite', derivesFrom: [dw] })).toBe('A rewrite drawing on DW, “A headline”.');
    expect(sentence({ kind: 'ai-generated' })).toBe('An AI-generated text that names none of the sources it drew on.');
    expect(sentence({ kind: 'original' })).toBe('An original text: the capture shows nothing it was copied from.');
  });

  it('gives the capture date only as precisely as it is known', () => {
    expect(capturedWhen({ on: '2026-11-20', note: 'n' }, formatDay)).toBe('20 November 2026');
    expect(capturedWhen({ notAfter: '2026-11-23', note: 'n' }, formatDay)).toBe('Undated, no later than 23 November 2026');
    expect(capturedWhen({ note: 'n' }, formatDay)).toBe('Undated');
  });
});

describe('provenanceShort', () => {
  const page = { url: 'https://usheadlinenews.com/2025/10/19/x', found: 'f', checkedOn: '2026-12-01' };
  it('names the copy as a copy, and where it was captured, so its slips are not pinned on the original', () => {
    const copy = { ...base, kind: 'republished-copy', fidelity: 'reworded', derivesFrom: [dw], page } as Provenance;
    expect(provenanceShort(copy)).toBe('Reworded copy of DW, captured from usheadlinenews.com');
    expect(provenanceShort({ ...base, kind: 'ai-generated', derivesFrom: [] } as Provenance)).toBe('AI-generated; names no source');
    expect(provenanceShort({ ...base, kind: 'summary', derivesFrom: [{ work: { outlet: { name: 'NSSI' } }, basis: 'b' }] } as Provenance)).toBe(
      'Summary of a document by NSSI',
    );
  });
});
