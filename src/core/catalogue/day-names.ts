/** Weekday names, by ISO weekday (1 = Monday … 7 = Sunday). */

const names = new Map<string, Intl.DateTimeFormat>();

/** The weekday `isoWeekday` in `locale`, as CLDR names it (« sábado », « السبت »). */
export function dayName(locale: string, isoWeekday: number): string {
  let format = names.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    names.set(locale, format);
  }
  // 2024-01-01 was a Monday.
  return format.format(new Date(Date.UTC(2024, 0, isoWeekday)));
}
