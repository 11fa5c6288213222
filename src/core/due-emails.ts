/**
 * Which emails are due at an instant (docs/emails.md), as pure functions: from the calendar of
 * planned sends (schedule.ts), the submissions' state and the ledger of what was already
 * delivered. What is due is decided first (feedback on a new version, the calendar's sends of
 * today or still to catch up); then each due send is turned into the emails it makes.
 */
import type { MessageDefect } from './message-defect.js';
import type { ReadFailure } from './read-failure.js';
import { campaignRounds, type CampaignRound } from './campaigns.js';
import { localDateAt, zoneOffsetMs, type IsoDate } from './calendar-date.js';
import { readerTag, type Commitment, type CommitteeConfig } from './config-schema.js';
import {
  sheetFactsOf,
  statusInRound,
  type ConsolidatedModel,
  type DashboardRow,
} from './consolidation.js';
import type { Issue } from './issue.js';
import type { LocaleTag } from './locale-tag.js';
import type { RefusedAddress } from './ledger.js';
import {
  plannedSends,
  type EstimatedHoliday,
  type Meeting,
  type PlannedSend,
  type SendKind,
  type YearWithoutHolidays,
} from './schedule.js';
import { changesSince, type CommitmentChange, type MeetingSnapshot } from './snapshot.js';
import type { RosterChangeRecord } from './roster/roster-changes.js';
import { daysOffPlace, type DaysOffPlace } from './roster/days-off-place.js';
import { peoplePlace, type PeoplePlace } from './roster/people-place.js';
import {
  committeeMeetings,
  copiesFor,
  invitationKeyOf,
  inviteesOf,
  type Recipient,
} from './roles.js';
import { addDays, daysBetween } from './working-days.js';

export type { Recipient } from './roles.js';

/** A deadline a focal point works to. */
export interface Deadline {
  title: string;
  due: IsoDate;
  /** It has passed: « as soon as possible », never « by » a day gone. */
  past?: boolean;
}

/** What a reminder (before or after the deadline) says. */
export interface ReminderContent {
  type: 'reminder' | 'overdue';
  commitment: Commitment;
  round: CampaignRound;
  /** Days to the deadline (positive) or past it (negative). */
  daysLeft: number;
  status: DashboardRow['status'];
  /** The day of the sheet last received (for a sheet to update). */
  lastUpdate: IsoDate | null;
  /** Where to fill in: a Google Sheet's address; null for a file (sent back by reply). */
  link: string | null;
  errors: Issue[];
  warnings: Issue[];
  /**
   * A new version of the sheet was read this morning: the feedback on it is in this email
   * (one email per focal point per morning), with what it holds.
   */
  received: { actions: number; milestones: number } | null;
  /** The commitment's pre-filled template is attached (no sheet received yet). */
  templateAttached: boolean;
  /**
   * The day the intake held an email of its focal point or substitute that the secretariat has
   * not released: « not received » would be false; null when there is none.
   */
  heldOn: IsoDate | null;
}

export interface FeedbackContent {
  type: 'feedback';
  commitment: Commitment;
  link: string | null;
  errors: Issue[];
  warnings: Issue[];
  actions: number;
  milestones: number;
  status: DashboardRow['status'];
  /** The sheet's own date (to say why a sheet is still to update). */
  lastUpdate: IsoDate | null;
  /** The deadline the focal point works to next; null when none is left. */
  deadline: Deadline | null;
  /** Who is greeted, when not the focal point (a substitute or the secretariat who sent it). */
  greet?: string;
}

/**
 * A message of the mailbox left for the secretariat: held, or from an unknown sender; or filed
 * « non authentifié » (no trusted server vouched for its sender).
 */
export interface MailboxNotice {
  messageId: string;
  outcome: 'held' | 'unknown-sender' | 'unauthenticated' | 'set-aside' | 'question';
  from: string;
  subject: string;
  /** When the mailbox received it (ISO 8601). */
  receivedAt: string;
  /** Why, in the committee's language (the intake's note). */
  note: string;
}

