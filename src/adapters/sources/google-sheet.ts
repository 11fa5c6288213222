/**
 * A Google Sheet read as a {@link RawWorkbook}: its Drive `modifiedTime` first, then, only when
 * it changed, one Sheets request for the cells of the sheets wanted (a bounded range of each,
 * unformatted values and what each cell shows, dates as serial numbers).
 */
import { createHash } from 'node:crypto';
import type { RawCell, RawSheet } from '../../core/cells.js';
import type {
  ReadRequest,
  SheetSelection,
  SpreadsheetReading,
} from '../../core/spreadsheet-source.js';
import { callGoogle, googleFailureOf, type GoogleClients } from '../google/api.js';
import { ACCESS_FIELDS, accessOf } from './drive-access.js';

/** Rows read per sheet (a bounded range: a whole-column read of a huge sheet would be costly). */
const MAX_ROWS = 10_000;
const LAST_COLUMN = 'AZ';
/** Only what is needed of the grid: each cell's value and how it shows. */
const GRID_FIELDS =
  'sheets(properties(title),data(rowData(values(effectiveValue,formattedValue))))';

function a1Range(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1:${LAST_COLUMN}${MAX_ROWS}`;
}

/**
 * Reads a Google Sheet: its Drive modifiedTime (with who changed it and who may edit it when
 * `request.access`), then, only when it changed since `request.previous`, one Sheets request
 * for each cell's value and what it shows (a cell showing 100 % holds 1: only its formatted
 * value says it is a percentage). The sheets wanted are named by `request.sheets`: the names
 * expected are asked at once, and the sheets' real titles (one more request) only when they
 * are not all there; `'all'` (the default) asks the titles first.
 */
export async function readGoogleSheet(
  clients: GoogleClients,
  spreadsheetId: string,
  request: ReadRequest = {},
): Promise<SpreadsheetReading> {
  try {
    const modified = await callGoogle(clients, () =>
      clients.drive.files.get({
        fileId: spreadsheetId,
        fields: request.access ? `modifiedTime,name,${ACCESS_FIELDS}` : 'modifiedTime,name',
        supportsAllDrives: true,
      }),
    );
    const modifiedAt = new Date(modified.data.modifiedTime ?? 0);
    const access = request.access
      ? { access: await accessOf(clients, spreadsheetId, modified.data) }
      : {};
    const previous = request.previous;
    if (previous && previous.modifiedAt === modifiedAt.toISOString()) {
      return {
        ok: true,
        workbook: previous.workbook,
        modifiedAt,
        contentHash: previous.contentHash,
        unchanged: true,
        ...access,
      };
    }
    const selection: SheetSelection = request.sheets ?? 'all';
    let titles: readonly string[] | null = selection === 'all' ? null : selection.expected;
    let grid = titles ? await expectedGrid(clients, spreadsheetId, titles) : null;
    if (!grid) {
      // A renamed or deleted sheet makes its range unparsable: learn the real titles, read those.
      const accepts = selection === 'all' ? () => true : selection.accepts;
      titles = (await titlesOf(clients, spreadsheetId)).filter(accepts);
      grid = titles.length ? await gridOf(clients, spreadsheetId, titles) : [];
    }
    // The spreadsheet lists its sheets in its own order, not the order asked.
    const sheets: RawSheet[] = (titles ?? []).map((title) => ({
      name: title,
      rows: toRows(grid.find((s) => s.properties?.title === title)?.data?.[0]?.rowData ?? []),
    }));
    return {
      ok: true,
      workbook: { sheets, date1904: false },
      modifiedAt,
      contentHash: createHash('sha256').update(JSON.stringify(sheets)).digest('hex'),
      ...access,
    };
  } catch (error) {
    const failure = googleFailureOf(error, 'sheet', spreadsheetId, clients.serviceAccount);
    return { ok: false, failure: { kind: 'google', ...failure } };
  }
}

/** The grid of the sheets expected, or null when one of them is not there (Sheets answers 400). */
async function expectedGrid(
  clients: GoogleClients,
  spreadsheetId: string,
  titles: readonly string[],
) {
  try {
    return await gridOf(clients, spreadsheetId, titles);
  } catch (error) {
    if ((error as { status?: number }).status !== 400) throw error;
    return null;
  }
}

/** The titles of a spreadsheet's sheets, in its order. */
async function titlesOf(clients: GoogleClients, spreadsheetId: string): Promise<string[]> {
  const meta = await callGoogle(
    clients,
    () => clients.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }),
    clients.paceSheets,
  );
  return (meta.data.sheets ?? []).map((s) => s.properties?.title ?? '');
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
