/**
 * Tolerant, explicit value parsers (docs/workbooks.md, « How cells are read »). Each returns
 * the value, or a reason (a message, said in its reader's language where it is shown) giving
 * what was found and what is expected, with a suggestion where one is likely.
 */
import {
  isCalendarDay,
  serialToIsoDate,
  toIsoDate,
  utcCalendarDay,
  type IsoDate,
} from './calendar-date.js';
import type { CellScalar } from './cells.js';
import { closestOption, normalizeKey, toAsciiDigits } from './text.js';
import { clip, issueMessage, term, type SaidMessage } from './issue-message.js';

/** The outcome of a parse: the value, or why not (and maybe what was probably meant). */
export type Parsed<T> =
  { ok: true; value: T } | { ok: false; reason: SaidMessage; suggestion?: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: SaidMessage, suggestion?: string): Parsed<T> =>
  suggestion === undefined ? { ok: false, reason } : { ok: false, reason, suggestion };

/** Why a text is no date, as `cells.badDate` tells it apart. */
type DateProblem =
  | 'invalid'
  | 'not_a_date'
  | 'implausible'
  | 'unknown_month'
  | 'no_day'
  | 'no_year'
  | 'no_such_day'
  | 'other';

const badDate = <T>(problem: DateProblem, value: unknown = ''): Parsed<T> =>
  fail(issueMessage('cells.badDate', { problem, value: clip(value) }));

// prettier-ignore
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6,
  juillet: 7, juil: 7, jul: 7, july: 7,
  aout: 8, aug: 8, august: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
};

