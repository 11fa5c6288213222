/**
 * The committee's emails, as subject, HTML and plain text, in the reader's language (its
 * words in catalogue/). Every piece of user text is escaped in HTML; subjects carry no line
 * break.
 */
import { BIDI_OVERRIDES, decimalComma } from './text.js';
import { replySubject } from './reply-subject.js';
import type { Locale } from './config-schema.js';
import { CATALOGUES } from './catalogue/index.js';
import type { EmailStrings, ReportStrings } from './catalogue/shape.js';
import type { Issue } from './issue.js';
import { issueText } from './issue-message.js';
import type { LocaleTag } from './locale-tag.js';
import { hasChanged, type CommitmentChange } from './snapshot.js';
import type { DueEmail, EmailContent, MailboxNotice, ReportContent } from './due-emails.js';

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

const STRINGS = (locale: Locale): EmailStrings => CATALOGUES[locale].email;

/** Blocks of an email, rendered both as HTML and as text. */
type Block =
  | { h: string }
  | { p: string }
  | { list: string[] }
  | { link: { label: string; href: string } }
  | { table: { head: string[]; rows: string[][] } };

/** Renders an email due now in its language. */
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
  const s = STRINGS(email.locale);
  const { subject, blocks, greeting } = compose(email.content, s, email.locale);
  const all: Block[] = [
    ...(lead ? [{ h: headerText(subject) }] : []),
    ...(greeting ? [{ p: greeting }] : []),
    ...blocks,
    { p: s.signature(committeeName) },
  ];
  return { subject, html: toHtml(all, s.dir, email.locale), text: toText(all) };
}

function compose(
  content: EmailContent,
  s: EmailStrings,
  locale: Locale,
): { subject: string; blocks: Block[]; greeting: string | null } {
  switch (content.type) {
    case 'reminder':
    case 'overdue':
      return {
        subject: s.reminderSubject(content),
        greeting: s.hello(content.commitment.focalPoint.name),
        blocks: [
          { p: s.reminderIntro(content) },
          { p: s.reminderExpected(content) },
          ...errorBlocks(s, locale, content.errors),
          ...warningBlocks(s, locale, content.warnings),
          ...(content.templateAttached ? [{ p: s.templateAttached }] : []),
          ...linkBlock(s, content.link),
        ],
      };
    case 'feedback':
      return {
        subject: s.feedbackSubject(content),
        greeting: s.hello(content.greet ?? content.commitment.focalPoint.name),
        blocks: [
          { p: s.feedbackBody(content) },
          ...errorBlocks(s, locale, content.errors, false),
          ...warningBlocks(s, locale, content.warnings),
          // A complete sheet has nothing to send back now.
          ...(content.errors.length > 0 || content.status !== 'received'
            ? linkBlock(s, content.link)
            : []),
        ],
      };
    case 'invitation':
      return {
        subject: s.invitationSubject(content),
        greeting: content.commitment ? s.hello(content.commitment.focalPoint.name) : null,
        blocks: [
          { p: s.invitationBody(content) },
          ...(content.meeting.agenda.length
            ? [{ p: s.agenda }, { list: content.meeting.agenda }]
            : []),
        ],
      };
    case 'intake-refused':
      return {
        subject: s.refusalVerdict,
        greeting: s.hello(content.name),
        blocks: [
          { p: s.refusalIntro(content) },
          { list: content.refusals.map((r) => s.refusal(r)) },
          { p: s.refusalExpected(content) },
        ],
      };
    case 'holiday-check':
      return {
        subject: s.holidayCheckSubject(content),
        greeting: null,
        blocks: [{ p: s.holidayCheckBody(content) }, { p: s.holidayCheckAction(content) }],
      };
    case 'holidays-missing':
      return {
        subject: s.holidaysMissingSubject(content),
        greeting: null,
        blocks: [{ p: s.holidaysMissingBody(content) }, { p: s.holidaysMissingAction(content) }],
      };
    default:
      return reportBlocks(content, locale);
  }
}

/**
 * Where the focal point fills in the sheet (a Google Sheet's link), or how to send it back
 * (a file: by reply; never the path of the file on the machine that runs the job).
 */
function linkBlock(s: EmailStrings, link: string | null): Block[] {
  return link && /^https?:\/\//.test(link)
    ? [{ link: { label: s.fillIn, href: link } }]
    : [{ p: s.sendBack }];
}

function errorBlocks(
  s: EmailStrings,
  tag: LocaleTag,
  errors: readonly Issue[],
  withTitle = true,
): Block[] {
  const byCell = errors.some((e) => e.cell !== null);
  return issueBlocks(tag, errors, withTitle ? (n) => s.errorsTitle(n, byCell) : null, s.more);
}

/**
 * The warnings listed, then the count of issues past the cap (`too-many-issues`) on its own
 * line: it closes the list whatever its length, never hidden in « … et N autres ».
 */
