/**
 * The committee's email calendar (SPEC §6), as pure functions: which sends are planned on
 * which day, and which emails are due at an instant given the submissions' state and the
 * ledger of what was already delivered.
 */
import { campaignRounds, type CampaignRound } from './campaigns.js';
import { formatFrenchDate, localDateAt, zoneOffsetMs, type IsoDate } from './calendar-date.js';
import type { Commitment, CommitteeConfig, Locale } from './config-schema.js';
import type { ConsolidatedModel, DashboardRow } from './consolidation.js';
import type { Issue } from './issue.js';
import type { RefusedAddress } from './ledger.js';
import { changesSince, type CommitmentChange, type MeetingSnapshot } from './snapshot.js';
import {
  addDays,
  daysBetween,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
  workingDaysAfter,
  workingDaysBefore,
} from './working-days.js';

/** The kinds of email the committee sends. */
export const SEND_KINDS = [
  'reminder',
  'overdue',
  'feedback',
  'report-meeting',
  'report-deadline',
  'invitation',
] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/** French names of the kinds, for tables and the workbook. */
export const SEND_KIND_LABELS: Record<SendKind, string> = {
  reminder: 'Relance',
  overdue: 'Relance après échéance',
  feedback: 'Retour sur la fiche',
  'report-meeting': 'Rapport avant réunion',
  'report-deadline': 'Rapport après échéance',
  invitation: 'Invitation à la réunion',
};

export type Meeting = CommitteeConfig['meetings'][number];

/** A send on the calendar, whoever it turns out to go to. */
export interface PlannedSend {
  kind: Exclude<SendKind, 'feedback'>;
  day: IsoDate;
  time: string;
  /** Days from the deadline (negative before it) for reminders; working days before/after otherwise. */
  offset: number;
  round?: CampaignRound;
  meeting?: Meeting;
  /** Overdue reminders from `escalateAfter` days on copy the secretariat. */
  escalated: boolean;
  /** Who it goes to, in words. */
  audience: string;
  description: string;
}

/** Every send planned between `from` and `to` (inclusive), by day. */
export function plannedSends(config: CommitteeConfig, from: IsoDate, to: IsoDate): PlannedSend[] {
  const holidays = config.holidays;
  const time = config.reminders.sendAt;
  const sends: PlannedSend[] = [];
  for (const round of campaignRounds(config)) {
    for (const days of config.reminders.before) {
      sends.push({
        kind: 'reminder',
        day: onOrBeforeWorkingDay(addDays(round.due, -days), holidays),
        time,
        offset: 0 - days, // not -0 for the deadline day
        round,
        escalated: false,
        audience: 'Points focaux sans fiche valide (copie : suppléants)',
        description: `${round.title} : échéance du ${formatFrenchDate(round.due)}${days ? ` (J-${days})` : ' (jour J)'}`,
      });
    }
    for (const days of config.reminders.after) {
      // A J+k reminder goes out k days after the deadline or later, never earlier: a day
      // off moves it to the next working day.
      const day = onOrAfterWorkingDay(addDays(round.due, days), holidays);
      const escalated = days >= config.reminders.escalateAfter;
      sends.push({
        kind: 'overdue',
        day,
        time,
        offset: days,
        round,
        escalated,
        audience: `Points focaux en retard (copie : suppléants${escalated ? ', secrétariat' : ''})`,
        description: `${round.title} : échéance dépassée du ${formatFrenchDate(round.due)} (J+${days})`,
      });
    }
    sends.push({
      kind: 'report-deadline',
      day: workingDaysAfter(round.due, config.reports.afterDeadline, holidays),
      time,
      offset: config.reports.afterDeadline,
      round,
      escalated: false,
      audience: 'Secrétariat',
      description: `Bilan de l'échéance du ${formatFrenchDate(round.due)} : ${round.title}`,
    });
  }
  for (const meeting of config.meetings) {
    sends.push({
      kind: 'report-meeting',
      day: workingDaysBefore(meeting.date, config.reports.beforeMeeting, holidays),
      time,
      offset: 0 - config.reports.beforeMeeting,
      meeting,
      escalated: false,
      audience: 'Secrétariat',
      description: `Synthèse avant la réunion du ${formatFrenchDate(meeting.date)}`,
    });
    sends.push({
      kind: 'invitation',
      day: workingDaysBefore(meeting.date, config.invitations.before, holidays),
      time,
      offset: 0 - config.invitations.before,
      meeting,
      escalated: false,
      audience: 'Points focaux et suppléants, secrétariat',
      description: `Invitation à la réunion du ${formatFrenchDate(meeting.date)}${meeting.time ? ` à ${meeting.time}` : ''}`,
    });
  }
  return mergeSameDay(sends)
    .filter((s) => !tooLate(s))
    .filter((s) => s.day >= from && s.day <= to)
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) || SEND_KINDS.indexOf(a.kind) - SEND_KINDS.indexOf(b.kind),
    );
}

