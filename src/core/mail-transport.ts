/**
 * The mail port: an email as jobs hand it over, and the transport that delivers it, one
 * recipient's outcome at a time, whatever carries it (SMTP, Graph, the Gmail API, the outbox).
 */
import type { Message } from './catalogue/render.js';
import type { MailTransportKind } from './config-schema.js';
import type { Recipient } from './due-emails.js';

/** An email ready to go. */
export interface OutgoingEmail {
  key: string;
  kind: string;
  messageId: string;
  from: string;
  replyTo?: string;
  to: Recipient[];
  cc: Recipient[];
  subject: string;
  html: string;
  text: string;
  attachments: {
    filename: string;
    path?: string;
    content?: string | Buffer;
    contentType?: string;
  }[];
  /** Other deliveries this email makes (a feedback merged into a reminder), settled with it. */
  covers?: readonly string[];
  /** The thread it belongs to: the Message-ID it answers, and the thread's ids (RFC 5322). */
  inReplyTo?: string;
  references?: readonly string[];
  /**
   * The conversation answered as its mailbox names it (a Gmail thread id), with that
   * mailbox's location (`gmail:…`): a transport sending from that same mailbox files the
   * answer there; every other ignores it (the headers above thread it).
   */
  mailboxThread?: { mailbox: string; id: string };
  /** An answer to a message a person sent (RFC 3834 `auto-replied`), not a scheduled email. */
  autoReplied?: boolean;
}

/** What a delivery attempt did, per recipient address. */
export interface DeliveryResult {
  accepted: string[];
  /** What the transport answered on acceptance (an SMTP `250 …` line), kept in the ledger. */
  answer?: string;
  /**
   * `temporary`: worth trying again soon (a 4xx answer, a dropped or refused connection).
   * `recipient`: the server refused this address itself (RCPT TO), not the whole message
   * or the connection: refused for good, it is never tried again.
   * `unreachable`: the server could not be reached at all (its connection refused, its name
   * unknown, no answer to connect): no other email of the run would go either.
   */
  rejected: {
    address: string;
    reason: string;
    temporary: boolean;
    recipient: boolean;
    unreachable?: boolean;
  }[];
}

/** How emails leave: each transport implements it (adapters/mail). */
export interface MailTransport {
  /** As the ledger names it. */
  readonly name: MailTransportKind;
  /** Delivers `email` to `recipients` (a subset of its To and Cc: those not yet delivered). */
  deliver(email: OutgoingEmail, recipients: readonly string[]): Promise<DeliveryResult>;
  /**
   * Connects and authenticates without sending (SMTP's NOOP after login, a token fetched):
   * what works, as messages to render in the reader's language. Throws what fails, as the
   * server said it.
   */
  check(): Promise<Message[]>;
  /** The largest message it takes, in bytes (Graph refuses requests over about 4 MB). */
  readonly maxMessageBytes?: number;
  close(): Promise<void>;
}
