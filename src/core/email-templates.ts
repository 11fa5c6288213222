/**
 * The committee's emails, as subject, HTML and plain text, in the reader's language and
 * country (the ICU catalogues' `email` and `report` parts): a focal point's in theirs, the
 * secretariat's in the committee's. Which sentence applies is decided here once, as neutral
 * values (`to-fix`, `past`, `held`…) the messages select on; dates and numbers are written
 * by `Intl` for the reader's locale; a value written the other way (an Arabic title in an
 * English subject) is isolated by the renderer. Every piece of user text is escaped in HTML;
 * subjects carry no line break.
 */
import { BIDI_OVERRIDES } from './text.js';
import { replySubject } from './reply-subject.js';
import { releaseCommand } from './release-command.js';
import {
  formatDay,
  formatNumber,
  isolate,
  render,
  selector,
  translate,
} from './catalogue/render.js';
import { defectMessage } from './defect-message.js';
import { failureReason } from './failure-message.js';
import { masterFileName, statusPageName } from './file-names.js';
import type { Issue } from './issue.js';
import { issueMessage, issueText, term } from './issue-message.js';
import { directionOf, formattingLocale, languageOf, type LocaleTag } from './locale-tag.js';
import { changeLine } from './roster/roster-changes.js';
import { hasChanged, type CommitmentChange } from './snapshot.js';
import { statusLabel } from './value-labels.js';
import type { DashboardRow } from './consolidation.js';
import type { Meeting } from './schedule.js';
import type {
  Deadline,
  DueEmail,
  EmailContent,
  FeedbackContent,
  HolidayCheckContent,
  HolidaysMissingContent,
  IntakeRefusal,
  IntakeRefusalContent,
  InvitationContent,
  MailboxNotice,
  ReminderContent,
  ReportContent,
} from './due-emails.js';

