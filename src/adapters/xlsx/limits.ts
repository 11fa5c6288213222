/**
 * How much of a workbook the reader takes on: past a limit, the file is refused with the
 * reason, before the memory is spent. Shared by the package, the workbook and its sheets.
 */

/** Limits checked while reading, each with its reason when exceeded. */
export interface ParseLimits {
  /** Total uncompressed size of the archive, from its directory, before inflating. */
  maxUncompressedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxCellText: number;
  /**
   * Filled cells read in the whole workbook: what memory the cells take. Far above any real
   * submission (10,000 actions × 20 columns), far below what the other limits allow together.
   */
  maxCells: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 100,
  maxCellText: 32_767,
  maxCells: 250_000,
};
