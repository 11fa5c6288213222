/** The calendar's words in English. */
import { counted } from '../../text.js';
import type { CalendarWords } from '../calendar-shape.js';
import { dayName } from '../day-names.js';

/** Who gets a copy: « (copy: substitutes, secretariat) », or nothing. */
const copies = (substitutes: boolean, secretariat: boolean) => {
  const who = [...(substitutes ? ['substitutes'] : []), ...(secretariat ? ['secretariat'] : [])];
  return who.length ? ` (copy: ${who.join(', ')})` : '';
};

export const calendar: CalendarWords = {
  kinds: {
    reminder: 'Reminder',
    overdue: 'Overdue reminder',
    feedback: 'Feedback on the sheet',
    'report-meeting': 'Report before the meeting',
    'report-deadline': 'Report after the deadline',
    invitation: 'Invitation to the meeting',
    'holiday-check': 'Holiday to confirm',
    answer: 'Answer to an email received',
  },
  withoutSheet: (substitutes) => `Focal points without a valid sheet${copies(substitutes, false)}`,
  late: (escalated, substitutes) => `Late focal points${copies(substitutes, escalated)}`,
  secretariat: 'Secretariat',
  everyone: (substitutes) =>
    substitutes ? 'Focal points and substitutes, secretariat' : 'Focal points, secretariat',
  unnamedHoliday: 'committee holiday',
  due: (title, date, days) =>
    `${title}: due ${date}${days ? ` (${counted(days, 'day', 'days', 'en')} before)` : ' (the day itself)'}`,
  overdue: (title, date, days) =>
    `${title}: deadline of ${date} passed (${counted(days, 'day', 'days', 'en')} after)`,
  reportDeadline: (date, title) => `Review of the deadline of ${date}: ${title}`,
  reportMeeting: (date) => `Summary before the meeting of ${date}`,
  invitation: (date, time) => `Invitation to the meeting of ${date}${time ? ` at ${time}` : ''}`,
  holiday: (name, first, last) =>
    last === null
      ? `${name}: estimated on ${first}, to confirm`
      : `${name}: estimated from ${first} to ${last}, to confirm`,
  holidaysMissing: (year) => `Holidays of ${year} to list under holidays.add: it has none`,
  meeting: 'Meeting of the follow-up committee',
  roundBeforeMeeting: (date) => `Sheets updated before the meeting of ${date}`,
  roundForAll: 'Sheets expected from every commitment',
  date: (iso) => iso,
  noHolidays: (country) =>
    `No public holiday known for ${country}: reminders only skip the weekend. ` +
    "List the country's holidays under holidays.add (for instance - 2026-05-25).",
  noHolidaysIn: (year, country) =>
    `No public holiday in ${year}: ${country}'s list is unknown to the tool and holidays.add has no ` +
    `day of ${year}, so that year's reminders only skip the weekend. ` +
    `List them under holidays.add (for instance - ${year}-05-01).`,
  removalMatchesNothing: (date, country) =>
    `holidays.remove: ${date} is no public holiday of ${country} by the country's list: nothing is removed (check the date).`,
  onWeekend: (date, day) => `${date} is a ${dayName('en', day)}`,
  onHoliday: (date, label) => `${date} is a public holiday (${label})`,
  estimatedHoliday: (name) =>
    `${name}, estimated date: it depends on the sighting of the moon, to confirm under holidays.add`,
  committeeHoliday: (name) => `${name}, the configuration's holidays list`,
  meetingOff: (date, why) => `Meeting of ${date}: ${why}.`,
  meetingOutsidePlan: (date, start, end) =>
    `Meeting of ${date} outside the plan (${start} to ${end}).`,
  meetingsSameDay: (count, date) => `${count} meetings on ${date}: one a day is expected.`,
  deadlineOff: (title, date, why) => `Deadline "${title}" of ${date}: ${why}.`,
  deadlineAtMeeting: (title, due, meeting) =>
    `Deadline "${title}" of ${due}: the day of the meeting of ${meeting} it prepares, or after (dueBeforeEachMeeting ≥ 1 expected).`,
  configuration: "Committee's configuration",
};
