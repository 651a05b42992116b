import { describe, expect, it } from 'vitest';
import { describeStrip, marginNote, sourceAbbreviation, stanceStrip, verdictFor } from '../../../../src/lib/article-page/notes.ts';
import { ARTICLE_IDS, claim, erring, SHORT_NAMES } from '../../../fixtures/claims.ts';

const SOURCES = { names: SHORT_NAMES, order: ARTICLE_IDS };

const DW = 'dw-north-korea-eyes-southeast-asia';
const CNA = 'cna-vietnam-courting-north-korea';
const TIERS = 'north-korea-southeast-asian-diplomatic-tiers';

describe('sourceAbbreviation', () => {
  it('keeps an all-capitals first word, else takes capitals or initials', () => {
    expect(sourceAbbreviation('DW copy')).toBe('DW');
    expect(sourceAbbreviation('CNA')).toBe('CNA');
    expect(sourceAbbreviation('IndiaVision')).toBe('IV');
    expect(sourceAbbreviation('Tiers page')).toBe('TP');
    expect(sourceAbbreviation('Rogue-state page')).toBe('RSP');
  });

  it('falls back to the first letter of a lower-case single word', () => {
    expect(sourceAbbreviation('newcomer')).toBe('N');
  });
});

describe('verdictFor', () => {
  it('says "Error in this source" to the erring article', () => {
    expect(verdictFor(erring('x', { [CNA]: 'asserts' }, [CNA]).data, CNA, SHORT_NAMES)).toEqual({ symbol: '⚠', label: 'Error in this source' });
  });

  it('names the erring source to the others, never with a tick', () => {
    const verdict = verdictFor(erring('x', { [CNA]: 'asserts', [TIERS]: 'asserts' }, [TIERS]).data, CNA, SHORT_NAMES);
    expect(verdict).toEqual({ symbol: '⚠', label: 'Error in another source (Tiers page)' });
    expect(verdict.symbol).not.toBe('✓');
  });

  it('keeps the verdict as it is for the other verdicts', () => {
    expect(verdictFor(claim('x', { [CNA]: 'asserts' }).data, CNA, SHORT_NAMES)).toEqual({ symbol: '✓', label: 'Consistent' });
    expect(verdictFor(claim('x', { [CNA]: 'asserts' }, { verdict: 'disputed', note: 'Judgement.' }).data, CNA, SHORT_NAMES)).toEqual({ symbol: '⇄', label: 'Disputed' });
  });
});

describe('stanceStrip', () => {
  it('has every compared source in the fixed order, marking the current and the erring one', () => {
    const cells = stanceStrip(erring('x', { [CNA]: 'asserts', [DW]: 'contradicts' }, [DW]).data, CNA, SOURCES);
    expect(cells.map((cell) => cell.abbreviation)).toEqual(['DW', 'IV', 'TP', 'CNA', 'RSP']);
    expect(cells.map((cell) => cell.stance)).toEqual(['contradicts', 'silent', 'silent', 'asserts', 'silent']);
    expect(cells.filter((cell) => cell.current).map((cell) => cell.articleId)).toEqual([CNA]);
    expect(cells.filter((cell) => cell.errs).map((cell) => cell.articleId)).toEqual([DW]);
    expect(describeStrip(cells)).toBe('DW copy: contradicts, in error; IndiaVision: silent; Tiers page: silent; CNA (this source): asserts; Rogue-state page: silent');
  });
});

describe('marginNote', () => {
  it('carries the claim, its link and the passage it is about', () => {
    const note = marginNote(claim('c1', { [CNA]: 'qualifies' }), CNA, '/analysis/#claim-c1', 'cited-x', SOURCES);
    expect(note).toMatchObject({ claimId: 'c1', claim: 'Claim c1.', verdict: 'consistent', verdictLabel: 'Consistent', href: '/analysis/#claim-c1', passageId: 'cited-x' });
    expect(note.stances).toHaveLength(5);
  });
});
