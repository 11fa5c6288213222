/**
 * Calendar dates as `YYYY-MM-DD` strings: no time, no time zone, comparable as text.
 * A date in a submission is a day on the committee's calendar, never an instant.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d is a real calendar day (no 31 February). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a year, month and day. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a well-formed `YYYY-MM-DD` that is a real day. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return !!m && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `dd/mm/yyyy`, the committee's way of writing a date. */
export function formatFrenchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** The calendar day at `instant` in the IANA time zone `timeZone`. */
export function localDateAt(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The calendar day of a date read from a spreadsheet library, which stores wall time as UTC. */
export function utcCalendarDay(date: Date): IsoDate | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  // Serial dates carry float noise (…23:59:59.9990): round to the minute before taking the day.
  const rounded = new Date(Math.round(time / 60_000) * 60_000);
  return toIsoDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

/** The calendar day of an Excel serial number, in the 1900 or the 1904 date system. */
export function serialToIsoDate(serial: number, date1904: boolean): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  // The 1900 system counts a 29 February 1900 that never was: serials from 61 on are off by one.
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return utcCalendarDay(new Date(ms));
}
