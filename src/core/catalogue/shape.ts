/**
 * The shape of a language's catalogue: every text a person reads, as strings and functions
 * of what they say. Each language fills the whole of it (the compiler checks), and
 * test/core/catalogue.test.ts fails on a key present in one language and not another, or
 * used nowhere.
 */
import type { CalendarKind, SubmissionStatus, DashboardRow } from '../consolidation.js';
import type { CommitmentChange } from '../snapshot.js';
import type { RefusedAddress } from '../ledger.js';
import type {
  FeedbackContent,
  HolidayCheckContent,
  HolidaysMissingContent,
  IntakeRefusal,
  IntakeRefusalContent,
  InvitationContent,
  MailboxNotice,
  ReminderContent,
  ReportContent,
} from '../due-emails.js';

/** The words of the emails to focal points (and the secretariat's copies). */
export interface EmailStrings {
  dir: 'ltr' | 'rtl';
  hello: (name: string) => string;
  signature: (committee: string) => string;
  commitment: (id: number, title: string) => string;
  reminderSubject: (c: ReminderContent) => string;
  /** The round, the commitment, what we have of the sheet and how the deadline stands. */
  reminderIntro: (c: ReminderContent) => string;
  /** What is expected, by when. */
  reminderExpected: (c: ReminderContent) => string;
  templateAttached: string;
  fillIn: string;
  /** How to send a sheet back when it is a file (never the server's path to it). */
  sendBack: string;
  /** `byCell`: at least one error is in a cell (else they concern the file as a whole). */
  errorsTitle: (count: number, byCell: boolean) => string;
  more: (count: number) => string;
  moreWarnings: (count: number) => string;
  /**
   * The feedback's Subject in the morning's emails; in an answer to the focal point's own
   * message, its first line (the Subject is then theirs, « RE: »).
   */
  feedbackSubject: (c: FeedbackContent) => string;
  feedbackBody: (c: FeedbackContent) => string;
  warnings: (count: number) => string;
  invitationSubject: (c: InvitationContent) => string;
  invitationBody: (c: InvitationContent) => string;
  /** The meeting's event in the calendar file the invitation carries (.ics). */
  meetingEvent: (committee: string) => string;
  agenda: string;
  holidayCheckSubject: (c: HolidayCheckContent) => string;
  /** What is estimated and what the calendar does with it. */
  holidayCheckBody: (c: HolidayCheckContent) => string;
  /** How to confirm or correct, by when. */
  holidayCheckAction: (c: HolidayCheckContent) => string;
  /** A year of the plan without a day off (days off typed by hand): the Subject. */
  holidaysMissingSubject: (c: HolidaysMissingContent) => string;
  /** Why the calendar has none, and what it does without them. */
  holidaysMissingBody: (c: HolidaysMissingContent) => string;
  /** What to write, by when. */
  holidaysMissingAction: (c: HolidaysMissingContent) => string;
  /**
   * The answer to a message whose workbooks were not filed: what became of them, in a few
   * words, the answer's first line (its Subject is the one answered, « RE: »).
   */
  refusalVerdict: string;
  refusalIntro: (c: IntakeRefusalContent) => string;
  refusal: (r: IntakeRefusal) => string;
  refusalExpected: (c: IntakeRefusalContent) => string;
}

/** The words of the secretariat's report, per language. */
export interface ReportStrings {
  subjectMeeting: (date: string, committee: string) => string;
  subjectDeadline: (date: string, committee: string) => string;
  greeting: string;
  aboutMeeting: (date: string) => string;
  aboutDeadline: (date: string, title: string) => string;
  /** Where the sheets stand. */
  sheets: (today: string, about: string, t: Totals, commitments: number) => string;
  /** Where the work stands: milestones, actions, errors left. */
  progress: (t: Totals) => string;
  /** The meeting to come (future tense: it is still to come). */
  meetingAhead: (date: string, time: string | null, place: string | null) => string;
  attached: string;
  /** The master's place, when it is not attached. */
  linked: (link: string, reason: 'drive' | 'too-large') => string;
  /** The status page: attached, or published at a link. */
  page: (link: string | null) => string;
  head: string[];
  status: Record<SubmissionStatus, string>;
  yes: string;
  no: string;
  late: (n: number) => string;
  lateItem: (d: DashboardRow, status: string) => string;
  noneLate: string;
  since: (date: string | null, taken: string | null) => string;
  change: (c: CommitmentChange) => string;
  noChange: string;
  refused: (n: number) => string;
  refusedItem: (r: RefusedAddress) => string;
  /** Messages of the mailbox left for the secretariat: held (not authenticated), unknown senders. */
  mailbox: (n: number) => string;
  /** Sheets filed without a trusted verdict (already answered), to confirm with their sender. */
  mailboxFiled: (n: number) => string;
  mailboxItem: (m: MailboxNotice) => string;
  date: (iso: string) => string;
}

