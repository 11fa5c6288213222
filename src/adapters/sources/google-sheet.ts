/**
 * A Google Sheet read as a {@link RawWorkbook}: its Drive `modifiedTime` first, then, only when
 * it changed, one Sheets request for the cells of the sheets wanted (a bounded range of each,
 * unformatted values and what each cell shows, dates as serial numbers), within a budget: the
 * answer is read as it comes and dropped past its size, then its filled cells and characters
 * are counted, as the .xlsx reader counts them (limits.ts). Over the budget, the reading is a
 * {@link ReadFailure} the person is told (the workbook is too large), never memory spent.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { RawCell, RawSheet } from '../../core/cells.js';
import type { ReadFailure } from '../../core/read-failure.js';
import type {
  ReadRequest,
  SheetSelection,
  SpreadsheetReading,
} from '../../core/spreadsheet-source.js';
import { callGoogle, googleFailureOf, type GoogleClients } from '../google/api.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/reader.js';
import { ACCESS_FIELDS, accessOf } from './drive-access.js';

/**
 * What one Google Sheet read may take on: the .xlsx reader's filled cells and characters of
 * text, and the answer's size, counted as it arrives (about 200 bytes of JSON a filled cell,
 * its value given twice: 50 MB at the default 250,000 cells; a real submission of 10,000
 * actions × 20 short cells answers about 20 MB).
 */
export interface GoogleReadBudget {
  maxCells: number;
  maxTextChars: number;
  maxResponseBytes: number;
}

/** The budget of a Google Sheet read, from the .xlsx reader's limits. */
export function googleBudgetOf(limits: ReadLimits = DEFAULT_READ_LIMITS): GoogleReadBudget {
  return {
    maxCells: limits.maxCells,
    maxTextChars: limits.maxTextChars ?? 64 * limits.maxCells,
    maxResponseBytes: 200 * limits.maxCells,
  };
}

/** A read stopped at its budget, said as the reason the workbook is not read. */
class OverBudget extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.kind);
  }
}

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
  budget: GoogleReadBudget = googleBudgetOf(),
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
    // No names expected (none, or `all`): the titles are asked first. A grid asked without
    // ranges would be every sheet's.
    let titles: readonly string[] | null =
      selection === 'all' || selection.expected.length === 0 ? null : selection.expected;
    let grid = titles ? await expectedGrid(clients, spreadsheetId, titles, budget) : null;
    if (!grid) {
      // A renamed or deleted sheet makes its range unparsable: learn the real titles, read those.
      const accepts = selection === 'all' ? () => true : selection.accepts;
      titles = (await titlesOf(clients, spreadsheetId)).filter(accepts);
      grid = titles.length ? await gridOf(clients, spreadsheetId, titles, budget) : [];
    }
    // The spreadsheet lists its sheets in its own order, not the order asked.
    const sheets: RawSheet[] = (titles ?? []).map((title) => ({
      name: title,
      rows: toRows(grid.find((s) => s.properties?.title === title)?.data?.[0]?.rowData ?? []),
    }));
    const over = overBudget(sheets, budget);
    if (over) return { ok: false, failure: over };
    return {
      ok: true,
      workbook: { sheets, date1904: false },
      modifiedAt,
      contentHash: createHash('sha256').update(JSON.stringify(sheets)).digest('hex'),
      ...access,
    };
  } catch (error) {
    if (error instanceof OverBudget) return { ok: false, failure: error.failure };
    const failure = googleFailureOf(error, 'sheet', spreadsheetId, await clients.account());
    return { ok: false, failure: { kind: 'google', ...failure } };
  }
}

/** The grid of the sheets expected, or null when one of them is not there (Sheets answers 400). */
async function expectedGrid(
  clients: GoogleClients,
  spreadsheetId: string,
  titles: readonly string[],
  budget: GoogleReadBudget,
) {
  try {
    return await gridOf(clients, spreadsheetId, titles, budget);
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

/** A sheet of grid data as the Sheets API answers it (only the fields asked). */
interface GridSheet {
  properties?: { title?: string | null } | null;
  data?: { rowData?: { values?: GridCell[] | null }[] | null }[] | null;
}

/**
 * The grid of the sheets `titles`, its answer read as a stream and dropped once past the
 * budget's size: a sheet of millions of cells costs that size, not its own.
 */
async function gridOf(
  clients: GoogleClients,
  spreadsheetId: string,
  titles: readonly string[],
  budget: GoogleReadBudget,
): Promise<GridSheet[]> {
  const response = await callGoogle(
    clients,
    () =>
      clients.sheets.spreadsheets.get(
        { spreadsheetId, ranges: titles.map(a1Range), includeGridData: true, fields: GRID_FIELDS },
        { responseType: 'stream' },
      ),
    clients.paceSheets,
  );
  const text = await boundedText(response.data as unknown as Readable, budget.maxResponseBytes);
  const answer = JSON.parse(text) as { sheets?: GridSheet[] };
  return answer.sheets ?? [];
}

/** A stream's text, or {@link OverBudget} as soon as it passes `limit` bytes (the rest unread). */
async function boundedText(stream: AsyncIterable<Uint8Array>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = stream[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    size += next.value.byteLength;
    if (size > limit) {
      await iterator.return?.(); // the connection is dropped: nothing more is received
      throw new OverBudget({ kind: 'too-large', size, limit });
    }
    chunks.push(Buffer.from(next.value));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The read's filled cells and characters of text past the budget, as the .xlsx reader says them. */
function overBudget(sheets: readonly RawSheet[], budget: GoogleReadBudget): ReadFailure | null {
  let cells = 0;
  let chars = 0;
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (!cell) continue;
        cells += 1;
        if (typeof cell.value === 'string') chars += cell.value.length;
      }
    }
  }
  if (cells > budget.maxCells) return { kind: 'too-many-cells', limit: budget.maxCells };
  if (chars > budget.maxTextChars) return { kind: 'too-much-text', limit: budget.maxTextChars };
  return null;
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
