/**
 * The committee's emails, as subject, HTML and plain text, in French (default), English or
 * Arabic (right to left). Every piece of user text is escaped in HTML; subjects carry no
 * line break.
 */
import { BIDI_OVERRIDES, counted } from './text.js';
import { formatFrenchDate } from './calendar-date.js';
import type { Locale } from './config-schema.js';
import type { Issue } from './issue.js';
import type {
  DueEmail,
  EmailContent,
  FeedbackContent,
  InvitationContent,
  ReminderContent,
  ReportContent,
} from './schedule.js';

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

interface Strings {
  dir: 'ltr' | 'rtl';
  hello: (name: string) => string;
  signature: (committee: string) => string;
  commitment: (id: number, title: string) => string;
  reminderSubject: (c: ReminderContent) => string;
  reminderIntro: (c: ReminderContent) => string;
  fillIn: string;
  /** How to send a sheet back when it is a file (never the server's path to it). */
  sendBack: string;
  errorsTitle: (count: number) => string;
  more: (count: number) => string;
  moreWarnings: (count: number) => string;
  feedbackSubject: (c: FeedbackContent, ok: boolean) => string;
  feedbackOk: (c: FeedbackContent) => string;
  feedbackKo: (c: FeedbackContent) => string;
  warnings: (count: number) => string;
  invitationSubject: (c: InvitationContent) => string;
  invitationBody: (c: InvitationContent) => string;
  agenda: string;
  date: (iso: string) => string;
}

