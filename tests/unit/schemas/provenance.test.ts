import { describe, expect, it } from 'vitest';
import { provenanceSchema } from '../../../src/schemas/provenance.ts';
import { plainReference } from '../../fixtures/reference.ts';

const schema = provenanceSchema(plainReference);

const captured = { notAfter: '2026-11-23', note: 'The capture carries no date.' };
const copy = {
  kind: 'republished-copy',
  fidelity: 'reworded',
  derivesFrom: [{ work: { outlet: { name: 'DW', url: 'https://www.dw.com/' }, title: 'A headline' }, basis: 'The title line names DW.' }],
  evidence: ['A "Source link" footer.'],
  captured,
  page: { url: 'https://copy.example.org/a', found: 'The stored page has the same text.', checkedOn: '2026-12-01' },
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('provenance schema', () => {
  it('accepts a reworded copy of an outside work, with the page it was captured from', () => {
    expect(messages(copy)).toEqual([]);
  });

  it('accepts a rewrite of one of our sources, and an AI-generated text that names no source', () => {
    const data = schema.parse({ kind: 'rewrite', derivesFrom: [{ article: 'dw', basis: 'Same headline.' }], evidence: ['A disclosure.'], captured });
    expect(data.derivesFrom[0]?.article).toEqual({ id: 'dw', collection: 'articles' });
    expect(schema.parse({ kind: 'ai-generated', evidence: ['Its note says so.'], captured }).derivesFrom).toEqual([]);
  });

  it('names the allowed kinds', () => {
    expect(messages({ ...copy, kind: 'scrape' })).toEqual(['kind: Set provenance.kind to one of: original, republished-copy, rewrite, ai-generated, summary.']);
  });

  it('asks a copy for its fidelity, and no one else', () => {
    const { fidelity: _omitted, ...withoutFidelity } = copy;
    expect(messages(withoutFidelity)).toEqual(['fidelity: Say whether the copy is verbatim, reworded or not-compared (fidelity).']);
    expect(messages({ kind: 'ai-generated', fidelity: 'verbatim', evidence: ['x'], captured })).toEqual([
      'fidelity: Only a republished copy has a fidelity; remove it or set kind to republished-copy.',
    ]);
  });

  it('requires what a copy, rewrite or summary derives from, and forbids it for an original', () => {
    expect(messages({ ...copy, derivesFrom: [] })).toEqual([
      'derivesFrom: A republished-copy derives from something: name it under derivesFrom (an article of ours or an outside work).',
    ]);
    expect(messages({ kind: 'original', derivesFrom: copy.derivesFrom, evidence: ['x'], captured })).toEqual([
      'derivesFrom: An original derives from nothing; choose another kind or remove derivesFrom.',
    ]);
  });

  it('wants exactly one of article or work in a derivation, with its basis', () => {
    const both = { article: 'dw', work: { outlet: { name: 'DW' } }, basis: 'x' };
    expect(messages({ ...copy, derivesFrom: [both] })).toEqual([
      'derivesFrom.0: Give either `article` (one of our sources) or `work` (an outside outlet’s article or report), not both and not neither.',
    ]);
    expect(messages({ ...copy, derivesFrom: [{ work: { outlet: { name: 'DW' } } }] })).toEqual([
      'derivesFrom.0.basis: Write what shows that the text derives from it (the basis) as text.',
    ]);
  });

  it('requires evidence and an honest capture date', () => {
    expect(messages({ ...copy, evidence: [] })).toEqual([
      'evidence: List at least one thing the capture shows about where the text came from (a footer, a disclosure, a byline).',
    ]);
    expect(messages({ ...copy, captured: { notAfter: '2026-11-23' } })).toEqual([
      'captured.note: Write a note on what the capture shows about when it was made as text.',
    ]);
    expect(messages({ ...copy, captured: { on: '2026-11-20', notAfter: '2026-11-23', note: 'x' } })).toEqual([
      'captured.notAfter: Give either the day of the capture (on) or a latest day (notAfter), not both.',
    ]);
  });

  it('accepts only web addresses, and asks when the page address was checked', () => {
    expect(messages({ ...copy, page: { ...copy.page, url: 'javascript:alert(1)' } })).toEqual([
      'page.url: Give the page URL as a full address starting with https:// (or http:// for a site without https); other schemes such as javascript: or data: are not allowed.',
    ]);
    const { checkedOn: _omitted, ...unchecked } = copy.page;
    expect(messages({ ...copy, page: unchecked })[0]).toMatch(/^page\.checkedOn: /);
  });
});
