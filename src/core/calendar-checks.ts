/**
 * What is odd in a committee's calendar, said as a warning: a year of the plan without a day
 * off (days off typed by hand), a meeting or a deadline on a weekend or a holiday, a meeting
 * outside the plan, two meetings the same day, a deadline on or after the meeting it
 * prepares. Shown by every command that loads the configuration and in the master's Anomalies.
 */
import type { IsoDate } from './calendar-date.js';
import { campaignRounds } from './campaigns.js';
import { message, translate, type Message } from './catalogue/render.js';
import type { CommitteeConfig } from './config-schema.js';
import { daysOffPlace, type DaysOffPlace } from './roster/days-off-place.js';
import { sheetName } from './roster/roster-layout.js';
import { yearsWithoutHolidays } from './schedule.js';
import { isoWeekday, type Holiday, type WorkingCalendar } from './working-days.js';

/**
 * « Aïd al-Fitr, date estimée : elle dépend de l'observation de la lune, à confirmer dans la
 * feuille « Jours chômés » » — where the committee confirms it: its workbook or committee.yaml.
 */
export function holidayLabel(holiday: Holiday, place: DaysOffPlace): Message | string {
  const { workbook, sheet } = place;
  if (holiday.estimate)
    return message('calendar.estimatedHoliday', { name: holiday.name, workbook, sheet });
  return holiday.origin === 'committee'
    ? message('calendar.committeeHoliday', { name: holiday.name, workbook, sheet })
    : holiday.name;
}

/** Why `date` is not a working day (« c'est un dimanche »), or null when it is one. */
function dayOff(date: IsoDate, calendar: WorkingCalendar, place: DaysOffPlace): Message | null {
  if (calendar.weekend.includes(isoWeekday(date))) return message('calendar.onWeekend', { date });
  const holiday = calendar.holidayOn(date);
  if (holiday) return message('calendar.onHoliday', { label: holidayLabel(holiday, place) });
  return null;
}

/**
 * Where the plan's start (`before`: a date before it) or end is written, as a warning about a
 * date outside the plan says what to change: the Committee sheet's row, or committee.yaml.
 */
function planBound(config: CommitteeConfig, before: boolean) {
  const tag = config.committee.tag;
  return {
    before,
    workbook: config.roster !== undefined,
    sheet: sheetName(tag, 'committee'),
    setting: translate(tag, 'roster.setting', { setting: before ? 'plan_start' : 'plan_end' }),
  };
}

/** A configuration path: `['meetings', 2, 'date']` (where a workbook's cell is looked up). */
export type CalendarPath = readonly (string | number)[];

/** One warning about the calendar, with the configuration path of the value it is about. */
export interface CalendarFinding {
  /** Its day, to sort by ('' for what concerns no day). */
  date: IsoDate;
  /** The value it is about (null: the calendar as a whole). */
  path: CalendarPath | null;
  message: Message;
}

/**
 * Every warning about the calendar, in date order, to render in the reader's language: the
 * command line's (the committee's, or --locale's), the master's (the committee's).
 */
export function calendarWarnings(config: CommitteeConfig): Message[] {
  return calendarFindings(config).map((finding) => finding.message);
}

/**
 * The calendar's warnings with the path of what each is about, so that a committee workbook's
 * are said at their sheet and cell. Warnings, never errors: each may be meant (a Saturday
 * workshop, a milestone carried over from the previous plan, a plan extended later) and the
 * tool still acts rightly on it, while refusing the workbook would stop every other change.
 */
