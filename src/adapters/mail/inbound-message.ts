/**
 * A raw message (RFC 5322, MIME) read into the core's vendor-free {@link InboundMessage}, by
 * postal-mime (no dependencies; nested parts and header sizes bounded). An attachment over
 * the limit is listed with its size but without its content.
 */
import {
  attachmentKind,
  type InboundAttachment,
  type InboundMessage,
} from '../../core/inbound-mail.js';
import type { MessageSummary, ReadLimitsOfMail } from '../../core/mailbox.js';
import type PostalMime from 'postal-mime';

let loaded: Promise<typeof PostalMime> | undefined;
/** The parser loads with the first message read: a run that finds nothing new does without it. */
const postalMime = () => (loaded ??= import('postal-mime').then((m) => m.default));

/** Message-IDs in a References or In-Reply-To header, each with its angle brackets. */
export function messageIds(value: string | undefined | null): string[] {
  return [...(value ?? '').matchAll(/<[^<>\s]+>/g)].map((m) => m[0]);
}

/** The first value of a header from a parsed list. */
function first(headers: readonly { key: string; value: string }[], name: string): string {
  return headers.find((h) => h.key === name)?.value ?? '';
}

/** Reads the headers (and, from a whole message, the attachments) of a raw message. */
export async function parseMessage(
  raw: Buffer,
  summary: MessageSummary,
  limits: ReadLimitsOfMail,
): Promise<InboundMessage> {
  const parse = await postalMime();
  const email = await parse.parse(raw, {
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: 20,
    maxHeadersSize: 256 * 1024,
    // A forwarded message is one attachment of ours to look at, not parts to open.
    forceRfc822Attachments: true,
  });
  const from = email.from && 'address' in email.from && email.from.address ? email.from : null;
  const attachments: InboundAttachment[] = email.attachments.map((a) => {
    // A view of the parser's bytes, not a copy; kept only for a workbook we read.
    const bytes =
      typeof a.content === 'string'
        ? Buffer.from(a.content)
        : a.content instanceof ArrayBuffer
          ? Buffer.from(a.content)
          : Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
    const filename = a.filename ?? '';
    const contentType = a.mimeType.toLowerCase();
    const kept =
      bytes.length <= limits.maxAttachmentBytes &&
      attachmentKind({ filename, contentType }) === 'workbook';
    return { filename, contentType, size: bytes.length, content: kept ? bytes : null };
  });
  const contentType = first(email.headers, 'content-type').split(';')[0]?.trim().toLowerCase();
  return {
    id: summary.id,
    messageId: messageIds(email.messageId)[0] ?? null,
    from: from ? { name: from.name, address: (from.address as string).toLowerCase() } : null,
    subject: email.subject ?? '',
    receivedAt: summary.receivedAt,
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
    headers: email.headers.map((h) => ({ name: h.key, value: h.value })),
    contentType: contentType || 'text/plain',
    size: summary.size || raw.length,
    attachments,
  };
}

/** When a message was sent, from its Date header (null when absent or unreadable). */
export function dateOf(message: Pick<InboundMessage, 'headers'>): Date | null {
  const value = message.headers.find((h) => h.name === 'date')?.value;
  const date = value ? new Date(value) : null;
  return date && Number.isFinite(date.getTime()) ? date : null;
}
