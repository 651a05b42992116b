import { describe, expect, it } from 'vitest';
import { renderRecordSvg, sourceRecord } from '../../../../src/lib/article-page/record.ts';
import { claim, erring } from '../../../fixtures/claims.ts';

const CNA = 'cna-vietnam-courting-north-korea';
const DW = 'dw-north-korea-eyes-southeast-asia';

const CLAIMS = [
  claim('a', { [CNA]: 'asserts' }),
  claim('b', { [CNA]: 'asserts', [DW]: 'asserts' }),
  claim('c', { [CNA]: 'qualifies' }),
  claim('d', { [DW]: 'asserts' }),
  erring('e', { [CNA]: 'contradicts', [DW]: 'asserts' }, [CNA]),
];

describe('sourceRecord', () => {
  const rows = sourceRecord(CLAIMS, CNA);
  const ids = (kind: string) => rows.find((row) => row.kind === kind)!.claims.map((entry) => entry.id);

  it('counts every claim under exactly one stance', () => {
    expect(ids('asserts')).toEqual(['a', 'b']);
    expect(ids('qualifies')).toEqual(['c']);
    expect(ids('contradicts')).toEqual(['e']);
    expect(ids('silent')).toEqual(['d']);
    const stanceTotal = rows.filter((row) => ['asserts', 'qualifies', 'contradicts', 'silent'].includes(row.kind)).reduce((sum, row) => sum + row.claims.length, 0);
    expect(stanceTotal).toBe(CLAIMS.length);
  });

  it('lists the claims it errs on and those only it asserts', () => {
    expect(ids('errs')).toEqual(['e']);
    expect(ids('alone')).toEqual(['a']);
  });

  it('has nothing to list for an article no claim compares', () => {
    const empty = sourceRecord(CLAIMS, 'not-compared');
    expect(empty.find((row) => row.kind === 'silent')!.claims).toHaveLength(CLAIMS.length);
    expect(empty.find((row) => row.kind === 'errs')!.claims).toEqual([]);
  });
});

describe('renderRecordSvg', () => {
  it('draws one linked row per kind, bars scaled to the total', () => {
    const svg = renderRecordSvg(sourceRecord(CLAIMS, CNA), { idPrefix: 'r', total: CLAIMS.length, href: (kind) => `#record-${kind}` });
    expect(svg.match(/<a /g)).toHaveLength(6);
    expect(svg).toContain('href="#record-asserts"');
    expect(svg).toContain('aria-label="Asserts 2 of 5 claims"');
    // 2 of 5 of the 114-unit bar.
    expect(svg).toContain('class="record-bar" x="150" y="10" width="45.6"');
  });

  it('draws empty bars when there are no claims', () => {
    const svg = renderRecordSvg(sourceRecord([], CNA), { idPrefix: 'r', total: 0, href: () => '#' });
    expect(svg.match(/class="record-bar"[^>]*width="0"/g)).toHaveLength(6);
  });
});
