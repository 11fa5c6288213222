/** English. */
import { failureReason } from '../failure-message.js';
import { render } from './render.js';
import { intake } from './intake/en.js';
import { TEMPLATE_WORDS } from '../template-words.js';
import { counted } from '../text.js';
import { formatFrenchDate } from '../calendar-date.js';
import {
  countryName,
  holidaySpan,
  type Catalogue,
  type EmailStrings,
  type MasterWords,
  type OpenDataWords,
  type PageWords,
  type ReportStrings,
} from './shape.js';

/** The template as this language writes it: the sheets messages name. */
const EN = TEMPLATE_WORDS.en;

/** « 3 communication actions, 1 milestone ». */
function enCounts(received: { actions: number; milestones: number }): string {
  const actions = counted(received.actions, 'communication action', 'communication actions', 'en');
  return `${actions}, ${counted(received.milestones, 'milestone', 'milestones', 'en')}`;
}

const email: EmailStrings = {
  dir: 'ltr',
  hello: (name) => `Dear ${name},`,
  signature: (committee) => `The secretariat of the ${committee}`,
  commitment: (id, title) => `commitment no. ${id} "${title}"`,
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
      : c.status === 'to-fix'
        ? 'Your sheet was received but needs corrections.'
        : c.status === 'to-update' && c.lastUpdate
          ? `Your last sheet is dated ${c.lastUpdate}: it has not been updated for this deadline yet.`
          : c.heldOn
            ? `Your email of ${formatFrenchDate(c.heldOn)} could not be filed yet: the secretariat's server did not authenticate its sender, and the secretariat is checking it.`
            : 'We have not yet received your sheet.';
    const when =
      c.type === 'overdue'
        ? `The deadline of ${c.round.due} passed ${counted(-c.daysLeft, 'day', 'days', 'en')} ago.`
        : c.daysLeft === 0
          ? `The deadline is today, ${c.round.due}.`
          : `The deadline is ${c.round.due}, in ${counted(c.daysLeft, 'day', 'days', 'en')}.`;
    return `${c.round.title} — ${email.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) => {
    const what =
      c.status === 'to-fix'
        ? 'the corrected sheet'
        : 'the updated sheet, with your communication actions and the progress of each milestone';
    return c.type === 'overdue'
      ? `Expected as soon as possible: ${what}.`
      : `Expected by ${c.round.due}: ${what}.`;
  },
  templateAttached:
    'Your pre-filled sheet is attached to this email: fill it in (its first sheet, "How to fill in", explains how).',
  fillIn: 'Your sheet:',
  sendBack: 'Send the completed sheet (.xlsx) back in reply to this email.',
  errorsTitle: (n, byCell) =>
    `${counted(n, 'error', 'errors', 'en')} to correct${byCell ? ', cell by cell' : ''}:`,
  more: (n) => `… and ${counted(n, 'more error', 'more errors', 'en')}.`,
  moreWarnings: (n) => `… and ${counted(n, 'more warning', 'more warnings', 'en')}.`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `Sheet received, ${counted(c.errors.length, 'error', 'errors', 'en')} to correct — commitment no. ${c.commitment.id}`
      : c.status === 'to-update'
        ? `Sheet received, please check its update date — commitment no. ${c.commitment.id}`
        : `Sheet received and complete — commitment no. ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `We received the sheet of ${email.commitment(c.commitment.id, c.commitment.title)}: ` +
      `${counted(c.actions, 'communication action', 'communication actions', 'en')} and ` +
      `${counted(c.milestones, 'milestone', 'milestones', 'en')}.`;
    const deadline = c.deadline ? `${c.deadline.due} (${c.deadline.title})` : null;
    if (c.errors.length > 0) {
      return `${received} Please correct the following${deadline ? (c.deadline?.past ? ` as soon as possible (the deadline of ${deadline} has passed)` : ` by ${deadline}`) : ''}:`;
    }
    if (c.status === 'to-update') {
      return (
        `${received} Its update date, ${c.lastUpdate ?? '?'}, is before the current collection${deadline ? (c.deadline?.past ? ` (the deadline of ${deadline} has passed)` : ` (due ${deadline})`) : ''}: ` +
        `if it is up to date, enter today's date in "${EN.labels.updatedAt[0]}" (sheet "${EN.sheets.engagement}") and send it back.`
      );
    }
    return `${received} It is complete, thank you.${deadline ? ` Next deadline: ${deadline}.` : ''}`;
  },
  warnings: (n) => `${counted(n, 'warning', 'warnings', 'en')} to check when convenient:`,
  refusalVerdict: 'Sheet not recorded',
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
          `"${EN.sheets.engagement}" sheet; otherwise its focal point sends it.`
        );
      }
      case 'unknown-commitment': {
        const what =
          r.commitmentId === null
            ? 'has no commitment number'
            : `has no number of the committee's commitments (it says no. ${r.commitmentId})`;
        return `"${r.file}" ${what}: write your commitment number in the "${EN.sheets.engagement}" sheet.`;
      }
      case 'other-spreadsheet':
        return (
          `"${r.file}" is not in the sheet's format: open it in Excel or LibreOffice, save it ` +
          'as "Excel Workbook (.xlsx)" and send that file.'
        );
      case 'unreadable':
        return `"${r.file}": ${render('en', failureReason(r.failure))}`;
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
      case 'message-unreadable':
        return (
          `we could not read your email (${intake.defect(r.defect)}): ` +
          'send a new email with the sheet alone attached, without forwarding a message.'
        );
      case 'forwarded-message':
        return (
          `"${r.file}" is inside a forwarded email, which we do not open: ` +
          'save the sheet, then attach it itself to your reply.'
        );
      case 'too-large-to-keep':
        return (
          `"${r.file}" holds more data than the follow-up can keep: ` +
          'remove the rows it does not need (and fix errors repeated over many rows), then send it again.'
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
      ? `${c.deadline.past ? `Expected as soon as possible, the deadline of ${c.deadline.due} having passed` : `Expected by ${c.deadline.due}`} (${c.deadline.title}): the sheet (.xlsx), in reply to this email.`
      : 'Send the sheet (.xlsx) back in reply to this email.',
  invitationSubject: (c) =>
    `Invitation: ${c.committeeName} meeting on ${c.meeting.date}${c.meeting.time ? ` at ${c.meeting.time}` : ''}`,
  meetingEvent: (committee) => `Meeting — ${committee}`,
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
    `committee.yaml, under holidays: add: [${holidaySpan(c)}]. If the announcement gives other days, ` +
    `remove the estimate (remove: [${holidaySpan(c)}]) and add the announced days under add.`,
  holidaysMissingSubject: (c) => `Holidays of ${c.year} to list: the committee's calendar has none`,
  holidaysMissingBody: (c) =>
    `The tool does not know the public holidays of ${countryName('en', c.country)}: the committee ` +
    `lists them itself, in committee.yaml. It has listed none for ${c.year}: that year's reminders, ` +
    'reports and deadlines will count every day but the weekend as a working day, holidays included.',
  holidaysMissingAction: (c) =>
    `Before ${c.first}, add them in committee.yaml, under holidays: add: [${c.year}-05-01, ` +
    `{ date: ${c.year}-MM-DD/${c.year}-MM-DD, name: … }] (a day or a period), the holidays set by ` +
    'the moon on their estimated date, to confirm when it is announced.',
};

