/**
 * `/data/claims-matrix.csv`: the matrix as a spreadsheet, one row per claim in reading order and
 * one column per source (headed by the article id), each cell the stance, "not-yet-compared" for
 * an article added after the claim was compared, with " (in error)" for an erring source. Cells go
 * through the spreadsheet-safe writer. Pure.
 */
import type { ClaimData } from '../../schemas/claim.ts';
import { orderClaims } from '../claims.ts';
import { spreadsheetCsv } from '../csv.ts';
import { comparisonCell, type ComparisonCell } from './cells.ts';

/** The fixed columns before the source columns. */
export const MATRIX_FIXED_COLUMNS = ['claim_id', 'claim', 'topic', 'verdict', 'erroneous_sources', 'url'] as const;

/** Every column of the CSV, in order: the fixed ones, then one per article id. */
export const matrixColumns = (articleIds: readonly string[]): string[] => [...MATRIX_FIXED_COLUMNS, ...articleIds];

/** A cell as the CSV writes it. */
export const matrixCellValue = (cell: ComparisonCell): string => `${cell.state === 'pending' ? 'not-yet-compared' : cell.state}${cell.errs ? ' (in error)' : ''}`;

export function claimsMatrixCsv(claims: readonly { id: string; data: ClaimData }[], articleIds: readonly string[], claimUrl: (id: string) => string): string {
  const rows = orderClaims(claims).map(({ id, data }) => ({
    claim_id: id,
    claim: data.claim,
    topic: data.topic,
    verdict: data.verdict,
    erroneous_sources: data.erroneousSources.map((source) => source.id).join('; '),
    url: claimUrl(id),
    ...Object.fromEntries(articleIds.map((articleId) => [articleId, matrixCellValue(comparisonCell(data, articleId))])),
  }));
  // d3 takes the columns from the first row; an empty matrix still gets its header.
  return rows.length > 0 ? spreadsheetCsv(rows) : matrixColumns(articleIds).join(',');
}
