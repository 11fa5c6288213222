/**
 * The committee's emails, as subject, HTML and plain text, in French (default), English or
 * Arabic (right to left). Every piece of user text is escaped in HTML; subjects carry no
 * line break.
 */
import { BIDI_OVERRIDES, counted, decimalComma } from './text.js';
import { formatFrenchDate } from './calendar-date.js';
import type { Locale } from './config-schema.js';
import type { Issue } from './issue.js';
import type { DashboardRow, SubmissionStatus } from './consolidation.js';
import { hasChanged, type CommitmentChange } from './snapshot.js';
import type { RefusedAddress } from './ledger.js';
import type {
  DueEmail,
  EmailContent,
  FeedbackContent,
  HolidayCheckContent,
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

interface Strings {
  dir: 'ltr' | 'rtl';
  hello: (name: string) => string;
  signature: (committee: string) => string;
  commitment: (id: number, title: string) => string;
  date: (iso: string) => string;
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
  feedbackSubject: (c: FeedbackContent) => string;
  feedbackBody: (c: FeedbackContent) => string;
  warnings: (count: number) => string;
  invitationSubject: (c: InvitationContent) => string;
  invitationBody: (c: InvitationContent) => string;
  agenda: string;
  holidayCheckSubject: (c: HolidayCheckContent) => string;
  /** What is estimated and what the calendar does with it. */
  holidayCheckBody: (c: HolidayCheckContent) => string;
  /** How to confirm or correct, by when. */
  holidayCheckAction: (c: HolidayCheckContent) => string;
  /** The answer to a message whose workbooks were not filed. */
  refusalSubject: (c: IntakeRefusalContent) => string;
  refusalIntro: (c: IntakeRefusalContent) => string;
  refusal: (r: IntakeRefusal) => string;
  refusalExpected: (c: IntakeRefusalContent) => string;
}

/** « 3 erreurs à corriger » in a subject, or nothing. */
/** « 3 communication actions, 1 milestone ». */
function enCounts(received: { actions: number; milestones: number }): string {
  const actions = counted(received.actions, 'communication action', 'communication actions', 'en');
  return `${actions}, ${counted(received.milestones, 'milestone', 'milestones', 'en')}`;
}

/** « ، متوسط التقدم 45٪ », or nothing without progress. */
function arAverage(progress: number | null): string {
  return progress === null ? '' : `، متوسط التقدم ${progress}٪`;
}

/** `2026-05-27/2026-05-28`, or one day: what the committee writes in holidays. */
function span(c: HolidayCheckContent): string {
  const { first, last } = c.holiday;
  return first === last ? first : `${first}/${last}`;
}

function frErrors(n: number): string {
  return counted(n, 'erreur', 'erreurs');
}

const fr: Strings = {
  dir: 'ltr',
  hello: (name) => `Bonjour ${name},`,
  signature: (committee) => `Le secrétariat du ${committee}`,
  commitment: (id, title) => `engagement n° ${id} « ${title} »`,
  date: formatFrenchDate,
  reminderSubject: (c) => {
    const due = formatFrenchDate(c.round.due);
    if (c.received) {
      return (
        `Fiche reçue, ${frErrors(c.errors.length)} à corriger — engagement n° ${c.commitment.id}, ` +
        `${c.type === 'overdue' ? `échéance du ${due} dépassée` : `échéance le ${due}`}`
      );
    }
    return c.type === 'overdue'
      ? `Relance : fiche en retard — engagement n° ${c.commitment.id} (échéance du ${due})`
      : `Rappel : ${c.round.title} — engagement n° ${c.commitment.id}, échéance le ${due}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? `Nous avons bien reçu la nouvelle version de votre fiche (${counted(c.received.actions, 'action', 'actions')} ` +
        `de communication, ${counted(c.received.milestones, 'jalon', 'jalons')}), mais elle doit être corrigée.`
      : c.status === 'À corriger'
        ? 'Votre fiche a été reçue mais doit être corrigée.'
        : c.status === 'À mettre à jour' && c.lastUpdate
          ? `Votre dernière fiche date du ${formatFrenchDate(c.lastUpdate)} : elle n'a pas encore été mise à jour pour cette échéance.`
          : "Nous n'avons pas encore reçu votre fiche.";
    const when =
      c.type === 'overdue'
        ? `L'échéance du ${formatFrenchDate(c.round.due)} est dépassée de ${counted(-c.daysLeft, 'jour', 'jours')}.`
        : c.daysLeft === 0
          ? `L'échéance est aujourd'hui, le ${formatFrenchDate(c.round.due)}.`
          : `L'échéance est le ${formatFrenchDate(c.round.due)}, dans ${counted(c.daysLeft, 'jour', 'jours')}.`;
    return `${c.round.title} — ${fr.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) => {
    const what =
      c.status === 'À corriger'
        ? 'la fiche corrigée'
        : "la fiche à jour, avec vos actions de communication et l'avancement de chaque jalon";
    return c.type === 'overdue'
      ? `Attendu dès que possible : ${what}.`
      : `Attendu au plus tard le ${formatFrenchDate(c.round.due)} : ${what}.`;
  },
  templateAttached:
    'Votre fiche pré-remplie est jointe à ce courriel : complétez-la (le « Mode d’emploi » est sa première feuille).',
  fillIn: 'Votre fiche :',
  sendBack: 'Renvoyez la fiche complétée (.xlsx) en réponse à ce courriel.',
  errorsTitle: (n, byCell) => `${frErrors(n)} à corriger${byCell ? ', cellule par cellule' : ''} :`,
  more: (n) => `… et ${counted(n, 'autre erreur', 'autres erreurs')}.`,
  moreWarnings: (n) => `… et ${counted(n, 'autre avertissement', 'autres avertissements')}.`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `Fiche reçue, ${frErrors(c.errors.length)} à corriger — engagement n° ${c.commitment.id}`
      : c.status === 'À mettre à jour'
        ? `Fiche reçue, date de mise à jour à vérifier — engagement n° ${c.commitment.id}`
        : `Fiche reçue et complète — engagement n° ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `Nous avons bien reçu la fiche de l'${fr.commitment(c.commitment.id, c.commitment.title)} ` +
      `: ${counted(c.actions, 'action', 'actions')} de communication et ${counted(c.milestones, 'jalon', 'jalons')}.`;
    const deadline = c.deadline
      ? `${formatFrenchDate(c.deadline.due)} (${c.deadline.title})`
      : null;
    if (c.errors.length > 0) {
      return `${received} Merci de corriger les points suivants${deadline ? ` avant le ${deadline}` : ''} :`;
    }
    if (c.status === 'À mettre à jour') {
      return (
        `${received} Elle porte la date de mise à jour du ${c.lastUpdate ? formatFrenchDate(c.lastUpdate) : '?'}, ` +
        `antérieure à la collecte en cours${deadline ? ` (échéance le ${deadline})` : ''} ` +
        `: si elle est à jour, indiquez la date du jour dans « Date de mise à jour » (feuille ` +
        `« Engagement ») et renvoyez-la.`
      );
    }
    return `${received} Elle est complète, merci.${deadline ? ` Prochaine échéance : le ${deadline}.` : ''}`;
  },
  warnings: (n) => `${counted(n, 'avertissement', 'avertissements')}, à vérifier sans urgence :`,
  refusalSubject: (c) => `Fiche non enregistrée — ${c.subject || 'votre courriel'}`,
  refusalIntro: (c) => {
    const which = c.refusals.length > 1 ? 'les fichiers qu’il contient' : 'ce qu’il contient';
    const about = c.subject ? ` « ${c.subject} »` : '';
    return `Nous avons bien reçu votre courriel${about}, mais nous n'avons pas pu enregistrer ${which} :`;
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment': {
        const yours = r.yours.map((id) => `n° ${id}`).join(', ');
        return (
          `« ${r.file} » est la fiche de l'engagement n° ${r.commitmentId}, que vous ne suivez pas ` +
          `(vous suivez l'engagement ${yours}) : si c'est la vôtre, corrigez le numéro dans la ` +
          `feuille « Engagement » ; sinon, son point focal l'envoie lui-même.`
        );
      }
      case 'unknown-commitment': {
        const what =
          r.commitmentId === null
            ? 'aucun numéro d’engagement'
            : `pas un numéro d'engagement du comité (elle indique le n° ${r.commitmentId})`;
        return (
          `« ${r.file} » ne porte ${what} : ` +
          'indiquez le numéro de votre engagement dans la feuille « Engagement ».'
        );
      }
      case 'other-spreadsheet':
        return (
          `« ${r.file} » n'est pas au format de la fiche : ouvrez-la dans Excel ou LibreOffice, ` +
          'enregistrez-la au format « Classeur Excel (.xlsx) » et envoyez ce fichier-là.'
        );
      case 'unreadable':
        return `« ${r.file} » : ${r.detail.replace(/^Fichier illisible : /, '')}`;
      case 'untouched-template':
        return (
          `« ${r.file} » est la fiche pré-remplie telle que nous l'avons envoyée, sans rien de ` +
          "rempli : ajoutez vos actions de communication et l'avancement de chaque jalon."
        );
      case 'file-too-large':
        return (
          `« ${r.file} » pèse ${decimalComma(r.mib)} Mo, au-delà des ${decimalComma(r.maxMib)} Mo ` +
          'acceptés : retirez-en les images et les lignes inutiles.'
        );
      case 'message-too-large':
        return (
          `votre courriel pèse ${decimalComma(r.mib)} Mo, au-delà des ${decimalComma(r.maxMib)} Mo ` +
          'que nous lisons : envoyez la fiche seule, sans autre pièce jointe.'
        );
      case 'too-many-files':
        return (
          `votre courriel joint ${counted(r.count, 'classeur', 'classeurs')} ; nous en lisons au plus ` +
          `${r.max} par courriel : envoyez chaque fiche à part.`
        );
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `Attendu au plus tard le ${formatFrenchDate(c.deadline.due)} (${c.deadline.title}) : ` +
        'la fiche (.xlsx), en réponse à ce courriel.'
      : 'Renvoyez la fiche (.xlsx) en réponse à ce courriel.',
  invitationSubject: (c) =>
    `Invitation : réunion du ${c.committeeName} le ${formatFrenchDate(c.meeting.date)}${c.meeting.time ? ` à ${c.meeting.time}` : ''}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` à ${c.meeting.time}` : '';
    const place = c.meeting.place ? `, ${c.meeting.place}` : '';
    const when = `le ${formatFrenchDate(c.meeting.date)}${time}${place}`;
    return (
      `Nous avons le plaisir de vous inviter à la réunion du ${c.committeeName} ${when}. ` +
      `L'invitation pour votre agenda est jointe (fichier .ics).`
    );
  },
  agenda: 'Ordre du jour :',
  holidayCheckSubject: (c) =>
    `Jour férié à confirmer : ${c.holiday.name}, estimé au ${formatFrenchDate(c.holiday.first)}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days =
      first === last
        ? `le ${formatFrenchDate(first)}`
        : `du ${formatFrenchDate(first)} au ${formatFrenchDate(last)}`;
    return (
      `La date de « ${name} » dépend de l'observation de la lune : le calendrier du comité ` +
      `l'estime ${days}, et les rappels, rapports et échéances de la période comptent ces ` +
      'jours comme fériés.'
    );
  },
  holidayCheckAction: (c) =>
    `Dès que la date est annoncée, et avant le ${formatFrenchDate(c.holiday.first)}, ` +
    `confirmez-la dans committee.yaml, rubrique holidays : add: [${span(c)}]. Si l'annonce ` +
    `donne d'autres jours, retirez l'estimation (remove: [${span(c)}]) et ajoutez les jours ` +
    'annoncés dans add.',
};