/** Why a workbook sent by email was not filed. */
export type IntakeRefusal =
  /** The workbook is another commitment's, and the sender is not its focal point. */
  | { reason: 'other-commitment'; file: string; commitmentId: number; yours: number[] }
  /** The workbook names no commitment of the committee. */
  | { reason: 'unknown-commitment'; file: string; commitmentId: number | null }
  /** An .xls, .xlsm, .ods, .csv…: not the template's format. */
  | { reason: 'other-spreadsheet'; file: string }
  /** Not a readable workbook (corrupt, protected by a password…): said with how to act. */
  | { reason: 'unreadable'; file: string; failure: ReadFailure }
  /** The pre-filled template as we sent it, nothing filled in. */
  | { reason: 'untouched-template'; file: string }
  | { reason: 'file-too-large'; file: string; mib: number; maxMib: number }
  | { reason: 'message-too-large'; mib: number; maxMib: number }
  | { reason: 'too-many-files'; count: number; max: number }
  /** The message itself cannot be read (its MIME structure past our limits, or broken). */
  | { reason: 'message-unreadable'; defect: MessageDefect }
  /** A spreadsheet inside a forwarded email, which we do not open. */
  | { reason: 'forwarded-message'; file: string }
  /** Read, but its reading is more than the run state can keep (a Firestore document). */
  | { reason: 'too-large-to-keep'; file: string };

/** The answer to a message whose workbooks could not be filed: what was found, what to send. */
export interface IntakeRefusalContent {
  type: 'intake-refused';
  /** The person answered. */
  name: string;
  /** The subject of their message. */
  subject: string;
  refusals: IntakeRefusal[];
  /** The deadline they work to next, when one commitment is theirs. */
  deadline: Deadline | null;
}

export interface ReportContent {
  type: 'report-meeting' | 'report-deadline';
  committeeName: string;
  meeting?: Meeting;
  round?: CampaignRound;
  model: ConsolidatedModel;
  /** The previous meeting, from which changes are counted. */
  since: IsoDate | null;
  /** The state the previous meeting's report showed, when it was kept. */
  previous: MeetingSnapshot | null;
  changes: CommitmentChange[];
  /** Addresses refused for good by the mail server, to correct in the configuration. */
  refused: readonly RefusedAddress[];
  /** Where they are corrected: the committee workbook's people sheets, or committee.yaml. */
  people: PeoplePlace;
  /** Messages the intake left for the secretariat since the last report (held, unknown senders). */
  mailbox?: readonly MailboxNotice[];
  /** The committee workbook's changes accepted since the previous meeting's report, oldest first. */
  rosterChanges?: readonly RosterChangeRecord[];
  /**
   * Where the master is when it is not attached: in Drive (its link), or too large for the
   * transport (Graph refuses requests over about 4 MB).
   */
  master?: { link: string; reason: 'drive' | 'too-large' };
  /** The published status page, when it is online (Drive): linked rather than attached. */
  page?: string;
}

/** An invitation to a committee meeting or a training workshop (`meeting.kind`). */
export interface InvitationContent {
  type: 'invitation';
  committeeName: string;
  meeting: Meeting;
  /** The person invited (null for the secretariat's copy). */
  invitee: Recipient | null;
}

/** A holiday set by moon sighting, a month ahead: the secretariat confirms or corrects its date. */
export interface HolidayCheckContent {
  type: 'holiday-check';
  committeeName: string;
  holiday: EstimatedHoliday;
  /** Where the committee confirms it: its workbook's days-off sheet, or committee.yaml. */
  daysOff: DaysOffPlace;
}

/** A year of the plan without a day off, a month ahead: the secretariat lists that year's days off. */
export interface HolidaysMissingContent {
  type: 'holidays-missing';
  committeeName: string;
  year: number;
  /** The year's first day in the plan: the days off are needed by then. */
  first: IsoDate;
  /** The committee's country (`JO`), whose holidays the holiday source does not know. */
  country: string;
  /** Where the committee lists them: its workbook's days-off sheet, or committee.yaml. */
  daysOff: DaysOffPlace;
}

export type EmailContent =
  | ReminderContent
  | FeedbackContent
  | ReportContent
  | InvitationContent
  | IntakeRefusalContent
  | HolidayCheckContent
  | HolidaysMissingContent;

