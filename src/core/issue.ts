import { severityOf, type IssueCode, type Severity } from './codes.js';
import { unreadableMessage } from './failure-message.js';
import type { IssueMessage } from './issue-message.js';
import type { ReadFailure } from './read-failure.js';

/**
 * One validation finding: data, never an exception (docs/validation-codes.md). `cell`, `row` and `column`
 * are null for findings about a whole file or sheet. Its `message` is said where the issue is
 * shown, in its reader's language (`issueText`): never written out when it is found.
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
  /** What to tell: a message and its values (text for an issue stored by an older version). */
  message: IssueMessage;
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
  message: IssueMessage,
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

/** A file that cannot be read, as an issue: why, and what to do. */
export function unreadableIssue(failure: ReadFailure): Issue {
  return makeIssue('file-unreadable', {}, unreadableMessage(failure));
}

/**
 * Why a source could not be read, without the « Fichier illisible : » before it: what a
 * sentence about the source says inside its own (« Source illisible aujourd'hui (…) »).
 */
export function unreadableReason(issue: Issue): IssueMessage {
  const said = issue.message;
  return typeof said !== 'string' && said.id === 'cells.unreadable'
    ? ((said.values?.reason as IssueMessage | undefined) ?? said)
    : said;
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