function warningBlocks(s: EmailStrings, tag: LocaleTag, warnings: readonly Issue[]): Block[] {
  const untold = warnings.filter((i) => i.code === 'too-many-issues');
  const listed = warnings.filter((i) => i.code !== 'too-many-issues');
  return [
    ...issueBlocks(tag, listed, s.warnings, s.moreWarnings),
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
    .map((i) => (i.sheet ? `[${i.sheet}] ` : '') + issueText(tag, i.message));
  return [
    ...(title ? [{ p: title(issues.length) }] : []),
    { list: listed },
    ...(issues.length > LISTED_ERRORS ? [{ p: more(issues.length - LISTED_ERRORS) }] : []),
  ];
}

const REPORT = (locale: Locale): ReportStrings => CATALOGUES[locale].report;

/** Languages that write a decimal comma (« 45,5 % »). */
const DECIMAL_COMMA: ReadonlySet<Locale> = new Set(['fr', 'es', 'pt']);

/** What changed for a commitment since a meeting, in one line (the report's and the status page's words). */
export function describeChange(change: CommitmentChange, locale: Locale): string {
  return REPORT(locale).change(change);
}

/** The secretariat's report, in the committee's language. */
function reportBlocks(
  c: ReportContent,
  locale: Locale,
): { subject: string; blocks: Block[]; greeting: string | null } {
  const r = REPORT(locale);
  const t = c.model.totals;
  const meetingDate = r.date(c.meeting?.date ?? c.model.today);
  const dueDate = r.date(c.round?.due ?? c.model.today);
  const about =
    c.type === 'report-meeting'
      ? r.aboutMeeting(meetingDate)
      : r.aboutDeadline(dueDate, c.round?.title ?? '');
  const late = c.model.dashboard.filter((d) => d.late);
  const changed = c.changes.filter(hasChanged);
  const ahead = c.meeting && c.meeting.date >= c.model.today ? c.meeting : null;
  const percent = (value: number | null) =>
    value === null ? '—' : `${DECIMAL_COMMA.has(locale) ? decimalComma(value) : value} %`;
  return {
    subject:
      c.type === 'report-meeting'
        ? r.subjectMeeting(meetingDate, c.committeeName)
        : r.subjectDeadline(dueDate, c.committeeName),
    greeting: r.greeting,
    blocks: [
      { p: r.sheets(r.date(c.model.today), about, t, c.model.dashboard.length) },
      { p: r.progress(t) },
      ...(ahead
        ? [{ p: r.meetingAhead(r.date(ahead.date), ahead.time ?? null, ahead.place ?? null) }]
        : []),
      {
        table: {
          head: r.head,
          rows: c.model.dashboard.map((d) => [
            String(d.id),
            d.title,
            d.institution,
            r.status[d.status],
            d.lastUpdate ? r.date(d.lastUpdate) : '—',
            d.late === null ? '—' : d.late ? r.yes : r.no,
            `${d.milestonesAchieved} / ${d.milestonesTotal}`,
            percent(d.averageProgress),
            `${d.actionsDone} / ${d.actionsPlanned}`,
            String(d.errors),
          ]),
        },
      },
      { p: late.length ? r.late(late.length) : r.noneLate },
      ...(late.length ? [{ list: late.map((d) => r.lateItem(d, r.status[d.status])) }] : []),
      {
        p: r.since(
          c.since ? r.date(c.since) : null,
          c.previous ? r.date(c.previous.takenOn) : null,
        ),
      },
      changed.length ? { list: changed.map((x) => r.change(x)) } : { p: r.noChange },
      ...(c.refused.length
        ? [{ p: r.refused(c.refused.length) }, { list: c.refused.map((x) => r.refusedItem(x)) }]
        : []),
      // What waits for a person, apart from what was filed and answered unauthenticated.
      ...mailboxParts(
        (c.mailbox ?? []).filter((m) => m.outcome !== 'unauthenticated'),
        r.mailbox,
        r.mailboxItem,
      ),
      ...mailboxParts(
        (c.mailbox ?? []).filter((m) => m.outcome === 'unauthenticated'),
        r.mailboxFiled,
        r.mailboxItem,
      ),
      { p: c.master ? r.linked(c.master.link, c.master.reason) : r.attached },
      { p: r.page(c.page ?? null) },
    ],
  };
}

function toHtml(blocks: readonly Block[], dir: 'ltr' | 'rtl', lang: Locale): string {
  const body = blocks
    .map((b) => {
      if ('h' in b) return `<h1 style="font-size:1.2em">${escapeHtml(b.h)}</h1>`;
      if ('p' in b) return `<p>${escapeHtml(b.p)}</p>`;
      if ('list' in b) return `<ul>${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      if ('link' in b) {
        return `<p>${escapeHtml(b.link.label)} <a href="${escapeHtml(b.link.href)}">${escapeHtml(b.link.href)}</a></p>`;
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
      if ('list' in b) return b.list.map((i) => `- ${i}`).join('\n');
      if ('link' in b) return `${b.link.label} ${b.link.href}`;
      return [b.table.head, ...b.table.rows].map((r) => r.join(' | ')).join('\n');
    })
    .join('\n\n')}\n`;
}

/** A paragraph and the list of the mailbox's notices of one kind; nothing when there are none. */
function mailboxParts(
  notices: readonly MailboxNotice[],
  intro: (n: number) => string,
  item: (m: MailboxNotice) => string,
) {
  return notices.length ? [{ p: intro(notices.length) }, { list: notices.map(item) }] : [];
}