/** An email due now: its key (for exactly-once delivery), recipients, reader and content. */
export interface DueEmail {
  key: string;
  kind: SendKind;
  /** Who reads it: its language and country (a focal point's own, else the committee's). */
  tag: LocaleTag;
  to: Recipient[];
  cc: Recipient[];
  content: EmailContent;
  /** Attach the master workbook (reports). */
  attachMaster: boolean;
  /** Attach the commitment's pre-filled template (a reminder to a focal point without a sheet). */
  attachTemplate?: Commitment;
  /** Other deliveries this email makes (a feedback merged into a reminder): settled with it. */
  covers?: string[];
  /**
   * Keys this email went under before (a substitute's invitation was a copy of the focal
   * point's): a recipient who has one of them has this email.
   */
  formerKeys?: string[];
  /**
   * The thread it belongs to (RFC 5322 References): one per commitment and collection round
   * for a focal point, one per meeting for the secretariat's reports.
   */
  thread?: string;
}

/** The thread of a commitment's emails in a collection round. */
export function roundThread(round: CampaignRound, commitmentId: number): string {
  return `thread|${round.campaignId}@${round.due}|e${commitmentId}`;
}

/** The thread of the secretariat's reports about a meeting (or about a deadline of its own). */
export function reportThread(send: { meeting?: Meeting; round?: CampaignRound }): string {
  const meeting = send.meeting?.date ?? send.round?.meeting;
  return meeting
    ? `thread|reunion@${meeting}`
    : `thread|${send.round?.campaignId}@${send.round?.due}`;
}

/** A submission's identity as feedback needs it. */
export interface ReadingFingerprint {
  contentHash: string;
}

export interface DueInput {
  config: CommitteeConfig;
  model: ConsolidatedModel;
  /** The current reading of each commitment read this run (fresh, not stale). */
  fresh: ReadonlyMap<number, ReadingFingerprint>;
  /** Keys whose every recipient has been delivered. */
  delivered: (key: string, recipients: readonly Recipient[]) => boolean;
  now: Date;
  /** Where a commitment's submission is filled in (a Google Sheet's address), or null. */
  linkFor?: (commitment: Commitment) => string | null;
  /** Whether a commitment's template can go as an attachment (its source is a file). */
  canAttachTemplate?: (commitment: Commitment) => boolean;
  /** The snapshots of earlier pre-meeting reports. */
  snapshots?: readonly MeetingSnapshot[];
  /** Addresses a mail server refused for good: the secretariat's reports list them. */
  refused?: readonly RefusedAddress[];
  /** Messages the intake left for the secretariat: the reports list them. */
  mailbox?: readonly MailboxNotice[];
  /** The day of the latest held email of each commitment's people, not released. */
  held?: ReadonlyMap<number, IsoDate>;
  /** The committee workbook's accepted changes, oldest first: the pre-meeting report lists the recent ones. */
  rosterChanges?: readonly RosterChangeRecord[];
}

/** Every email due at `now` and not yet delivered to all of its recipients. */
export function dueEmails(input: DueInput): DueEmail[] {
  const run = runContext(input);
  const feedbacks = feedbackDue(run);
  const sends = plannedSends(run.config, addDays(run.today, -14), run.today);
  // A feedback waits for a reminder that goes to its commitment later this morning.
  const remindedLater = remindedLaterToday(run, sends);
  const emails: DueEmail[] = [];
  for (const send of sends.filter((s) => isDueNow(s, run.today, run.clock))) {
    if (send.kind === 'reminder' || send.kind === 'overdue') {
      emails.push(...remindersOf(run, send, feedbacks));
    } else if (send.kind === 'invitation') {
      emails.push(...invitationsOf(run, send.meeting as Meeting).filter(run.undelivered));
    } else if (send.kind === 'holiday-check' && send.missingYear) {
      emails.push(...[holidaysMissingOf(run, send.missingYear)].filter(run.undelivered));
    } else if (send.kind === 'holiday-check') {
      emails.push(
        ...[holidayCheckOf(run, send.holiday as EstimatedHoliday)].filter(run.undelivered),
      );
    } else {
      emails.push(...[reportOf(run, send)].filter(run.undelivered));
    }
  }
  // Feedback left: no reminder this morning for its commitment, or one already gone.
  const alone = [...feedbacks].filter(([id]) => !remindedLater.has(id)).map(([, email]) => email);
  return [...alone, ...emails];
}

/** What every part of one run's decision reads. */
interface RunContext {
  config: CommitteeConfig;
  model: ConsolidatedModel;
  input: DueInput;
  today: IsoDate;
  /** HH:MM on the committee's clock. */
  clock: string;
  secretariat: Recipient[];
  rowOf: ReadonlyMap<number, DashboardRow>;
  linkFor: (commitment: Commitment) => string | null;
  /** What the focal point can act on: not a configured path that leads nowhere. */
  issuesOf: (id: number) => { errors: Issue[]; warnings: Issue[] };
  /** True while not every recipient of the email has it. */
  undelivered: (email: DueEmail) => boolean;
}

