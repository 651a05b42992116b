/**
 * CSV for spreadsheets. A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * run as a formula by Excel, LibreOffice and Google Sheets ("CSV injection"): a quote such as
 * `=HYPERLINK(…)` in a downloaded file would become a live link or worse. Such cells get a
 * leading apostrophe, which spreadsheets show as text and do not display.
 */
import { csvFormat } from 'd3';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text, never run it. */
export const spreadsheetSafeCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** `csvFormat` with every cell made safe to open in a spreadsheet. */
export function spreadsheetCsv(rows: ReadonlyArray<Record<string, string>>): string {
  return csvFormat(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, spreadsheetSafeCell(value)]))));
}