const fr: Strings = {
  dir: 'ltr',
  hello: (name) => `Bonjour ${name},`,
  signature: (committee) => `Le secrétariat du ${committee}`,
  commitment: (id, title) => `engagement n° ${id} « ${title} »`,
  reminderSubject: (c) =>
    c.type === 'overdue'
      ? `Relance : fiche en retard — engagement n° ${c.commitment.id} (échéance du ${formatFrenchDate(c.round.due)})`
      : `Rappel : ${c.round.title} — engagement n° ${c.commitment.id}, échéance le ${formatFrenchDate(c.round.due)}`,
  reminderIntro: (c) => {
    const state =
      c.status === 'À corriger'
        ? 'Votre fiche a été reçue mais doit être corrigée.'
        : "Nous n'avons pas encore reçu votre fiche à jour.";
    const when =
      c.type === 'overdue'
        ? `L'échéance du ${formatFrenchDate(c.round.due)} est dépassée de ${counted(-c.daysLeft, 'jour', 'jours')}.`
        : c.daysLeft === 0
          ? `L'échéance est aujourd'hui, le ${formatFrenchDate(c.round.due)}.`
          : `L'échéance est le ${formatFrenchDate(c.round.due)}, dans ${counted(c.daysLeft, 'jour', 'jours')}.`;
    return `${c.round.title} — ${fr.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  fillIn: 'Votre fiche :',
  sendBack: 'Renvoyez la fiche complétée (.xlsx) en réponse à ce courriel.',
  errorsTitle: (n) => `${counted(n, 'erreur', 'erreurs')} à corriger, cellule par cellule :`,
  more: (n) => `… et ${counted(n, 'autre erreur', 'autres erreurs')}.`,
  moreWarnings: (n) => `… et ${counted(n, 'autre avertissement', 'autres avertissements')}.`,
  feedbackSubject: (c, ok) =>
    ok
      ? `Fiche reçue et complète — engagement n° ${c.commitment.id}`
      : `Fiche reçue, ${counted(c.errors.length, 'erreur', 'erreurs')} à corriger — engagement n° ${c.commitment.id}`,
  feedbackOk: (c) =>
    `Nous avons bien reçu la nouvelle version de la fiche de l'${fr.commitment(c.commitment.id, c.commitment.title)} : ${counted(c.actions, 'action', 'actions')} de communication et ${counted(c.milestones, 'jalon', 'jalons')}. Elle est complète, merci.`,
  feedbackKo: (c) =>
    `Nous avons bien reçu la nouvelle version de la fiche de l'${fr.commitment(c.commitment.id, c.commitment.title)}. Merci de corriger les points suivants :`,
  warnings: (n) => `${counted(n, 'avertissement', 'avertissements')}, à vérifier sans urgence :`,
  invitationSubject: (c) =>
    `Invitation : réunion du ${c.committeeName} le ${formatFrenchDate(c.meeting.date)}${c.meeting.time ? ` à ${c.meeting.time}` : ''}`,
  invitationBody: (c) =>
    `Vous êtes invité(e) à la réunion du ${c.committeeName} le ${formatFrenchDate(c.meeting.date)}${c.meeting.time ? ` à ${c.meeting.time}` : ''}${c.meeting.place ? `, ${c.meeting.place}` : ''}. L'invitation pour votre agenda est jointe (fichier .ics).`,
  agenda: 'Ordre du jour :',
  date: formatFrenchDate,
};

const en: Strings = {
  dir: 'ltr',
  hello: (name) => `Dear ${name},`,
  signature: (committee) => `The secretariat of the ${committee}`,
  commitment: (id, title) => `commitment no. ${id} "${title}"`,
  reminderSubject: (c) =>
    c.type === 'overdue'
      ? `Reminder: sheet overdue — commitment no. ${c.commitment.id} (deadline ${c.round.due})`
      : `Reminder: ${c.round.title} — commitment no. ${c.commitment.id}, due ${c.round.due}`,
  reminderIntro: (c) => {
    const state =
      c.status === 'À corriger'
        ? 'Your sheet was received but needs corrections.'
        : 'We have not yet received your updated sheet.';
    const when =
      c.type === 'overdue'
        ? `The deadline of ${c.round.due} passed ${counted(-c.daysLeft, 'day', 'days', 'en')} ago.`
        : c.daysLeft === 0
          ? `The deadline is today, ${c.round.due}.`
          : `The deadline is ${c.round.due}, in ${counted(c.daysLeft, 'day', 'days', 'en')}.`;
    return `${c.round.title} — ${en.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  fillIn: 'Your sheet:',
  sendBack: 'Send the completed sheet (.xlsx) back in reply to this email.',
  errorsTitle: (n) => `${counted(n, 'error', 'errors', 'en')} to correct, cell by cell:`,
  more: (n) => `… and ${counted(n, 'more error', 'more errors', 'en')}.`,
  moreWarnings: (n) => `… and ${counted(n, 'more warning', 'more warnings', 'en')}.`,
  feedbackSubject: (c, ok) =>
    ok
      ? `Sheet received and complete — commitment no. ${c.commitment.id}`
      : `Sheet received, ${counted(c.errors.length, 'error', 'errors', 'en')} to correct — commitment no. ${c.commitment.id}`,
  feedbackOk: (c) =>
    `We received the new version of the sheet of ${en.commitment(c.commitment.id, c.commitment.title)}: ${counted(c.actions, 'communication action', 'communication actions', 'en')} and ${counted(c.milestones, 'milestone', 'milestones', 'en')}. It is complete, thank you.`,
  feedbackKo: (c) =>
    `We received the new version of the sheet of ${en.commitment(c.commitment.id, c.commitment.title)}. Please correct the following:`,
  warnings: (n) => `${counted(n, 'warning', 'warnings', 'en')} to check when convenient:`,
  invitationSubject: (c) =>
    `Invitation: ${c.committeeName} meeting on ${c.meeting.date}${c.meeting.time ? ` at ${c.meeting.time}` : ''}`,
  invitationBody: (c) =>
    `You are invited to the ${c.committeeName} meeting on ${c.meeting.date}${c.meeting.time ? ` at ${c.meeting.time}` : ''}${c.meeting.place ? `, ${c.meeting.place}` : ''}. A calendar invitation (.ics) is attached.`,
  agenda: 'Agenda:',
  date: (iso) => iso,
};

const ar: Strings = {
  dir: 'rtl',
  hello: (name) => `السيد(ة) ${name}،`,
  signature: (committee) => `كتابة ${committee}`,
  commitment: (id, title) => `الالتزام رقم ${id} «${title}»`,
  reminderSubject: (c) =>
    c.type === 'overdue'
      ? `تذكير: تأخر في إرسال البطاقة — الالتزام رقم ${c.commitment.id} (الأجل ${formatFrenchDate(c.round.due)})`
      : `تذكير: ${c.round.title} — الالتزام رقم ${c.commitment.id}، آخر أجل ${formatFrenchDate(c.round.due)}`,
  reminderIntro: (c) => {
    const state =
      c.status === 'À corriger'
        ? 'توصلنا ببطاقتكم لكنها تحتاج إلى تصحيح.'
        : 'لم نتوصل بعد ببطاقتكم المحينة.';
    const when =
      c.type === 'overdue'
        ? `تجاوز الأجل (${formatFrenchDate(c.round.due)}) بـ ${-c.daysLeft} يوم.`
        : `آخر أجل: ${formatFrenchDate(c.round.due)}.`;
    return `${c.round.title} — ${ar.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  fillIn: 'بطاقتكم:',
  sendBack: 'يرجى إرسال البطاقة المكتملة (.xlsx) ردا على هذه الرسالة.',
  errorsTitle: (n) => `${n} خطأ يجب تصحيحه، خلية بخلية:`,
  more: (n) => `… و${n} أخطاء أخرى.`,
  moreWarnings: (n) => `… و${n} تنبيهات أخرى.`,
  feedbackSubject: (c, ok) =>
    ok
      ? `توصلنا بالبطاقة وهي كاملة — الالتزام رقم ${c.commitment.id}`
      : `توصلنا بالبطاقة، ${c.errors.length} خطأ يجب تصحيحه — الالتزام رقم ${c.commitment.id}`,
  feedbackOk: (c) =>
    `توصلنا بالنسخة الجديدة من بطاقة ${ar.commitment(c.commitment.id, c.commitment.title)}: ${c.actions} نشاط تواصلي و${c.milestones} مرحلة. البطاقة كاملة، شكرا.`,
  feedbackKo: (c) =>
    `توصلنا بالنسخة الجديدة من بطاقة ${ar.commitment(c.commitment.id, c.commitment.title)}. المرجو تصحيح ما يلي:`,
  warnings: (n) => `${n} تنبيه للتحقق:`,
  invitationSubject: (c) =>
    `دعوة: اجتماع ${c.committeeName} يوم ${formatFrenchDate(c.meeting.date)}`,
  invitationBody: (c) =>
    `يشرفنا دعوتكم لحضور اجتماع ${c.committeeName} يوم ${formatFrenchDate(c.meeting.date)}${c.meeting.time ? ` على الساعة ${c.meeting.time}` : ''}${c.meeting.place ? `، ${c.meeting.place}` : ''}. تجدون الدعوة مرفقة (ملف ics).`,
  agenda: 'جدول الأعمال:',
  date: formatFrenchDate,
};

const STRINGS: Record<Locale, Strings> = { fr, en, ar };

/** Blocks of an email, rendered both as HTML and as text. */
type Block =
  | { p: string }
  | { list: string[] }
  | { link: { label: string; href: string } }
  | { table: { head: string[]; rows: string[][] } };

/** Renders an email due now in its language. */
export function renderEmail(email: DueEmail, committeeName: string): RenderedEmail {
  const s = STRINGS[email.locale];
  const { subject, blocks, greeting } = compose(email.content, s, email.locale);
  const sign = s.signature(committeeName);
  return {
    subject: headerText(subject),
    html: toHtml(
      [...(greeting ? [{ p: greeting }] : []), ...blocks, { p: sign }],
      s.dir,
      email.locale,
    ),
    text: toText([...(greeting ? [{ p: greeting }] : []), ...blocks, { p: sign }]),
  };
}

function compose(
  content: EmailContent,
  s: Strings,
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
          ...linkBlock(s, content.link),
          ...errorBlocks(s, content.errors),
        ],
      };
    case 'feedback': {
      const ok = content.errors.length === 0;
      return {
        subject: s.feedbackSubject(content, ok),
        greeting: s.hello(content.commitment.focalPoint.name),
        blocks: [
          { p: ok ? s.feedbackOk(content) : s.feedbackKo(content) },
          ...errorBlocks(s, content.errors, false),
          ...issueBlocks(content.warnings, s.warnings, s.moreWarnings),
          ...linkBlock(s, content.link),
        ],
      };
    }
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
    default:
      return reportBlocks(content, locale);
  }
}

