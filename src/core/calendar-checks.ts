/**
 * What is odd in a committee's calendar, said as a warning: a year of the plan without a day
 * off (days off typed by hand), a meeting or a deadline on a weekend or a holiday, a meeting
 * outside the plan, two meetings the same day, a deadline on or after the meeting it
 * prepares. Shown by every command that loads the configuration and in the master's Anomalies.
 */
import type { IsoDate } from './calendar-date.js';
import { campaignRounds } from './campaigns.js';
import { message, type Message } from './catalogue/render.js';
import type { CommitteeConfig } from './config-schema.js';
import { yearsWithoutHolidays } from './schedule.js';
import { isoWeekday, type Holiday, type WorkingCalendar } from './working-days.js';

/** « Aïd al-Fitr, date estimée : elle dépend de l'observation de la lune ». */
export function holidayLabel(holiday: Holiday): Message | string {
  if (holiday.estimate) return message('calendar.estimatedHoliday', { name: holiday.name });
  return holiday.origin === 'committee'
    ? message('calendar.committeeHoliday', { name: holiday.name })
    : holiday.name;
}

/** Why `date` is not a working day, or null when it is one. */
function dayOff(date: IsoDate, calendar: WorkingCalendar): Message | null {
  if (calendar.weekend.includes(isoWeekday(date))) return message('calendar.onWeekend', { date });
  const holiday = calendar.holidayOn(date);
  if (holiday) return message('calendar.onHoliday', { date, label: holidayLabel(holiday) });
  return null;
}

/**
 * Every warning about the calendar, in date order, to render in the reader's language: the
 * command line's (the committee's, or --locale's), the master's (the committee's).
 */
export function calendarWarnings(config: CommitteeConfig): Message[] {
  const out: [IsoDate, Message][] = [];
  const { plan, calendar } = config;
  const country = config.committee.country;
  if (!calendar.countryKnown() && config.holidays.add.length === 0) {
    out.push(['', message('calendar.noHolidays', { country })]);
  } else {
    // Days off typed by hand: each year of the plan needs its own.
    for (const { year } of yearsWithoutHolidays(config)) {
      out.push(['', message('calendar.noHolidaysIn', { year: String(year), country })]);
    }
  }
  for (const date of calendar.removalsMatchingNothing()) {
    out.push([date, message('calendar.removalMatchesNothing', { date, country })]);
  }
  const seen = new Map<IsoDate, number>();
  for (const meeting of config.meetings) {
    const date = meeting.date;
    const why = dayOff(date, calendar);
    if (why) out.push([date, message('calendar.meetingOff', { date, why })]);
    if (date < plan.start || date > plan.end) {
      out.push([
        date,
        message('calendar.meetingOutsidePlan', { date, start: plan.start, end: plan.end }),
      ]);
    }
    seen.set(date, (seen.get(date) ?? 0) + 1);
  }
  for (const [date, count] of seen) {
    if (count > 1) out.push([date, message('calendar.meetingsSameDay', { count, date })]);
  }
  for (const campaign of config.campaigns) {
    if (!('due' in campaign)) continue;
    const why = dayOff(campaign.due, calendar);
    if (why) {
      const values = { title: campaign.title, date: campaign.due, why };
      out.push([campaign.due, message('calendar.deadlineOff', values)]);
    }
  }
  for (const round of campaignRounds(config)) {
    if (round.meeting && round.due >= round.meeting) {
      const values = { title: round.title, due: round.due, meeting: round.meeting };
      out.push([round.due, message('calendar.deadlineAtMeeting', values)]);
    }
  }
  return out.sort((a, b) => a[0].localeCompare(b[0])).map(([, warning]) => warning);
}