function runContext(input: DueInput): RunContext {
  const { config, model, now } = input;
  const tz = config.committee.timezone;
  return {
    config,
    model,
    input,
    today: localDateAt(now, tz),
    clock: wallTime(now, tz),
    secretariat: config.secretariat.emails.map((email) => ({
      name: config.secretariat.name,
      email,
    })),
    rowOf: new Map(model.dashboard.map((d) => [d.id, d])),
    linkFor: input.linkFor ?? (() => null),
    issuesOf: (id) => {
      const issues = model.anomalies
        .filter((a) => a.commitmentId === id && !a.forSecretariat)
        .map((a) => a.issue);
      return {
        errors: issues.filter((i) => i.severity === 'error'),
        warnings: issues.filter((i) => i.severity === 'warning'),
      };
    },
    undelivered: (email) => {
      // Whoever had it under a former key has it.
      const left = [...email.to, ...email.cc].filter(
        (r) => !(email.formerKeys ?? []).some((key) => input.delivered(key, [r])),
      );
      return left.length > 0 && !input.delivered(email.key, left);
    },
  };
}

/** The language and country a commitment's focal point reads. */
function tagOf(run: RunContext, commitment: Commitment): LocaleTag {
  return readerTag(run.config, commitment.focalPoint.locale);
}

/**
 * Feedback due: a new version of a submission was read and its focal point has not had the
 * feedback on it. It goes at once, unless a reminder for the same commitment goes later this
 * morning: then it waits and the two make one email.
 */
function feedbackDue(run: RunContext): Map<number, DueEmail> {
  const feedbacks = new Map<number, DueEmail>();
  for (const commitment of run.config.commitments) {
    const fresh = run.input.fresh.get(commitment.id);
    const row = run.rowOf.get(commitment.id);
    if (!fresh || !row) continue;
    const email: DueEmail = {
      key: `feedback|e${commitment.id}|${fresh.contentHash.slice(0, 16)}`,
      kind: 'feedback',
      tag: tagOf(run, commitment),
      to: [commitment.focalPoint],
      // The feedback says what was read of the communication actions sheet: its officers too.
      cc: copiesFor(commitment, [commitment.focalPoint], { substitutes: false }),
      content: {
        type: 'feedback',
        commitment,
        link: run.linkFor(commitment),
        ...run.issuesOf(commitment.id),
        actions: row.actionsPlanned,
        milestones: row.milestonesTotal,
        status: row.status,
        lastUpdate: row.lastUpdate,
        deadline: deadlineFor(run.config, run.model, row),
      },
      attachMaster: false,
      ...(run.model.round ? { thread: roundThread(run.model.round, commitment.id) } : {}),
    };
    if (!run.input.delivered(email.key, email.to)) feedbacks.set(commitment.id, email);
  }
  return feedbacks;
}

/**
 * The feedback on one commitment's new version, as the morning's feedback says it: for an
 * answer sent at once (a workbook received by email), under the same key, so that the next
 * scheduled run does not say it again.
 */
export function feedbackOn(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  commitment: Commitment,
  contentHash: string,
  /** Where the sheet is filled in (a Google Sheet's address); null for a file sent back by reply. */
  link: string | null = null,
): DueEmail | null {
  const row = model.dashboard.find((d) => d.id === commitment.id);
  if (!row) return null;
  const run = runContext({
    config,
    model,
    fresh: new Map([[commitment.id, { contentHash }]]),
    delivered: () => false,
    now: new Date(`${model.today}T12:00:00Z`),
    linkFor: () => link,
  });
  return feedbackDue(run).get(commitment.id) ?? null;
}

/** The deadline a commitment's focal point works to next. */
export function nextDeadline(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  commitmentId: number,
): Deadline | null {
  const row = model.dashboard.find((d) => d.id === commitmentId);
  return row ? deadlineFor(config, model, row) : null;
}

/** The commitments a reminder of the calendar goes to later today. */
function remindedLaterToday(run: RunContext, sends: readonly PlannedSend[]): Set<number> {
  const later = sends.filter(
    (send) =>
      send.day === run.today &&
      (send.kind === 'reminder' || send.kind === 'overdue') &&
      send.time > run.clock,
  );
  return new Set(
    run.model.dashboard
      .filter((d) => later.some((send) => statusFor(d, send.round) !== 'received'))
      .map((d) => d.id),
  );
}

