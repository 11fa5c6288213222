/** The calendar's words in English. */
import { counted } from '../../text.js';
import type { CalendarWords } from '../calendar-shape.js';

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
  withoutSheet: 'Focal points without a valid sheet (copy: substitutes)',
  late: (escalated) => `Late focal points (copy: substitutes${escalated ? ', secretariat' : ''})`,
  secretariat: 'Secretariat',
  everyone: 'Focal points and substitutes, secretariat',
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
  meeting: 'Meeting of the follow-up committee',
  roundBeforeMeeting: (date) => `Sheets updated before the meeting of ${date}`,
  roundForAll: 'Sheets expected from every commitment',
  date: (iso) => iso,
};
