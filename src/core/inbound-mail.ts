/**
 * A message that came into the secretariat's mailbox, as pure data, and what may be made of it
 * before any workbook is opened: our own mail, automatic mail (RFC 3834), the verdict of the
 * secretariat's own server on a forged sender (RFC 8601, DMARC), who the sender is for the
 * committee, and which attachments are workbooks we read.
 */
import type { IntakeWords } from './catalogue/intake-shape.js';
import { INTAKE_WORDS } from './catalogue/intake-words.js';
import type { Commitment, CommitteeConfig } from './config-schema.js';

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
  /** Every header, names in lower case, in the order of the message: topmost first. */
  headers: readonly { name: string; value: string }[];
  /** The top-level Content-Type, lower case, without parameters. */
  contentType: string;
  /** The size of the whole message, in bytes. */
  size: number;
  attachments: InboundAttachment[];
}

/** The values of a header, topmost first. */
export function headerValues(message: Pick<InboundMessage, 'headers'>, name: string): string[] {
  const wanted = name.toLowerCase();
  return message.headers.filter((h) => h.name === wanted).map((h) => h.value.trim());
}

/** One method's result in an Authentication-Results header (RFC 8601 §2.2). */
export interface AuthenticationResult {
  method: string;
  result: string;
  /** `ptype.property` → value, e.g. `header.from` → `example.org`. */
  properties: Record<string, string>;
}

/** Removes RFC 5322 comments (in parentheses, nested) outside quoted strings. */
function withoutComments(text: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      if (depth === 0) out += c + text[i + 1];
      i++;
    } else if (quoted) {
      out += c;
      if (c === '"') quoted = false;
    } else if (c === '"' && depth === 0) {
      quoted = true;
      out += c;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/**
 * Reads one Authentication-Results header: the results of each method. The server's id
 * (authserv-id) comes first when written; Microsoft 365 writes none, so a first part that
 * reads as `method=result` is a result.
 */
export function parseAuthenticationResults(value: string): AuthenticationResult[] {
  const parts = withoutComments(value)
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const results: AuthenticationResult[] = [];
  for (const part of parts) {
    const m = /^([a-z0-9-]+)\s*=\s*([a-z0-9-]+)(.*)$/i.exec(part);
    if (!m) continue; // the authserv-id, or a lone "none"
    const [, method, result, rest] = m as unknown as [string, string, string, string];
    const properties: Record<string, string> = {};
    for (const p of rest.matchAll(/([a-z0-9-]+\.[a-z0-9-]+)\s*=\s*("[^"]*"|[^\s;]+)/gi)) {
      properties[(p[1] as string).toLowerCase()] = (p[2] as string).replace(/^"|"$/g, '');
    }
    results.push({ method: method.toLowerCase(), result: result.toLowerCase(), properties });
  }
  return results;
}

/** The domain of an address or of a `header.i`/`smtp.mailfrom` value, lower case. */
export function domainOf(address: string): string {
  return (address.split('@').pop() ?? '').replace(/[>\s]+$/, '').toLowerCase();
}

/**
 * Relaxed alignment (DMARC, RFC 7489 §3.1): the same organisational domain. Without the
 * public suffix list, a domain aligns with itself and with its parent or child domains.
 */
function aligned(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** Whether the secretariat's server vouches for the sender. */
export type AuthenticationVerdict =
  { ok: true; how: string } | { ok: false; why: string; noHeader?: boolean };

/**
 * The verdict of the secretariat's own server, from the topmost Authentication-Results: the
 * From domain passes DMARC, or (a domain without a DMARC record) SPF or DKIM passes aligned
 * with it.
 */
export function authenticationVerdict(
  message: InboundMessage,
  w: IntakeWords = INTAKE_WORDS.fr,
): AuthenticationVerdict {
  const header = headerValues(message, 'authentication-results')[0];
  if (!header) return { ok: false, why: w.noAuthHeader, noHeader: true };
  const fromDomain = message.from ? domainOf(message.from.address) : '';
  if (!fromDomain) return { ok: false, why: w.noSenderAddress };
  const results = parseAuthenticationResults(header);
  const dmarc = results.find((r) => r.method === 'dmarc');
  if (dmarc?.result === 'pass') {
    const said = dmarc.properties['header.from'];
    if (!said || domainOf(said) === fromDomain) return { ok: true, how: 'dmarc=pass' };
    return { ok: false, why: w.dmarcOtherDomain(said, fromDomain) };
  }
  if (dmarc && dmarc.result !== 'none') {
    return { ok: false, why: w.dmarcFailed(dmarc.result, fromDomain) };
  }
  const spf = results.find(
    (r) =>
      r.method === 'spf' &&
      r.result === 'pass' &&
      aligned(
        domainOf(r.properties['smtp.mailfrom'] ?? r.properties['smtp.helo'] ?? ''),
        fromDomain,
      ),
  );
  if (spf) return { ok: true, how: w.spfAligned };
  const dkim = results.find(
    (r) =>
      r.method === 'dkim' &&
      r.result === 'pass' &&
      aligned(domainOf(r.properties['header.d'] ?? r.properties['header.i'] ?? ''), fromDomain),
  );
  if (dkim) return { ok: true, how: w.dkimAligned };
  const said = results.map((r) => `${r.method}=${r.result}`).join(', ') || null;
  return { ok: false, why: w.unaligned(fromDomain, said) };
}

// Which mail is automatic moved to automatic-mail.ts; still reachable from here.
export { automaticReason } from './automatic-mail.js';

/** Who a sender is for the committee. */
export type SenderRole =
  | { kind: 'secretariat' }
  | { kind: 'focal-point' | 'substitute'; commitments: Commitment[] }
  | { kind: 'unknown' };

/** The sender's role: secretariat, focal point or substitute of some commitments, or unknown. */
export function senderRole(config: CommitteeConfig, address: string): SenderRole {
  const a = address.trim().toLowerCase();
  // The secretariat's people, and its mailbox itself (a forward from the shared mailbox).
  const mailbox = /<([^>]+)>/.exec(config.mail?.from ?? '')?.[1] ?? config.mail?.from;
  const own = [config.mail?.replyTo, mailbox, ...config.secretariat.emails]
    .filter((e): e is string => Boolean(e))
    .map((e) => e.toLowerCase());
  if (own.includes(a)) return { kind: 'secretariat' };
  const focal = config.commitments.filter((c) => c.focalPoint.email.toLowerCase() === a);
  if (focal.length) return { kind: 'focal-point', commitments: focal };
  const substitute = config.commitments.filter((c) => c.substitute?.email.toLowerCase() === a);
  if (substitute.length) return { kind: 'substitute', commitments: substitute };
  return { kind: 'unknown' };
}

/** May this sender file a workbook for this commitment? */
export function mayFile(role: SenderRole, commitmentId: number): boolean {
  if (role.kind === 'secretariat') return true;
  if (role.kind === 'unknown') return false;
  return role.commitments.some((c) => c.id === commitmentId);
}

/** What an attachment is, for the intake. */
export const ATTACHMENT_KINDS = ['workbook', 'other-spreadsheet', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const SPREADSHEET_EXTENSIONS = /\.(xls|xlsm|xlsb|xltx|xltm|ods|csv|numbers)$/i;

/** A workbook we read (.xlsx), another spreadsheet we do not, or anything else (a signature logo). */
export function attachmentKind(
  attachment: Pick<InboundAttachment, 'filename' | 'contentType'>,
): AttachmentKind {
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
