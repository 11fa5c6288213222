/**
 * What one intake run is made of, shared by its steps (intake.ts reads and files,
 * intake-answers.ts answers and files away): its options and summary, the run itself, and a
 * message whose answer or move is still to do.
 */
import type { GoogleClients } from '../adapters/google/api.js';
import type { RunAdapters } from './run-adapters.js';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import type { ReadLimits } from '../adapters/xlsx/reader.js';
import type { CommitteeConfig, IntakeConfig } from '../core/config-schema.js';
import type { IntakeRefusal } from '../core/due-emails.js';
import type { InboundMessage, SenderRole } from '../core/inbound-mail.js';
import type { MailTransport } from '../core/mail-transport.js';
import type {
  InboundMailbox,
  IntakeOutcome,
  IntakeState,
  MessageSummary,
  WaitingMessage,
} from '../core/mailbox.js';
import type { MessageDefect } from '../core/message-defect.js';
import type { StateStore } from '../core/run-state.js';
import type { Filing } from './intake-workbooks.js';

/** One message as the summary tells it. */
export interface IntakeDetail {
  messageId: string;
  from: string;
  subject: string;
  outcome: IntakeOutcome;
  note?: string;
  filed?: number[];
  /** Filed without a trusted server's verdict: « non authentifié », and why. */
  unauthenticated?: string;
  /** Why it could not be read, as data (set aside, or refused to its known sender). */
  defect?: MessageDefect;
}

/** What `ogp-tracker intake --json` prints. */
export interface IntakeSummary {
  /** Where the mailbox is (never a password). */
  mailbox: string;
  /** Why nothing was read (outside the hours, another run holds the storage); null when it ran. */
  skipped: string | null;
  /** New messages looked at. */
  messages: number;
  filed: number;
  refused: number;
  ignored: number;
  held: number;
  unknownSenders: number;
  questions: number;
  /** Messages that could not be read, set aside in the mailbox for a person. */
  setAside: number;
  /** Answers delivered. */
  answers: number;
  /**
   * Where the answers were written when no mail server is set (the outbox folder): written,
   * nothing left the machine; null when a mail server took them, or when none was due.
   */
  outbox: string | null;
  /** Feedback sent on Google Sheets changed and left alone for ten minutes. */
  sheetFeedback: number;
  details: IntakeDetail[];
  /**
   * Every message held for the secretariat and not released after this run, this run's and
   * earlier ones': said on each run until released (`intake --release`).
   */
  waiting: WaitingMessage[];
  /** The master, published again when a version was filed. */
  master: string | null;
  /** What the configuration lets through (forged senders that cannot be told apart). */
  warnings: string[];
}

export interface IntakeOptions {
  now: Date;
  store?: StateStore;
  /** The mailbox (tests); by default the configured one. */
  mailbox?: InboundMailbox;
  /** The transport of answers; by default the configured one. */
  transport?: MailTransport;
  smtpUrl?: string;
  mailSecrets?: MailSecrets;
  /** `imaps://user:password@host:993`, for an IMAP server that takes a password. */
  imapUrl?: string;
  /** A held message the secretariat releases (its Message-ID): filed as if its server vouched. */
  release?: string;
  baseDir?: string;
  readLimits?: ReadLimits;
  /** Google clients (tests point them at a local server); by default made on first use. */
  google?: GoogleClients;
  claimLeaseMs?: number;
  /** The run's adapters, built by its entry point; by default the configuration's. */
  adapters?: RunAdapters;
}

export function emptySummary(mailbox: string, skipped: string | null): IntakeSummary {
  return {
    mailbox,
    skipped,
    messages: 0,
    filed: 0,
    refused: 0,
    ignored: 0,
    held: 0,
    unknownSenders: 0,
    questions: 0,
    setAside: 0,
    answers: 0,
    outbox: null,
    sheetFeedback: 0,
    details: [],
    waiting: [],
    master: null,
    warnings: [],
  };
}

/** What one run shares while it handles messages. */
export interface IntakeRun {
  config: CommitteeConfig;
  intake: IntakeConfig;
  options: IntakeOptions;
  store: StateStore;
  state: IntakeState;
  mailbox: InboundMailbox;
  /** Message-IDs of every email we sent (the ledger's). */
  ours: Set<string>;
  /** Our thread ids, to a commitment: a reply to one of our emails says which commitment. */
  threads: Map<string, number>;
  summary: IntakeSummary;
  limits: ReadLimits;
}

/** A message whose answer or move is still to do. */
export interface Pending {
  summary: MessageSummary;
  key: string;
  message: InboundMessage;
  role: SenderRole;
  /** The versions filed, as the answers need them (the workbooks' bytes are let go). */
  filings: Pick<Filing, 'commitment' | 'contentHash'>[];
  refusals: IntakeRefusal[];
  /** It cannot be read: set aside once answered, rather than filed away as handled. */
  setAside?: boolean;
}