const report: ReportStrings = {
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
    received: 'Received',
    'to-fix': 'To correct',
    'to-update': 'To update',
    missing: 'Missing',
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
    `${n > 1 ? 'Emails' : 'Email'} left in the secretariat's mailbox without an automatic answer: ` +
    'release a held one with "ogp-tracker intake --release <Message-ID>" if it truly comes from ' +
    'its sender; an unknown sender never gets an automatic answer; a question waits for a ' +
    "person's answer; an email “set aside” is in the mailbox's “not read by ogp-tracker” folder, " +
    'for a person to open.',
  mailboxFiled: (n) =>
    `${n > 1 ? 'Sheets' : 'Sheet'} filed without the secretariat's server authenticating the ` +
    `sender (already answered): to be confirmed with the sender.`,
  mailboxItem: (m) =>
    `${{ held: 'held', 'unknown-sender': 'unknown sender', unauthenticated: 'filed', 'set-aside': 'set aside unread', question: 'question' }[m.outcome]}: ${m.from} — "${m.subject}", ` +
    `received ${formatFrenchDate(m.receivedAt.slice(0, 10))} (${m.note}) — ${m.messageId}`,
  date: (iso) => iso,
};

const page: PageWords = {
  colon: ': ',
  noData: 'No data',
  completionRule:
    'Each milestone counts for its progress (failing that, its level: not started 0 %, ' +
    'limited 25 %, substantial 75 %, complete 100 %). A commitment is complete when all its ' +
    'milestones are; substantial from 50 % on average; limited above 0 %; not started at 0 %; ' +
    'no data without any milestone reported. The secretariat may set the level, with its reasons.',
  asOf: 'Status on',
  commitments: 'commitments',
  commitment: 'commitment',
  received: 'sheets received',
  receivedOne: 'sheet received',
  toFix: 'to correct',
  toUpdate: 'to update',
  missing: 'missing',
  missingOne: 'missing',
  progress: 'Overall progress',
  levels: 'Completion levels',
  perAxis: 'Progress per axis',
  perCommitment: 'Progress per commitment',
  late: 'Late',
  noneLate: 'No commitment is late.',
  changes: 'Since the meeting of',
  changesStart: 'Since the start of the plan',
  noChange: 'No change.',
  series: 'Progress at each meeting',
  cards: 'The commitments',
  focalPoint: 'Focal point',
  status: 'Sheet status',
  level: 'Completion level',
  setBy: 'set by the secretariat',
  milestones: 'Milestones',
  actions: 'Communication actions',
  indicators: 'Unified indicators',
  evidence: 'Evidence',
  done: 'achieved',
  overdue: 'late',
  toCome: 'to come',
  rule: 'Rule',
  noSheet: 'No sheet received.',
  target: 'target',
  achieved: 'achieved',
  realised: 'done of',
  axisNone: 'No axis',
};

