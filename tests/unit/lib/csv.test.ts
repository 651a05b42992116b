import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { spreadsheetCsv, spreadsheetSafeCell } from '../../../src/lib/csv.ts';

describe('spreadsheetSafeCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("https://example.org","x")'])('neutralises %j, which a spreadsheet would run', (cell) => {
    expect(spreadsheetSafeCell(cell)).toBe(`'${cell}`);
  });

  it.each(['Vietnam', 'a = b', '2025-10-10', '', ' =1', "'quoted"])('leaves %j as it is', (cell) => {
    expect(spreadsheetSafeCell(cell)).toBe(cell);
  });
});

describe('spreadsheetCsv', () => {
  it('neutralises every cell, headers untouched, and stays parseable', () => {
    const csv = spreadsheetCsv([{ id: 'x', title: '=cmd|"/c calc"!A1', note: 'plain, with a comma' }]);
    expect(csv.split('\n')[0]).toBe('id,title,note');
    expect(csvParse(csv)[0]).toEqual({ id: 'x', title: `'=cmd|"/c calc"!A1`, note: 'plain, with a comma' });
  });
});