/**
 * A commitment's status for a reminder's round: the dashboard's when the round is the one
 * being collected; judged by its own dates when the reminder is for the next deadline (sent
 * while the last one's late sheets are still chased), as the calendar lists it.
 */
function statusFor(row: DashboardRow, round: CampaignRound | undefined): DashboardRow['status'] {
  return round ? statusInRound(sheetFactsOf(row), round) : row.status;
}

/**
 * True when a planned send is due: on its day, from the send time on; reports and
 * invitations catch up a missed day until their meeting or the next week.
 */
function isDueNow(send: PlannedSend, today: IsoDate, clock: string): boolean {
  if (send.day === today) return clock >= send.time;
  if (send.day > today) return false;
  if ((send.kind === 'invitation' || send.kind === 'report-meeting') && send.meeting) {
    return today < send.meeting.date;
  }
  // Asking to confirm a holiday is worth it until the holiday; a year's days off, until it begins.
  if (send.kind === 'holiday-check' && send.holiday) return today < send.holiday.first;
  if (send.kind === 'holiday-check' && send.missingYear) return today < send.missingYear.first;
  return send.kind === 'report-deadline' && today <= addDays(send.day, 7);
}

/**
 * A reminder to every commitment without a valid sheet for the round. This morning's
 * feedback for that commitment goes inside it: taken out of `feedbacks`, delivered with it.
 */
function remindersOf(
  run: RunContext,
  send: PlannedSend,
  feedbacks: Map<number, DueEmail>,
): DueEmail[] {
  const round = send.round as CampaignRound;
  const reminders: DueEmail[] = [];
  const day = `J${send.offset >= 0 ? '+' : ''}${send.offset}`;
  for (const commitment of run.config.commitments) {
    const row = run.rowOf.get(commitment.id);
    // Those who sent a valid sheet for this round are left in peace.
    const status = row && statusFor(row, round);
    if (!row || !status || status === 'received') continue;
    const feedback = feedbacks.get(commitment.id);
    const attach = status === 'missing' && (run.input.canAttachTemplate?.(commitment) ?? false);
    const reminder: DueEmail = {
      key: `${send.kind}|${round.campaignId}@${round.due}|e${commitment.id}|${day}`,
      kind: send.kind as 'reminder' | 'overdue',
      tag: tagOf(run, commitment),
      to: [commitment.focalPoint],
      // The substitutes, the communication officers (the workbook asked for holds their
      // sheet), the secretariat once escalated; nobody twice.
      cc: copiesFor(commitment, [commitment.focalPoint], {
        substitutes: true,
        others: send.escalated ? run.secretariat : [],
      }),
      content: {
        type: send.kind as 'reminder' | 'overdue',
        commitment,
        round,
        daysLeft: daysBetween(run.today, round.due),
        status,
        lastUpdate: row.lastUpdate,
        link: run.linkFor(commitment),
        ...run.issuesOf(commitment.id),
        received: feedback
          ? { actions: row.actionsPlanned, milestones: row.milestonesTotal }
          : null,
        templateAttached: attach,
        heldOn: run.input.held?.get(commitment.id) ?? null,
      },
      attachMaster: false,
      thread: roundThread(round, commitment.id),
      ...(attach ? { attachTemplate: commitment } : {}),
      // The feedback on this morning's new version is in the reminder: it is delivered with it.
      ...(feedback ? { covers: [feedback.key] } : {}),
    };
    if (!run.undelivered(reminder)) continue;
    reminders.push(reminder);
    feedbacks.delete(commitment.id);
  }
  return reminders;
}

/**
 * The invitations to a meeting or a workshop: one to each person its roles name (each once,
 * in their language; see roles.ts), and the secretariat's copy.
 */
