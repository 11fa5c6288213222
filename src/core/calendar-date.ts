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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: one per zone and shape. */
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** The calendar day at `instant` in the IANA time zone `timeZone`. */
export function localDateAt(instant: Date, timeZone: string): IsoDate {
  const parts = formatter(
    `date|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  ).formatToParts(instant);
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

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (UTC+1 → 3 600 000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = formatter(
    `time|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  ).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timeZone` shows `date` `time` (HH:MM). Uses the
 * zone's rules of that day, so Casablanca's UTC+0 during Ramadan is honoured.
 */
export function instantAtLocal(date: IsoDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  // Two rounds settle any offset change; a third guards the hour skipped at a transition.
  for (let i = 0; i < 3; i++) {
    const next = wall - zoneOffsetMs(new Date(guess), timeZone);
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

/**
 * Reads a `--now` value: an instant with an offset (`2019-01-07T08:00Z`), or a wall time
 * in the committee's zone (`2019-01-07T09:00`, `2019-01-07 09:00`, `2019-01-07`).
 * Returns null when the text is neither.
 */
export function parseNowArgument(text: string, timeZone: string): Date | null {
  const trimmed = text.trim();
  if (/(z|[+-]\d{2}:?\d{2})$/i.test(trimmed) && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const instant = new Date(trimmed);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(trimmed);
  if (!m || !isIsoDate(m[1] ?? '')) return null;
  const hours = Number(m[2] ?? 0);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return instantAtLocal(
    m[1] ?? '',
    `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
    timeZone,
  );
}