/**
 * Where the focal point fills in the sheet (a Google Sheet's link), or how to send it back
 * (a file: by reply; never the path of the file on the machine that runs the job).
 */
function linkBlock(s: Strings, link: string | null): Block[] {
  return link && /^https?:\/\//.test(link) ? [{ link: { label: s.fillIn, href: link } }] : [{ p: s.sendBack }];
} // prettier-ignore

function errorBlocks(s: Strings, errors: readonly Issue[], withTitle = true): Block[] {
  return issueBlocks(errors, withTitle ? s.errorsTitle : null, s.more);
}

/** Issues one by one, by sheet and cell (the first 20), then how many more. */
function issueBlocks(
  issues: readonly Issue[],
  title: ((count: number) => string) | null,
  more: (count: number) => string,
): Block[] {
  if (issues.length === 0) return [];
  const listed = issues
    .slice(0, LISTED_ERRORS)
    .map((i) => (i.sheet ? `[${i.sheet}] ${i.message}` : i.message));
  return [
    ...(title ? [{ p: title(issues.length) }] : []),
    { list: listed },
    ...(issues.length > LISTED_ERRORS ? [{ p: more(issues.length - LISTED_ERRORS) }] : []),
  ];
}

/** The words of the secretariat's report, per language. */
interface ReportStrings {
  subjectMeeting: (date: string, committee: string) => string;
  subjectDeadline: (date: string, committee: string) => string;
  greeting: string;
  aboutMeeting: (date: string) => string;
  aboutDeadline: (date: string, title: string) => string;
  summary: (today: string, about: string, t: ReportContent['model']['totals']) => string;
  head: string[];
  status: Record<'Reçue' | 'À corriger' | 'Manquante', string>;
  yes: string;
  no: string;
  late: (n: number) => string;
  noneLate: string;
  since: (date: string | null) => string;
  change: (id: number, institution: string, updated: boolean, done: number) => string;
  noChange: string;
  date: (iso: string) => string;
}