/**
 * A reminder for a round on or after the day of the meeting it prepares chases a sheet the
 * meeting no longer waits for; an invitation after its meeting invites to nothing.
 */
function tooLate(send: PlannedSend): boolean {
  if ((send.kind === 'reminder' || send.kind === 'overdue') && send.round?.meeting) {
    return send.day >= send.round.meeting;
  }
  return send.kind === 'invitation' && send.meeting !== undefined && send.day > send.meeting.date;
}

/**
 * Moving sends off days off can land two reminders of one round on the same day: one is
 * enough. Before the deadline the one closest to it stays; after it, the latest (which
 * may copy the secretariat).
 */
function mergeSameDay(sends: PlannedSend[]): PlannedSend[] {
  const kept = new Map<string, PlannedSend>();
  for (const send of sends) {
    const id = `${send.kind}|${send.round?.campaignId}@${send.round?.due}|${send.meeting?.date}|${send.day}`;
    const other = kept.get(id);
    if (!other || Math.abs(send.offset) > Math.abs(other.offset) === (send.kind === 'overdue')) {
      kept.set(id, send);
    }
  }
  return [...kept.values()];
}

/** A person an email goes to. */
export interface Recipient {
  name: string;
  email: string;
}

/** A deadline a focal point works to. */
export interface Deadline {
  title: string;
  due: IsoDate;
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
  /**
   * Where the master is when it is not attached: in Drive (its link), or too large for the
   * transport (Graph refuses requests over about 4 MB).
   */
  master?: { link: string; reason: 'drive' | 'too-large' };
  /** The published status page, when it is online (Drive): linked rather than attached. */
  page?: string;
}

export interface InvitationContent {
  type: 'invitation';
  committeeName: string;
  meeting: Meeting;
  /** The person addressed (null for the secretariat's copy). */
  commitment: Commitment | null;
}

export type EmailContent = ReminderContent | FeedbackContent | ReportContent | InvitationContent;

/** An email due now: its key (for exactly-once delivery), recipients, language and content. */
export interface DueEmail {
  key: string;
  kind: SendKind;
  locale: Locale;
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
}

