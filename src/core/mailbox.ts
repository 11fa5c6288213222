/**
 * The inbound mailbox port, and what the intake remembers between runs. Each kind of mailbox
 * (a folder of .eml files, IMAP, Microsoft Graph, the Gmail API) implements the port in
 * adapters/mail; the intake job reads through it, and the run state keeps its memory (the
 * mailbox's cursor, every message handled by its Message-ID, the versions filed).
 */
import type { Message } from './catalogue/render.js';
import { localDateAt, type IsoDate } from './calendar-date.js';
import type { Commitment, IntakeKind } from './config-schema.js';
import type { MailboxNotice } from './due-emails.js';
import type { InboundMessage } from './inbound-mail.js';
import type { MessageDefect, MimeLimits } from './message-defect.js';
import { addressesOf } from './roles.js';

/** A new message as listed, before anything of it is downloaded. */
export interface MessageSummary {
  /** The mailbox's own id. */
  id: string;
  /** Its size in bytes, as the mailbox says. */
  size: number;
  /** When the mailbox received it. */
  receivedAt: Date;
  /** The Message-ID, when the listing gives it (IMAP's envelope, Graph's internetMessageId). */
  messageId?: string | null;
}

/** What a listing found, and where the next one starts. */
export interface MailboxListing {
  messages: MessageSummary[];
  /** The cursor to keep once every listed message is handled (opaque to the job). */
  cursor: string | null;
  /** The cursor was too old or the mailbox was rebuilt: every message was listed again. */
  fullLook: boolean;
  /** Files that look like saved mail but cannot be read as it (an Outlook .msg), by name. */
  unreadable?: string[];
}

/** Limits on what is downloaded of a message. */
export interface ReadLimitsOfMail {
  /** An attachment larger than this is listed without its content. */
  maxAttachmentBytes: number;
  /** A message larger than this is not downloaded: its headers and attachment list only. */
  maxMessageBytes?: number;
  /** The MIME structure read at the most (DEFAULT_MIME_LIMITS by default). */
  mime?: MimeLimits;
}

/** A mailbox the intake reads: listed, read one message at a time, handled messages filed away. */
export interface InboundMailbox {
  readonly kind: IntakeKind;
  /** Where it is, for people (never a password). */
  readonly location: string;
  /** Messages new since `cursor` (all of them without one), oldest first. */
  listNew(cursor: string | null): Promise<MailboxListing>;
  /** The message, parsed: its headers and attachments. */
  read(summary: MessageSummary, limits: ReadLimitsOfMail): Promise<InboundMessage>;
  /** A message by its Message-ID (to release a held one); null when it is not there. */
  find(messageId: string): Promise<MessageSummary | null>;
  /**
   * Files a handled message away (moved to a folder, labelled), so that people see what was
   * done; nothing is ever deleted. A no-op for a folder of .eml files, which are the
   * secretariat's own.
   */
  markHandled(summary: MessageSummary): Promise<void>;
  /**
   * Sets a message that cannot be read aside (moved to a folder, labelled « not read by
   * ogp-tracker »), for a person to look at; never deleted. A no-op for a folder of .eml files.
   */
  setAside(summary: MessageSummary): Promise<void>;
  /**
   * Checks access without changing anything: what works, as messages to render in the
   * reader's language. Throws what fails.
   */
  check(): Promise<Message[]>;
  close(): Promise<void>;
}

/** What became of a message. */
export const INTAKE_OUTCOMES = [
  /** A workbook filed as its commitment's newest version (answered in the thread). */
  'filed',
  /** Workbooks refused (another commitment's, an .xls, too large…): the sender is told why. */
  'refused',
  /** Automatic mail or our own: never answered, never filed. */
  'ignored',
  /** The sender's server did not vouch for it: kept for the secretariat to release. */
  'held',
  /** A sender the committee does not know: never answered, listed for the secretariat. */
  'unknown-sender',
  /** A person's message with no workbook: left untouched, a question for a person. */
  'question',
  /**
   * A message that cannot be read (past the MIME limits, unparsable, or failing on every try):
   * set aside in the mailbox for a person, listed for the secretariat, never answered.
   */
  'set-aside',
] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

/** One message handled, by its Message-ID. */
export interface IntakeRecord {
  outcome: IntakeOutcome;
  /** The instant it was handled (the run's). */
  at: string;
  receivedAt: string;
  from: string;
  subject: string;
  /** Why, in French (held, refused, ignored). */
  note?: string;
  /** The commitments whose version it became. */
  filed?: number[];
  /** Its answers are delivered (or were not due: the cap per address and hour was reached). */
  answered?: boolean;
  /** Filed away in the mailbox (moved, labelled). */
  handled: boolean;
  /** Released by the secretariat (`intake --release`): taken without the server's verdict. */
  released?: boolean;
  /**
   * Filed without the verdict of a trusted receiving server (`authentication: when-present`):
   * « non authentifié », and why, in the committee's language.
   */
  unauthenticated?: string;
  /** The mailbox's own id of the copy handled (an IMAP UID, a Graph or Gmail id, a file name). */
  mailboxId?: string;
  /** SHA-256 of the copy handled: a held message is released only as it was held. */
  fingerprint?: string;
  /** Its size as the mailbox listed it (a set-aside file is known again by its id and size). */
  listedSize?: number;
  /** Why it could not be read (set aside, or refused when its sender is known). */
  defect?: MessageDefect;
}

/** A message being tried: how often, and what failed the last time. */
export interface MessageAttempt {
  /** Tries begun (a run that stopped on it counts: the try is saved before it begins). */
  count: number;
  /** When the last try began. */
  at: string;
  /** What failed the last time, when it was caught (a run that died says nothing). */
  detail?: string;
  /** The message as listed, to try it again whatever the cursor says. */
  summary: { id: string; size: number; receivedAt: string; messageId?: string | null };
}

