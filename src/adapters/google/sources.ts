/**
 * Submissions in Google: a Google Sheet read in one `values.batchGet` (all sheets' ranges,
 * unformatted values, dates as serial numbers) plus its Drive `modifiedTime`; an .xlsx
 * file stored in Drive, downloaded and read like a local one; and the discovery of
 * submissions in a Drive folder, mapped to commitments by their names.
 */
import { createHash } from 'node:crypto';
import { SHEET_NAMES } from '../../../sheets-templates/submission-template.js';
import type { RawCell, RawSheet, RawWorkbook } from '../../core/cells.js';
import type { ReadFailure } from '../../core/read-failure.js';
import { commitmentNumberInName } from '../../core/file-names.js';
import { sheetRole } from '../../core/validate-submission.js';
import { callGoogle, googleFailureOf, listFolder, type GoogleClients } from './api.js';
import { DEFAULT_READ_LIMITS, readXlsxBytes, type ReadLimits } from '../xlsx/reader.js';

/** A source read from Google: the workbook, or why not. */
export type GoogleReading =
  | {
      ok: true;
      workbook: RawWorkbook;
      modifiedAt: Date;
      contentHash: string;
      /** The spreadsheet had not changed since `previous`: nothing was read from Sheets. */
      unchanged?: boolean;
    }
  | { ok: false; failure: ReadFailure };

/** What was read of a Google Sheet last time: enough not to read it again while unchanged. */
export interface PreviousSheet {
  /** Drive's modifiedTime then (ISO 8601). */
  modifiedAt: string;
  contentHash: string;
  workbook: RawWorkbook;
}

/** Rows read per sheet (a bounded range: a whole-column read of a huge sheet would be costly). */
const MAX_ROWS = 10_000;
const LAST_COLUMN = 'AZ';
const ROLES_READ = [SHEET_NAMES.engagement, SHEET_NAMES.actions, SHEET_NAMES.milestones];
/** Only what is needed of the grid: each cell's value and how it shows. */
const GRID_FIELDS =
  'sheets(properties(title),data(rowData(values(effectiveValue,formattedValue))))';

function a1Range(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1:${LAST_COLUMN}${MAX_ROWS}`;
}

function unreadable(failure: ReadFailure): { ok: false; failure: ReadFailure } {
  return { ok: false, failure };
}

/**
 * Reads a Google Sheet: its Drive modifiedTime, then, only when it changed since `previous`,
 * one Sheets request for each cell's value and what it shows (a cell showing 100 % holds 1:
 * only its formatted value says it is a percentage); two more only when the template's sheet
 * names are not all there.
 */
export async function readGoogleSheet(
  clients: GoogleClients,
  spreadsheetId: string,
  previous?: PreviousSheet,
): Promise<GoogleReading> {
  try {
    const modified = await callGoogle(clients, () =>
      clients.drive.files.get({
        fileId: spreadsheetId,
        fields: 'modifiedTime,name',
        supportsAllDrives: true,
      }),
    );
    const modifiedAt = new Date(modified.data.modifiedTime ?? 0);
    if (previous && previous.modifiedAt === modifiedAt.toISOString()) {
      return {
        ok: true,
        workbook: previous.workbook,
        modifiedAt,
        contentHash: previous.contentHash,
        unchanged: true,
      };
    }
    let titles: readonly string[] = ROLES_READ;
    let grid;
    try {
      grid = await gridOf(clients, spreadsheetId, titles);
    } catch (error) {
      // A renamed or deleted sheet makes its range unparsable: learn the real titles, read those.
      if ((error as { status?: number }).status !== 400) throw error;
      const meta = await callGoogle(
        clients,
        () => clients.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }),
        clients.paceSheets,
      );
      titles = (meta.data.sheets ?? [])
        .map((s) => s.properties?.title ?? '')
        .filter((title) => sheetRole(title) !== null);
      grid = titles.length ? await gridOf(clients, spreadsheetId, titles) : [];
    }
    // The spreadsheet lists its sheets in its own order, not the order asked.
    const sheets: RawSheet[] = titles.map((title) => ({
      name: title,
      rows: toRows(grid.find((s) => s.properties?.title === title)?.data?.[0]?.rowData ?? []),
    }));
    return {
      ok: true,
      workbook: { sheets, date1904: false },
      modifiedAt,
      contentHash: createHash('sha256').update(JSON.stringify(sheets)).digest('hex'),
    };
  } catch (error) {
    const failure = googleFailureOf(error, 'sheet', spreadsheetId, clients.serviceAccount);
    return unreadable({ kind: 'google', ...failure });
  }
}

async function gridOf(clients: GoogleClients, spreadsheetId: string, titles: readonly string[]) {
  const response = await callGoogle(
    clients,
    () =>
      clients.sheets.spreadsheets.get({
        spreadsheetId,
        ranges: titles.map(a1Range),
        includeGridData: true,
        fields: GRID_FIELDS,
      }),
    clients.paceSheets,
  );
  return response.data.sheets ?? [];
}

/** A cell of grid data, as the Sheets API gives it. */
interface GridCell {
  effectiveValue?: {
    numberValue?: number | null;
    stringValue?: string | null;
    boolValue?: boolean | null;
    errorValue?: { type?: string | null } | null;
  } | null;
  formattedValue?: string | null;
}

/**
 * Grid data as raw cells: an error value is a cell error (`#REF!`, shown as the sheet shows
 * it), and a number shown with `%` keeps a percent format, as in an .xlsx file: one rule
 * reads both.
 */
