/**
 * The committee's email calendar (docs/emails.md), as pure functions: which sends are planned on
 * which day. Which emails are due at an instant is in due-emails.ts.
 */
import { campaignRounds, type CampaignRound } from './campaigns.js';
import type { IsoDate } from './calendar-date.js';
import { message, type Message } from './catalogue/render.js';
import type { CommitteeConfig, InviteeRole } from './config-schema.js';
import { copiedRoles } from './roles.js';
import { daysOffPlace } from './roster/days-off-place.js';
import {
  addDays,
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
  'holiday-check',
  'answer',
] as const;
export type SendKind = (typeof SEND_KINDS)[number];

export type Meeting = CommitteeConfig['meetings'][number];

/** A send on the calendar, whoever it turns out to go to. */
export interface PlannedSend {
  kind: Exclude<SendKind, 'feedback' | 'answer'>;
  day: IsoDate;
  time: string;
  /** Days from the deadline (negative before it) for reminders; working days before/after otherwise. */
  offset: number;
  round?: CampaignRound;
  meeting?: Meeting;
  /** The estimated holiday a `holiday-check` asks the secretariat to confirm. */
  holiday?: EstimatedHoliday;
  /** The year of the plan a `holiday-check` asks the days off of (the committee listed none), from its first day in the plan. */
  missingYear?: YearWithoutHolidays;
  /** Overdue reminders from `escalateAfter` days on copy the secretariat. */
  escalated: boolean;
  /** Who it goes to, and what it is about: rendered in the reader's language. */
  audience: Message;
  description: Message;
}

/** A holiday set by moon sighting whose date the committee has not confirmed: its days. */
export interface EstimatedHoliday {
  name: string;
  first: IsoDate;
  last: IsoDate;
}

/** Days before an estimated holiday the secretariat is asked to confirm it. */
export const HOLIDAY_CHECK_DAYS = 30;

/** The estimated holidays from `from` to `to`, a holiday of several days as one. */
export function estimatedHolidays(
  config: CommitteeConfig,
  from: IsoDate,
  to: IsoDate,
): EstimatedHoliday[] {
  const out: EstimatedHoliday[] = [];
  for (const h of config.calendar.holidaysBetween(from, to)) {
    if (!h.estimate) continue;
    const last = out.at(-1);
    if (last && last.name === h.name && addDays(last.last, 1) === h.date) last.last = h.date;
    else out.push({ name: h.name, first: h.date, last: h.date });
  }
  return out;
}

/** A year of the plan without a day off, and its first day the plan covers. */
export interface YearWithoutHolidays {
  year: number;
  first: IsoDate;
}

/**
 * The years of the plan without a single day off, when the committee types its days off by
 * hand (a country the holiday source does not know): its reminders would count every day
 * but the weekend as worked. Each with the first day of it the plan covers.
 */
export function yearsWithoutHolidays(config: CommitteeConfig): YearWithoutHolidays[] {
  if (config.calendar.countryKnown()) return [];
  const out: YearWithoutHolidays[] = [];
  const { start, end } = config.plan;
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    if (config.calendar.holidaysBetween(`${year}-01-01`, `${year}-12-31`).length > 0) continue;
    const first = `${year}-01-01` < start ? start : `${year}-01-01`;
    out.push({ year, first });
  }
  return out;
}

