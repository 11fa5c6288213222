/**
 * The one way in for every spreadsheet: a port that reads a workbook where it lives (a local
 * .xlsx file, a Google Sheet, an .xlsx file stored in Drive) into the core's vendor-free
 * {@link RawWorkbook}, with what tells one version from the next (its modification time and
 * the hash of its content), or says why it cannot be read ({@link ReadFailure}: data, never a
 * throw). Submissions and the committee workbook (the roster) are both read through it.
 */
import type { RawWorkbook } from './cells.js';
import type { ReadFailure } from './read-failure.js';

/** Where a spreadsheet lives. */
export type SpreadsheetLocation =
  | { kind: 'xlsx'; path: string }
  | { kind: 'google-sheet'; spreadsheetId: string }
  | { kind: 'drive-file'; fileId: string; name?: string };

export type SpreadsheetKind = SpreadsheetLocation['kind'];

/**
 * Which sheets to read the cells of: every sheet (`'all'`), or those wanted: `accepts` says
 * which names are wanted, `expected` the names asked of a Google Sheet at once (its real
 * titles are asked only when these are not all there, or first when none is expected).
 */
export type SheetSelection =
  'all' | { expected: readonly string[]; accepts: (name: string) => boolean };

/** The function an .xlsx reader takes to skip the cells of sheets not wanted. */
export function sheetFilterOf(selection: SheetSelection | undefined): (name: string) => boolean {
  return !selection || selection === 'all' ? () => true : selection.accepts;
}

/** What was read last time: enough not to read a Google Sheet again while it is unchanged. */
export interface PreviousReading {
  /** Its modification time then (ISO 8601). */
  modifiedAt: string;
  contentHash: string;
  workbook: RawWorkbook;
}

/** A person as Drive names them (the last one to change a file). */
export interface DriveUser {
  displayName: string;
  /** Absent when Drive does not show it (a user who hides it, an account of another domain). */
  emailAddress?: string;
}

/**
 * Who may change a file in Drive and who did last, read only when asked (the roster decides
 * who is a known sender; a submission does not).
 */
export interface SourceAccess {
  /** The last one to modify the file, when Drive names them. */
  lastModifyingUser?: DriveUser;
  /**
   * True when people who are not named may edit it: anyone with the link, or everyone in an
   * organisation (a permission of type `anyone` or `domain` with an editing role; `user` and
   * `group` name who they are); null when Drive does not show the file's permissions to this
   * account.
   */
  anyoneCanEdit: boolean | null;
}

/** What to read of a spreadsheet, beyond where it is. */
export interface ReadRequest {
  /** The sheets wanted; all of them by default. */
  sheets?: SheetSelection;
  /** The last reading: an unchanged Google Sheet is then not read again (one Drive call). */
  previous?: PreviousReading;
  /**
   * Also read who changed it last and whether people not named (anyone with the link, a whole
   * organisation) may edit it (Drive only).
   */
  access?: boolean;
}

/** A spreadsheet as read, or why not. */
export type SpreadsheetReading =
  | {
      ok: true;
      workbook: RawWorkbook;
      modifiedAt: Date;
      /** SHA-256 of the file's bytes (of its cells, for a Google Sheet), hex. */
      contentHash: string;
      /** Nothing was read but the modification time: `previous` stands. */
      unchanged?: boolean;
      /** Present when the request asked for it and the source is in Drive. */
      access?: SourceAccess;
    }
  | {
      ok: false;
      failure: ReadFailure;
      /** The local file is not there (a path mistyped, a file not sent yet). */
      missing?: boolean;
    };

/** A spreadsheet found in a Drive folder. */
export interface FolderSpreadsheet {
  id: string;
  name: string;
  kind: 'google-sheet' | 'drive-file';
  /** ISO 8601. */
  modifiedTime: string;
}

/** A Drive folder's spreadsheets, or why it cannot be listed. */
export type FolderListing =
  { ok: true; files: FolderSpreadsheet[] } | { ok: false; failure: ReadFailure };

/** The port: reads any spreadsheet, lists a folder's, and counts what it asked of remote APIs. */
export interface SpreadsheetSource {
  /** Reads the spreadsheet at `location`. Never throws for a file that cannot be read. */
  read(location: SpreadsheetLocation, request?: ReadRequest): Promise<SpreadsheetReading>;
  /** The Google Sheets and .xlsx files of a Drive folder (every page, shared drives too). */
  listFolder(folderId: string): Promise<FolderListing>;
  /** API requests made so far, retries included (the run's journal); 0 for local files. */
  requests(): number;
}

/** Where a spreadsheet of a Drive folder is read from. */
export function locationOf(file: FolderSpreadsheet): SpreadsheetLocation {
  return file.kind === 'google-sheet'
    ? { kind: 'google-sheet', spreadsheetId: file.id }
    : { kind: 'drive-file', fileId: file.id, name: file.name };
}
