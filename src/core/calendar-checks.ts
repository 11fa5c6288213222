/**
 * What is odd in a committee's calendar, said as a warning: a year of the plan without a day
 * off (days off typed by hand), a meeting or a deadline on a weekend or a holiday, a meeting
 * outside the plan, two meetings the same day, a deadline on or after the meeting it
 * prepares. Shown by every command that loads the configuration and in the master's Anomalies.
 */
import type { IsoDate } from './calendar-date.js';
import { campaignRounds } from './campaigns.js';
import type { CalendarWords } from './catalogue/calendar-shape.js';
import { CALENDAR_WORDS } from './catalogue/calendar-words.js';
import type { CommitteeConfig } from './config-schema.js';
import { yearsWithoutHolidays } from './schedule.js';
import { isoWeekday, type Holiday, type WorkingCalendar } from './working-days.js';

/** « Aïd al-Fitr, date estimée : elle dépend de l'observation de la lune ». */
export function holidayLabel(holiday: Holiday, w: CalendarWords = CALENDAR_WORDS.fr): string {
  if (holiday.estimate) return w.estimatedHoliday(holiday.name);
  return holiday.origin === 'committee' ? w.committeeHoliday(holiday.name) : holiday.name;
}

/** Why `date` is not a working day, or null when it is one. */
function dayOff(date: IsoDate, calendar: WorkingCalendar, w: CalendarWords): string | null {
  const day = isoWeekday(date);
  if (calendar.weekend.includes(day)) return w.onWeekend(w.date(date), day);
  const holiday = calendar.holidayOn(date);
  if (holiday) return w.onHoliday(w.date(date), holidayLabel(holiday, w));
  return null;
}

/**
 * Every warning about the calendar, in date order: in French for the command line, in the
 * committee's language for the master (`w`).
 */
export function calendarWarnings(
  config: CommitteeConfig,
  w: CalendarWords = CALENDAR_WORDS.fr,
): string[] {
  const out: [IsoDate, string][] = [];
  const { plan, calendar } = config;
  const country = config.committee.country;
  if (!calendar.countryKnown() && config.holidays.add.length === 0) {
    out.push(['', w.noHolidays(country)]);
  } else {
    // Days off typed by hand: each year of the plan needs its own.
    for (const { year } of yearsWithoutHolidays(config)) {
      out.push(['', w.noHolidaysIn(year, country)]);
    }
  }
  for (const day of calendar.removalsMatchingNothing()) {
    out.push([day, w.removalMatchesNothing(w.date(day), country)]);
  }
  const seen = new Map<IsoDate, number>();
  for (const meeting of config.meetings) {
    const off = dayOff(meeting.date, calendar, w);
    if (off) out.push([meeting.date, w.meetingOff(w.date(meeting.date), off)]);
    if (meeting.date < plan.start || meeting.date > plan.end) {
      out.push([
        meeting.date,
        w.meetingOutsidePlan(w.date(meeting.date), w.date(plan.start), w.date(plan.end)),
      ]);
    }
    seen.set(meeting.date, (seen.get(meeting.date) ?? 0) + 1);
  }
  for (const [date, count] of seen) {
    if (count > 1) out.push([date, w.meetingsSameDay(count, w.date(date))]);
  }
  for (const campaign of config.campaigns) {
    if (!('due' in campaign)) continue;
    const off = dayOff(campaign.due, calendar, w);
    if (off) out.push([campaign.due, w.deadlineOff(campaign.title, w.date(campaign.due), off)]);
  }
  for (const round of campaignRounds(config)) {
    if (round.meeting && round.due >= round.meeting) {
      out.push([
        round.due,
        w.deadlineAtMeeting(round.title, w.date(round.due), w.date(round.meeting)),
      ]);
    }
  }
  return out.sort((a, b) => a[0].localeCompare(b[0])).map(([, text]) => text);
}
