/**
 * The words of the validator: every message about a cell, a column or a sheet of a
 * submission, in the language of the person who must act on it (its focal point's, else the
 * committee's). Kept apart from the rest of the catalogue: the validator needs nothing else.
 * `q` arguments are values already quoted in the language (`quote`).
 */
import type { GoogleFailure, ReadFailure } from '../read-failure.js';

export interface CellWords {
  /** « Fichier illisible : » — what every reason a file cannot be read starts with. */
  unreadablePrefix: string;
  /** Why a file cannot be read and what to do: « Fichier illisible : le fichier est vide (0 octet). » */
  unreadable: (failure: ReadFailure) => string;
  /** The same reason, without `unreadablePrefix` (« le fichier est vide (0 octet). »). */
  unreadableReason: (failure: ReadFailure) => string;
  /** Why Google would not give an object (a sheet, a file, a folder), and what to do. */
  google: (failure: GoogleFailure) => string;
  /** A file that became the blank template again: the data of `date` are kept. */
  templateAgain: (date: string) => string;
  /** A configured file that is not there, and the file of its folder it most likely is. */
  fileMissing: (file: string, near: string | null) => string;

  /** A value quoted, shortened: « x », "x", «x», “x”. */
  quote: (value: unknown, max?: number) => string;
  /** The cell and its column: « F12 (Date prévue) », « I5 (Budget en MAD) ». */
  cell: (address: string, label: string) => string;
  /** A number as the language writes it (decimal comma or point). */
  number: (value: number) => string;
  /** A day as the language writes it. */
  date: (iso: string) => string;
  /** What separates a cell from its message: « F12 (Date prévue) : … ». */
  colon: string;

  invalidDate: string;
  notADate: (q: string) => string;
  implausibleDate: (q: string) => string;
  unknownMonth: (q: string) => string;
  noDay: (q: string) => string;
  noYear: (q: string) => string;
  unreadableDate: (q: string) => string;
  noSuchDay: (q: string) => string;
  notFinite: (q: string) => string;
  dateForNumber: string;
  notANumber: (q: string) => string;
  notAPercent: (q: string) => string;
  /** `options`: the allowed values when few enough to list, else null (« a value of the list »). */
  notAChoice: (q: string, options: readonly string[] | null, suggestion: string | null) => string;
  notYesNo: (q: string) => string;
  urlWithSpaces: (q: string) => string;
  urlIncomplete: (q: string, suggestion: string) => string;
  notAUrl: (q: string) => string;
  notAnEmail: (q: string) => string;

  formulaWithoutValue: (formula: string | undefined, error: string | undefined) => string;
  required: string;
  formulaText: (q: string) => string;
  bidiText: (q: string) => string;
  tooLong: (length: number, max: number) => string;
  outOfRange: (value: string, min: number | undefined, max: number | undefined) => string;

  sheetMissing: (sheet: string) => string;
  emptySubmission: (actions: string, milestones: string) => string;
  milestoneMissing: (title: string, end: string, sheet: string) => string;
  labelMissing: (label: string, sheet: string) => string;
  updatedInFuture: (date: string, today: string) => string;
  /** The label of the commitment number, in messages about it. */
  commitmentNumber: string;
  notACommitmentNumber: string;
  commitmentMismatch: (value: number, expected: number) => string;
  unknownCommitment: (value: number, known: string) => string;
  columnUnknown: (at: string, header: string) => string;
  columnDuplicate: (at: string, header: string, first: string) => string;
  columnMissing: (header: string, sheet: string, row: number) => string;
  percentAmbiguous: (shown: string, meant: string) => string;
  duplicateRef: (ref: string, first: string) => string;
  outsidePlan: (date: string, start: string, end: string) => string;
  doneInFuture: (date: string, today: string) => string;
  /** `done`: the status « Réalisée » in the language. */
  doneDateRequired: (done: string) => string;
  resultMissing: (done: string, indicator: string | null) => string;
  indicatorMismatch: (type: string, expected: string, actual: string) => string;
  missingHashtag: (type: string, missing: string) => string;
  logoNotUsed: (logo: string, type: string) => string;
  actionEvidenceMissing: string;
  dateOrder: (end: string, start: string) => string;
  milestoneLate: (end: string, progress: number | null) => string;
  progressInconsistent: (progress: number, level: string) => string;
  milestoneEvidenceMissing: string;
  /** `omitted` issues found past the first `kept` of each sheet, not listed. */
  tooManyIssues: (omitted: number, kept: number) => string;
}