function invitationsOf(run: RunContext, meeting: Meeting): DueEmail[] {
  const committeeName = run.config.committee.name;
  const invitations: DueEmail[] = inviteesOf(run.config, meeting).map((invitee) => ({
    key: invitee.key,
    kind: 'invitation',
    tag: invitee.tag,
    to: [invitee.person],
    cc: [],
    content: { type: 'invitation', committeeName, meeting, invitee: invitee.person },
    attachMaster: false,
    ...(invitee.formerKeys.length ? { formerKeys: invitee.formerKeys } : {}),
  }));
  invitations.push({
    key: `${invitationKeyOf(meeting)}|secretariat`,
    kind: 'invitation',
    tag: run.config.committee.tag,
    to: run.secretariat,
    cc: [],
    content: { type: 'invitation', committeeName, meeting, invitee: null },
    attachMaster: false,
  });
  return invitations;
}

/** The secretariat is asked to confirm an estimated holiday's date. */
function holidayCheckOf(run: RunContext, holiday: EstimatedHoliday): DueEmail {
  return {
    key: `holiday-check|${holiday.first}|secretariat`,
    kind: 'holiday-check',
    tag: run.config.committee.tag,
    to: run.secretariat,
    cc: [],
    content: {
      type: 'holiday-check',
      committeeName: run.config.committee.name,
      holiday,
      daysOff: daysOffPlace(run.config),
    },
    attachMaster: false,
  };
}

/** The secretariat is asked for the days off of a year of the plan that has none. */
function holidaysMissingOf(run: RunContext, { year, first }: YearWithoutHolidays): DueEmail {
  const { committee } = run.config;
  return {
    key: `holiday-check|${year}|secretariat`,
    kind: 'holiday-check',
    tag: committee.tag,
    to: run.secretariat,
    cc: [],
    content: {
      type: 'holidays-missing',
      committeeName: committee.name,
      year,
      first,
      country: committee.country.slice(0, 2),
      daysOff: daysOffPlace(run.config),
    },
    attachMaster: false,
  };
}

/** The secretariat's report before a meeting or after a deadline, with what changed since the last meeting. */
function reportOf(run: RunContext, send: PlannedSend): DueEmail {
  const kind = send.kind as 'report-meeting' | 'report-deadline';
  // Changes are counted from the last committee meeting (a workshop reviews nothing).
  const since =
    committeeMeetings(run.config)
      .map((m) => m.date)
      .filter((d) => d < run.today)
      .sort()
      .at(-1) ?? null;
  const previous = run.input.snapshots?.find((snap) => snap.meeting === since) ?? null;
  return {
    key:
      kind === 'report-meeting'
        ? `report-meeting|${send.meeting?.date}|secretariat`
        : `report-deadline|${send.round?.campaignId}@${send.round?.due}|secretariat`,
    kind,
    tag: run.config.committee.tag,
    to: run.secretariat,
    cc: [],
    content: {
      type: kind,
      committeeName: run.config.committee.name,
      ...(send.meeting ? { meeting: send.meeting } : {}),
      ...(send.round ? { round: send.round } : {}),
      model: run.model,
      since,
      previous,
      changes: changesSince(run.model, since, previous),
      refused: run.input.refused ?? [],
      people: peoplePlace(run.config),
      ...(run.input.mailbox?.length ? { mailbox: run.input.mailbox } : {}),
      ...rosterChangesSince(run.input.rosterChanges, previous?.takenOn ?? since),
    },
    attachMaster: true,
    thread: reportThread(send),
  };
}

/**
 * The roster's changes the committee has not seen: those from the previous report's day (the
 * previous meeting's, when its report was not kept) on. That day's own are listed again rather
 * than lost: the report went in the morning, a change of the afternoon is on the same day.
 */
function rosterChangesSince(
  changes: readonly RosterChangeRecord[] | undefined,
  from: IsoDate | null,
): { rosterChanges?: RosterChangeRecord[] } {
  const recent = (changes ?? []).filter((c) => from === null || c.on >= from);
  return recent.length > 0 ? { rosterChanges: recent } : {};
}

/**
 * The deadline a focal point works to next: the current round's, or once a valid sheet is
 * in for it, the next round's.
 */
function deadlineFor(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  row: DashboardRow,
): Deadline | null {
  const round = model.round;
  if (!round) return null;
  if (row.status !== 'received') {
    return { title: round.title, due: round.due, past: round.due < model.today };
  }
  const next = campaignRounds(config).find((r) => r.due > round.due && r.due >= model.today);
  return next ? { title: next.title, due: next.due } : null;
}

/** HH:MM on the committee's clock. */
function wallTime(now: Date, timeZone: string): string {
  const local = new Date(now.getTime() + zoneOffsetMs(now, timeZone));
  return local.toISOString().slice(11, 16);
}
