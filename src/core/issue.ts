import { CELL_WORDS } from './catalogue/cell-words.js';
import { severityOf, type IssueCode, type Severity } from './codes.js';
import type { Locale } from './locales.js';
import type { ReadFailure } from './read-failure.js';

/**
 * One validation finding: data, never an exception (SPEC §4). `cell`, `row` and `column`
 * are null for findings about a whole file or sheet.
 */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  column: string | null;
  field: string | null;
  value: string | null;
  message: string;
}

/** Where an issue points: a sheet, and optionally a 1-based row and column. */
export interface IssuePlace {
  sheet?: string | null;
  row?: number | null;
  col?: number | null;
  field?: string | null;
}

/** Longest `value` echoed back in an issue: enough to recognise it, never a whole cell. */
const MAX_ECHO = 200;

/** Builds an issue with its severity from the code table and its cell address. */
export function makeIssue(
  code: IssueCode,
  place: IssuePlace,
  message: string,
  value?: unknown,
): Issue {
  const column = place.col ? columnLetter(place.col) : null;
  const row = place.row ?? null;
  return {
    code,
    severity: severityOf(code),
    sheet: place.sheet ?? null,
    cell: column && row ? `${column}${row}` : null,
    row,
    column,
    field: place.field ?? null,
    value: echoValue(value),
    message,
  };
}

/** A file that cannot be read, as an issue said in `locale` (the person who must act's). */
export function unreadableIssue(failure: ReadFailure, locale: Locale): Issue {
  return makeIssue('file-unreadable', {}, CELL_WORDS[locale].unreadable(failure));
}

/** The spreadsheet column letters of a 1-based column index (1 → A, 28 → AB). */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function echoValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

/** True when no issue is an error. */
export function isValid(issues: readonly Issue[]): boolean {
  return !issues.some((i) => i.severity === 'error');
}

/** Counts errors and warnings. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}
