/** A local .xlsx file read through the spreadsheet port: its bytes' hash and its mtime. */
import { createHash } from 'node:crypto';
import {
  sheetFilterOf,
  type ReadRequest,
  type SpreadsheetReading,
} from '../../core/spreadsheet-source.js';
import { DEFAULT_READ_LIMITS, readXlsxFile, type ReadLimits } from '../xlsx/reader.js';

/**
 * Reads a local .xlsx file, the cells of the sheets `request.sheets` wants. Its version is its
 * modification time and the SHA-256 of its bytes; a file not there comes back `missing`.
 */
export async function readLocalXlsx(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  request: ReadRequest = {},
): Promise<SpreadsheetReading> {
  const file = await readXlsxFile(path, limits, sheetFilterOf(request.sheets));
  if (!file.ok) return file;
  return {
    ok: true,
    workbook: file.workbook,
    modifiedAt: file.modifiedAt,
    contentHash: createHash('sha256').update(file.bytes).digest('hex'),
  };
}