const master: MasterWords = {
  sheets: {
    dashboard: 'Dashboard',
    indicators: 'Indicators',
    anomalies: 'Issues',
    calendar: 'Calendar',
    journal: 'Log',
    selfAssessment: 'OGP self-assessment',
  },
  title: (committee) => `Consolidated follow-up — ${committee}`,
  asOf: (date) => `Status on ${date}`,
  round: (title, due) => `${title} (due ${due})`,
  dashboard: (budget) => ['No.', 'Title', 'Institution', 'Focal point', 'Sheet status', 'Last update', 'Late', 'Actions planned', 'Actions done', budget, 'Milestones achieved / total', 'Average progress (%)', 'Errors', 'Warnings', 'Remark'],
  total: (n) => `Total (${counted(n, 'commitment', 'commitments', 'en')})`,
  totals: (t) => `${t.received} received, ${t.toFix} to correct, ${t.toUpdate} to update, ${t.missing} missing, ${t.late} late`,
  records: { commitment: 'Commitment no.', institution: 'Institution', source: 'Source', row: 'Row', readOn: 'Read on' },
  indicators: (budget) => ['Commitment no.', 'Institution', 'Type of action', 'Unified indicator', 'Actions planned', 'Actions done', 'Target value', 'Achieved value', budget],
  anomalies: ['Commitment no.', 'Institution', 'Sheet', 'Cell', 'Code', 'Severity', 'Message', 'Link', 'Source'],
  error: 'Error',
  warning: 'Warning',
  open: 'Open',
  calendar: ['Date', 'Time', 'Type', 'Title', 'Details', 'State'],
  calendarKinds: { meeting: 'Meeting', deadline: 'Deadline', 'send-planned': 'Send planned', 'send-done': 'Send done' },
  past: 'Past',
  toCome: 'To come',
  journal: ['Date and time', 'Command', 'Sources configured', 'Sources read', 'Actions', 'Milestones', 'Errors', 'Warnings', 'Emails sent', 'Google requests', 'Duration (s)', 'Notes'],
  selfAssessment: ['No.', 'Commitment', 'Lead institution', 'Start', 'End', 'Completion level', 'Why this level', 'Evidence (links)', 'Difficulties', 'Next steps'],
  setBy: (who) => `Set by the secretariat: ${who}`,
  noMilestone: 'No milestone reported',
  derived: (achieved, total, average) => `From the milestones (${achieved} of ${total} achieved, average progress ${average} %)`,
  ends: (date) => ` (end ${date})`,
  pageNumber: (page, pages) => `Page ${page} of ${pages}`,
}; // prettier-ignore

