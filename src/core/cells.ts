/**
 * A vendor-free picture of a spreadsheet, as every source adapter (exceljs, Google Sheets)
 * hands it to the core. The core never sees an exceljs or googleapis type.
 */

/** A cell's value: text, number, boolean, a date (as read by the library), or empty. */
export type CellScalar = string | number | boolean | Date | null;

/** One cell as read. For a formula, `value` is its cached result (null when it has none). */
export interface RawCell {
  value: CellScalar;
  /** The formula text, when the cell holds a formula. */
  formula?: string;
  /** An error value such as `#REF!` or `#N/A`. */
  error?: string;
  /** The number format code, used to recognise percent and date cells. */
  numFmt?: string;
  /** The target of a hyperlink cell. */
  hyperlink?: string;
}

/** A sheet: `rows[r][c]` is the cell at 1-based row r+1, column c+1 (sparse). */
export interface RawSheet {
  name: string;
  hidden?: boolean;
  rows: (RawCell | undefined)[][];
}

/** A workbook: its sheets, and whether its serial dates count from 1904 (old Mac Excel). */
export interface RawWorkbook {
  sheets: RawSheet[];
  date1904: boolean;
}

/** The cell at 1-based row and column, if any. */
export function cellAt(sheet: RawSheet, row: number, col: number): RawCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** True when a cell holds nothing a person typed (no value, no formula, blank text). */
export function isBlankCell(cell: RawCell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula !== undefined || cell.error !== undefined) return false;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}