const REPORT: Record<Locale, ReportStrings> = {
  fr: {
    subjectMeeting: (d, c) => `Synthèse avant la réunion du ${d} — ${c}`,
    subjectDeadline: (d, c) => `Bilan de l'échéance du ${d} — ${c}`,
    greeting: 'Bonjour,',
    aboutMeeting: (d) => `la réunion du ${d}`,
    aboutDeadline: (d, title) => `l'échéance du ${d} (${title})`,
    summary: (today, about, t) =>
      `Voici l'état du suivi au ${today}, en vue de ${about} : ${counted(t.received, 'fiche reçue', 'fiches reçues')}, ${t.toFix} à corriger, ${counted(t.missing, 'manquante', 'manquantes')}, ${t.late} en retard ; ${counted(t.actionsPlanned, 'action', 'actions')} de communication dont ${counted(t.actionsDone, 'réalisée', 'réalisées')}, ${counted(t.errors, 'erreur', 'erreurs')} à corriger. Le classeur de suivi consolidé est joint.`,
    head: [
      'N°',
      'Institution',
      'Statut',
      'Mise à jour',
      'En retard',
      'Actions réalisées',
      'Erreurs',
    ],
    status: { Reçue: 'Reçue', 'À corriger': 'À corriger', Manquante: 'Manquante' },
    yes: 'Oui',
    no: 'Non',
    late: (n) => `En retard (${n}) :`,
    noneLate: 'Aucun engagement en retard.',
    since: (d) => (d ? `Depuis la réunion du ${d} :` : 'Depuis le début du plan :'),
    change: (id, inst, updated, done) =>
      `n° ${id} — ${inst} : ${updated ? 'fiche mise à jour' : 'fiche inchangée'}, ${counted(done, 'action réalisée', 'actions réalisées')}`,
    noChange: 'Aucun changement.',
    date: formatFrenchDate,
  },
  en: {
    subjectMeeting: (d, c) => `Summary before the meeting of ${d} — ${c}`,
    subjectDeadline: (d, c) => `Deadline review of ${d} — ${c}`,
    greeting: 'Hello,',
    aboutMeeting: (d) => `the meeting of ${d}`,
    aboutDeadline: (d, title) => `the deadline of ${d} (${title})`,
    summary: (today, about, t) =>
      `Here is the state of follow-up on ${today}, ahead of ${about}: ${counted(t.received, 'sheet', 'sheets', 'en')} received, ${t.toFix} to correct, ${t.missing} missing, ${t.late} late; ${counted(t.actionsPlanned, 'communication action', 'communication actions', 'en')} of which ${t.actionsDone} done, ${counted(t.errors, 'error', 'errors', 'en')} to correct. The consolidated workbook is attached.`,
    head: ['No.', 'Institution', 'Status', 'Updated', 'Late', 'Actions done', 'Errors'],
    status: { Reçue: 'Received', 'À corriger': 'To correct', Manquante: 'Missing' },
    yes: 'Yes',
    no: 'No',
    late: (n) => `Late (${n}):`,
    noneLate: 'No commitment is late.',
    since: (d) => (d ? `Since the meeting of ${d}:` : 'Since the start of the plan:'),
    change: (id, inst, updated, done) =>
      `no. ${id} — ${inst}: ${updated ? 'sheet updated' : 'sheet unchanged'}, ${counted(done, 'action', 'actions', 'en')} done`,
    noChange: 'No change.',
    date: (iso) => iso,
  },
  ar: {
    subjectMeeting: (d, c) => `ملخص قبل اجتماع ${d} — ${c}`,
    subjectDeadline: (d, c) => `حصيلة أجل ${d} — ${c}`,
    greeting: 'السلام عليكم،',
    aboutMeeting: (d) => `اجتماع ${d}`,
    aboutDeadline: (d, title) => `أجل ${d} (${title})`,
    summary: (today, about, t) =>
      `وضعية التتبع بتاريخ ${today}، استعدادا لـ${about}: ${t.received} بطاقة متوصل بها، ${t.toFix} للتصحيح، ${t.missing} ناقصة، ${t.late} متأخرة؛ ${t.actionsPlanned} نشاط تواصلي منها ${t.actionsDone} منجزة، ${t.errors} خطأ للتصحيح. تجدون المصنف الموحد مرفقا.`,
    head: ['رقم', 'المؤسسة', 'الوضعية', 'التحيين', 'متأخر', 'الأنشطة المنجزة', 'الأخطاء'],
    status: { Reçue: 'متوصل بها', 'À corriger': 'للتصحيح', Manquante: 'ناقصة' },
    yes: 'نعم',
    no: 'لا',
    late: (n) => `المتأخرون (${n}):`,
    noneLate: 'لا يوجد أي التزام متأخر.',
    since: (d) => (d ? `منذ اجتماع ${d}:` : 'منذ بداية المخطط:'),
    change: (id, inst, updated, done) =>
      `رقم ${id} — ${inst}: ${updated ? 'بطاقة محينة' : 'بطاقة دون تغيير'}، ${done} نشاط منجز`,
    noChange: 'لا تغيير.',
    date: formatFrenchDate,
  },
};

