/**
 * Why a file is not a workbook we can read, as data: each reader says what it found, and the
 * person who must act reads it in their language (failure-message.ts: `unreadableMessage`).
 */
export type ReadFailure =
  /** The configured path is a folder. */
  | { kind: 'directory' }
  /** Not a regular file: a named pipe, a device (/dev/zero), a socket. */
  | { kind: 'special-file' }
  /** No file there. */
  | { kind: 'missing' }
  /** The system refused to read it (its code: EACCES…). */
  | { kind: 'io'; detail: string }
  /** Over the size accepted, in bytes. */
  | { kind: 'too-large'; size: number; limit: number }
  /** Its content would unpack beyond the limit, in bytes. */
  | { kind: 'too-large-unpacked'; size: number; limit: number }
  /** What its first bytes show it is instead of an .xlsx. */
  | { kind: 'empty' | 'empty-archive' | 'password' | 'xls' | 'html' | 'pdf' | 'xml' | 'csv' }
  /** Text that is no CSV export: a saved email (its header first), or other text. */
  | { kind: 'email' | 'text' }
  | { kind: 'ods' | 'not-xlsx' | 'zip64' | 'encrypted' | 'no-workbook' | 'no-sheet' }
  /** Damaged: `part` is the part of the archive or the sheet found so, when known. */
  | { kind: 'corrupt'; part: string | null }
  /** A part of the archive unpacks beyond the size it declares (a zip bomb). */
  | { kind: 'bomb'; part: string }
  | { kind: 'compression'; method: number }
  /** A part declares a DTD: refused (entity expansion). */
  | { kind: 'dtd'; part: string }
  | { kind: 'too-many-rows' | 'too-many-columns'; sheet: string; limit: number }
  /** More filled cells than a submission can have. */
  | { kind: 'too-many-cells'; limit: number }
  /** A text longer than a cell may hold (`sheet` null: in the shared strings). */
  | { kind: 'text-too-long'; sheet: string | null; limit: number }
  /** More distinct texts (shared strings) than a submission can have. */
  | { kind: 'too-many-strings'; limit: number }
  /** More characters of text, all cells together, than a submission can have. */
  | { kind: 'too-much-text'; limit: number }
  /** More XML elements than a submission can have; `part`: where the count ran out. */
  | { kind: 'too-many-elements'; part: string; limit: number }
  /** Elements nested deeper than any spreadsheet writes them. */
  | { kind: 'too-deep'; part: string; limit: number }
  /** One tag (or comment, or CDATA section) longer than any spreadsheet writes. */
  | { kind: 'tag-too-long'; part: string; limit: number }
  /** More hyperlinks in a sheet than a submission has cells. */
  | { kind: 'too-many-links'; sheet: string; limit: number }
  /** More sheets, or parts in the archive, than any submission: how many, and the most. */
  | { kind: 'too-many-sheets' | 'too-many-parts'; count: number; limit: number }
  /** More cell styles or number formats than Excel allows. */
  | { kind: 'too-many-styles'; limit: number }
  /** Google would not give it: which object, the account to share it with, and why. */
  | ({ kind: 'google' } & GoogleFailure);

export type ReadFailureKind = ReadFailure['kind'];

/** Why Google refused, told apart by `errors[].reason` first, then by HTTP status. */
export const GOOGLE_PROBLEMS = [
  /** A Google Sheet declared as an .xlsx file in Drive. */
  'not-a-file',
  'not-shared',
  /** Not found, or not shared: Drive answers 404 for both. */
  'not-found',
  /** Over the requests quota, after retries. */
  'quota',
  'denied',
  'gone',
  /** The service account's credentials were refused. */
  'auth',
  'unreachable',
  /** Google answered 5xx or 429, after retries. */
  'unavailable',
  /** Another refusal: its status and message. */
  'refused',
  /** Not an answer of Google's at all: the error's message. */
  'failed',
] as const;
export type GoogleProblem = (typeof GOOGLE_PROBLEMS)[number];

/** A Google object that could not be read or written, and why. */
export interface GoogleFailure {
  /** A spreadsheet, a Drive file, a Drive folder, or the folder outputs are written to. */
  object: 'sheet' | 'file' | 'folder' | 'output';
  id: string;
  /** What was being done, for the output folder (« création de suivi.html »). */
  operation?: string;
  /** The service account to share it with. */
  account: string;
  problem: GoogleProblem;
  /** Requests made, retries included. */
  tries: number;
  status: number;
  /** Google's own message (or the error's), for `unreachable`, `refused` and `failed`. */
  detail: string;
}
