/**
 * A raw message (RFC 5322, MIME) read into the core's vendor-free {@link InboundMessage}, by
 * postal-mime (no dependencies). A message past the MIME limits (parts counted here before
 * parsing, since postal-mime bounds depth and header bytes but not the number of parts) or
 * one it cannot parse is never thrown: it comes back read from its headers alone, with its
 * defect, for the intake to record and set aside. An attachment over the limit is listed with
 * its size but without its content; a forwarded message is not opened.
 */
import { createHash } from 'node:crypto';
import {
  attachmentKind,
  type InboundAttachment,
  type InboundMessage,
} from '../../core/inbound-mail.js';
import { unreadMessage, type MessageSummary, type ReadLimitsOfMail } from '../../core/mailbox.js';
import { DEFAULT_MIME_LIMITS, type MessageDefect } from '../../core/message-defect.js';
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

/** The headers of a message read alone when the whole cannot be: 64 KiB at the most. */
const HEAD_BYTES = 64 * 1024;

/**
 * How many MIME parts a raw message has, at the most: the delimiter lines (`--boundary`) of
 * every boundary it declares. A body line that merely looks like one only makes the count
 * higher, never lower, so the limit cannot be slipped past.
 */
export function countMimeParts(raw: Buffer): number {
  const text = raw.toString('latin1');
  const boundaries = new Set<string>();
  for (const m of text.matchAll(/boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi)) {
    boundaries.add((m[1] ?? m[2]) as string);
  }
  if (boundaries.size === 0) return 1;
  let parts = 1;
  for (const m of text.matchAll(/(?:^|\n)--([^\r\n]{1,200})/g)) {
    if (boundaries.has((m[1] as string).replace(/[ \t]+$/, ''))) parts++;
  }
  return parts;
}

/** The header block of a raw message (up to its first empty line), cut to `max` bytes. */
function headBlock(raw: Buffer, max = HEAD_BYTES): Buffer {
  const ends = [raw.indexOf('\r\n\r\n'), raw.indexOf('\n\n')].filter((i) => i >= 0);
  let end = ends.length ? Math.min(...ends) : raw.length;
  if (end > max) end = Math.max(raw.lastIndexOf('\n', max), 0);
  return raw.subarray(0, end);
}

/** What postal-mime's refusal means, as a defect. */
function defectOf(error: unknown): MessageDefect {
  const text = (error as Error)?.message ?? '';
  if (/nesting depth/i.test(text)) return { kind: 'too-deep', limit: DEFAULT_MIME_LIMITS.maxDepth };
  if (/header size/i.test(text)) {
    return { kind: 'headers-too-large', limit: DEFAULT_MIME_LIMITS.maxHeaderBytes };
  }
  return { kind: 'malformed' };
}

/** SHA-256 of bytes, in hex: the copy of a message, to know it again. */
export function fingerprintOf(...chunks: Buffer[]): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * Reads the headers (and, from a whole message, the attachments) of a raw message. Never
 * throws on what the message holds: past a limit, or unparsable, it is read from its headers
 * alone and carries its `defect`.
 */
export async function parseMessage(
  raw: Buffer,
  summary: MessageSummary,
  limits: ReadLimitsOfMail,
): Promise<InboundMessage> {
  const mime = limits.mime ?? DEFAULT_MIME_LIMITS;
  const fingerprint = fingerprintOf(raw);
  const parts = countMimeParts(raw);
  if (parts > mime.maxParts) {
    const defect: MessageDefect = { kind: 'too-many-parts', found: parts, limit: mime.maxParts };
    return { ...(await headersOnly(raw, summary)), defect, fingerprint };
  }
  try {
    return { ...(await parseWhole(raw, summary, limits)), fingerprint };
  } catch (error) {
    const defect = defectOf(error);
    return { ...(await headersOnly(raw, summary)), defect, fingerprint };
  }
}

/** The message read from its header block alone (who sent it, what about), without parts. */
async function headersOnly(raw: Buffer, summary: MessageSummary): Promise<InboundMessage> {
  const head = Buffer.concat([headBlock(raw), Buffer.from('\r\n\r\n')]);
  try {
    const message = await parseWhole(head, summary, { maxAttachmentBytes: 0 });
    return { ...message, size: summary.size || raw.length, attachments: [] };
  } catch {
    return unreadMessage({ ...summary, size: summary.size || raw.length });
  }
}

/** Spreadsheet names a forwarded message carries (read in its bytes, never parsed). */
function forwardedSpreadsheets(bytes: Buffer): string[] {
  const names = new Set<string>();
  const text = bytes.subarray(0, 4 * 1024 * 1024).toString('latin1');
  for (const m of text.matchAll(
    /(?:file)?name\*?=\s*"?([^"\r\n;]{1,200}?\.(?:xlsx|xls|xlsm|ods|csv))"?/gi,
  )) {
    names.add((m[1] as string).trim());
  }
  return [...names];
}

async function parseWhole(
  raw: Buffer,
  summary: MessageSummary,
  limits: ReadLimitsOfMail,
): Promise<InboundMessage> {
  const mime = limits.mime ?? DEFAULT_MIME_LIMITS;
  const parse = await postalMime();
  const email = await parse.parse(raw, {
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: mime.maxDepth,
    maxHeadersSize: mime.maxHeaderBytes,
    // A forwarded message is one attachment of ours to look at, not parts to open.
    forceRfc822Attachments: true,
  });
  const from = email.from && 'address' in email.from && email.from.address ? email.from : null;
  const attachments: InboundAttachment[] = [];
  for (const a of email.attachments) {
    // A view of the parser's bytes, not a copy; kept only for a workbook we read.
    const bytes =
      typeof a.content === 'string'
        ? Buffer.from(a.content)
        : a.content instanceof ArrayBuffer
          ? Buffer.from(a.content)
          : Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
    const filename = a.filename ?? '';
    const contentType = a.mimeType.toLowerCase();
    if (contentType === 'message/rfc822') {
      // Not opened: what it forwards is named, so that the sender can be told what to send.
      for (const name of forwardedSpreadsheets(bytes)) {
        attachments.push({
          filename: name,
          contentType: '',
          size: 0,
          content: null,
          forwarded: true,
        });
      }
      continue;
    }
    const kept =
      bytes.length <= limits.maxAttachmentBytes &&
      attachmentKind({ filename, contentType }) === 'workbook';
    attachments.push({ filename, contentType, size: bytes.length, content: kept ? bytes : null });
  }
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