/** A commitment's version that came by email. */
export interface MailVersion {
  commitmentId: number;
  /** When the mailbox received it (ISO 8601): it wins over a source modified before. */
  receivedAt: string;
  from: string;
  messageId: string;
  /** SHA-256 of the workbook. */
  contentHash: string;
  /** Where the workbook is kept in the output (folder path or Drive link). */
  file: string;
}

/** What the intake remembers between runs. */
export interface IntakeState {
  version: 1;
  /** Which mailbox the cursor belongs to (another one starts from nothing). */
  mailbox: string | null;
  cursor: string | null;
  /** Every message handled, by Message-ID (or `id:` and the mailbox's id without one). */
  messages: Record<string, IntakeRecord>;
  /** The newest version each commitment received by email. */
  versions: Record<string, MailVersion>;
  /** Answers sent lately, for the cap per address and hour. */
  answers: { address: string; at: string }[];
  /** Messages begun and not yet handled, by the mailbox's id: bounded tries, then set aside. */
  attempts?: Record<string, MessageAttempt>;
  /**
   * The watch on Google Sheet sources: Drive's changes page token, and the sheets changed
   * since their last feedback, with their modification time (feedback waits until they are
   * left alone for ten minutes).
   */
  sheets?: { pageToken: string; pending: Record<string, string> };
}

/** An intake that has not run yet. */
export function emptyIntakeState(): IntakeState {
  return { version: 1, mailbox: null, cursor: null, messages: {}, versions: {}, answers: [] };
}

/** A message known only as listed: nothing of it could be read. */
export function unreadMessage(summary: MessageSummary): InboundMessage {
  return {
    id: summary.id,
    messageId: summary.messageId ?? null,
    from: null,
    subject: '',
    receivedAt: summary.receivedAt,
    inReplyTo: null,
    references: [],
    headers: [],
    contentType: 'text/plain',
    size: summary.size,
    attachments: [],
  };
}

/** The key a message is remembered by. */
export function messageKey(message: { messageId?: string | null; id: string }): string {
  return message.messageId ? message.messageId : `id:${message.id}`;
}

/**
 * The messages left for the secretariat (held, unknown senders, not released) and those filed
 * « non authentifié », that the intake handled after `since` (an instant, ISO 8601: the last
 * report sent), oldest first.
 */
export function noticesForSecretariat(state: IntakeState, since: string | null): MailboxNotice[] {
  const left = (r: IntakeRecord) =>
    (r.outcome === 'held' ||
      r.outcome === 'unknown-sender' ||
      r.outcome === 'set-aside' ||
      r.outcome === 'question') &&
    !r.released;
  return Object.entries(state.messages)
    .filter(([, r]) => left(r) || r.unauthenticated)
    .filter(([, r]) => since === null || r.at > since)
    .sort(([, a], [, b]) => a.at.localeCompare(b.at))
    .map(([messageId, r]) => ({
      messageId,
      outcome: left(r) ? (r.outcome as MailboxNotice['outcome']) : 'unauthenticated',
      from: r.from,
      subject: r.subject,
      receivedAt: r.receivedAt,
      note: (left(r) ? r.note : r.unauthenticated) ?? '',
    }));
}

/** An email held for the secretariat and not released: the day it came and its key, as `--release` takes it. */
export interface HeldMessage {
  day: IsoDate;
  key: string;
}

/**
 * The latest email held from each commitment's focal point, substitute or communication
 * officer that the secretariat has not released, with its day on the committee's clock: their
 * reminder and the master must not say that nothing came.
 */
export function heldMessagesByCommitment(
  state: IntakeState,
  commitments: readonly Pick<
    Commitment,
    'id' | 'focalPoint' | 'substitutes' | 'communicationOfficers'
  >[],
  timeZone: string,
): Map<number, HeldMessage> {
  const held = new Map<number, HeldMessage & { at: string }>();
  for (const [key, record] of Object.entries(state.messages)) {
    if (record.outcome !== 'held' || record.released) continue;
    const from = record.from.toLowerCase();
    const day = localDateAt(new Date(record.receivedAt), timeZone);
    for (const c of commitments) {
      if (!addressesOf(c).includes(from)) continue;
      const before = held.get(c.id);
      if (!before || before.at < record.receivedAt) held.set(c.id, { day, key, at: record.receivedAt }); // prettier-ignore
    }
  }
  return new Map([...held].map(([id, { day, key }]) => [id, { day, key }]));
}

/** The day of the latest email held from each commitment's people, not released. */
export function heldByCommitment(
  state: IntakeState,
  commitments: Parameters<typeof heldMessagesByCommitment>[1],
  timeZone: string,
): Map<number, IsoDate> {
  const held = heldMessagesByCommitment(state, commitments, timeZone);
  return new Map([...held].map(([id, { day }]) => [id, day]));
}

/** A message held for the secretariat, waiting to be released (or not), as a run says it. */
export interface WaitingMessage {
  /** Its key, as `ogp-tracker intake --release` takes it. */
  messageId: string;
  from: string;
  subject: string;
  /** The day it came, on the committee's clock. */
  receivedOn: IsoDate;
}

/** Every message held and not released, oldest first. */
export function waitingMessages(state: IntakeState, timeZone: string): WaitingMessage[] {
  return Object.entries(state.messages)
    .filter(([, r]) => r.outcome === 'held' && !r.released)
    .sort(([, a], [, b]) => a.receivedAt.localeCompare(b.receivedAt))
    .map(([messageId, r]) => ({
      messageId,
      from: r.from,
      subject: r.subject,
      receivedOn: localDateAt(new Date(r.receivedAt), timeZone),
    }));
}
