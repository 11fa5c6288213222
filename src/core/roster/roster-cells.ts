/**
 * Reading the committee workbook's cells: each value parsed as its column expects, each
 * problem kept at its sheet and cell, and each configuration path remembered at the cell it
 * came from (`commitments[4].focalPoint.email` → `Personnes!D9`).
 */
import type { CellScalar, RawCell, RawSheet } from '../cells.js';
import { isBlankCell } from '../cells.js';
import { message, type Message } from '../catalogue/render.js';
import type { IsoDate } from '../calendar-date.js';
import { columnLetter } from '../issue.js';
import { clip } from '../issue-message.js';
import type { LocaleTag } from '../locale-tag.js';
import { LOCALES } from '../locales.js';
import { parseDate, parseEmail } from '../parse-values.js';
import { toAsciiDigits } from '../text.js';
import type { Setting, TableSheet } from './roster-layout.js';
import type { RosterCell, RosterIssue } from './roster-data.js';
import type { RosterList } from './roster-layout.js';
import { choiceId, listWords } from './roster-words.js';
import { ROSTER_LIMITS } from './roster-limits.js';

/** A configuration path: `['commitments', 4, 'focalPoint', 'email']`. */
export type ConfigPath = readonly (string | number)[];

const pathKey = (path: ConfigPath): string => path.join('.');

/** A cell being read: its sheet and address, and what it holds. */
export interface At {
  sheet: RawSheet;
  row: number;
  col: number;
}

/** What one reading collects: the problems and where each path came from. */
export class RosterCollector {
  readonly issues: RosterIssue[] = [];
  private readonly cells = new Map<string, RosterCell>();
  /** Characters of the rows read so far, every sheet together. */
  private spent = 0;
  /** Set once the rows read hold more text than the workbook may: nothing more is read. */
  overBudget = false;

  constructor(
    readonly tag: LocaleTag,
    readonly date1904: boolean,
  ) {}

  /** The cell `path` was read from, or its nearest parent's. */
  cellOf(path: ConfigPath): RosterCell | undefined {
    for (let n = path.length; n > 0; n--) {
      const found = this.cells.get(pathKey(path.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  }

  /** Remembers that `path` is read from the cell `at`. */
  place(path: ConfigPath, at: At): void {
    this.cells.set(pathKey(path), { sheet: at.sheet.name, cell: address(at) });
  }

  /** Counts `chars` more characters read; true when that passes the workbook's limit. */
  spend(chars: number): boolean {
    this.spent += chars;
    if (this.spent > ROSTER_LIMITS.totalChars) this.overBudget = true;
    return this.overBudget;
  }

  /** A problem at a cell (or of a whole sheet). */
  problem(sheet: string, cell: string | null, said: Message): void {
    this.issues.push({ sheet, cell, message: said });
  }

  /** A problem at the cell being read. */
  at(at: At, said: Message): void {
    this.problem(at.sheet.name, address(at), said);
  }

  /** The cell's text, trimmed; null when blank (a number as its digits, a date as ISO). */
  text(at: At): string | null {
    const cell = rawAt(at);
    if (isBlankCell(cell) || !cell) return null;
    return scalarText(cell.value);
  }

  /** A calendar day; a problem when the cell holds no date. */
  date(at: At): IsoDate | null {
    const cell = rawAt(at);
    if (isBlankCell(cell) || !cell) return null;
    const parsed = parseDate(cell.value, { date1904: this.date1904 });
    if (parsed.ok) return parsed.value;
    this.at(at, parsed.reason as Message);
    return null;
  }

  /** A whole number (a commitment's, a count of days), or a problem. */
  integer(at: At, problem: 'number' | 'days' = 'number'): number | null {
    const text = this.text(at);
    if (text === null) return null;
    const digits = toAsciiDigits(text).trim();
    if (/^\d+$/.test(digits)) return Number(digits);
    const value = clip(text);
    this.at(
      at,
      problem === 'days'
        ? message('roster.badDays', { value })
        : message('roster.notANumber', { value }),
    );
    return null;
  }

  /**
   * The text a person typed: a formula is a problem (its saved result, which is what is read,
   * may differ from what the spreadsheet shows), for the cells that decide who is who.
   */
  typed(at: At, what: 'email' | 'name'): string | null {
    if (rawAt(at)?.formula !== undefined) {
      this.at(at, message('roster.formulaCell', { what: what === 'email' ? 'email' : 'other' }));
      return null;
    }
    return this.text(at);
  }

  /** An email address typed as such, or a problem. */
  email(at: At): string | null {
    const text = this.typed(at, 'email');
    if (text === null) return null;
    const parsed = parseEmail(text);
    if (parsed.ok) return parsed.value;
    this.at(at, parsed.reason as Message);
    return null;
  }

  /** Whether `text` (one of several in the cell) is an email address; a problem when not. */
  emailText(at: At, text: string): boolean {
    const parsed = parseEmail(text);
    if (!parsed.ok) this.at(at, parsed.reason as Message);
    return parsed.ok;
  }

  /** The id a list's value stands for, in any language; a problem when it is none. */
  choice(at: At, list: RosterList): string | null {
    const text = this.text(at);
    if (text === null) return null;
    const id = choiceId(list, text);
    if (id !== null) return id;
    const value = clip(text);
    if (list === 'languages') {
      this.at(at, message('roster.unknownLanguage', { value, languages: { anyOf: LOCALES } }));
    } else if (list === 'countries') {
      this.at(at, message('roster.unknownCountry', { value }));
    } else {
      this.at(at, message('roster.notInList', { value, options: { anyOf: listWords(this.tag, list) } })); // prettier-ignore
    }
    return null;
  }

  /** `HH:MM` from a time cell (a day's fraction), a Date, or text (`9:30`, `14h00`). */
  time(at: At): string | null {
    const cell = rawAt(at);
    if (isBlankCell(cell) || !cell) return null;
    const v = cell.value;
    let minutes: number | null = null;
    if (typeof v === 'number' && v >= 0 && v < 1) minutes = Math.round(v * 1440);
    else if (v instanceof Date) minutes = v.getUTCHours() * 60 + v.getUTCMinutes();
    else if (typeof v === 'string') {
      const m = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/.exec(toAsciiDigits(v).trim());
      if (m && Number(m[1]) < 24 && Number(m[2]) < 60) minutes = Number(m[1]) * 60 + Number(m[2]);
    }
    if (minutes === null || minutes >= 1440) {
      this.at(at, message('roster.badTime', { value: clip(scalarText(v)) }));
      return null;
    }
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    return `${hh}:${String(minutes % 60).padStart(2, '0')}`;
  }
}

/** The raw cell at a place. */
export function rawAt(at: At): RawCell | undefined {
  return at.sheet.rows[at.row - 1]?.[at.col - 1];
}

/** `D9`. */
export function address(at: { row: number; col: number }): string {
  return `${columnLetter(at.col)}${at.row}`;
}

/** A cell's value as text: a Date as its calendar day, a number as its digits. */
export function scalarText(value: CellScalar): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** One record of a table: the place of each field's cell, by field. */
export interface TableRow {
  row: number;
  at(field: string): At;
}

/** What the sheets hold, before they are assembled into the configuration's form. */
export interface SheetsRead {
  settings: Partial<Record<Setting, At>>;
  tables: Partial<Record<TableSheet, TableRow[]>>;
}