const WEEKDAYS =
  /^(le\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[\s,]*/;

/** Dates before this are typing slips (a year alone, a count), not OGP calendar days. */
const EARLIEST_PLAUSIBLE_YEAR = 1950;
const LATEST_PLAUSIBLE_YEAR = 2200;

/**
 * A calendar date from a cell: a library Date (its UTC wall time), an Excel serial (1900
 * or 1904 system), or text read day-first (`09/01/2019`, `9-1-2019`, `2019-01-09`,
 * `9 janvier 2019`, `mercredi 09/01/2019`), Arabic-Indic digits included.
 */
export function parseDate(value: CellScalar, options: { date1904: boolean }): Parsed<IsoDate> {
  if (value instanceof Date) {
    const day = utcCalendarDay(value);
    return day ? plausible(day) : badDate('invalid');
  }
  if (typeof value === 'number') {
    const day = serialToIsoDate(value, options.date1904);
    return day ? plausible(day, value) : badDate('not_a_date', value);
  }
  if (typeof value === 'boolean' || value === null) return badDate('not_a_date', value);
  return parseDateText(value);
}

function plausible(day: IsoDate, serial?: number): Parsed<IsoDate> {
  const year = Number(day.slice(0, 4));
  if (year >= EARLIEST_PLAUSIBLE_YEAR && year <= LATEST_PLAUSIBLE_YEAR) return ok(day);
  return badDate('implausible', serial === undefined ? day : String(serial));
}

function parseDateText(raw: string): Parsed<IsoDate> {
  const text = toAsciiDigits(raw)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(WEEKDAYS, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$/.exec(text);
  if (m) return checkDay(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?:\s+(?:a\s+)?\d{1,2}\s*[:h]\s*\d{2}.*)?$/.exec(
      text,
    );
  if (m) return checkDay(raw, fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s*(?:er)?\s+([a-z]+)\.?\s+(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2] ?? ''];
    if (month) return checkDay(raw, fullYear(m[3] ?? ''), month, Number(m[1]));
    return badDate('unknown_month', raw);
  }
  if (/^([a-z]+)\.?\s+(\d{4})$/.test(text) && MONTHS[text.split(/[\s.]/)[0] ?? '']) {
    return badDate('no_day', raw);
  }
  if (/^\d{1,2}[-/.]\d{1,2}$/.test(text)) return badDate('no_year', raw);
  return badDate('other', raw);
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function checkDay(raw: string, year: number, month: number, day: number): Parsed<IsoDate> {
  if (!isCalendarDay(year, month, day)) return badDate('no_such_day', raw);
  return plausible(toIsoDate(year, month, day));
}

const SPACES = /[\s\u00a0\u202f\u2007\u2009\u200b']/g;
/** Currency words and signs around an amount: MAD, DH, dirhams, €, $, R$, and any ISO 4217 code. */
const CURRENCY = /^(?:[a-z]{3}|dhs?|dirhams?|r\$|€|\$)|(?:[a-z]{3}|dhs?|dirhams?|r\$|€|\$)$/i;

let currencyCodes: Set<string> | undefined;

/** `text` without the currency word or sign before or after its digits (a 3-letter word only when Intl knows it as a currency). */
function withoutCurrency(text: string): string {
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return text.replace(CURRENCY, (word) =>
    /^[a-z]{3}$/i.test(word) && !currencyCodes?.has(word.toUpperCase()) ? word : '',
  );
}

/**
 * A number from a cell: a number, or text such as `1234.5`, `1 234,5`, `1.234.567`,
 * `١٢٣٤٫٥` (Arabic-Indic digits), with an optional currency word or sign (MAD, DH, MXN, R$).
 */
export function parseNumber(value: CellScalar, groupMark?: GroupMark): Parsed<number> {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? ok(value)
      : fail(issueMessage('cells.notFinite', { value: clip(value) }));
  }
  if (value instanceof Date) return fail(issueMessage('cells.dateForNumber'));
  if (typeof value === 'boolean' || value === null) return notANumber(value);
  return parseNumberText(value, groupMark);
}

/**
 * The mark a reader groups thousands with, when it is `,` or `.` (Mexico writes 20,000,
 * Brazil 20.000; French groups with a space, so neither mark is a group there).
 */
export type GroupMark = ',' | '.';

/** Not a number: with an example as the reader writes numbers (« 1 234,5 », « 1,234.5 »). */
const notANumber = <T>(value: unknown): Parsed<T> =>
  fail(issueMessage('cells.notANumber', { value: clip(value), example: 1234.5 }));

function parseNumberText(raw: string, groupMark?: GroupMark): Parsed<number> {
  let text = toAsciiDigits(raw)
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, '.');
  text = withoutCurrency(text.replace(SPACES, ''));
  const negative = text.startsWith('-') || text.startsWith('\u2212');
  if (/^[+\-\u2212]/.test(text)) text = text.slice(1);
  const normalized = normalizeSeparators(text, groupMark);
  if (normalized === null || !/^\d+(\.\d+)?$/.test(normalized)) return notANumber(raw);
  const number = Number(normalized);
  return ok(negative ? -number : number);
}

/**
 * Decides which of `,` and `.` is the decimal mark; returns digits with a `.` decimal. One
 * mark before exactly three digits (« 15,000 », « 20.000 ») is the reader's thousands group
 * when that mark is how they group (a Mexican's 15,000 is fifteen thousand, a Brazilian's
 * 20.000 twenty thousand), else a decimal mark (a French reader's 15,000 is 15).
 */
function normalizeSeparators(text: string, groupMark?: GroupMark): string | null {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas && dots) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if ((text.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return null;
    return text.split(group).join('').replace(decimal, '.');
  }
  const mark = commas ? ',' : dots ? '.' : null;
  if (!mark) return text;
  const count = commas || dots;
  if (count > 1) {
    // 1,234,567 or 1.234.567: thousands groups only.
    return /^\d{1,3}([.,]\d{3})+$/.test(text) ? text.split(mark).join('') : null;
  }
  if (mark === groupMark && /^\d{1,3}[.,]\d{3}$/.test(text)) return text.replace(mark, '');
  return text.replace(mark, '.');
}

/**
 * A percentage from 0 to 100: `45`, `"45 %"`, `"45,5%"`, or 0.45 in a percent-formatted
 * cell (whose number format holds `%`).
 */
export function parsePercent(value: CellScalar, numFmt?: string): Parsed<number> {
  if (typeof value === 'number' && numFmt?.includes('%')) {
    return ok(Math.round(value * 100 * 1e9) / 1e9);
  }
  if (typeof value === 'string') {
    const text = value
      .trim()
      .replace(/[%\u066a]\s*$/, '')
      .trim();
    const parsed = parseNumber(text);
    return parsed.ok ? parsed : notAPercent(value);
  }
  const parsed = parseNumber(value);
  return parsed.ok ? parsed : notAPercent(value);
}

const notAPercent = <T>(value: unknown): Parsed<T> =>
  fail(issueMessage('cells.notAPercent', { value: clip(value) }));

/**
 * One of `options`, matched case-, accent- and space-insensitively. On a miss, suggests
 * the closest option when it is a plausible typo.
 */
export function parseChoice<T extends string>(
  value: string,
  options: readonly T[],
  synonyms?: ReadonlyMap<string, string>,
  /** How each option shows in the reader's language (« Realizada » for `done`). */
  display?: ReadonlyMap<string, string>,
): Parsed<T> {
  const key = normalizeKey(value);
  const match = options.find((o) => normalizeKey(o) === key);
  if (match !== undefined) return ok(match);
  // The option's words in any language of the template: « Réalisée », « Realizada » are `done`.
  const translated = synonyms?.get(key) as T | undefined;
  if (translated !== undefined && options.includes(translated)) return ok(translated);
  const labels = options.map((o) => display?.get(o) ?? o);
  const suggested = closestOption(value, labels);
  const suggestion = suggested === null ? undefined : options[labels.indexOf(suggested)];
  const listed = options.length <= 12;
  return fail(
    issueMessage('cells.notAChoice', {
      value: clip(value),
      listed,
      options: listed ? term.choices(options, display !== undefined) : '',
      suggested: suggestion !== undefined,
      // The option meant, as the reader's list shows it, or the charter's name as it is.
      suggestion:
        suggestion === undefined ? '' : display ? term.choice(suggestion) : clip(suggestion),
    }),
    suggestion,
  );
}

const YES = ['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x', 'نعم', 'si', 'sim'];
const NO = ['non', 'n', 'no', 'false', 'faux', '0', 'لا', 'nao'];

/** Oui/Non from a cell: Oui/Non, O/N, Yes/No, Sí/No, Sim/Não, نعم/لا, a boolean cell, 1/0. */
export function parseBoolean(value: CellScalar): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number' && (value === 0 || value === 1)) return ok(value === 1);
  const key = typeof value === 'string' ? normalizeKey(value) : '';
  if (YES.includes(key)) return ok(true);
  if (NO.includes(key)) return ok(false);
  return fail(issueMessage('cells.notYesNo', { value: clip(value) }));
}

/** An absolute http(s) link. A bare `www.…` is refused with the https form suggested. */
export function parseHttpUrl(value: string): Parsed<string> {
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(text)) {
    return fail(issueMessage('cells.urlWithSpaces', { value: clip(value) }));
  }
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (
    url &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname.includes('.')
  ) {
    return ok(text);
  }
  if (!url && /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(text)) {
    const suggestion = `https://${text}`;
    return fail(
      issueMessage('cells.urlIncomplete', { value: clip(value), suggestion: clip(suggestion) }),
      suggestion,
    );
  }
  return fail(issueMessage('cells.notAUrl', { value: clip(value) }));
}

/** A single email address, with no display name, spaces or line breaks. */
export function parseEmail(value: string): Parsed<string> {
  const text = value.trim();
  const valid =
    text.length <= 254 &&
    /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/u.test(text) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(text);
  return valid ? ok(text) : fail(issueMessage('cells.notAnEmail', { value: clip(value) }));
}

/** A comma- (or semicolon- or line-) separated list, trimmed, empty items dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[,;\n\u060c]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Every hashtag in a text, as written (`#OGPMaroc`). */
export function extractHashtags(value: string): string[] {
  return value.match(/#[\p{L}\p{N}_]+/gu) ?? [];
}
