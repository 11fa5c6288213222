/**
 * Working days (docs/emails.md, « Times and working days »): a day is worked unless it falls
 * on the committee's weekend or is one of its holidays. Which days those are is the
 * committee's {@link WorkingCalendar}, built in holidays.ts from its country and its own
 * corrections.
 */
import type { IsoDate } from './calendar-date.js';

/** ISO 8601 weekdays: 1 = Monday … 7 = Sunday (as `Intl.Locale#getWeekInfo` gives them). */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

/** A public holiday. */
export interface Holiday {
  date: IsoDate;
  /** Its name, in the committee's language when the source has it. */
  name: string;
  /**
   * Set by moon sighting (the Islamic holidays): the date is an estimate until the
   * committee confirms or corrects it in `holidays`.
   */
  estimate: boolean;
  /** Where it comes from: the country's published list, the country's own rules, or the committee. */
  origin: 'country' | 'committee';
}

/** The days a committee does not work. */
export interface WorkingCalendar {
  /** Its weekend, one or two ISO weekdays. */
  readonly weekend: readonly IsoWeekday[];
  /** The holiday on `date`, if any. */
  holidayOn(date: IsoDate): Holiday | undefined;
  /** Every holiday from `from` to `to` (inclusive), by date. */
  holidaysBetween(from: IsoDate, to: IsoDate): Holiday[];
}

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The ISO weekday of `date`: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): IsoWeekday {
  return (((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/** True on a working day: neither on the weekend nor a holiday. */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return !calendar.weekend.includes(isoWeekday(date)) && !calendar.holidayOn(date);
}

/** `date` itself when it is a working day, else the working day before it. */
export function onOrBeforeWorkingDay(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** The date `count` working days before `date` (`date` itself when count is 0 and it is worked). */
export function workingDaysBefore(
  date: IsoDate,
  count: number,
  calendar: WorkingCalendar,
): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return onOrBeforeWorkingDay(day, calendar);
}

/** The date `count` working days after `date`. */
export function workingDaysAfter(date: IsoDate, count: number, calendar: WorkingCalendar): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** `date` itself when it is a working day, else the working day after it. */
export function onOrAfterWorkingDay(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}
