/**
 * Morocco's working-day calendar (SPEC §6): Monday to Friday, minus the fixed public
 * holidays (each from the year it was instituted) and the committee's configured holidays
 * (the lunar ones, which move every year).
 */
import type { IsoDate } from './calendar-date.js';

/** A fixed public holiday: month, day, its French name, and the first year it applies. */
export interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  from?: number;
}

/** Morocco's fixed public holidays. */
export const MOROCCO_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'Nouvel An' },
  { month: 1, day: 11, name: "Manifeste de l'Indépendance" },
  { month: 1, day: 14, name: 'Nouvel An amazigh', from: 2024 },
  { month: 5, day: 1, name: 'Fête du Travail' },
  { month: 7, day: 30, name: 'Fête du Trône' },
  { month: 8, day: 14, name: "Allégeance d'Oued Eddahab" },
  { month: 8, day: 20, name: 'Révolution du Roi et du Peuple' },
  { month: 8, day: 21, name: 'Fête de la Jeunesse' },
  { month: 10, day: 31, name: "Fête de l'Unité", from: 2026 },
  { month: 11, day: 6, name: 'Marche Verte' },
  { month: 11, day: 18, name: "Fête de l'Indépendance" },
];

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

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The fixed holiday on `date`, if any. */
export function fixedHolidayOn(date: IsoDate): FixedHoliday | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return MOROCCO_FIXED_HOLIDAYS.find((h) => h.month === m && h.day === d && (h.from ?? 0) <= y);
}

/** True on a working day: a weekday that is neither a fixed nor a configured holiday. */
export function isWorkingDay(date: IsoDate, holidays: readonly IsoDate[] = []): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !fixedHolidayOn(date) && !holidays.includes(date);
}

/** `date` itself when it is a working day, else the working day before it. */
export function onOrBeforeWorkingDay(date: IsoDate, holidays: readonly IsoDate[] = []): IsoDate {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, -1);
  return day;
}

/** The date `count` working days before `date` (`date` itself when count is 0 and it is worked). */
export function workingDaysBefore(
  date: IsoDate,
  count: number,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day, holidays)) left--;
  }
  return onOrBeforeWorkingDay(day, holidays);
}

/** The date `count` working days after `date`. */
export function workingDaysAfter(
  date: IsoDate,
  count: number,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

/** `date` itself when it is a working day, else the working day after it. */
export function onOrAfterWorkingDay(date: IsoDate, holidays: readonly IsoDate[] = []): IsoDate {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}