/** A rendered email body. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Errors listed one by one in an email; the rest are counted. */
export const LISTED_ERRORS = 20;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(BIDI_OVERRIDES, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// eslint-disable-next-line no-control-regex
const HEADER_BREAKS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** One line of a header: no CR, LF or other control character, collapsed spaces. */
export function headerText(text: string): string {
  return text.replace(BIDI_OVERRIDES, '').replace(HEADER_BREAKS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The names of the secretariat's attachments, in its language (`suivi-consolide.xlsx`,
 * `seguimiento.html`), the names they are stored under: the report names them as attached.
 */
export function attachmentNames(tag: LocaleTag): { master: string; page: string } {
  return { master: masterFileName(tag), page: statusPageName(tag) };
}

/** What an invitation's words say of its meeting: a training workshop (with its title) or not. */
function kindValues(meeting: Pick<Meeting, 'kind' | 'title'>) {
  const workshop = meeting.kind === 'workshop';
  return { workshop, titled: workshop && Boolean(meeting.title), title: meeting.title ?? '' };
}

/**
 * The calendar file an invitation carries, named in the reader's language
 * (`reunion-2019-03-07.ics`, a workshop's `atelier-2019-02-13.ics`).
 */
export function eventFileName(tag: LocaleTag, meeting: Pick<Meeting, 'kind' | 'date'>): string {
  return translate(tag, 'email.eventFile', {
    day: meeting.date,
    workshop: meeting.kind === 'workshop',
  });
}

/**
 * The words of the invitation's calendar event (.ics), in the reader's language: a
 * workshop's summary says it is a training workshop, with its title.
 */
export function meetingEventWords(
  tag: LocaleTag,
  committee: string,
  meeting: Pick<Meeting, 'kind' | 'title'>,
): { summary: string; agendaLabel: string } {
  return {
    summary: translate(tag, 'email.meetingEvent', { committee, ...kindValues(meeting) }),
    agendaLabel: translate(tag, 'email.agenda'),
  };
}

/** Blocks of an email, rendered both as HTML and as text. */
type Block =
  | { h: string }
  | { p: string }
  /** A paragraph of short lines (the signature: « La secretaría », then the committee's name). */
  | { lines: string[] }
  | { list: string[] }
  | { link: { label: string; href: string } }
  /** Commands to copy, each alone on its line, left to right, with no mark a copy would take. */
  | { commands: string[] }
  | { table: { head: string[]; rows: string[][] } };

interface Composed {
  subject: string;
  blocks: Block[];
  greeting: string | null;
}

/** Renders an email due now in its reader's language. */
export function renderEmail(email: DueEmail, committeeName: string): RenderedEmail {
  const { subject, ...body } = composed(email, committeeName, false);
  return { subject: headerText(subject), ...body };
}

/**
 * Renders the answer to a message a person sent (`answered`: its Subject): the Subject is
 * theirs with « RE: » (Gmail and Outlook show it in their conversation only then), and what
 * we have to say, the email's own subject (« Fiche reçue et complète — engagement n° 7 »),
 * is the body's first line.
 */
export function renderAnswer(
  email: DueEmail,
  committeeName: string,
  answered: string,
): RenderedEmail {
  const { html, text } = composed(email, committeeName, true);
  return { subject: replySubject(headerText(answered)), html, text };
}

/** The subject and both bodies, the subject first in the body when `lead`. */
function composed(email: DueEmail, committeeName: string, lead: boolean): RenderedEmail {
  const { tag } = email;
  const { subject, blocks, greeting } = compose(email.content, tag);
  const all: Block[] = [
    ...(lead ? [{ h: headerText(subject) }] : []),
    ...(greeting ? [{ p: greeting }] : []),
    ...blocks,
    { lines: translate(tag, 'email.signature', { committee: committeeName }).split('\n') },
  ];
  return { subject, html: toHtml(all, tag), text: toText(all) };
}

function compose(content: EmailContent, tag: LocaleTag): Composed {
  switch (content.type) {
    case 'reminder':
    case 'overdue':
      return reminderOf(content, tag);
    case 'feedback':
      return feedbackOf(content, tag);
    case 'invitation':
      return invitationOf(content, tag);
    case 'intake-refused':
      return refusalOf(content, tag);
    case 'holiday-check':
      return holidayCheckOf(content, tag);
    case 'holidays-missing':
      return holidaysMissingOf(content, tag);
    default:
      return reportOf(content, tag);
  }
}

const hello = (tag: LocaleTag, name: string) => translate(tag, 'email.hello', { name });

/** Where the focal point's sheet stands, as the reminder's messages select on it. */
function reminderState(c: ReminderContent) {
  if (c.received) return 'new-version';
  if (c.status === 'to-fix') return 'to-fix';
  if (c.status === 'to-update' && c.lastUpdate) return 'to-update';
  return c.heldOn ? 'held' : 'missing';
}

function reminderOf(c: ReminderContent, tag: LocaleTag): Composed {
  const overdue = c.type === 'overdue';
  const state = reminderState(c);
  const shared = { id: c.commitment.id, due: c.round.due, round: c.round.title, overdue };
  return {
    subject: translate(tag, 'email.reminderSubject', {
      ...shared,
      newVersion: c.received !== null,
      errors: c.errors.length,
    }),
    greeting: hello(tag, c.commitment.focalPoint.name),
    blocks: [
      {
        p: translate(tag, 'email.reminderIntro', {
          ...shared,
          title: c.commitment.title,
          state: selector(state),
          actions: c.received?.actions ?? 0,
          milestones: c.received?.milestones ?? 0,
          // The day the state speaks of (the last sheet's, the held email's); none otherwise.
          day: (state === 'to-update' ? c.lastUpdate : state === 'held' ? c.heldOn : null) ?? '',
          days: Math.abs(c.daysLeft),
        }),
      },
      {
        p: translate(tag, 'email.reminderExpected', {
          overdue,
          due: c.round.due,
          corrected: c.status === 'to-fix',
        }),
      },
      ...errorBlocks(tag, c.errors),
      ...warningBlocks(tag, c.warnings),
      ...(c.templateAttached ? [{ p: translate(tag, 'email.templateAttached') }] : []),
      ...linkBlock(tag, c.link, sheetAsked(c.status)),
    ],
  };
}

/** A deadline as the messages take it: passed or ahead (`other`: none left), its day and title. */
function deadlineValues(d: Deadline | null) {
  return {
    deadline: d ? (d.past ? ('past' as const) : ('ahead' as const)) : ('other' as const),
    due: d?.due ?? '',
    round: d?.title ?? '',
  };
}

function feedbackOf(c: FeedbackContent, tag: LocaleTag): Composed {
  const state =
    c.errors.length > 0 ? 'errors' : c.status === 'to-update' ? 'to-update' : 'complete';
  const id = c.commitment.id;
  // The Engagement sheet's words as the focal point's template writes them.
  const body = issueMessage('email.feedbackBody', {
    id,
    title: c.commitment.title,
    actions: c.actions,
    milestones: c.milestones,
    state: selector(state),
    ...deadlineValues(c.deadline),
    dated: c.lastUpdate !== null,
    updated: c.lastUpdate ?? '',
    label: term.label('updatedAt'),
    sheet: term.sheet('engagement'),
  });
  return {
    subject: translate(tag, 'email.feedbackSubject', {
      state: selector(state),
      errors: c.errors.length,
      id,
    }),
    greeting: hello(tag, c.greet ?? c.commitment.focalPoint.name),
    blocks: [
      { p: issueText(tag, body) },
      ...errorBlocks(tag, c.errors, false),
      ...warningBlocks(tag, c.warnings),
      // A complete sheet has nothing to send back now.
      ...(c.errors.length > 0 || c.status !== 'received'
        ? linkBlock(tag, c.link, c.errors.length > 0 ? 'corrected' : sheetAsked(c.status))
        : []),
    ],
  };
}

function invitationOf(c: InvitationContent, tag: LocaleTag): Composed {
  const { date, time, place, agenda } = c.meeting;
  // A training workshop says so, with its title (« atelier de formation « … » »).
  const when = { date, timed: Boolean(time), time: time ?? '', ...kindValues(c.meeting) };
  return {
    subject: translate(tag, 'email.invitationSubject', { committee: c.committeeName, ...when }),
    greeting: c.invitee ? hello(tag, c.invitee.name) : null,
    blocks: [
      {
        p: translate(tag, 'email.invitationBody', {
          committee: c.committeeName,
          ...when,
          placed: Boolean(place),
          place: place ?? '',
          file: eventFileName(tag, c.meeting),
        }),
      },
      ...(agenda.length ? [{ p: translate(tag, 'email.agenda') }, { list: [...agenda] }] : []),
    ],
  };
}

function refusalOf(c: IntakeRefusalContent, tag: LocaleTag): Composed {
  return {
    subject: translate(tag, 'email.refusalVerdict'),
    greeting: hello(tag, c.name),
    blocks: [
      {
        p: translate(tag, 'email.refusalIntro', {
          titled: c.subject !== '',
          subject: c.subject,
          several: c.refusals.length > 1,
        }),
      },
      { list: c.refusals.map((r) => refusalText(tag, r)) },
      { p: translate(tag, 'email.refusalExpected', deadlineValues(c.deadline)) },
    ],
  };
}

/** Why one workbook (or the whole message) was not filed, and what to do. */
function refusalText(tag: LocaleTag, r: IntakeRefusal): string {
  const sheet = term.sheet('engagement');
  switch (r.reason) {
    case 'other-commitment':
      return issueText(
        tag,
        issueMessage('email.refusalOtherCommitment', {
          file: r.file,
          id: r.commitmentId,
          count: r.yours.length,
          yours: listOf(tag, r.yours),
          sheet,
        }),
      );
    case 'unknown-commitment':
      return issueText(
        tag,
        issueMessage('email.refusalUnknownCommitment', {
          file: r.file,
          numbered: r.commitmentId !== null,
          id: r.commitmentId ?? '',
          sheet,
        }),
      );
    case 'other-spreadsheet':
      return translate(tag, 'email.refusalOtherSpreadsheet', { file: r.file });
    case 'unreadable':
      return translate(tag, 'email.refusalUnreadable', {
        file: r.file,
        reason: failureReason(r.failure),
      });
    case 'untouched-template':
      return translate(tag, 'email.refusalUntouchedTemplate', { file: r.file });
    case 'file-too-large':
      return translate(tag, 'email.refusalFileTooLarge', {
        file: r.file,
        size: r.mib,
        limit: r.maxMib,
      });
    case 'message-too-large':
      return translate(tag, 'email.refusalMessageTooLarge', { size: r.mib, limit: r.maxMib });
    case 'message-unreadable':
      return translate(tag, 'email.refusalMessageUnreadable', {
        defect: defectMessage(r.defect),
      });
    case 'forwarded-message':
      return translate(tag, 'email.refusalForwardedMessage', { file: r.file });
    case 'too-large-to-keep':
      return translate(tag, 'email.refusalTooLargeToKeep', { file: r.file });
    case 'too-many-files':
      return translate(tag, 'email.refusalTooManyFiles', { count: r.count, max: r.max });
  }
}

/** Numbers as a list the reader writes: « 3 et 5 », "3 and 5", « 3 و5 ». */
function listOf(tag: LocaleTag, numbers: readonly number[]): string {
  return new Intl.ListFormat(formattingLocale(tag), { type: 'conjunction' }).format(
    numbers.map((n) => formatNumber(tag, n)),
  );
}

function holidayCheckOf(c: HolidayCheckContent, tag: LocaleTag): Composed {
  const { name, first, last } = c.holiday;
  // What the committee writes in committee.yaml's holidays: one day, or a period (a workbook
  // committee is told the days-off sheet's columns instead).
  const span = first === last ? first : `${first}/${last}`;
  return {
    subject: translate(tag, 'email.holidayCheckSubject', { name, first }),
    // To the secretariat: greeted as its reports are.
    greeting: translate(tag, 'report.greeting'),
    blocks: [
      {
        p: translate(tag, 'email.holidayCheckBody', { name, several: first !== last, first, last }),
      },
      { p: translate(tag, 'email.holidayCheckAction', { ...c.daysOff, first, last, name, span }) },
    ],
  };
}

function holidaysMissingOf(c: HolidaysMissingContent, tag: LocaleTag): Composed {
  // A year is written as it is (2026), never grouped as a number (2,026).
  const year = String(c.year);
  const country =
    new Intl.DisplayNames(languageOf(tag), { type: 'region', fallback: 'code' }).of(c.country) ??
    c.country;
  // The YAML to write: its braces are the file's syntax, kept out of the words translated.
  const period = `{ ${translate(tag, 'email.periodExample', { year })} }`;
  return {
    subject: translate(tag, 'email.holidaysMissingSubject', { year }),
    greeting: translate(tag, 'report.greeting'),
    blocks: [
      { p: translate(tag, 'email.holidaysMissingBody', { ...c.daysOff, country, year }) },
      {
        p: translate(tag, 'email.holidaysMissingAction', {
          ...c.daysOff,
          first: c.first,
          year,
          period,
        }),
      },
    ],
  };
}

/** The sheet an email asks to send back, as its status makes it: corrected, updated, or completed. */
function sheetAsked(status: string): 'corrected' | 'updated' | 'other' {
  if (status === 'to-fix') return 'corrected';
  return status === 'to-update' ? 'updated' : 'other';
}

/**
 * Where the focal point fills in the sheet (a Google Sheet's link), or how to send it back
 * (a file: by reply, the sheet `asked` for; never the path of the file on the machine that runs
 * the job).
 */
function linkBlock(
  tag: LocaleTag,
  link: string | null,
  asked: 'corrected' | 'updated' | 'other',
): Block[] {
  return link && /^https?:\/\//.test(link)
    ? [{ link: { label: translate(tag, 'email.fillIn'), href: link } }]
    : [{ p: translate(tag, 'email.sendBack', { sheet: asked }) }];
}

function errorBlocks(tag: LocaleTag, errors: readonly Issue[], withTitle = true): Block[] {
  const byCell = errors.some((e) => e.cell !== null);
  return issueBlocks(
    tag,
    errors,
    withTitle ? (count) => translate(tag, 'email.errorsTitle', { count, byCell }) : null,
    (count) => translate(tag, 'email.more', { count }),
  );
}

/**
 * The warnings listed, then the count of issues past the cap (`too-many-issues`) on its own
 * line: it closes the list whatever its length, never hidden in « … et N autres ».
 */
function warningBlocks(tag: LocaleTag, warnings: readonly Issue[]): Block[] {
  const untold = warnings.filter((i) => i.code === 'too-many-issues');
  const listed = warnings.filter((i) => i.code !== 'too-many-issues');
  return [
    ...issueBlocks(
      tag,
      listed,
      (count) => translate(tag, 'email.warnings', { count }),
      (count) => translate(tag, 'email.moreWarnings', { count }),
    ),
    ...untold.map((i) => ({ p: issueText(tag, i.message) })),
  ];
}

/** Issues one by one, by sheet and cell (the first 20), then how many more, said for `tag`. */
function issueBlocks(
  tag: LocaleTag,
  issues: readonly Issue[],
  title: ((count: number) => string) | null,
  more: (count: number) => string,
): Block[] {
  if (issues.length === 0) return [];
  const listed = issues
    .slice(0, LISTED_ERRORS)
    .map((i) => (i.sheet ? `[${isolate(tag, i.sheet)}] ` : '') + issueText(tag, i.message));
  return [
    ...(title ? [{ p: title(issues.length) }] : []),
    { list: listed },
    ...(issues.length > LISTED_ERRORS ? [{ p: more(issues.length - LISTED_ERRORS) }] : []),
  ];
}

/** What changed for a commitment since a meeting, in one line (the report's and the status page's words). */
export function describeChange(change: CommitmentChange, tag: LocaleTag): string {
  const achieved = change.newlyAchieved ?? [];
  return translate(tag, 'report.change', {
    id: change.id,
    title: change.title,
    sheet: change.sheet ?? 'unchanged',
    done: change.newlyDone,
    achieved: achieved.length,
    milestones: achieved.join(translate(tag, 'report.separator')),
    errors: change.newErrors ?? 0,
  });
}

/** The report's table, column by column. */
const COLUMNS = [
  'number',
  'commitment',
  'institution',
  'status',
  'updated',
  'late',
  'milestones',
  'progress',
  'actions',
  'errors',
] as const;

/** The secretariat's report, in the committee's language. */
function reportOf(c: ReportContent, tag: LocaleTag): Composed {
  const { model } = c;
  const t = model.totals;
  const meeting = c.type === 'report-meeting';
  const date = (meeting ? c.meeting?.date : c.round?.due) ?? model.today;
  const late = model.dashboard.filter((d) => d.late);
  const changed = c.changes.filter(hasChanged);
  const ahead = c.meeting && c.meeting.date >= model.today ? c.meeting : null;
  const names = attachmentNames(tag);
  const number = (n: number) => formatNumber(tag, n);
  const fraction = (done: number, of: number) => `${number(done)} / ${number(of)}`;
  const folder = translate(tag, 'intake.setAsideFolder');
  return {
    subject: translate(tag, 'report.subject', { meeting, date, committee: c.committeeName }),
    greeting: translate(tag, 'report.greeting'),
    blocks: [
      {
        p: translate(tag, 'report.sheets', {
          today: model.today,
          meeting,
          date,
          round: c.round?.title ?? '',
          commitments: model.dashboard.length,
          received: t.received,
          toFix: t.toFix,
          toUpdate: t.toUpdate,
          missing: t.missing,
          late: t.late,
        }),
      },
      {
        p: translate(tag, 'report.progress', {
          achieved: t.milestonesAchieved,
          milestones: t.milestonesTotal,
          averaged: t.averageProgress !== null,
          average: (t.averageProgress ?? 0) / 100,
          done: t.actionsDone,
          planned: t.actionsPlanned,
          errors: t.errors,
        }),
      },
      ...(ahead
        ? [
            {
              p: translate(tag, 'report.meetingAhead', {
                date: ahead.date,
                timed: Boolean(ahead.time),
                time: ahead.time ?? '',
                placed: Boolean(ahead.place),
                place: ahead.place ?? '',
              }),
            },
          ]
        : []),
      {
        table: {
          head: COLUMNS.map((column) => translate(tag, 'report.column', { column })),
          rows: model.dashboard.map((d) => [
            number(d.id),
            isolate(tag, d.title),
            isolate(tag, d.institution),
            statusLabel(tag, d.status),
            d.lastUpdate ? formatDay(tag, d.lastUpdate) : '—',
            d.late === null ? '—' : translate(tag, 'report.yesNo', { yes: d.late }),
            fraction(d.milestonesAchieved, d.milestonesTotal),
            // No progress said counts 0 %, as the plan's figure counts it (planProgress).
            formatNumber(tag, (d.averageProgress ?? 0) / 100, {
              style: 'percent',
              maximumFractionDigits: 1,
            }),
            fraction(d.actionsDone, d.actionsPlanned),
            number(d.errors),
          ]),
        },
      },
      {
        p: late.length
          ? translate(tag, 'report.late', { count: late.length })
          : translate(tag, 'report.noneLate'),
      },
      ...(late.length ? [{ list: late.map((d) => lateItem(tag, d)) }] : []),
      {
        p: translate(tag, 'report.since', {
          since: c.since !== null,
          date: c.since ?? '',
          taken: c.previous !== null,
          takenOn: c.previous?.takenOn ?? '',
        }),
      },
      changed.length
        ? { list: changed.map((x) => describeChange(x, tag)) }
        : { p: translate(tag, 'report.noChange') },
      // The committee's own changes (people, meetings, plan), with their day and who made them.
      ...(c.rosterChanges?.length
        ? [
            {
              p: translate(tag, 'report.rosterChanges', {
                count: c.rosterChanges.length,
                since: c.since !== null,
              }),
            },
            { list: c.rosterChanges.map((record) => render(tag, changeLine(record))) },
          ]
        : []),
      ...(c.refused.length
        ? [
            { p: translate(tag, 'report.refused', { count: c.refused.length, ...c.people }) },
            {
              list: c.refused.map((x) =>
                translate(tag, 'report.refusedItem', {
                  address: x.address,
                  answer: x.answer,
                  subject: x.subject,
                }),
              ),
            },
          ]
        : []),
      // What waits for a person, apart from what was filed and answered unauthenticated.
      ...mailboxParts(
        tag,
        (c.mailbox ?? []).filter((m) => m.outcome !== 'unauthenticated'),
        (count) => translate(tag, 'report.mailbox', { count, folder }),
      ),
      ...mailboxParts(
        tag,
        (c.mailbox ?? []).filter((m) => m.outcome === 'unauthenticated'),
        (count) => translate(tag, 'report.mailboxFiled', { count }),
      ),
      {
        p: c.master
          ? translate(tag, 'report.linked', {
              reason: selector(c.master.reason),
              link: c.master.link,
            })
          : translate(tag, 'report.attached', { file: names.master }),
      },
      {
        p: translate(tag, 'report.page', {
          where: !c.page ? 'attached' : /^https?:/.test(c.page) ? 'published' : 'here',
          link: c.page ?? '',
          file: names.page,
        }),
      },
    ],
  };
}

function lateItem(tag: LocaleTag, d: DashboardRow): string {
  return translate(tag, 'report.lateItem', {
    id: d.id,
    title: d.title,
    institution: d.institution,
    focalPoint: d.focalPoint,
    status: selector(d.status),
    dated: d.lastUpdate !== null,
    lastUpdate: d.lastUpdate ?? '',
  });
}

/** A paragraph and the list of the mailbox's notices of one kind; nothing when there are none. */
function mailboxParts(
  tag: LocaleTag,
  notices: readonly MailboxNotice[],
  intro: (count: number) => string,
): Block[] {
  const item = (m: MailboxNotice) =>
    translate(tag, 'report.mailboxItem', {
      outcome: selector(m.outcome),
      from: m.from,
      subject: m.subject,
      received: m.receivedAt.slice(0, 10),
      note: m.note,
      messageId: m.messageId,
    });
  return notices.length
    ? [{ p: intro(notices.length) }, { list: notices.map(item) }, ...releaseBlocks(tag, notices)]
    : [];
}

/** The commands that release the held messages, each on its own line; nothing when none is held. */
function releaseBlocks(tag: LocaleTag, notices: readonly MailboxNotice[]): Block[] {
  const held = notices.filter((m) => m.outcome === 'held');
  if (held.length === 0) return [];
  return [
    { p: translate(tag, 'report.release', { count: held.length }) },
    { commands: held.map((m) => releaseCommand(m.messageId)) },
  ];
}

function toHtml(blocks: readonly Block[], tag: LocaleTag): string {
  const dir = directionOf(tag);
  // The language and country (`es-MX`), without the digits' extension.
  const lang = tag.replace(/-u-.*$/, '');
  const body = blocks
    .map((b) => {
      if ('h' in b) return `<h1 style="font-size:1.2em">${escapeHtml(b.h)}</h1>`;
      if ('p' in b) return `<p>${escapeHtml(b.p)}</p>`;
      if ('lines' in b) return `<p>${b.lines.map((line) => escapeHtml(line)).join('<br>\n')}</p>`;
      if ('list' in b) return `<ul>${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      if ('link' in b) {
        return `<p>${escapeHtml(b.link.label)} <a href="${escapeHtml(b.link.href)}">${escapeHtml(b.link.href)}</a></p>`;
      }
      if ('commands' in b) {
        return b.commands.map((c) => `<pre dir="ltr">${escapeHtml(c)}</pre>`).join('\n');
      }
      const head = b.table.head
        .map((h) => `<th style="border:1px solid #999;padding:2px 6px">${escapeHtml(h)}</th>`)
        .join('');
      const rows = b.table.rows
        .map(
          (r) =>
            `<tr>${r.map((c) => `<td style="border:1px solid #999;padding:2px 6px">${escapeHtml(c)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"></head><body ` +
    `dir="${dir}" style="font-family:Arial,sans-serif">\n${body}\n</body></html>\n`
  );
}

function toText(blocks: readonly Block[]): string {
  return `${blocks
    .map((b) => {
      if ('h' in b) return b.h;
      if ('p' in b) return b.p;
      if ('lines' in b) return b.lines.join('\n');
      if ('list' in b) return b.list.map((i) => `- ${i}`).join('\n');
      if ('link' in b) return `${b.link.label} ${b.link.href}`;
      if ('commands' in b) return b.commands.join('\n');
      return [b.table.head, ...b.table.rows].map((r) => r.join(' | ')).join('\n');
    })
    .join('\n\n')}\n`;
}
