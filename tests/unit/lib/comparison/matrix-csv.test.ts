import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { claimsMatrixCsv, matrixCellValue, matrixColumns } from '../../../../src/lib/comparison/matrix-csv.ts';
import { ARTICLE_IDS, claim, erring } from '../../../fixtures/claims.ts';

const [dw, , tiers, , rogue] = ARTICLE_IDS;
const url = (id: string) => `https://example.org/claims/${id}/`;

describe('claims-matrix.csv', () => {
  const claims = [claim('b', { [dw]: 'asserts' }), erring('a', { [tiers]: 'qualifies', [rogue]: 'contradicts' }, [rogue])];

  it('has one row per claim in reading order and one column per source', () => {
    const rows = csvParse(claimsMatrixCsv(claims, [...ARTICLE_IDS, 'sixth'], url));
    expect(rows.columns).toEqual(matrixColumns([...ARTICLE_IDS, 'sixth']));
    expect(rows.map((row) => row['claim_id'])).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({ verdict: 'error-in-source', erroneous_sources: rogue, url: url('a'), [tiers]: 'qualifies', [rogue]: 'contradicts (in error)', [dw]: 'silent', sixth: 'not-yet-compared' });
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    const formula = claim('f', { [dw]: 'asserts' }, { claim: '=HYPERLINK("https://evil.example")' });
    expect(csvParse(claimsMatrixCsv([formula], ARTICLE_IDS, url))[0]!['claim']).toBe('\'=HYPERLINK("https://evil.example")');
  });

  it('writes the header alone for no claims, and words each cell', () => {
    expect(claimsMatrixCsv([], [dw], url)).toBe(`claim_id,claim,topic,verdict,erroneous_sources,url,${dw}`);
    expect(matrixCellValue({ state: 'pending', errs: false })).toBe('not-yet-compared');
    expect(matrixCellValue({ state: 'asserts', errs: true })).toBe('asserts (in error)');
  });
});