export type Totals = ReportContent['model']['totals'];

/** The words of the status page. */
export interface PageWords {
  /** What separates a label from its value: « Statut : », "Status: ". */
  colon: string;
  /** The level of a commitment without any milestone reported. */
  noData: string;
  /** How a commitment's completion level is worked out. */
  completionRule: string;
  asOf: string;
  commitments: string;
  commitment: string;
  received: string;
  receivedOne: string;
  toFix: string;
  toUpdate: string;
  missing: string;
  missingOne: string;
  progress: string;
  levels: string;
  perAxis: string;
  perCommitment: string;
  late: string;
  noneLate: string;
  changes: string;
  changesStart: string;
  noChange: string;
  series: string;
  cards: string;
  focalPoint: string;
  status: string;
  level: string;
  setBy: string;
  milestones: string;
  actions: string;
  indicators: string;
  evidence: string;
  /** A milestone's state, read by its name (`w[state]`). */
  done: string;
  overdue: string;
  toCome: string;
  rule: string;
  noSheet: string;
  target: string;
  achieved: string;
  realised: string;
  axisNone: string;
}

/** The words of the master workbook, the secretariat's: its sheets, headers and values. */
export interface MasterWords {
  sheets: {
    dashboard: string;
    indicators: string;
    anomalies: string;
    calendar: string;
    journal: string;
    selfAssessment: string;
  };
  /** The workbook's title (its properties). */
  title: (committee: string) => string;
  /** « Suivi au 12/03/2025 », in the page header and the dashboard's title. */
  asOf: (date: string) => string;
  /** The round being collected: « Fiche (échéance du 14/03/2025) ». */
  round: (title: string, due: string) => string;
  /** The dashboard's headers, the budget's in the committee's currency. */
  dashboard: (budget: string) => string[];
  total: (commitments: number) => string;
  /** The totals row's remark. */
  totals: (t: {
    received: number;
    toFix: number;
    toUpdate: number;
    missing: number;
    late: number;
  }) => string;
  /** The first and last columns of the actions and milestones sheets. */
  records: { commitment: string; institution: string; source: string; row: string; readOn: string };
  indicators: (budget: string) => string[];
  anomalies: string[];
  error: string;
  warning: string;
  open: string;
  calendar: string[];
  calendarKinds: Record<CalendarKind, string>;
  past: string;
  toCome: string;
  journal: string[];
  selfAssessment: string[];
  setBy: (who: string) => string;
  noMilestone: string;
  derived: (achieved: number, total: number, average: string) => string;
  /** A next step's end: « (fin 31/12/2025) ». */
  ends: (date: string) => string;
  /** Every printed page's footer: « Page 3 / 12 » (`page` and `pages` are the program's codes). */
  pageNumber: (page: string, pages: string) => string;
}

/**
 * The open data's descriptor (datapackage.json): its title and each file's and field's, for
 * the public who reads them. Field names and values stay as published (the data contract).
 */
export interface OpenDataWords {
  title: (plan: string, committee: string) => string;
  description: (today: string) => string;
  /** Each file's description: how a text was kept from running as a formula, and undone. */
  formulas: string;
  tables: { engagements: string; jalons: string; actions: string };
  /** Each field's title by its published name (the budget's aside: it names the currency). */
  fields: {
    engagements: Record<string, string>;
    jalons: Record<string, string>;
    actions: Record<string, string>;
  };
  budget: (currency: string) => string;
  budgetDescription: (currency: string) => string;
}

/** Everything one language says. */
export interface Catalogue {
  email: EmailStrings;
  report: ReportStrings;
  page: PageWords;
  master: MasterWords;
  openData: OpenDataWords;
}

/** A country named in `locale` (`JO` → « Jordanie »), its code when CLDR has no name for it. */
export function countryName(locale: string, code: string): string {
  return new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** `2026-05-27/2026-05-28`, or one day: what the committee writes in holidays. */
export function holidaySpan(c: HolidayCheckContent): string {
  const { first, last } = c.holiday;
  return first === last ? first : `${first}/${last}`;
}