export function calendarFindings(config: CommitteeConfig): CalendarFinding[] {
  const out: CalendarFinding[] = [];
  const add = (date: IsoDate, path: CalendarPath | null, said: Message) =>
    out.push({ date, path, message: said });
  const { plan, calendar } = config;
  const country = config.committee.country;
  // Where the days off are written: the workbook's sheet, or committee.yaml's holidays.
  const place = daysOffPlace(config);
  const { workbook, sheet } = place;
  const outside = (date: IsoDate) => date < plan.start || date > plan.end;
  if (!calendar.countryKnown() && config.holidays.add.length === 0) {
    add('', null, message('calendar.noHolidays', { country, workbook, sheet }));
  } else {
    // Days off typed by hand: each year of the plan needs its own.
    for (const { year } of yearsWithoutHolidays(config)) {
      add(
        '',
        null,
        message('calendar.noHolidaysIn', { year: String(year), country, workbook, sheet }),
      );
    }
  }
  for (const date of calendar.removalsMatchingNothing()) {
    const index = config.holidays.remove.findIndex((r) => r.from <= date && date <= r.to);
    const path = index < 0 ? null : ['holidays', 'remove', index];
    const values = { date, country, workbook, removed: place.removed };
    add(date, path, message('calendar.removalMatchesNothing', values));
  }
  const seen = new Map<IsoDate, number>();
  config.meetings.forEach((meeting, index) => {
    const { date } = meeting;
    const path = ['meetings', index, 'date'];
    const workshop = meeting.kind === 'workshop';
    const why = dayOff(date, calendar, place);
    if (why) add(date, path, message('calendar.meetingOff', { workshop, date, why }));
    if (outside(date)) {
      // Its sends go all the same: said, with what to change.
      const bound = planBound(config, date < plan.start);
      const values = { workshop, date, start: plan.start, end: plan.end, ...bound };
      add(date, path, message('calendar.meetingOutsidePlan', values));
    }
    // The second meeting of a day is the one to look at.
    const count = (seen.get(date) ?? 0) + 1;
    seen.set(date, count);
    if (count === 2) add(date, path, message('calendar.meetingsSameDay', { ...sameDay(config, date), date })); // prettier-ignore
  });
  config.commitments.forEach((commitment, i) => {
    commitment.milestones?.forEach((milestone, j) => {
      const values = { id: String(commitment.id), title: milestone.title };
      const path = ['commitments', i, 'milestones', j];
      if (milestone.start && milestone.start < plan.start) {
        const said = { ...values, before: true, date: milestone.start, limit: plan.start };
        add(milestone.start, [...path, 'start'], message('calendar.milestoneOutsidePlan', said));
      }
      if (milestone.end > plan.end) {
        const said = { ...values, before: false, date: milestone.end, limit: plan.end };
        add(milestone.end, [...path, 'end'], message('calendar.milestoneOutsidePlan', said));
      }
    });
  });
  config.campaigns.forEach((campaign, index) => {
    if (!('due' in campaign)) return;
    const { due: date, title } = campaign;
    const path = ['campaigns', index, 'due'];
    const why = dayOff(date, calendar, place);
    if (why) add(date, path, message('calendar.deadlineOff', { title, date, why }));
    if (outside(date)) {
      // Its reminders and its review go all the same: said, with what to change.
      const bound = planBound(config, date < plan.start);
      const values = { title, date, start: plan.start, end: plan.end, ...bound };
      add(date, path, message('calendar.deadlineOutsidePlan', values));
    }
  });
  for (const round of campaignRounds(config)) {
    if (round.meeting && round.due >= round.meeting) {
      const index = config.campaigns.findIndex((c) => c.id === round.campaignId);
      const path = index < 0 ? null : ['campaigns', index, 'dueBeforeEachMeeting'];
      const values = { title: round.title, due: round.due, meeting: round.meeting };
      add(round.due, path, message('calendar.deadlineAtMeeting', values));
    }
  }
  // Stable: a day's warnings keep the order they were found in.
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** How many meetings and how many workshops fall on `date`: each is named as what it is. */
function sameDay(
  config: CommitteeConfig,
  date: IsoDate,
): { meetings: number; workshops: number; both: boolean } {
  const day = config.meetings.filter((m) => m.date === date);
  const workshops = day.filter((m) => m.kind === 'workshop').length;
  const meetings = day.length - workshops;
  return { meetings, workshops, both: meetings > 0 && workshops > 0 };
}
