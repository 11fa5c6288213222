/** The command line's words in English. */
import { counted } from '../../text.js';
import type { CliWords } from '../cli-shape.js';
import { dayName } from '../day-names.js';

const n = (count: number, one: string, many: string) => counted(count, one, many, 'en');
const list = (items: readonly string[]) =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const issues = (errors: number, warnings: number) =>
  `${n(errors, 'error', 'errors')}, ${n(warnings, 'warning', 'warnings')}`;

export const cli: CliWords = {
  usage: `Usage: ogp-tracker <command> [options]

Commands:
  init [FOLDER] [--force]                   writes a starter committee.yaml (if there is none) and a sheet for
                                            each commitment without one (--force: rewrites them all)
       [--country XX [--locale ll]]         … a committee of that country (MX, JO, BR-SP): its language (fr, en,
                                            ar, es, pt), currency, time zone, weekend and public holidays
  template --out FILE [--commitment N]      writes the sheet template (prefilled for commitment N);
                                            never over an existing file without --force
  validate [--config F] FILE...             checks sheets, cell by cell
  consolidate [--config F]                  reads every sheet and writes the consolidated tracking workbook
  tick [--config F] [--dry-run]             reads the secretariat's mailbox first (intake:), then consolidates
       [--no-intake]                        and sends all that is due (reminders, feedback, reports, invitations);
                                            --no-intake: without reading the mailbox
  remind [--config F] [--dry-run]           consolidates, then sends the reminders and feedback due
  report [--config F] [--dry-run]           consolidates, then sends the reports due to the secretariat
  schedule [--config F] [--from D --to D]   shows the planned calendar of sends
  config push --config F                    checks the configuration and stores it in Firestore, where the
                                            deployed functions read it at each run
  mail-check [--config F] [--to ADDRESS]    connects to the mail server and signs in, sending nothing;
                                            with --to, sends a test email
  intake [--config F] [--release ID]        reads the secretariat's mailbox (intake:), files the sheets
                                            received by email and answers each sender in their thread;
                                            --release accepts a held message (its Message-ID)

Common options:
  --config, -c F     the committee's configuration (default: committee.yaml in the current folder)
  --now DATE[THH:MM] evaluate at this moment (committee time unless a time zone is given)
  --locale ll        the command's language: fr, en, ar, es or pt (default: the committee's)
  --json             JSON output
  --dry-run          shows what would be sent, sending and recording nothing
  --quiet, -q        shows only the essentials
  --help, -h         this help

Emails: through the transport of mail.transport (smtp, smtp-oauth2, graph, gmail-api, outbox);
without one, by SMTP when the SMTP_URL environment variable is set, else as .eml files in the
storage's outbox/ folder. Secrets come from the environment: SMTP_URL, MAIL_CLIENT_SECRET or
MAIL_CLIENT_CERTIFICATE (Microsoft), MAIL_GOOGLE_KEY or GOOGLE_APPLICATION_CREDENTIALS (Google).

Exit codes: 0 done, 1 errors found or sends failed, 2 bad usage or configuration.
`,
  unknownCommand: (command) => `Unknown command: ${command}`,
  unexpectedArgument: (command, argument) => `${command}: unexpected argument ${argument}.`,
  error: (code, message) => `Error (${code}): ${message}`,
  cause: (message) => `cause: ${message}`,
  unexpectedError: (stack) => `Unexpected error (internal): ${stack}`,
  calendarWarning: (warning) => `Warning (calendar): ${warning}`,
  badLocale: (value, locales) => `--locale ${value}: a language among ${locales} is expected.`,
  noConfig: (cwd, example) =>
    `No configuration: no --config, and no committee.yaml in ${cwd}. ` +
    'To start: ogp-tracker init (writes committee.yaml and a sheet per commitment), then adapt committee.yaml. ' +
    `To try the bundled example: --config ${example}.`,
  badNow: (value) =>
    `--now ${value}: an ISO date is expected, for example 2019-01-07T09:00 (committee time) or 2019-01-07T08:00Z.`,

  filesNeeded: 'validate: give at least one .xlsx file to check.',
  fileLine: (file, commitment, v) =>
    `${v.valid ? '✓' : '✗'} ${file}${commitment === null ? '' : ` — commitment no. ${commitment}`}: ` +
    (v.valid
      ? v.warnings
        ? `valid, ${n(v.warnings, 'warning', 'warnings')}`
        : 'valid'
      : issues(v.errors, v.warnings)),
  severity: { error: 'error', warning: 'warning' },
  filesSummary: (files, valid, errors, warnings) =>
    `${n(files, 'file', 'files')}: ${valid} valid, ${files - valid} to correct — ${issues(errors, warnings)}.`,

  outNeeded: 'template: give the file to write with --out FILE.xlsx.',
  outExists: (file) =>
    `${file} already exists: nothing was written. Add --force to replace it (its content would be lost).`,
  unknownCommitment: (value, configured) =>
    `--commitment ${value}: unknown commitment (configured: ${configured}).`,
  templateWritten: (file) => `Template written: ${file}`,

  initOneFolder: 'init: a single folder is expected.',
  localeNeedsCountry:
    'init --locale: give it with --country (the language of that country’s committee).',
  configWritten: (file) => `Configuration written: ${file} (to adapt to your committee).`,
  configKept: (file, countryIgnored) =>
    `Existing configuration kept: ${file}${countryIgnored ? ' (--country does not change an existing configuration)' : ''}.`,
  sheetsWritten: (written, kept) =>
    (written === 0
      ? 'No sheet written'
      : n(written, 'prefilled sheet written', 'prefilled sheets written')) +
    (kept
      ? `, ${n(kept, 'existing sheet kept', 'existing sheets kept')}` +
        ' (--force to rewrite them: their content would be lost)'
      : '') +
    '.',
  staleSheets: 'Sheets of commitments no longer in the configuration (left in place):',
  starter: (s) =>
    `Country: ${s.name} (${s.country}) — language: ${new Intl.DisplayNames('en', { type: 'language' }).of(s.locale) ?? s.locale}, ` +
    `currency: ${s.currency}, time zone: ${s.timeZone}, weekend: ${list(s.weekend.map((d) => dayName('en', d)))}; ` +
    (s.holidaysKnown
      ? 'public holidays: the country’s, from the date-holidays library (to complete or correct under holidays).'
      : 'no public holiday known for this country: give them under holidays.add in committee.yaml, or reminders will only avoid the weekend.'),

  progress: 'Reading the sheets',
  master: (file) => `Consolidated tracking workbook: ${file}`,
  page: (file) => `Status page: ${file} (to open in a browser, print or publish)`,
  openData: (file) => `Open data: ${file}`,
  sheets: (c) =>
    `${n(c.commitments, 'commitment', 'commitments')}: ${n(c.received, 'sheet received', 'sheets received')}, ` +
    `${c.toFix} to correct, ${c.toUpdate} to update, ${c.missing} missing; ${c.late} late.`,
  records: (actions, milestones, errors, warnings) =>
    `${n(actions, 'communication action', 'communication actions')}, ${n(milestones, 'milestone', 'milestones')}; ` +
    `${issues(errors, warnings)} (“Anomalies” sheet).`,
  sourceProblem: (commitment, message) => `Commitment no. ${commitment}: ${message}`,
  staleSources: (count) =>
    `${n(count, 'source', 'sources')} unreadable today: ` +
    `${count > 1 ? 'their' : 'its'} last data read are kept, with their date.`,

  dryRun: 'trial: nothing is sent or recorded',
  outbox: (folder) => `.eml files in ${folder}`,
  via: {
    smtp: 'by SMTP',
    'smtp-oauth2': 'by SMTP (OAuth2)',
    graph: 'by Microsoft Graph',
    'gmail-api': 'by the Gmail API',
  },
  emails: (due, sent, failed, where) =>
    `Emails: ${due} due, ${sent} sent, ${n(failed, 'failure', 'failures')} (${where}).`,
  copies: (addresses) => ` (copy: ${addresses})`,
  toSend: 'to send',
  failedFor: (who) => `failed for ${who}`,
  sent: 'sent',
  emailLine: (kind, to, copies, subject, state) =>
    `${kind} → ${to}${copies}: ${subject} — ${state}`,

  badDate: (flag, value) => `${flag} ${value}: a date YYYY-MM-DD is expected.`,
  scheduleEnded: (end, from) =>
    `No send planned: the action plan ended on ${end}, before ${from}. To see its sends: --from.`,
  scheduleEmpty: (to, from) =>
    `No send planned: the period ends on ${to}, before it starts on ${from}.`,
  scheduleTitle: (from, to, count) => `Sends planned from ${from} to ${to}: ${count}`,
  scheduleHead: ['Date', 'Time', 'Send', 'Subject', 'Recipients'],
  estimatedHolidays: (count) =>
    `${count > 1 ? 'Estimated public holidays' : 'Estimated public holiday'} of the period ` +
    '(their date depends on the sighting of the moon; the sends allow for them; ' +
    'to confirm or correct under holidays in committee.yaml):',
  holidaySpan: (first, last, name) => `${first}${last ? ` to ${last}` : ''}: ${name}`,

  configPushUsage: 'Usage: ogp-tracker config push --config committee.yaml',
  configNotFirestore: (file) =>
    `${file} keeps its state in a folder: config push is for the deployed functions, ` +
    'whose state is in Firestore (storage.state: { kind: firestore, prefix: … }).',
  configPushed: (where) =>
    `Configuration checked and stored: ${where}. The functions will read it at their next run.`,

  transport: (name) => `Transport: ${name}`,
  testSent: (to, messageId, answer) => `✓ Test email sent to ${to} (${messageId}): ${answer}`,
  failure: (answer) => `✗ Failed — the server answered: ${answer}`,
  failureCause: (cause) => `  Cause: ${cause}.`,
  failureFix: (fix) => `  To do: ${fix}.`,
  inbox: (mailbox) => `Mailbox: ${mailbox}`,
  inboxFailure: (failure) => `✗ Failed — ${failure}`,

  intakeSkipped: (why) => `Mailbox not read: ${why}`,
  intakeDryRun: 'trial (--dry-run): nothing is filed or answered.',
  intakeLine: (mailbox, messages, c) =>
    `Mailbox ${mailbox}: ${n(messages, 'new message', 'new messages')}` +
    (messages
      ? ` — ${c.filed} filed, ${c.refused} refused, ${c.held} held, ` +
        `${n(c.unknownSenders, 'unknown sender', 'unknown senders')}, ${c.ignored} ignored (automatic or ours), ` +
        `${n(c.questions, 'question', 'questions')}${c.setAside ? `, ${c.setAside} set aside unread` : ''}; ${n(c.answers, 'answer', 'answers')} sent`
      : '') +
    '.',
  intakeOutcomes: {
    filed: 'Filed',
    refused: 'Refused',
    ignored: 'Ignored',
    held: 'Held',
    'unknown-sender': 'Unknown sender',
    'set-aside': 'Set aside',
    question: 'Question',
  },
  intakeCommitments: (ids) =>
    ` (${ids.length > 1 ? 'commitments' : 'commitment'} ${ids.map((id) => `no. ${id}`).join(', ')})`,
  releaseHint: (id) => `if it truly comes from its sender: ogp-tracker intake --release '${id}'`,
  intakeDetail: (what, from, subject, note) =>
    `${what} — ${from}: “${subject}”${note ? ` — ${note}` : ''}`,
  sheetFeedback: (sent) =>
    `Google Sheets changed then left for ten minutes: ${n(sent, 'feedback email', 'feedback emails')} sent.`,
};
