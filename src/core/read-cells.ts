/**
 * Reading one cell by its column kind: the typed value, or the issue that says why not.
 * Shared by the table sheets and the Engagement sheet.
 */
import type { ColumnKind } from '../../sheets-templates/submission-template.js';
import { formatFrenchDate, utcCalendarDay, type IsoDate } from './calendar-date.js';
import { isBlankCell, type CellScalar, type RawCell } from './cells.js';
import type { IssueCode } from './codes.js';
import { columnLetter, makeIssue, type Issue, type IssuePlace } from './issue.js';
import {
  parseBoolean,
  parseChoice,
  parseDate,
  parseEmail,
  parseHttpUrl,
  parseList,
  parseNumber,
  parsePercent,
  type Parsed,
} from './parse-values.js';
import { hasBidiOverride, looksLikeFormula } from './text.js';
import type { CellWords } from './catalogue/cell-shape.js';
import { cells as FRENCH } from './catalogue/cells/fr.js';

/** A value read from a cell, by kind. */
export type CellReading = string | number | boolean | string[] | IsoDate | null;

/** What a reader needs to know about the cell it reads. */
export interface CellSpec {
  kind: ColumnKind;
  /** The header or label, for messages. */
  label: string;
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
  /** The language of the messages: the reader's (French when not given). */
  words?: CellWords;
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

/** The address and label prefix of a message: `F12 (Date prévue)`, `I5 (Budget en MAD)`. */
export function cellLabel(place: CellPlace, label: string, w: CellWords = FRENCH): string {
  return w.cell(`${columnLetter(place.col)}${place.row}`, label);
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
  const w = ctx.words ?? FRENCH;
  const at = cellLabel(ctx.place, spec.label, w);
  const issues: Issue[] = [];
  const issue = (code: IssueCode, message: string, value?: unknown) =>
    issues.push(makeIssue(code, ctx.place, `${at}${w.colon}${message}`, value));

  if (cell?.error !== undefined || (cell?.formula !== undefined && cell.value === null)) {
    issue(
      'formula-without-value',
      w.formulaWithoutValue(cell.formula, cell.error),
      cell.formula ?? cell.error,
    );
    return { value: null, issues };
  }
  if (isBlankCell(cell)) {
    if (spec.required) issue('value-required', w.required);
    return { value: null, issues };
  }
  const raw = (cell as RawCell).value as Exclude<CellScalar, null>;
  const parsed = parseByKind(cell as RawCell, raw, spec, ctx);
  if (!parsed.ok) {
    issue(INVALID_CODE[spec.kind], endSentence(parsed.reason), raw);
    return { value: null, issues };
  }
  const value = parsed.value;
  if (typeof raw === 'string' && looksLikeFormula(raw) && isTextKind(spec.kind)) {
    issue('dangerous-content', w.formulaText(w.quote(raw)), raw);
  }
  if (typeof raw === 'string' && hasBidiOverride(raw) && isTextKind(spec.kind)) {
    issue('dangerous-content', w.bidiText(w.quote(raw.replace(/[\u202a-\u202e]/g, ''))), raw);
  }
  if (typeof value === 'string' && spec.maxLength !== undefined && value.length > spec.maxLength) {
    issue('out-of-range', w.tooLong(value.length, spec.maxLength), value);
  }
  if (typeof value === 'number') {
    const below = spec.min !== undefined && value < spec.min;
    const above = spec.max !== undefined && value > spec.max;
    if (below || above)
      issue('out-of-range', w.outOfRange(w.number(value), spec.min, spec.max), raw);
  }
  return { value, issues };
}

function endSentence(text: string): string {
  return /[.?!…»)؟]$/.test(text) && !text.endsWith('»') ? text : `${text}.`;
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
  const w = ctx.words ?? FRENCH;
  switch (spec.kind) {
    case 'ref':
    case 'text':
      return { ok: true, value: scalarText(raw) };
    case 'list':
      return { ok: true, value: parseList(scalarText(raw)) };
    case 'date':
      return parseDate(raw, { date1904 }, w);
    case 'number':
      return parseNumber(raw, w);
    case 'percent':
      // One rule for every source: a number shown with % (its number format) is a fraction.
      return parsePercent(raw, cell.numFmt, w);
    case 'boolean':
      return parseBoolean(raw, w);
    case 'choice':
      return parseChoice(scalarText(raw), spec.options ?? [], spec.synonyms, w, spec.display);
    case 'url': {
      // A hyperlink cell shows a label and points elsewhere: the target is the evidence.
      if (cell.hyperlink && parseHttpUrl(cell.hyperlink).ok)
        return { ok: true, value: cell.hyperlink };
      return parseHttpUrl(scalarText(raw), w);
    }
    case 'email':
      return parseEmail(scalarText(raw).replace(/^mailto:/i, ''), w);
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