/** The secretariat's report, in the committee's language. */
function reportBlocks(
  c: ReportContent,
  locale: Locale,
): { subject: string; blocks: Block[]; greeting: string | null } {
  const r = REPORT[locale];
  const t = c.model.totals;
  const meetingDate = r.date(c.meeting?.date ?? c.model.today);
  const dueDate = r.date(c.round?.due ?? c.model.today);
  const about =
    c.type === 'report-meeting'
      ? r.aboutMeeting(meetingDate)
      : r.aboutDeadline(dueDate, c.round?.title ?? '');
  const late = c.model.dashboard.filter((d) => d.late);
  const changed = c.changes.filter((x) => x.updated || x.actionsDone > 0);
  return {
    subject:
      c.type === 'report-meeting'
        ? r.subjectMeeting(meetingDate, c.committeeName)
        : r.subjectDeadline(dueDate, c.committeeName),
    greeting: r.greeting,
    blocks: [
      { p: r.summary(r.date(c.model.today), about, t) },
      {
        table: {
          head: r.head,
          rows: c.model.dashboard.map((d) => [
            String(d.id),
            d.institution,
            r.status[d.status],
            d.lastUpdate ? r.date(d.lastUpdate) : '—',
            d.late ? r.yes : r.no,
            `${d.actionsDone} / ${d.actionsPlanned}`,
            String(d.errors),
          ]),
        },
      },
      { p: late.length ? r.late(late.length) : r.noneLate },
      ...(late.length
        ? [{ list: late.map((d) => `${d.id} — ${d.institution} (${d.focalPoint})`) }]
        : []),
      { p: r.since(c.since ? r.date(c.since) : null) },
      changed.length
        ? { list: changed.map((x) => r.change(x.id, x.institution, x.updated, x.actionsDone)) }
        : { p: r.noChange },
    ],
  };
}

function toHtml(blocks: readonly Block[], dir: 'ltr' | 'rtl', lang: Locale): string {
  const body = blocks
    .map((b) => {
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
  return `<!DOCTYPE html>\n<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"></head><body dir="${dir}" style="font-family:Arial,sans-serif">\n${body}\n</body></html>\n`;
}

function toText(blocks: readonly Block[]): string {
  return `${blocks
    .map((b) => {
      if ('p' in b) return b.p;
      if ('list' in b) return b.list.map((i) => `- ${i}`).join('\n');
      if ('link' in b) return `${b.link.label} ${b.link.href}`;
      return [b.table.head, ...b.table.rows].map((r) => r.join(' | ')).join('\n');
    })
    .join('\n\n')}\n`;
}
