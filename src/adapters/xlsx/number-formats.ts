/**
 * SpreadsheetML number formats and serial dates (ECMA-376 Part 1, §18.8.30–31 and §18.17.4):
 * which formats show a date or a time, and which instant a serial number stands for, as
 * Excel shows it.
 */

/** Built-in formats a workbook may use by id without declaring them (§18.8.30, all locales). */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** `[h]`, `[mm]`, `[ss]`…: elapsed hours, minutes or seconds, the only brackets that show time. */
const ELAPSED = /^\[(h+|m+|s+)\]$/i;

/**
 * The first section of a format (the one that shows positive numbers) with what cannot be a
 * date code removed: quoted text, `\x` literals, `_x` spacing, `*x` fills, and bracketed
 * colours, conditions and locales — but not elapsed-time brackets.
 */
function dateCodes(code: string): string {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === ';') break;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i);
      const bracket = end < 0 ? code.slice(i) : code.slice(i, end + 1);
      if (ELAPSED.test(bracket)) out += bracket;
      i = end < 0 ? code.length : end;
    } else {
      out += ch;
    }
  }
  return out;
}

/** True when a number format shows a date, a time or a duration (`[h]:mm`, `[s]`). */
export function isDateFormat(code: string): boolean {
  if (/^general$/i.test(code.trim())) return false;
  return /[dmyhs]/i.test(dateCodes(code));
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system, as arithmetic: 30 December 1899 (so that day 61 is 1 March 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac Excel). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The instant a serial number shows, as a UTC date holding the wall-clock time Excel
 * displays. In the 1900 system Excel counts a fictitious 29 February 1900 (serial 60), so
 * serials 1 to 59 show one day later than plain arithmetic from 30 December 1899 gives:
 * serial 1 is 1 January 1900. A time of day (below 1) sits on day 0 of the workbook's
 * system, and a duration (`[h]:mm`) is shown as the date-time its serial stands for.
 * Milliseconds are rounded.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const leapBug = !date1904 && serial >= 1 && serial < 60 ? DAY_MS : 0;
  return new Date(epoch + leapBug + Math.round(serial * DAY_MS));
}

/**
 * A cell of type `d` (an ISO 8601 date, date-time or time written as text). A time alone
 * sits on day 0 of the workbook's date system, as a time-of-day serial would. Null when
 * the text is not such a value.
 */
export function isoCellToDate(text: string, date1904: boolean): Date | null {
  const value = text.trim();
  const time = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (time) {
    const ms = Math.round(Number(time[4] ?? 0) * 1000);
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0);
    return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + seconds * 1000 + ms);
  }
  const date =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      value,
    );
  if (!date) return null;
  // Excel shows the wall-clock time written; a zone, if any, does not move it.
  const [, y, mo, d, h, mi, s, fraction] = date;
  const result = new Date(
    Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
    ) + Math.round(Number(fraction ?? 0) * 1000),
  );
  // 30 February or 10:75 are not dates: Date.UTC would roll them over.
  const valid =
    result.getUTCDate() === Number(d) &&
    result.getUTCMonth() === Number(mo) - 1 &&
    Number(h ?? 0) < 24 &&
    Number(mi ?? 0) < 60 &&
    Number(s ?? 0) < 60;
  return valid ? result : null;
}
