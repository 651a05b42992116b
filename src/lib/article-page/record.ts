/**
 * This source's record at a glance: how it stands on every compared claim (asserts, qualifies,
 * contradicts, silent), the claims on which it is named in error, and those only it asserts;
 * with a small build-time bar chart (an SVG string) whose rows link to the lists of claims.
 */
import type { ClaimData, Stance } from '../../schemas/claim.ts';
import { orderClaims, STANCE_LABELS, STANCE_SYMBOLS, standApartReasons, stanceOf } from '../claims.ts';
import type { IndependentRoots } from '../provenance/independence.ts';
import { escapeXml, round } from '../svg-format.ts';

export type RecordRowKind = Stance | 'errs' | 'alone';

export interface RecordRow {
  kind: RecordRowKind;
  label: string;
  symbol: string;
  claims: { id: string; claim: string }[];
}

/** Stances first, in the order a reader weighs them (every stance: the rows add up to the claims), then errors and claims only this source makes. */
const STANCE_ROWS: readonly Stance[] = ['asserts', 'qualifies', 'contradicts', 'silent'];

export function sourceRecord(claims: readonly { id: string; data: ClaimData }[], articleId: string, roots?: IndependentRoots): RecordRow[] {
  const ordered = orderClaims(claims);
  const ref = ({ id, data }: { id: string; data: ClaimData }) => ({ id, claim: data.claim });
  const rows: RecordRow[] = STANCE_ROWS.map((stance) => ({
    kind: stance,
    label: STANCE_LABELS[stance],
    symbol: STANCE_SYMBOLS[stance],
    claims: ordered.filter((claim) => (stanceOf(claim.data, articleId)?.stance ?? 'silent') === stance).map(ref),
  }));
  const reasons = ordered.map((claim) => ({ claim, kinds: standApartReasons(claim.data, articleId, roots).map((reason) => reason.kind) }));
  rows.push(
    { kind: 'errs', label: 'In error', symbol: '⚠', claims: reasons.filter(({ kinds }) => kinds.includes('errs')).map(({ claim }) => ref(claim)) },
    { kind: 'alone', label: 'Only this source asserts', symbol: '!', claims: reasons.filter(({ kinds }) => kinds.includes('alone')).map(({ claim }) => ref(claim)) },
  );
  return rows;
}

export interface RecordSvgOptions {
  idPrefix: string;
  /** Where a row links (the list of its claims). */
  href: (kind: RecordRowKind) => string;
  /** Number of claims compared, the bars' full length. */
  total: number;
}

const ROW = 28;
const WIDTH = 296;
const LABEL_WIDTH = 150;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 32;

/** One row per line: label, a bar scaled to the number of claims compared, the count. */
export function renderRecordSvg(rows: readonly RecordRow[], options: RecordSvgOptions): string {
  const height = rows.length * ROW + 4;
  const titleId = `${options.idPrefix}-title`;
  const body = rows
    .map((row, index) => {
      const y = index * ROW + 2;
      const length = options.total > 0 ? (row.claims.length / options.total) * BAR_WIDTH : 0;
      // Starts with the visible words and count, so the accessible name contains what is seen.
      const name = `${row.label} ${row.claims.length} of ${options.total} claims`;
      return (
        `<a href="${escapeXml(options.href(row.kind))}" class="record-row record-${row.kind}" aria-label="${escapeXml(name)}">` +
        `<rect class="record-hit" x="0" y="${y}" width="${WIDTH}" height="${ROW - 2}" rx="3"/>` +
        `<text class="record-label" x="4" y="${y + 18}"><tspan class="record-symbol" aria-hidden="true">${escapeXml(row.symbol)}</tspan> ${escapeXml(row.label)}</text>` +
        `<rect class="record-track" x="${LABEL_WIDTH}" y="${y + 8}" width="${BAR_WIDTH}" height="10" rx="2"/>` +
        `<rect class="record-bar" x="${LABEL_WIDTH}" y="${y + 8}" width="${round(length)}" height="10" rx="2"/>` +
        `<text class="record-count" x="${WIDTH - 4}" y="${y + 18}" text-anchor="end">${row.claims.length}</text>` +
        `</a>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="record-svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">How this source stands on the ${options.total} claims compared</title>${body}</svg>`
  );
}
