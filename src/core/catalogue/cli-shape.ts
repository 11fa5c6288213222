/**
 * The words of the command line, in the language of the committee it works for (or of
 * `--locale`). Kept apart from the rest of the catalogue: only the command line reads them.
 */
import type { IntakeOutcome } from '../mailbox.js';
import type { MailTransportKind } from '../config-schema.js';

/** What a starter committee took from its country, as `init --country` says it. */
export interface StarterFacts {
  name: string;
  country: string;
  /** The language's code (`es`); its name is the words' own. */
  locale: string;
  currency: string;
  timeZone: string;
  /** ISO weekdays, 1 (Monday) to 7 (Sunday). */
  weekend: readonly number[];
  holidaysKnown: boolean;
}

/** One file's verdict in `validate`. */
export interface FileVerdict {
  valid: boolean;
  errors: number;
  warnings: number;
}

/** The counts of a consolidation. */
export interface SheetCounts {
  commitments: number;
  received: number;
  toFix: number;
  toUpdate: number;
  missing: number;
  late: number;
}

/** The counts of an intake run. */
export interface IntakeCounts {
  filed: number;
  refused: number;
  held: number;
  unknownSenders: number;
  ignored: number;
  questions: number;
  /** Messages that could not be read, set aside (said only when there are some). */
  setAside: number;
  answers: number;
}

export interface CliWords {
  /** `--help`: the commands, the options, the exit codes. */
  usage: string;
  unknownCommand: (command: string) => string;
  unexpectedArgument: (command: string, argument: string) => string;
  /** « Erreur (config-invalid) : … »: the code stays as it is, for a search or a ticket. */
  error: (code: string, message: string) => string;
  cause: (message: string) => string;
  unexpectedError: (stack: string) => string;
  calendarWarning: (warning: string) => string;
  badLocale: (value: string, locales: string) => string;
  noConfig: (cwd: string, example: string) => string;
  badNow: (value: string) => string;

  filesNeeded: string;
  /** « ✓ fiche.xlsx — engagement n° 3 : valide, 1 avertissement ». */
  fileLine: (file: string, commitment: number | null, verdict: FileVerdict) => string;
  severity: { error: string; warning: string };
  filesSummary: (files: number, valid: number, errors: number, warnings: number) => string;

  outNeeded: string;
  outExists: (file: string) => string;
  unknownCommitment: (value: string, configured: string) => string;
  templateWritten: (file: string) => string;

  initOneFolder: string;
  localeNeedsCountry: string;
  configWritten: (file: string) => string;
  configKept: (file: string, countryIgnored: boolean) => string;
  /** « 3 fiches pré-remplies écrites, 1 fiche existante conservée (…) ». */
  sheetsWritten: (written: number, kept: number) => string;
  staleSheets: string;
  starter: (facts: StarterFacts) => string;

  progress: string;
  master: (file: string) => string;
  page: (file: string) => string;
  openData: (file: string) => string;
  sheets: (counts: SheetCounts) => string;
  records: (actions: number, milestones: number, errors: number, warnings: number) => string;
  sourceProblem: (commitment: number, message: string) => string;
  staleSources: (count: number) => string;

  /** How the emails of a run went: nowhere (a dry run), into the outbox, or by a transport. */
  dryRun: string;
  outbox: (folder: string) => string;
  via: Record<Exclude<MailTransportKind, 'outbox'>, string>;
  emails: (due: number, sent: number, failed: number, where: string) => string;
  copies: (addresses: string) => string;
  toSend: string;
  failedFor: (who: string) => string;
  sent: string;
  /** « Relance → a@x (copie : b@x) : Objet — envoyé ». */
  emailLine: (kind: string, to: string, copies: string, subject: string, state: string) => string;

  badDate: (flag: string, value: string) => string;
  scheduleEnded: (end: string, from: string) => string;
  scheduleEmpty: (to: string, from: string) => string;
  scheduleTitle: (from: string, to: string, count: number) => string;
  scheduleHead: readonly [string, string, string, string, string];
  estimatedHolidays: (count: number) => string;
  holidaySpan: (first: string, last: string | null, name: string) => string;

  configPushUsage: string;
  configNotFirestore: (file: string) => string;
  configPushed: (where: string) => string;

  transport: (name: string) => string;
  testSent: (to: string, messageId: string, answer: string) => string;
  failure: (answer: string) => string;
  failureCause: (cause: string) => string;
  failureFix: (fix: string) => string;
  inbox: (mailbox: string) => string;
  inboxFailure: (failure: string) => string;

  intakeSkipped: (why: string) => string;
  /** Why `tick --dry-run` does not read the mailbox (said after intakeSkipped). */
  intakeDryRun: string;
  intakeLine: (mailbox: string, messages: number, counts: IntakeCounts) => string;
  intakeOutcomes: Record<IntakeOutcome, string>;
  intakeCommitments: (ids: readonly number[]) => string;
  /** « Enregistré (engagement n° 2) — a@x : « Objet » — note ». */
  intakeDetail: (what: string, from: string, subject: string, note: string | null) => string;
  /** How to release a held message, with its key. */
  releaseHint: (id: string) => string;
  sheetFeedback: (sent: number) => string;
}