const en: Strings = {
  dir: 'ltr',
  hello: (name) => `Dear ${name},`,
  signature: (committee) => `The secretariat of the ${committee}`,
  commitment: (id, title) => `commitment no. ${id} "${title}"`,
  date: (iso) => iso,
  reminderSubject: (c) => {
    if (c.received) {
      return (
        `Sheet received, ${counted(c.errors.length, 'error', 'errors', 'en')} to correct ` +
        `— commitment no. ${c.commitment.id}, ${c.type === 'overdue' ? `deadline ${c.round.due} passed` : `due ${c.round.due}`}`
      );
    }
    return c.type === 'overdue'
      ? `Reminder: sheet overdue — commitment no. ${c.commitment.id} (deadline ${c.round.due})`
      : `Reminder: ${c.round.title} — commitment no. ${c.commitment.id}, due ${c.round.due}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? `We received the new version of your sheet (${enCounts(c.received)}), but it needs corrections.`
      : c.status === 'À corriger'
        ? 'Your sheet was received but needs corrections.'
        : c.status === 'À mettre à jour' && c.lastUpdate
          ? `Your last sheet is dated ${c.lastUpdate}: it has not been updated for this deadline yet.`
          : 'We have not yet received your sheet.';
    const when =
      c.type === 'overdue'
        ? `The deadline of ${c.round.due} passed ${counted(-c.daysLeft, 'day', 'days', 'en')} ago.`
        : c.daysLeft === 0
          ? `The deadline is today, ${c.round.due}.`
          : `The deadline is ${c.round.due}, in ${counted(c.daysLeft, 'day', 'days', 'en')}.`;
    return `${c.round.title} — ${en.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) => {
    const what =
      c.status === 'À corriger'
        ? 'the corrected sheet'
        : 'the updated sheet, with your communication actions and the progress of each milestone';
    return c.type === 'overdue'
      ? `Expected as soon as possible: ${what}.`
      : `Expected by ${c.round.due}: ${what}.`;
  },
  templateAttached:
    'Your pre-filled sheet is attached to this email: fill it in (its first sheet, "Mode d’emploi", explains how).',
  fillIn: 'Your sheet:',
  sendBack: 'Send the completed sheet (.xlsx) back in reply to this email.',
  errorsTitle: (n, byCell) =>
    `${counted(n, 'error', 'errors', 'en')} to correct${byCell ? ', cell by cell' : ''}:`,
  more: (n) => `… and ${counted(n, 'more error', 'more errors', 'en')}.`,
  moreWarnings: (n) => `… and ${counted(n, 'more warning', 'more warnings', 'en')}.`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `Sheet received, ${counted(c.errors.length, 'error', 'errors', 'en')} to correct — commitment no. ${c.commitment.id}`
      : c.status === 'À mettre à jour'
        ? `Sheet received, please check its update date — commitment no. ${c.commitment.id}`
        : `Sheet received and complete — commitment no. ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `We received the sheet of ${en.commitment(c.commitment.id, c.commitment.title)}: ` +
      `${counted(c.actions, 'communication action', 'communication actions', 'en')} and ` +
      `${counted(c.milestones, 'milestone', 'milestones', 'en')}.`;
    const deadline = c.deadline ? `${c.deadline.due} (${c.deadline.title})` : null;
    if (c.errors.length > 0) {
      return `${received} Please correct the following${deadline ? ` by ${deadline}` : ''}:`;
    }
    if (c.status === 'À mettre à jour') {
      return (
        `${received} Its update date, ${c.lastUpdate ?? '?'}, is before the current collection${deadline ? ` (due ${deadline})` : ''}: ` +
        `if it is up to date, enter today's date in "Date de mise à jour" (sheet "Engagement") and send it back.`
      );
    }
    return `${received} It is complete, thank you.${deadline ? ` Next deadline: ${deadline}.` : ''}`;
  },
  warnings: (n) => `${counted(n, 'warning', 'warnings', 'en')} to check when convenient:`,
  refusalSubject: (c) => `Sheet not recorded — ${c.subject || 'your email'}`,
  refusalIntro: (c) => {
    const which = c.refusals.length > 1 ? 'the files it holds' : 'what it holds';
    const about = c.subject ? ` "${c.subject}"` : '';
    return `We received your email${about}, but could not record ${which}:`;
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment': {
        const yours = r.yours.map((id) => `no. ${id}`).join(', ');
        return (
          `"${r.file}" is the sheet of commitment no. ${r.commitmentId}, which you do not follow ` +
          `(you follow commitment ${yours}): if it is yours, correct the number in the ` +
          `"Engagement" sheet; otherwise its focal point sends it.`
        );
      }
      case 'unknown-commitment': {
        const what =
          r.commitmentId === null
            ? 'has no commitment number'
            : `has no number of the committee's commitments (it says no. ${r.commitmentId})`;
        return `"${r.file}" ${what}: write your commitment number in the "Engagement" sheet.`;
      }
      case 'other-spreadsheet':
        return (
          `"${r.file}" is not in the sheet's format: open it in Excel or LibreOffice, save it ` +
          'as "Excel Workbook (.xlsx)" and send that file.'
        );
      case 'unreadable':
        return `"${r.file}": ${r.detail.replace(/^Fichier illisible : /, '')}`;
      case 'untouched-template':
        return (
          `"${r.file}" is the pre-filled sheet as we sent it, with nothing filled in: add your ` +
          'communication actions and the progress of each milestone.'
        );
      case 'file-too-large':
        return (
          `"${r.file}" weighs ${r.mib} MB, over the ${r.maxMib} MB accepted: remove its ` +
          'pictures and unused rows.'
        );
      case 'message-too-large':
        return (
          `your email weighs ${r.mib} MB, over the ${r.maxMib} MB we read: send the sheet ` +
          'alone, without other attachments.'
        );
      case 'too-many-files':
        return (
          `your email attaches ${counted(r.count, 'workbook', 'workbooks', 'en')}; we read at ` +
          `most ${r.max} per email: send each sheet separately.`
        );
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `Expected by ${c.deadline.due} (${c.deadline.title}): the sheet (.xlsx), in reply to this email.`
      : 'Send the sheet (.xlsx) back in reply to this email.',
  invitationSubject: (c) =>
    `Invitation: ${c.committeeName} meeting on ${c.meeting.date}${c.meeting.time ? ` at ${c.meeting.time}` : ''}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` at ${c.meeting.time}` : '';
    const place = c.meeting.place ? `, ${c.meeting.place}` : '';
    return (
      `You are invited to the ${c.committeeName} meeting on ${c.meeting.date}${time}${place}. ` +
      `A calendar invitation (.ics) is attached.`
    );
  },
  agenda: 'Agenda:',
  holidayCheckSubject: (c) =>
    `Holiday to confirm: ${c.holiday.name}, estimated on ${c.holiday.first}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days = first === last ? `on ${first}` : `from ${first} to ${last}`;
    return (
      `The date of "${name}" depends on the sighting of the moon: the committee's calendar ` +
      `estimates it ${days}, and the reminders, reports and deadlines of the period count ` +
      'these days as holidays.'
    );
  },
  holidayCheckAction: (c) =>
    `As soon as the date is announced, and before ${c.holiday.first}, confirm it in ` +
    `committee.yaml, under holidays: add: [${span(c)}]. If the announcement gives other days, ` +
    `remove the estimate (remove: [${span(c)}]) and add the announced days under add.`,
};

