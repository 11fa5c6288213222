/**
 * Submissions in Google: a Google Sheet read in one `values.batchGet` (all sheets' ranges,
 * unformatted values, dates as serial numbers) plus its Drive `modifiedTime`; an .xlsx
 * file stored in Drive, downloaded and read like a local one; and the discovery of
 * submissions in a Drive folder, mapped to commitments by their names.
 */
import { createHash } from 'node:crypto';
import { SHEET_NAMES } from '../../sheets-templates/submission-template.js';
import type { RawCell, RawSheet, RawWorkbook } from '../core/cells.js';
import { makeIssue, type Issue } from '../core/issue.js';
import { sheetRole } from '../core/validate-submission.js';
import { callGoogle, describeGoogleFailure, listFolder, type GoogleClients } from './google-api.js';
import { DEFAULT_READ_LIMITS, readXlsxBytes, type ReadLimits } from './xlsx-reader.js';

/** A source read from Google: the workbook, or why not. */
export type GoogleReading =
  | { ok: true; workbook: RawWorkbook; modifiedAt: Date; contentHash: string }
  | { ok: false; issue: Issue };

/** Rows read per sheet (a bounded range: a whole-column read of a huge sheet would be costly). */
const MAX_ROWS = 10_000;
const LAST_COLUMN = 'AZ';
const ROLES_READ = [SHEET_NAMES.engagement, SHEET_NAMES.actions, SHEET_NAMES.milestones];
const CELL_ERROR = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

function a1Range(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1:${LAST_COLUMN}${MAX_ROWS}`;
}

function unreadable(message: string): { ok: false; issue: Issue } {
  return { ok: false, issue: makeIssue('file-unreadable', {}, message) };
}

/**
 * Reads a Google Sheet: two Sheets requests, the values as they are and as people see them
 * (a cell showing 100 % holds 1, and only its formatted text says it is a percentage), and
 * two more only when the template's sheet names are not all there.
 */
export async function readGoogleSheet(
  clients: GoogleClients,
  spreadsheetId: string,
): Promise<GoogleReading> {
  const what = `La feuille Google ${spreadsheetId}`;
  try {
    const modified = await callGoogle(clients, () =>
      clients.drive.files.get({
        fileId: spreadsheetId,
        fields: 'modifiedTime,name',
        supportsAllDrives: true,
      }),
    );
    let ranges: string[] = ROLES_READ.map((name) => a1Range(name));
    let titles: readonly string[] = ROLES_READ;
    let response;
    try {
      response = await batchGet(clients, spreadsheetId, ranges);
    } catch (error) {
      // A renamed or deleted sheet makes its range unparsable: learn the real titles, read those.
      if ((error as { status?: number }).status !== 400) throw error;
      const meta = await callGoogle(clients, () =>
        clients.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }),
      );
      titles = (meta.data.sheets ?? [])
        .map((s) => s.properties?.title ?? '')
        .filter((title) => sheetRole(title) !== null);
      ranges = titles.map((title) => a1Range(title));
      response = ranges.length
        ? await batchGet(clients, spreadsheetId, ranges)
        : { data: { valueRanges: [] } };
    }
    const values = response.data.valueRanges ?? [];
    const shown = ranges.length
      ? ((await batchGet(clients, spreadsheetId, ranges, 'FORMATTED_VALUE')).data.valueRanges ?? [])
      : [];
    const sheets: RawSheet[] = titles.map((title, i) => ({
      name: title,
      rows: toRows(values[i]?.values ?? [], shown[i]?.values ?? []),
    }));
    return {
      ok: true,
      workbook: { sheets, date1904: false },
      modifiedAt: new Date(modified.data.modifiedTime ?? 0),
      contentHash: createHash('sha256')
        .update(JSON.stringify(values.map((v) => v.values ?? [])))
        .digest('hex'),
    };
  } catch (error) {
    return unreadable(describeGoogleFailure(error, what, clients.serviceAccount));
  }
}

function batchGet(
  clients: GoogleClients,
  spreadsheetId: string,
  ranges: string[],
  valueRenderOption: 'UNFORMATTED_VALUE' | 'FORMATTED_VALUE' = 'UNFORMATTED_VALUE',
) {
  return callGoogle(clients, () =>
    clients.sheets.spreadsheets.values.batchGet({
      spreadsheetId,
      ranges,
      majorDimension: 'ROWS',
      valueRenderOption,
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }),
  );
}

/**
 * Sheets values as raw cells: empty strings are empty cells, `#REF!` and the like are cell
 * errors, and a number shown with `%` keeps a percent format, as in an .xlsx file: one rule
 * reads both.
 */
export function toRows(values: unknown[][], shown: unknown[][] = []): (RawCell | undefined)[][] {
  return values.map((row, r) =>
    row.map((value, c): RawCell | undefined => {
      if (value === null || value === undefined || value === '') return undefined;
      if (typeof value === 'number') {
        const text = shown[r]?.[c];
        return typeof text === 'string' && /[%\u066a]/.test(text)
          ? { value, numFmt: '0%' }
          : { value };
      }
      if (typeof value === 'boolean') return { value };
      const text = String(value);
      return CELL_ERROR.test(text) ? { value: null, error: text } : { value: text };
    }),
  );
}

/** Downloads an .xlsx file from Drive and reads it with the same code as a local file. */
export async function readDriveXlsx(
  clients: GoogleClients,
  fileId: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<GoogleReading & { bytes?: Buffer }> {
  const what = `Le fichier Drive ${fileId}`;
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
      return unreadable(`${what} (${meta.data.name}) : fichier trop volumineux (${size} octets).`);
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
    return unreadable(describeGoogleFailure(error, what, clients.serviceAccount));
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

/** The commitment number a file name carries: "Engagement 07", "engagement-7.xlsx", "E07 - ICPC". */
export function commitmentNumberInName(name: string): number | null {
  const m =
    /engagement[\s_.-]*(?:n[°o.]?\s*)?0*(\d{1,3})(?!\d)/i.exec(name) ??
    /(?:^|[^a-z])e(?:ng)?[\s_.-]*0*(\d{1,3})(?!\d)/i.exec(name);
  return m ? Number(m[1]) : null;
}

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