export function toRows(rowData: { values?: GridCell[] | null }[]): (RawCell | undefined)[][] {
  return rowData.map((row) =>
    (row.values ?? []).map((cell): RawCell | undefined => {
      const value = cell.effectiveValue;
      if (!value) return undefined;
      if (value.errorValue)
        return {
          value: null,
          error: cell.formattedValue || `#${value.errorValue.type ?? 'ERROR'}!`,
        };
      if (typeof value.numberValue === 'number') {
        return /[%\u066a]/.test(cell.formattedValue ?? '')
          ? { value: value.numberValue, numFmt: '0%' }
          : { value: value.numberValue };
      }
      if (typeof value.boolValue === 'boolean') return { value: value.boolValue };
      const text = value.stringValue ?? '';
      return text === '' ? undefined : { value: text };
    }),
  );
}

/** Downloads an .xlsx file from Drive and reads it with the same code as a local file. */
export async function readDriveXlsx(
  clients: GoogleClients,
  fileId: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<GoogleReading & { bytes?: Buffer }> {
  try {
    const meta = await callGoogle(clients, () =>
      clients.drive.files.get({
        fileId,
        fields: 'modifiedTime,name,size,mimeType',
        supportsAllDrives: true,
      }),
    );
    const size = Number(meta.data.size ?? 0);
    if (size > limits.maxFileBytes) {
      return unreadable({ kind: 'too-large', size, limit: limits.maxFileBytes });
    }
    const media = await callGoogle(clients, () =>
      clients.drive.files.get(
        { fileId, alt: 'media', supportsAllDrives: true },
        { responseType: 'arraybuffer' },
      ),
    );
    const bytes = Buffer.from(media.data as unknown as ArrayBuffer);
    const reading = await readXlsxBytes(bytes);
    if (!reading.ok) return reading;
    return {
      ok: true,
      workbook: reading.workbook,
      modifiedAt: new Date(meta.data.modifiedTime ?? 0),
      contentHash: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch (error) {
    const failure = googleFailureOf(error, 'file', fileId, clients.serviceAccount);
    return unreadable({ kind: 'google', ...failure });
  }
}

/** A submission found in a Drive folder. */
export interface DiscoveredFile {
  id: string;
  name: string;
  kind: 'google-sheet' | 'drive-file';
  modifiedTime: string;
}

const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Lists a Drive folder (every page, shared drives included) and maps its sheets and .xlsx
 * files to commitments by name; for a commitment with several, the latest modified wins.
 */
export async function discoverSubmissions(
  clients: GoogleClients,
  folderId: string,
): Promise<Map<number, DiscoveredFile>> {
  const found = new Map<number, DiscoveredFile>();
  const files = await listFolder(clients, folderId, 'id, name, mimeType, modifiedTime', {
    pageSize: 100,
  });
  for (const file of files) {
    const kind =
      file.mimeType === SHEET_MIME
        ? 'google-sheet'
        : file.mimeType === XLSX_MIME
          ? 'drive-file'
          : null;
    const id = commitmentNumberInName(file.name ?? '');
    if (!kind || id === null || !file.id) continue;
    const candidate: DiscoveredFile = {
      id: file.id,
      name: file.name ?? '',
      kind,
      modifiedTime: file.modifiedTime ?? '',
    };
    const current = found.get(id);
    if (!current || candidate.modifiedTime > current.modifiedTime) found.set(id, candidate);
  }
  return found;
}