/** Every email due at `now` and not yet delivered to all of its recipients. */
export function dueEmails(input: DueInput): DueEmail[] {
  const { config, model, now } = input;
  const tz = config.committee.timezone;
  const today = localDateAt(now, tz);
  const clock = wallTime(now, tz);
  const linkFor = input.linkFor ?? (() => null);
  const secretariat: Recipient[] = config.secretariat.emails.map((email) => ({
    name: config.secretariat.name,
    email,
  }));
  const rowOf = new Map(model.dashboard.map((d) => [d.id, d]));
  // What the focal point can act on: not a configured path that leads nowhere.
  const issuesOf = (id: number) => {
    const issues = model.anomalies.filter((a) => a.commitmentId === id && !a.forSecretariat).map((a) => a.issue); // prettier-ignore
    return {
      errors: issues.filter((i) => i.severity === 'error'),
      warnings: issues.filter((i) => i.severity === 'warning'),
    };
  };
  const emails: DueEmail[] = [];
  const add = (email: DueEmail) => {
    if (!input.delivered(email.key, [...email.to, ...email.cc])) emails.push(email);
  };

  // Feedback: a new version of a submission was read. It goes at once, unless a reminder for
  // the same commitment goes later this morning: then it waits and the two make one email.
  const feedbacks = new Map<number, DueEmail>();
  for (const commitment of config.commitments) {
    const fresh = input.fresh.get(commitment.id);
    const row = rowOf.get(commitment.id);
    if (!fresh || !row) continue;
    const email: DueEmail = {
      key: `feedback|e${commitment.id}|${fresh.contentHash.slice(0, 16)}`,
      kind: 'feedback',
      locale: commitment.focalPoint.locale ?? config.committee.locale,
      to: [commitment.focalPoint],
      cc: [],
      content: {
        type: 'feedback',
        commitment,
        link: linkFor(commitment),
        ...issuesOf(commitment.id),
        actions: row.actionsPlanned,
        milestones: row.milestonesTotal,
        status: row.status,
        lastUpdate: row.lastUpdate,
        deadline: deadlineFor(config, model, row),
      },
      attachMaster: false,
      ...(model.round ? { thread: roundThread(model.round, commitment.id) } : {}),
    };
    if (!input.delivered(email.key, email.to)) feedbacks.set(commitment.id, email);
  }
  const sends = plannedSends(config, addDays(today, -14), today);
  const reminderLater = sends.some(
    (send) =>
      send.day === today &&
      (send.kind === 'reminder' || send.kind === 'overdue') &&
      send.time > clock,
  );
  // A reminder goes to every commitment without a valid sheet.
  const remindedLater = new Set(
    reminderLater ? model.dashboard.filter((d) => d.status !== 'Reçue').map((d) => d.id) : [],
  );

  // Calendar sends: on their day, from the send time on; reports and invitations catch up
  // a missed day until their meeting or the next week.
  for (const send of sends) {
    const onTime = send.day === today ? clock >= send.time : false;
    const catchUp =
      send.day < today &&
      ((send.kind === 'invitation' || send.kind === 'report-meeting') && send.meeting
        ? today < send.meeting.date
        : send.kind === 'report-deadline' && today <= addDays(send.day, 7));
    if (!onTime && !catchUp) continue;
    if (send.kind === 'reminder' || send.kind === 'overdue') {
      const round = send.round as CampaignRound;
      for (const commitment of config.commitments) {
        const row = rowOf.get(commitment.id);
        // Those who sent a valid sheet for this round are left in peace.
        if (!row || row.status === 'Reçue') continue;
        const feedback = feedbacks.get(commitment.id);
        const attach = row.status === 'Manquante' && (input.canAttachTemplate?.(commitment) ?? false); // prettier-ignore
        const reminder: DueEmail = {
          key: `${send.kind}|${round.campaignId}@${round.due}|e${commitment.id}|J${send.offset >= 0 ? '+' : ''}${send.offset}`,
          kind: send.kind,
          locale: commitment.focalPoint.locale ?? config.committee.locale,
          to: [commitment.focalPoint],
          cc: [
            ...(commitment.substitute ? [commitment.substitute] : []),
            ...(send.escalated ? secretariat : []),
          ],
          content: {
            type: send.kind,
            commitment,
            round,
            daysLeft: daysBetween(today, round.due),
            status: row.status,
            lastUpdate: row.lastUpdate,
            link: linkFor(commitment),
            ...issuesOf(commitment.id),
            received: feedback ? { actions: row.actionsPlanned, milestones: row.milestonesTotal } : null,
            templateAttached: attach,
          },
          attachMaster: false,
          thread: roundThread(round, commitment.id),
          ...(attach ? { attachTemplate: commitment } : {}),
          // The feedback on this morning's new version is in the reminder: it is delivered with it.
          ...(feedback ? { covers: [feedback.key] } : {}),
        }; // prettier-ignore
        if (input.delivered(reminder.key, [...reminder.to, ...reminder.cc])) continue;
        emails.push(reminder);
        feedbacks.delete(commitment.id);
      }
    } else if (send.kind === 'invitation') {
      const meeting = send.meeting as Meeting;
      for (const commitment of config.commitments) {
        add({
          key: `invitation|${meeting.date}|e${commitment.id}`,
          kind: 'invitation',
          locale: commitment.focalPoint.locale ?? config.committee.locale,
          to: [commitment.focalPoint],
          cc: commitment.substitute ? [commitment.substitute] : [],
          content: {
            type: 'invitation',
            committeeName: config.committee.name,
            meeting,
            commitment,
          },
          attachMaster: false,
        });
      }
      add({
        key: `invitation|${meeting.date}|secretariat`,
        kind: 'invitation',
        locale: config.committee.locale,
        to: secretariat,
        cc: [],
        content: {
          type: 'invitation',
          committeeName: config.committee.name,
          meeting,
          commitment: null,
        },
        attachMaster: false,
      });
    } else {
      const since =
        [...config.meetings]
          .map((m) => m.date)
          .filter((d) => d < today)
          .sort()
          .at(-1) ?? null;
      const previous = input.snapshots?.find((snap) => snap.meeting === since) ?? null;
      add({
        key:
          send.kind === 'report-meeting'
            ? `report-meeting|${send.meeting?.date}|secretariat`
            : `report-deadline|${send.round?.campaignId}@${send.round?.due}|secretariat`,
        kind: send.kind,
        locale: config.committee.locale,
        to: secretariat,
        cc: [],
        content: {
          type: send.kind,
          committeeName: config.committee.name,
          ...(send.meeting ? { meeting: send.meeting } : {}),
          ...(send.round ? { round: send.round } : {}),
          model,
          since,
          previous,
          changes: changesSince(model, since, previous),
          refused: input.refused ?? [],
        },
        attachMaster: true,
        thread: reportThread(send),
      });
    }
  }
  // Feedback left: no reminder this morning for its commitment, or one already gone.
  const alone = [...feedbacks].filter(([id]) => !remindedLater.has(id)).map(([, email]) => email);
  return [...alone, ...emails];
}

/**
 * The deadline a focal point works to next: the current round's, or once a valid sheet is
 * in for it, the next round's.
 */
function deadlineFor(config: CommitteeConfig, model: ConsolidatedModel, row: DashboardRow): Deadline | null {
  const round = model.round;
  if (!round) return null;
  if (row.status !== 'Reçue') return { title: round.title, due: round.due };
  const next = campaignRounds(config).find((r) => r.due > round.due && r.due >= model.today);
  return next ? { title: next.title, due: next.due } : null;
} // prettier-ignore

/** HH:MM on the committee's clock. */
function wallTime(now: Date, timeZone: string): string {
  const local = new Date(now.getTime() + zoneOffsetMs(now, timeZone));
  return local.toISOString().slice(11, 16);
}
