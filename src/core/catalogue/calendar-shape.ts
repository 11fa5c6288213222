/**
 * The words of the committee's calendar of sends (`schedule`, the master's calendar sheet),
 * in the committee's language. Kept apart from the rest of the catalogue: the calendar is
 * core, and needs nothing else.
 */
export interface CalendarWords {
  /** Each kind of send, as tables name it. */
  kinds: {
    reminder: string;
    overdue: string;
    feedback: string;
    'report-meeting': string;
    'report-deadline': string;
    invitation: string;
    'holiday-check': string;
    answer: string;
  };
  /** Who each send goes to. */
  /** `substitutes`: some commitment has one, who gets a copy. */
  withoutSheet: (substitutes: boolean) => string;
  late: (escalated: boolean, substitutes: boolean) => string;
  secretariat: string;
  everyone: (substitutes: boolean) => string;
  /** The name of a day off the committee added without naming it. */
  unnamedHoliday: string;
  /** A reminder `days` before a round's deadline (0: the day itself). */
  due: (title: string, date: string, days: number) => string;
  overdue: (title: string, date: string, days: number) => string;
  reportDeadline: (date: string, title: string) => string;
  reportMeeting: (date: string) => string;
  invitation: (date: string, time: string | null) => string;
  holiday: (name: string, first: string, last: string | null) => string;
  /** A year of the plan without a day off: the secretariat is asked for them. */
  holidaysMissing: (year: number) => string;
  meeting: string;
  roundBeforeMeeting: (date: string) => string;
  roundForAll: string;
  date: (iso: string) => string;

  /** The calendar's warnings (the command line's in French, the master's in this language). */
  noHolidays: (country: string) => string;
  /** A year of the plan without a day off, when the committee lists them (some other year has some). */
  noHolidaysIn: (year: number, country: string) => string;
  removalMatchesNothing: (date: string, country: string) => string;
  /** « 10/03/2019 est un dimanche ». */
  onWeekend: (date: string, isoWeekday: number) => string;
  onHoliday: (date: string, label: string) => string;
  estimatedHoliday: (name: string) => string;
  committeeHoliday: (name: string) => string;
  meetingOff: (date: string, why: string) => string;
  meetingOutsidePlan: (date: string, start: string, end: string) => string;
  meetingsSameDay: (count: number, date: string) => string;
  deadlineOff: (title: string, date: string, why: string) => string;
  deadlineAtMeeting: (title: string, due: string, meeting: string) => string;
  /** Who a warning about the configuration concerns, in the master's anomalies. */
  configuration: string;
}