/** Every send planned between `from` and `to` (inclusive), by day. */
export function plannedSends(config: CommitteeConfig, from: IsoDate, to: IsoDate): PlannedSend[] {
  const calendar = config.calendar;
  const time = config.reminders.sendAt;
  // The committee's name, as the subjects of its reports and invitations give it.
  const committee = config.committee.name;
  // Substitutes and communication officers are named as copied only when the committee has some.
  const copied = copiedRoles(config);
  const sends: PlannedSend[] = [];
  for (const round of campaignRounds(config)) {
    for (const days of config.reminders.before) {
      sends.push({
        kind: 'reminder',
        day: onOrBeforeWorkingDay(addDays(round.due, -days), calendar),
        time,
        offset: 0 - days, // not -0 for the deadline day
        round,
        escalated: false,
        audience: message('calendar.withoutSheet', { copy: copyBefore(copied) }),
        description: message('calendar.due', { title: round.title, date: round.due, days }),
      });
    }
    for (const days of config.reminders.after) {
      // A J+k reminder goes out k days after the deadline or later, never earlier: a day
      // off moves it to the next working day.
      const day = onOrAfterWorkingDay(addDays(round.due, days), calendar);
      const escalated = days >= config.reminders.escalateAfter;
      sends.push({
        kind: 'overdue',
        day,
        time,
        offset: days,
        round,
        escalated,
        audience: message('calendar.late', { copy: copyLate(copied, escalated) }),
        description: message('calendar.overdue', { title: round.title, date: round.due, days }),
      });
    }
    sends.push({
      kind: 'report-deadline',
      day: workingDaysAfter(round.due, config.reports.afterDeadline, calendar),
      time,
      offset: config.reports.afterDeadline,
      round,
      escalated: false,
      audience: message('calendar.secretariat'),
      // The words of the email's own subject: what schedule says is what the secretariat gets.
      description: message('report.subject', { meeting: false, date: round.due, committee }),
    });
  }
  for (const meeting of config.meetings) {
    const invitation: PlannedSend = {
      kind: 'invitation',
      day: workingDaysBefore(meeting.date, config.invitations.before, calendar),
      time,
      offset: 0 - config.invitations.before,
      meeting,
      escalated: false,
      audience: message('calendar.invited', invitedValues(meeting.invite)),
      // The invitation's own subject, as the invitee reads it.
      description: message('email.invitationSubject', {
        committee,
        date: meeting.date,
        timed: meeting.time !== undefined,
        time: meeting.time ?? '',
        workshop: meeting.kind === 'workshop',
        titled: meeting.kind === 'workshop' && meeting.title !== undefined,
        title: meeting.title ?? '',
      }),
    };
    // A training workshop is invited to; only a committee meeting has its report before.
    if (meeting.kind === 'workshop') {
      sends.push(invitation);
      continue;
    }
    sends.push({
      kind: 'report-meeting',
      day: workingDaysBefore(meeting.date, config.reports.beforeMeeting, calendar),
      time,
      offset: 0 - config.reports.beforeMeeting,
      meeting,
      escalated: false,
      audience: message('calendar.secretariat'),
      description: message('report.subject', { meeting: true, date: meeting.date, committee }),
    });
    sends.push(invitation);
  }
  // A month before each estimated holiday of the plan, the secretariat is asked to confirm it.
  const horizon = addDays(to, HOLIDAY_CHECK_DAYS + 15);
  const holidaysTo = horizon < config.plan.end ? horizon : config.plan.end;
  for (const holiday of estimatedHolidays(
    config,
    config.plan.start > from ? config.plan.start : from,
    holidaysTo,
  )) {
    sends.push({
      kind: 'holiday-check',
      day: onOrBeforeWorkingDay(addDays(holiday.first, -HOLIDAY_CHECK_DAYS), calendar),
      time,
      offset: -HOLIDAY_CHECK_DAYS,
      holiday,
      escalated: false,
      audience: message('calendar.secretariat'),
      description: message('calendar.holiday', {
        name: holiday.name,
        first: holiday.first,
        last: holiday.last,
        several: holiday.last !== holiday.first,
      }),
    });
  }
  // A month before each year of the plan without a day off, the secretariat is asked for them,
  // in the workbook's days-off sheet or committee.yaml, where they are written.
  const daysOff = daysOffPlace(config);
  for (const missing of yearsWithoutHolidays(config)) {
    sends.push({
      kind: 'holiday-check',
      day: onOrBeforeWorkingDay(addDays(missing.first, -HOLIDAY_CHECK_DAYS), calendar),
      time,
      offset: -HOLIDAY_CHECK_DAYS,
      missingYear: missing,
      escalated: false,
      audience: message('calendar.secretariat'),
      description: message('calendar.holidaysMissing', {
        year: String(missing.year),
        workbook: daysOff.workbook,
        sheet: daysOff.sheet,
      }),
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
 * Who a reminder copies, as the calendar's messages select on it: the substitutes and the
 * communication officers when the committee has some (`other`: nobody).
 */
function copyBefore(copied: { substitutes: boolean; officers: boolean }) {
  const { substitutes, officers } = copied;
  if (substitutes && officers) return 'substitutes_officers' as const;
  return substitutes
    ? ('substitutes' as const)
    : officers
      ? ('officers' as const)
      : ('other' as const);
}

/** Who an overdue reminder copies: as before the deadline, and the secretariat once escalated. */
function copyLate(copied: { substitutes: boolean; officers: boolean }, escalated: boolean) {
  if (!escalated) return copyBefore(copied);
  const { substitutes, officers } = copied;
  if (substitutes && officers) return 'all' as const;
  if (substitutes) return 'substitutes_secretariat' as const;
  return officers ? ('officers_secretariat' as const) : ('secretariat' as const);
}

/** The roles an invitation goes to, as the calendar's message names them (the secretariat always). */
function invitedValues(roles: readonly InviteeRole[]) {
  return {
    focal: roles.includes('focal-points'),
    substitutes: roles.includes('substitutes'),
    officers: roles.includes('communication-officers'),
    steering: roles.includes('steering-committee'),
    implementation: roles.includes('implementation-committee'),
  };
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
    const id = `${send.kind}|${send.round?.campaignId}@${send.round?.due}|${send.meeting?.kind}@${send.meeting?.date}|${send.holiday?.first}|${send.missingYear?.year}|${send.day}`;
    const other = kept.get(id);
    if (!other || Math.abs(send.offset) > Math.abs(other.offset) === (send.kind === 'overdue')) {
      kept.set(id, send);
    }
  }
  return [...kept.values()];
}
