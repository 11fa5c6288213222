/**
 * Reading one cell by its column kind: the typed value, or the issue that says why not.
 * Shared by the table sheets and the Engagement sheet.
 */
import type { ColumnKind } from '../../sheets-templates/submission-template.js';
import { formatFrenchDate, utcCalendarDay, type IsoDate } from './calendar-date.js';
import { isBlankCell, type CellScalar, type RawCell } from './cells.js';
import type { IssueCode } from './codes.js';
import { columnLetter, makeIssue, type Issue, type IssuePlace } from './issue.js';
import { clip, issueMessage, term, type SaidMessage, type Term } from './issue-message.js';
import {
  parseBoolean,
  parseChoice,
  parseDate,
  parseEmail,
  parseHttpUrl,
  parseList,
  parseNumber,
  type GroupMark,
  parsePercent,
  type Parsed,
} from './parse-values.js';
import { hasBidiOverride, looksLikeFormula } from './text.js';

/** A value read from a cell, by kind. */
export type CellReading = string | number | boolean | string[] | IsoDate | null;

/** What a reader needs to know about the cell it reads. */
export interface CellSpec {
  kind: ColumnKind;
  /** The header or label, for messages: a word of the template, or a text. */
  label: Term | string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Allowed values of a `choice` column. */
  options?: readonly string[];
  /** A value in another language (by comparison key) → the allowed value it stands for. */
  synonyms?: ReadonlyMap<string, string>;
  /** How each allowed value shows in the reader's language, for messages. */
  display?: ReadonlyMap<string, string>;
}

/** Where a cell is: sheet, 1-based row and column, and the field it holds. */
export interface CellPlace extends IssuePlace {
  sheet: string;
  row: number;
  col: number;
  field: string;
}

/** Where the cell is, and the workbook's date system. */
export interface CellContext {
  place: CellPlace;
  date1904: boolean;
  /** How the sheet's reader groups thousands, when with `,` or `.` (« 15,000 » in Mexico). */
  groupMark?: GroupMark;
}

const INVALID_CODE: Record<ColumnKind, IssueCode> = {
  ref: 'value-required',
  text: 'value-required',
  list: 'value-required',
  date: 'invalid-date',
  number: 'invalid-number',
  percent: 'invalid-number',
  choice: 'invalid-choice',
  boolean: 'invalid-choice',
  url: 'invalid-url',
  email: 'invalid-email',
};

/** The cell and its column, said before a message: `F12 (Date prévue)`, `I5 (Budget en MAD)`. */
export function cellLabel(place: CellPlace, label: Term | string): Term {
  return term.cell(`${columnLetter(place.col)}${place.row}`, label);
}

/** A message about one cell: « F12 (Date prévue) : … ». */
export function atCell(place: CellPlace, label: Term | string, problem: SaidMessage): SaidMessage {
  return issueMessage('cells.at', { cell: cellLabel(place, label), problem });
}

/**
 * Reads a cell. Returns its value (null when empty or unreadable) and every issue found:
 * a missing required value, an unreadable value, a formula without a result, text that
 * would run as a formula.
 */
export function readCell(
  cell: RawCell | undefined,
  spec: CellSpec,
  ctx: CellContext,
): { value: CellReading; issues: Issue[] } {
  const issues: Issue[] = [];
  const issue = (code: IssueCode, problem: SaidMessage, value?: unknown) =>
    issues.push(makeIssue(code, ctx.place, atCell(ctx.place, spec.label, problem), value));

  if (cell?.error !== undefined || (cell?.formula !== undefined && cell.value === null)) {
    issue(
      'formula-without-value',
      issueMessage('cells.formulaWithoutValue', {
        withFormula: cell.formula !== undefined,
        formula: cell.formula ?? '',
        withError: cell.error !== undefined,
        error: cell.error ?? '',
      }),
      cell.formula ?? cell.error,
    );
    return { value: null, issues };
  }
  if (isBlankCell(cell)) {
    if (spec.required) issue('value-required', issueMessage('cells.required'));
    return { value: null, issues };
  }
  const raw = (cell as RawCell).value as Exclude<CellScalar, null>;
  const parsed = parseByKind(cell as RawCell, raw, spec, ctx);
  if (!parsed.ok) {
    issue(INVALID_CODE[spec.kind], parsed.reason, raw);
    return { value: null, issues };
  }
  const value = parsed.value;
  if (typeof raw === 'string' && looksLikeFormula(raw) && isTextKind(spec.kind)) {
    issue('dangerous-content', issueMessage('cells.formulaText', { value: clip(raw) }), raw);
  }
  if (typeof raw === 'string' && hasBidiOverride(raw) && isTextKind(spec.kind)) {
    const shown = clip(raw.replace(/[\u202a-\u202e]/g, ''));
    issue('dangerous-content', issueMessage('cells.bidiText', { value: shown }), raw);
  }
  if (typeof value === 'string' && spec.maxLength !== undefined && value.length > spec.maxLength) {
    const tooLong = { length: value.length, max: spec.maxLength };
    issue('out-of-range', issueMessage('cells.tooLong', tooLong), value);
  }
  if (typeof value === 'number') {
    const below = spec.min !== undefined && value < spec.min;
    const above = spec.max !== undefined && value > spec.max;
    if (below || above) issue('out-of-range', outOfRange(value, spec.min, spec.max), raw);
  }
  return { value, issues };
}

/** A number beyond its column's bounds, and the bounds: `≥ 0`, or `from 0 to 100`. */
function outOfRange(value: number, min: number | undefined, max: number | undefined): SaidMessage {
  const bounds = max === undefined ? 'min' : min === undefined ? 'max' : 'other';
  return issueMessage('cells.outOfRange', { value, bounds, min: min ?? 0, max: max ?? 0 });
}

function isTextKind(kind: ColumnKind): boolean {
  return kind === 'text' || kind === 'ref' || kind === 'list';
}

function parseByKind(
  cell: RawCell,
  raw: Exclude<CellScalar, null>,
  spec: CellSpec,
  ctx: CellContext,
): Parsed<CellReading> {
  const date1904 = ctx.date1904;
  switch (spec.kind) {
    case 'ref':
    case 'text':
      return { ok: true, value: scalarText(raw) };
    case 'list':
      return { ok: true, value: parseList(scalarText(raw)) };
    case 'date':
      return parseDate(raw, { date1904 });
    case 'number':
      return parseNumber(raw, ctx.groupMark);
    case 'percent':
      // One rule for every source: a number shown with % (its number format) is a fraction.
      return parsePercent(raw, cell.numFmt);
    case 'boolean':
      return parseBoolean(raw);
    case 'choice':
      return parseChoice(scalarText(raw), spec.options ?? [], spec.synonyms, spec.display);
    case 'url': {
      // A hyperlink cell shows a label and points elsewhere: the target is the evidence.
      if (cell.hyperlink && parseHttpUrl(cell.hyperlink).ok)
        return { ok: true, value: cell.hyperlink };
      return parseHttpUrl(scalarText(raw));
    }
    case 'email':
      return parseEmail(scalarText(raw).replace(/^mailto:/i, ''));
  }
}

/** A scalar as the text a person sees: dates as dd/mm/yyyy, numbers as typed. */
export function scalarText(value: Exclude<CellScalar, null>): string {
  if (value instanceof Date) {
    const day = utcCalendarDay(value);
    return day ? formatFrenchDate(day) : '';
  }
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  return String(value).trim();
}
