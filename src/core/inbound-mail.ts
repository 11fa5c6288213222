/**
 * A message that came into the secretariat's mailbox, as pure data, and what may be made of it
 * before any workbook is opened: our own mail, automatic mail (RFC 3834), who the sender is
 * for the committee, and which attachments are workbooks we read. Whether the secretariat's
 * server vouches for the sender is sender-authentication.ts's.
 */
import type { Commitment, CommitteeConfig } from './config-schema.js';
import type { MessageDefect } from './message-defect.js';

/** One attachment of a message, decoded. */
export interface InboundAttachment {
  /** Its file name as sent (may be empty). */
  filename: string;
  /** Its declared MIME type, lower case. */
  contentType: string;
  /** Decoded size in bytes. */
  size: number;
  /** The decoded bytes (left out when over the limits: never kept in memory). */
  content: Buffer | null;
  /** A spreadsheet inside a forwarded message: named, never opened. */
  forwarded?: boolean;
}

/** A message as every kind of mailbox gives it. */
export interface InboundMessage {
  /** The mailbox's own id (an IMAP UID, a Graph id, a Gmail id, a file name). */
  id: string;
  /** RFC 5322 Message-ID with its angle brackets; null when the message has none. */
  messageId: string | null;
  from: { name: string; address: string } | null;
  subject: string;
  /** When the mailbox received it (IMAP INTERNALDATE, Graph receivedDateTime, …). */
  receivedAt: Date;
  inReplyTo: string | null;
  references: string[];
  /** The mailbox's own id of its conversation (a Gmail thread id), where it has one. */
  threadId?: string;
  /** Every header, names in lower case, in the order of the message: topmost first. */
  headers: readonly { name: string; value: string }[];
  /** The top-level Content-Type, lower case, without parameters. */
  contentType: string;
  /** The size of the whole message, in bytes. */
  size: number;
  attachments: InboundAttachment[];
  /** SHA-256 of the copy read (the mailbox's bytes): a held message is released only as it was. */
  fingerprint?: string;
  /** Why it could not be read whole: read from its headers alone, set aside by the intake. */
  defect?: MessageDefect;
}

/** The values of a header, topmost first. */
export function headerValues(message: Pick<InboundMessage, 'headers'>, name: string): string[] {
  const wanted = name.toLowerCase();
  return message.headers.filter((h) => h.name === wanted).map((h) => h.value.trim());
}

/**
 * The roles a sender may hold for a commitment, strongest first: each may send its workbook
 * by email (a communication officer fills its « Actions de communication » sheet).
 */
export const COMMITMENT_SENDER_ROLES = [
  'focal-point',
  'substitute',
  'communication-officer',
] as const;
export type CommitmentSenderRole = (typeof COMMITMENT_SENDER_ROLES)[number];

/** Who a sender is for the committee. */
export type SenderRole =
  | { kind: 'secretariat' }
  | {
      /** Their strongest role: focal point of one of the commitments, else substitute, else officer. */
      kind: CommitmentSenderRole;
      /** Every commitment they hold a role in, those of their strongest role first. */
      commitments: Commitment[];
    }
  | { kind: 'unknown' };

/**
 * The sender's role: secretariat; focal point, substitute or communication officer of some
 * commitments; or unknown.
 */
export function senderRole(config: CommitteeConfig, address: string): SenderRole {
  const a = address.trim().toLowerCase();
  // The secretariat's people, and its mailbox itself (a forward from the shared mailbox).
  const mailbox = /<([^>]+)>/.exec(config.mail?.from ?? '')?.[1] ?? config.mail?.from;
  const own = [config.mail?.replyTo, mailbox, ...config.secretariat.emails]
    .filter((e): e is string => Boolean(e))
    .map((e) => e.toLowerCase());
  if (own.includes(a)) return { kind: 'secretariat' };
  const is = (p: { email: string }) => p.email.trim().toLowerCase() === a;
  const held: Record<CommitmentSenderRole, Commitment[]> = {
    'focal-point': config.commitments.filter((c) => is(c.focalPoint)),
    substitute: config.commitments.filter((c) => c.substitutes.some(is)),
    'communication-officer': config.commitments.filter((c) => c.communicationOfficers.some(is)),
  };
  const kind = COMMITMENT_SENDER_ROLES.find((role) => held[role].length > 0);
  if (!kind) return { kind: 'unknown' };
  const commitments = [...new Set(COMMITMENT_SENDER_ROLES.flatMap((role) => held[role]))];
  return { kind, commitments };
}

/** The commitments a sender holds a role in (none for the secretariat or an unknown sender). */
export function commitmentsOf(role: SenderRole): Commitment[] {
  return 'commitments' in role ? role.commitments : [];
}

/** May this sender file a workbook for this commitment? */
export function mayFile(role: SenderRole, commitmentId: number): boolean {
  if (role.kind === 'secretariat') return true;
  if (role.kind === 'unknown') return false;
  return role.commitments.some((c) => c.id === commitmentId);
}

/** What an attachment is, for the intake. */
export const ATTACHMENT_KINDS = ['workbook', 'other-spreadsheet', 'forwarded', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const SPREADSHEET_EXTENSIONS = /\.(xls|xlsm|xlsb|xltx|xltm|ods|csv|numbers)$/i;

/**
 * A workbook we read (.xlsx), another spreadsheet we do not, a spreadsheet inside a forwarded
 * message (not opened), or anything else (a signature logo).
 */
export function attachmentKind(
  attachment: Pick<InboundAttachment, 'filename' | 'contentType' | 'forwarded'>,
): AttachmentKind {
  if (attachment.forwarded) return 'forwarded';
  const name = attachment.filename.trim();
  if (/\.xlsx$/i.test(name)) return 'workbook';
  if (
    !name &&
    attachment.contentType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  ) {
    return 'workbook';
  }
  if (SPREADSHEET_EXTENSIONS.test(name)) return 'other-spreadsheet';
  if (
    /^application\/(vnd\.ms-excel|vnd\.oasis\.opendocument\.spreadsheet)|^text\/csv/.test(
      attachment.contentType,
    )
  ) {
    return 'other-spreadsheet';
  }
  return 'other';
}

/**
 * The commitment a reply is about, from its thread: our emails to a commitment's focal
 * point carry the thread's id in References (see `roundThread`).
 */
export function commitmentOfThread(
  message: Pick<InboundMessage, 'inReplyTo' | 'references'>,
  threads: ReadonlyMap<string, number>,
): number | null {
  for (const id of [message.inReplyTo, ...message.references]) {
    const found = id ? threads.get(id) : undefined;
    if (found !== undefined) return found;
  }
  return null;
}