/** English. */
const openData: OpenDataWords = {
  title: (plan, committee) => `Tracking of the ${plan} — ${committee}`,
  description: (today) =>
    `Commitments, milestones and communication actions as of ${today}, as focal points ` +
    'declared them. Only rows without a validation error are published; each resource says ' +
    'how many are held back until they are corrected.',
  formulas:
    'No text runs as a formula in a spreadsheet: at the start of a text and after each ' +
    "semicolon, tab or line break, an apostrophe (') is added when what follows begins, " +
    'possibly after spaces, with =, +, -, @, a tab, a carriage return or an apostrophe. Remove ' +
    'the apostrophe at those places to get the text as declared. Null characters (NUL) are ' +
    'removed; numbers are published as they are, without an apostrophe.',
  tables: { engagements: 'Commitments', jalons: 'Milestones', actions: 'Communication actions' },
  fields: {
    engagements: {
      numero: 'Commitment number',
      intitule: 'Title',
      institution: 'Lead institution',
      axe: 'Action plan axis',
      statut_fiche: 'Sheet status',
      derniere_mise_a_jour: 'Last update',
      en_retard: 'Late',
      actions_prevues: 'Planned actions',
      actions_realisees: 'Actions carried out',
      jalons_acheves: 'Milestones achieved',
      jalons_total: 'Milestones',
      avancement_moyen: 'Average progress (%)',
      niveau_achevement: 'Completion level (IRM scale)',
      niveau_fixe_par_le_secretariat: 'Level set by the secretariat',
    },
    jalons: {
      engagement: 'Commitment number',
      reference: 'Milestone reference',
      intitule: 'Milestone',
      debut: 'Start date',
      fin: 'End date',
      avancement: 'Progress (%)',
      niveau: 'Completion level',
      justificatif: 'Evidence',
      difficultes: 'Difficulties met',
    },
    actions: {
      engagement: 'Commitment number',
      reference: 'Action reference',
      type: 'Type of action',
      intitule: 'Title',
      public_cible: 'Target audience',
      canal: 'Channel / medium',
      date_prevue: 'Planned date',
      date_realisation: 'Date carried out',
      statut: 'Status',
      financement: 'Source of funding',
      indicateur: 'Unified indicator',
      valeur_cible: 'Target value',
      valeur_realisee: 'Value achieved',
      hashtags: 'Hashtags',
      logo: 'Charter logo used',
      justificatif: 'Evidence',
    },
  },
  budget: (currency) => `Budget (${currency})`,
  budgetDescription: (currency) => `Amount in ${currency} (ISO 4217 code)`,
};

export const en: Catalogue = { email, report, page, master, openData };