const ar: Strings = {
  dir: 'rtl',
  hello: (name) => `السيد(ة) ${name}،`,
  signature: (committee) => `كتابة ${committee}`,
  commitment: (id, title) => `الالتزام رقم ${id} «${title}»`,
  date: formatFrenchDate,
  reminderSubject: (c) => {
    if (c.received) {
      return (
        `توصلنا بالبطاقة، أخطاء للتصحيح: ${c.errors.length} — الالتزام رقم ${c.commitment.id}، ` +
        `آخر أجل ${formatFrenchDate(c.round.due)}`
      );
    }
    return c.type === 'overdue'
      ? `تذكير: تأخر في إرسال البطاقة — الالتزام رقم ${c.commitment.id} (الأجل ${formatFrenchDate(c.round.due)})`
      : `تذكير: ${c.round.title} — الالتزام رقم ${c.commitment.id}، آخر أجل ${formatFrenchDate(c.round.due)}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? 'توصلنا بالنسخة الجديدة من بطاقتكم، لكنها تحتاج إلى تصحيح.'
      : c.status === 'À corriger'
        ? 'توصلنا ببطاقتكم لكنها تحتاج إلى تصحيح.'
        : c.status === 'À mettre à jour' && c.lastUpdate
          ? `آخر بطاقة توصلنا بها مؤرخة في ${formatFrenchDate(c.lastUpdate)}: لم يتم تحيينها بعد لهذا الأجل.`
          : 'لم نتوصل بعد ببطاقتكم.';
    const when =
      c.type === 'overdue'
        ? `تم تجاوز أجل ${formatFrenchDate(c.round.due)} (عدد الأيام: ${-c.daysLeft}).`
        : `آخر أجل: ${formatFrenchDate(c.round.due)}.`;
    return `${c.round.title} — ${ar.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) =>
    c.type === 'overdue'
      ? 'المطلوب في أقرب وقت: البطاقة المحينة.'
      : `المطلوب قبل ${formatFrenchDate(c.round.due)}: البطاقة المحينة (أنشطة التواصل وتقدم كل مرحلة).`,
  templateAttached: 'تجدون بطاقتكم المعبأة مسبقا مرفقة بهذه الرسالة.',
  fillIn: 'بطاقتكم:',
  sendBack: 'يرجى إرسال البطاقة المكتملة (.xlsx) ردا على هذه الرسالة.',
  errorsTitle: (n, byCell) => `الأخطاء الواجب تصحيحها (${n})${byCell ? '، خلية بخلية' : ''}:`,
  more: (n) => `… وأخطاء أخرى (${n}).`,
  moreWarnings: (n) => `… وتنبيهات أخرى (${n}).`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `توصلنا بالبطاقة، أخطاء للتصحيح: ${c.errors.length} — الالتزام رقم ${c.commitment.id}`
      : `توصلنا بالبطاقة وهي كاملة — الالتزام رقم ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `توصلنا ببطاقة ${ar.commitment(c.commitment.id, c.commitment.title)} ` +
      `(أنشطة التواصل: ${c.actions}، المراحل: ${c.milestones}).`;
    const deadline = c.deadline ? formatFrenchDate(c.deadline.due) : null;
    if (c.errors.length > 0) {
      return `${received} المرجو تصحيح ما يلي${deadline ? ` قبل ${deadline}` : ''}:`;
    }
    return `${received} البطاقة كاملة، شكرا.${deadline ? ` الأجل المقبل: ${deadline}.` : ''}`;
  },
  warnings: (n) => `تنبيهات للتحقق (${n}):`,
  refusalSubject: (c) => `لم يتم تسجيل البطاقة — ${c.subject || 'رسالتكم'}`,
  refusalIntro: (c) =>
    `توصلنا برسالتكم${c.subject ? ` «${c.subject}»` : ''}، لكن تعذر تسجيل ما تتضمنه:`,
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment':
        return (
          `«${r.file}» هي بطاقة الالتزام رقم ${r.commitmentId}، وأنتم لا تتابعون هذا الالتزام ` +
          `(الالتزامات التي تتابعونها: ${r.yours.join('، ')}): صححوا الرقم في ورقة «Engagement» إن كانت بطاقتكم.`
        );
      case 'unknown-commitment':
        return `«${r.file}» لا تحمل رقم التزام من التزامات اللجنة: اكتبوا رقم التزامكم في ورقة «Engagement».`;
      case 'other-spreadsheet':
        return `«${r.file}» ليست بصيغة البطاقة: احفظوها بصيغة Excel (.xlsx) وأرسلوا ذلك الملف.`;
      case 'unreadable':
        return `«${r.file}»: ${r.detail.replace(/^Fichier illisible : /, '')}`;
      case 'untouched-template':
        return `«${r.file}» هي البطاقة كما أرسلناها دون أي تعبئة: أضيفوا أنشطة التواصل وتقدم كل مرحلة.`;
      case 'file-too-large':
        return `«${r.file}» حجمها ${r.mib} ميغابايت، أي أكثر من ${r.maxMib} ميغابايت المقبولة.`;
      case 'message-too-large':
        return `حجم رسالتكم ${r.mib} ميغابايت، أي أكثر من ${r.maxMib} ميغابايت: أرسلوا البطاقة وحدها.`;
      case 'too-many-files':
        return `تتضمن رسالتكم ${r.count} ملفات، ونقرأ ${r.max} على الأكثر في كل رسالة: أرسلوا كل بطاقة على حدة.`;
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `المطلوب في أجل أقصاه ${formatFrenchDate(c.deadline.due)}: البطاقة (.xlsx) ردا على هذه الرسالة.`
      : 'أعيدوا إرسال البطاقة (.xlsx) ردا على هذه الرسالة.',
  invitationSubject: (c) =>
    `دعوة: اجتماع ${c.committeeName} يوم ${formatFrenchDate(c.meeting.date)}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` على الساعة ${c.meeting.time}` : '';
    const place = c.meeting.place ? `، ${c.meeting.place}` : '';
    const when = `يوم ${formatFrenchDate(c.meeting.date)}${time}${place}`;
    return (
      `يشرفنا دعوتكم لحضور اجتماع ${c.committeeName} ${when}. ` + `تجدون الدعوة مرفقة (ملف ics).`
    );
  },
  agenda: 'جدول الأعمال:',
  holidayCheckSubject: (c) =>
    `عطلة يجب تأكيدها: ${c.holiday.name}، تاريخها التقديري ${formatFrenchDate(c.holiday.first)}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days =
      first === last
        ? `يوم ${formatFrenchDate(first)}`
        : `من ${formatFrenchDate(first)} إلى ${formatFrenchDate(last)}`;
    return (
      `يتوقف تاريخ «${name}» على رؤية الهلال: تقدّره رزنامة اللجنة ${days}، وتعدّ ` +
      'التذكيرات والتقارير والآجال خلال هذه الفترة هذه الأيام عطلاً.'
    );
  },
  holidayCheckAction: (c) =>
    `بمجرد الإعلان عن التاريخ، وقبل ${formatFrenchDate(c.holiday.first)}، أكّدوه في الملف ` +
    `committee.yaml، في قسم holidays: add: [${span(c)}]. وإذا أعلن عن أيام أخرى، احذفوا ` +
    `التقدير (remove: [${span(c)}]) وأضيفوا الأيام المعلنة في add.`,
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
          { p: s.reminderExpected(content) },
          ...errorBlocks(s, content.errors),
          ...issueBlocks(content.warnings, s.warnings, s.moreWarnings),
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
          ...errorBlocks(s, content.errors, false),
          ...issueBlocks(content.warnings, s.warnings, s.moreWarnings),
          // A complete sheet has nothing to send back now.
          ...(content.errors.length > 0 || content.status !== 'Reçue'
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
        subject: s.refusalSubject(content),
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
    default:
      return reportBlocks(content, locale);
  }
}

/**
 * Where the focal point fills in the sheet (a Google Sheet's link), or how to send it back
 * (a file: by reply; never the path of the file on the machine that runs the job).
 */
function linkBlock(s: Strings, link: string | null): Block[] {
  return link && /^https?:\/\//.test(link)
    ? [{ link: { label: s.fillIn, href: link } }]
    : [{ p: s.sendBack }];
}

function errorBlocks(s: Strings, errors: readonly Issue[], withTitle = true): Block[] {
  const byCell = errors.some((e) => e.cell !== null);
  return issueBlocks(errors, withTitle ? (n) => s.errorsTitle(n, byCell) : null, s.more);
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
  mailboxItem: (m: MailboxNotice) => string;
  date: (iso: string) => string;
}

type Totals = ReportContent['model']['totals'];

const REPORT: Record<Locale, ReportStrings> = {
  fr: {
    subjectMeeting: (d, c) => `Synthèse avant la réunion du ${d} — ${c}`,
    subjectDeadline: (d, c) => `Bilan de l'échéance du ${d} — ${c}`,
    greeting: 'Bonjour,',
    aboutMeeting: (d) => `la réunion du ${d}`,
    aboutDeadline: (d, title) => `l'échéance du ${d} (${title})`,
    sheets: (today, about, t, n) =>
      `État du suivi au ${today}, pour ${about} : ${counted(n, 'engagement', 'engagements')}, ` +
      `${counted(t.received, 'fiche reçue', 'fiches reçues')}, ${t.toFix} à corriger, ${t.toUpdate} ` +
      `à mettre à jour, ${counted(t.missing, 'manquante', 'manquantes')} ; ${t.late} en retard.`,
    progress: (t) => {
      const average =
        t.averageProgress === null
          ? ''
          : `, avancement moyen de ${decimalComma(t.averageProgress)} %`;
      const errors =
        t.errors === 0
          ? 'Aucune erreur ne reste à corriger.'
          : `${counted(t.errors, 'erreur reste', 'erreurs restent')} à corriger.`;
      return (
        `Jalons : ${counted(t.milestonesAchieved, 'achevé', 'achevés')} sur ${t.milestonesTotal}${average}. ` +
        `Actions de communication : ${counted(t.actionsDone, 'réalisée', 'réalisées')} sur ` +
        `${t.actionsPlanned}. ${errors}`
      );
    },
    meetingAhead: (d, time, place) =>
      `La réunion se tiendra le ${d}${time ? ` à ${time}` : ''}${place ? `, ${place}` : ''}.`,
    attached: 'Le classeur de suivi consolidé est joint.',
    page: (link) =>
      link
        ? `La page de suivi (graphiques, fiche par engagement) est ${/^https?:/.test(link) ? 'publiée' : 'ici'} : ${link}`
        : 'La page de suivi (graphiques, fiche par engagement) est jointe : suivi.html, à ouvrir dans un navigateur.',
    linked: (link, reason) =>
      reason === 'drive'
        ? `Le classeur de suivi consolidé est dans le dossier partagé : ${link}`
        : `Le classeur de suivi consolidé est trop lourd pour être joint par ce serveur de courriel (4 Mo au plus) : il est dans ${link}`,
    head: [
      'N°',
      'Engagement',
      'Institution',
      'Statut',
      'Mise à jour',
      'En retard',
      'Jalons achevés',
      'Avancement moyen',
      'Actions réalisées',
      'Erreurs',
    ],
    status: {
      Reçue: 'Reçue',
      'À corriger': 'À corriger',
      'À mettre à jour': 'À mettre à jour',
      Manquante: 'Manquante',
    },
    yes: 'Oui',
    no: 'Non',
    late: (n) => `En retard (${n}) :`,
    lateItem: (d, status) => {
      const last = d.lastUpdate ? ` (dernière fiche du ${formatFrenchDate(d.lastUpdate)})` : '';
      return `n° ${d.id} « ${d.title} » — ${d.institution}, point focal ${d.focalPoint} : ${status.toLowerCase()}${last}`;
    },
    noneLate: 'Aucun engagement en retard.',
    since: (d, taken) =>
      d
        ? `Depuis la réunion du ${d}${taken ? ` (synthèse du ${taken})` : ''} :`
        : 'Depuis le début du plan :',
    change: (c) =>
      `n° ${c.id} « ${c.title} » : ${[
        c.sheet === 'new'
          ? 'première fiche reçue'
          : c.sheet === 'updated'
            ? 'fiche mise à jour'
            : 'fiche inchangée',
        ...(c.newlyDone ? [counted(c.newlyDone, 'action réalisée', 'actions réalisées')] : []),
        ...(c.newlyAchieved?.length
          ? [
              `${counted(c.newlyAchieved.length, 'jalon achevé', 'jalons achevés')} (${c.newlyAchieved.join(' ; ')})`,
            ]
          : []),
        ...(c.newErrors ? [counted(c.newErrors, 'nouvelle erreur', 'nouvelles erreurs')] : []),
      ].join(', ')}`,
    noChange: 'Aucun changement.',
    refused: (n) =>
      `${n > 1 ? 'Adresses refusées' : 'Adresse refusée'} par le serveur de courriel : ` +
      `${n > 1 ? 'ces personnes ne reçoivent rien' : 'cette personne ne reçoit rien'} tant ` +
      `que l'adresse n'est pas corrigée dans committee.yaml.`,
    refusedItem: (r) =>
      `adresse refusée : ${r.address} — vérifiez l'adresse du point focal (réponse du serveur : ${r.answer} ; courriel « ${r.subject} »)`,
    mailbox: (n) =>
      `${n > 1 ? 'Courriels laissés' : 'Courriel laissé'} dans la boîte du secrétariat, sans réponse : ` +
      "un message retenu s'accepte avec « ogp-tracker intake --release <Message-ID> » s'il vient " +
      'bien de son expéditeur ; un expéditeur inconnu ne reçoit jamais de réponse automatique.',
    mailboxItem: (m) =>
      `${m.outcome === 'held' ? 'retenu' : 'expéditeur inconnu'} : ${m.from} — « ${m.subject} », ` +
      `reçu le ${formatFrenchDate(m.receivedAt.slice(0, 10))} (${m.note}) — ${m.messageId}`,
    date: formatFrenchDate,
  },
  en: {
    subjectMeeting: (d, c) => `Summary before the meeting of ${d} — ${c}`,
    subjectDeadline: (d, c) => `Deadline review of ${d} — ${c}`,
    greeting: 'Hello,',
    aboutMeeting: (d) => `the meeting of ${d}`,
    aboutDeadline: (d, title) => `the deadline of ${d} (${title})`,
    sheets: (today, about, t, n) =>
      `State of follow-up on ${today}, for ${about}: ${counted(n, 'commitment', 'commitments', 'en')}, ` +
      `${counted(t.received, 'sheet', 'sheets', 'en')} received, ${t.toFix} to correct, ` +
      `${t.toUpdate} to update, ${t.missing} missing; ${t.late} late.`,
    progress: (t) => {
      const average = t.averageProgress === null ? '' : `, average progress ${t.averageProgress} %`;
      const errors =
        t.errors === 0
          ? 'No error is left to correct.'
          : `${counted(t.errors, 'error is', 'errors are', 'en')} left to correct.`;
      return (
        `Milestones: ${t.milestonesAchieved} of ${t.milestonesTotal} achieved${average}. ` +
        `Communication actions: ${t.actionsDone} of ${t.actionsPlanned} done. ${errors}`
      );
    },
    meetingAhead: (d, time, place) =>
      `The meeting will take place on ${d}${time ? ` at ${time}` : ''}${place ? `, ${place}` : ''}.`,
    attached: 'The consolidated workbook is attached.',
    page: (link) =>
      link
        ? `The status page (charts, a card per commitment) is ${/^https?:/.test(link) ? 'published' : 'here'}: ${link}`
        : 'The status page (charts, a card per commitment) is attached: suivi.html, to open in a browser.',
    linked: (link, reason) =>
      reason === 'drive'
        ? `The consolidated workbook is in the shared folder: ${link}`
        : `The consolidated workbook is too large to attach through this mail server (4 MB at most): it is at ${link}`,
    head: [
      'No.',
      'Commitment',
      'Institution',
      'Status',
      'Updated',
      'Late',
      'Milestones achieved',
      'Average progress',
      'Actions done',
      'Errors',
    ],
    status: {
      Reçue: 'Received',
      'À corriger': 'To correct',
      'À mettre à jour': 'To update',
      Manquante: 'Missing',
    },
    yes: 'Yes',
    no: 'No',
    late: (n) => `Late (${n}):`,
    lateItem: (d, status) => {
      const last = d.lastUpdate ? ` (last sheet ${d.lastUpdate})` : '';
      return `no. ${d.id} "${d.title}" — ${d.institution}, focal point ${d.focalPoint}: ${status.toLowerCase()}${last}`;
    },
    noneLate: 'No commitment is late.',
    since: (d, taken) =>
      d
        ? `Since the meeting of ${d}${taken ? ` (summary of ${taken})` : ''}:`
        : 'Since the start of the plan:',
    change: (c) =>
      `no. ${c.id} "${c.title}": ${[
        c.sheet === 'new'
          ? 'first sheet received'
          : c.sheet === 'updated'
            ? 'sheet updated'
            : 'sheet unchanged',
        ...(c.newlyDone ? [`${counted(c.newlyDone, 'action', 'actions', 'en')} done`] : []),
        ...(c.newlyAchieved?.length
          ? [
              `${counted(c.newlyAchieved.length, 'milestone', 'milestones', 'en')} achieved (${c.newlyAchieved.join('; ')})`,
            ]
          : []),
        ...(c.newErrors ? [counted(c.newErrors, 'new error', 'new errors', 'en')] : []),
      ].join(', ')}`,
    noChange: 'No change.',
    refused: (n) =>
      `${n > 1 ? 'Addresses' : 'Address'} refused by the mail server: nothing reaches ${n > 1 ? 'them' : 'it'} ` +
      `until corrected in committee.yaml.`,
    refusedItem: (r) =>
      `address refused: ${r.address} — check the focal point's address (server answer: ${r.answer}; email "${r.subject}")`,
    mailbox: (n) =>
      `${n > 1 ? 'Emails' : 'Email'} left in the secretariat's mailbox, unanswered: release a held ` +
      'one with "ogp-tracker intake --release <Message-ID>" if it truly comes from its sender; ' +
      'an unknown sender never gets an automatic answer.',
    mailboxItem: (m) =>
      `${m.outcome === 'held' ? 'held' : 'unknown sender'}: ${m.from} — "${m.subject}", ` +
      `received ${m.receivedAt.slice(0, 10)} (${m.note}) — ${m.messageId}`,
    date: (iso) => iso,
  },
  ar: {
    subjectMeeting: (d, c) => `ملخص قبل اجتماع ${d} — ${c}`,
    subjectDeadline: (d, c) => `حصيلة أجل ${d} — ${c}`,
    greeting: 'السلام عليكم،',
    aboutMeeting: (d) => `اجتماع ${d}`,
    aboutDeadline: (d, title) => `أجل ${d} (${title})`,
    sheets: (today, about, t, n) =>
      `وضعية التتبع بتاريخ ${today}، استعدادا لـ${about}: الالتزامات: ${n}؛ البطاقات المتوصل ` +
      `بها: ${t.received}؛ للتصحيح: ${t.toFix}؛ للتحيين: ${t.toUpdate}؛ الناقصة: ${t.missing}؛ المتأخرة: ${t.late}.`,
    progress: (t) =>
      `المراحل المنجزة: ${t.milestonesAchieved} من ${t.milestonesTotal}${arAverage(t.averageProgress)}. ` +
      `أنشطة التواصل المنجزة: ${t.actionsDone} من ${t.actionsPlanned}. الأخطاء المتبقية: ${t.errors}.`,
    meetingAhead: (d, time, place) =>
      `سينعقد الاجتماع يوم ${d}${time ? ` على الساعة ${time}` : ''}${place ? `، ${place}` : ''}.`,
    attached: 'تجدون المصنف الموحد مرفقا.',
    page: (link) => (link ? `صفحة التتبع: ${link}` : 'تجدون صفحة التتبع مرفقة (suivi.html).'),
    linked: (link) => `المصنف الموحد: ${link}`,
    head: [
      'رقم',
      'الالتزام',
      'المؤسسة',
      'الوضعية',
      'التحيين',
      'متأخر',
      'المراحل المنجزة',
      'متوسط التقدم',
      'الأنشطة المنجزة',
      'الأخطاء',
    ],
    status: {
      Reçue: 'متوصل بها',
      'À corriger': 'للتصحيح',
      'À mettre à jour': 'للتحيين',
      Manquante: 'ناقصة',
    },
    yes: 'نعم',
    no: 'لا',
    late: (n) => `المتأخرون (${n}):`,
    lateItem: (d, status) =>
      `رقم ${d.id} «${d.title}» — ${d.institution}، ${d.focalPoint}: ${status}`,
    noneLate: 'لا يوجد أي التزام متأخر.',
    since: (d) => (d ? `منذ اجتماع ${d}:` : 'منذ بداية المخطط:'),
    change: (c) =>
      `رقم ${c.id} «${c.title}»: ${c.sheet ? 'بطاقة محينة' : 'بطاقة دون تغيير'}، الأنشطة المنجزة: ${c.newlyDone}`,
    noChange: 'لا تغيير.',
    refused: () => 'عناوين رفضها خادم البريد (يرجى تصحيحها في committee.yaml):',
    refusedItem: (r) => `${r.address} — ${r.answer}`,
    mailbox: (n) =>
      `رسائل تُركت في علبة الكتابة دون رد (${n}): تُقبل الرسالة المحتجزة بالأمر ` +
      '« ogp-tracker intake --release <Message-ID> » إن كانت فعلا من مرسلها.',
    mailboxItem: (m) =>
      `${m.outcome === 'held' ? 'محتجزة' : 'مرسل غير معروف'}: ${m.from} — «${m.subject}» (${m.note}) — ${m.messageId}`,
    date: formatFrenchDate,
  },
};

/** What changed for a commitment since a meeting, in one line (the report's and the status page's words). */
export function describeChange(change: CommitmentChange, locale: Locale): string {
  return REPORT[locale].change(change);
}

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
  const changed = c.changes.filter(hasChanged);
  const ahead = c.meeting && c.meeting.date >= c.model.today ? c.meeting : null;
  const percent = (value: number | null) =>
    value === null ? '—' : `${locale === 'fr' ? decimalComma(value) : value} %`;
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
      ...(c.mailbox?.length
        ? [{ p: r.mailbox(c.mailbox.length) }, { list: c.mailbox.map((m) => r.mailboxItem(m)) }]
        : []),
      { p: c.master ? r.linked(c.master.link, c.master.reason) : r.attached },
      { p: r.page(c.page ?? null) },
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
  return (
    `<!DOCTYPE html>\n<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"></head><body ` +
    `dir="${dir}" style="font-family:Arial,sans-serif">\n${body}\n</body></html>\n`
  );
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
