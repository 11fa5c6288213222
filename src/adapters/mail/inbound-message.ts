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
import {
  DEFAULT_MIME_LIMITS,
  type MessageDefect,
  type MimeLimits,
} from '../../core/message-defect.js';
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

/** What a raw message is made of, counted in one pass before it is parsed. */
export interface MimeShape {
  /** MIME parts, by the delimiter lines of the boundaries it declares. */
  parts: number;
  /** Lines that begin with « -- », however its boundaries are written: parts at the most. */
  delimiterLines: number;
  /** Bytes of what is not base64 (text bodies, 7bit or binary parts), each line weighted. */
  textBytes: number;
}

/** Per line of text: what the parser spends beside its bytes (a chunk, a string). */
const LINE_WEIGHT = 64;

/** The bytes of base64's alphabet (and `=`): a line of only these, 60 long or more, is an attachment's. */
const BASE64 = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') {
  BASE64[c.charCodeAt(0)] = 1;
}

/**
 * Counts, line by line and without a regular expression (a stranger's bytes must cost linear
 * time), the parts of a raw message and the weight of its text. The parts are counted twice:
 * by the boundaries it declares, and by every line that begins with « -- » — a boundary
 * written in a form we do not read (RFC 2231 sections, escapes) is still counted there.
 */
export function mimeShape(raw: Buffer): MimeShape {
  const boundaries = declaredBoundaries(raw);
  let parts = 1;
  let delimiterLines = 0;
  let textBytes = 0;
  for (let start = 0; start < raw.length;) {
    let end = raw.indexOf(10, start);
    if (end < 0) end = raw.length;
    let last = end;
    if (last > start && raw[last - 1] === 13) last--;
    const length = last - start;
    if (length >= 2 && raw[start] === 45 && raw[start + 1] === 45) {
      delimiterLines++;
      if (length <= 202) {
        const name = raw.toString('latin1', start + 2, last).trimEnd();
        if (boundaries.has(name)) parts++;
      }
    }
    let base64 = length >= 60 && length <= 998;
    for (let i = start; base64 && i < last; i++) base64 = BASE64[raw[i] as number] === 1;
    if (!base64) textBytes += length + LINE_WEIGHT;
    start = end + 1;
  }
  return { parts, delimiterLines, textBytes };
}

/** The boundaries a message declares (`boundary=…`, quoted or not), at most 200 characters each. */
function declaredBoundaries(raw: Buffer): Set<string> {
  const boundaries = new Set<string>();
  const text = raw.toString('latin1');
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('boundary'); at >= 0; at = lower.indexOf('boundary', at + 8)) {
    let i = at + 8;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== '=') continue;
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const quoted = text[i] === '"';
    if (quoted) i++;
    let j = i;
    while (j < text.length && j - i <= 200) {
      const c = text[j];
      if (quoted ? c === '"' || c === '\r' || c === '\n' : /[\s;"]/.test(c as string)) break;
      j++;
    }
    if (j > i && j - i <= 200) boundaries.add(text.slice(i, j));
  }
  return boundaries;
}

/** The header block of a raw message (up to its first empty line), cut to `max` bytes. */
function headBlock(raw: Buffer, max = HEAD_BYTES): Buffer {
  const ends = [raw.indexOf('\r\n\r\n'), raw.indexOf('\n\n')].filter((i) => i >= 0);
  let end = ends.length ? Math.min(...ends) : raw.length;
  if (end > max) end = Math.max(raw.lastIndexOf('\n', max), 0);
  return raw.subarray(0, end);
}

/** Past which limit a message's shape is, before it is parsed; null within them all. */
function shapeDefect(shape: MimeShape, mime: MimeLimits): MessageDefect | null {
  if (shape.parts > mime.maxParts) {
    return { kind: 'too-many-parts', found: shape.parts, limit: mime.maxParts };
  }
  if (shape.delimiterLines > mime.maxDelimiterLines) {
    return { kind: 'too-many-parts', found: shape.delimiterLines, limit: mime.maxParts };
  }
  if (shape.textBytes > mime.maxTextBytes) {
    return { kind: 'text-too-large', limit: mime.maxTextBytes };
  }
  return null;
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
  const shape = mimeShape(raw);
  const defect = shapeDefect(shape, mime);
  if (defect) return { ...(await headersOnly(raw, summary)), defect, fingerprint };
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

/** Spreadsheet names a forwarded message carries (read in its bytes, never parsed), in linear time. */
function forwardedSpreadsheets(bytes: Buffer): string[] {
  const names = new Set<string>();
  const text = bytes.subarray(0, 4 * 1024 * 1024).toString('latin1');
  const lower = text.toLowerCase();
  for (
    let at = lower.indexOf('name');
    at >= 0 && names.size < 50;
    at = lower.indexOf('name', at + 4)
  ) {
    let i = at + 4;
    if (text[i] === '*') i++;
    if (text[i] !== '=') continue;
    i++;
    while (i < text.length && i - at < 40 && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '"') i++;
    let j = i;
    while (j < text.length && j - i < 200 && !'"\r\n;'.includes(text[j] as string)) j++;
    const name = text.slice(i, j).trim();
    if (/\.(xlsx|xls|xlsm|ods|csv)$/i.test(name)) names.add(name);
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
