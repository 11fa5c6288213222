/**
 * Mail no person wrote, and mail whose sender asks for no automatic answer. Automatic mail
 * (out-of-office and vacation replies, bounces, read receipts, mailing lists) is never
 * answered nor filed: answering it is how two robots loop (RFC 3834 §2). A sender's
 * `X-Auto-Response-Suppress` (MS-OXCMAIL) only stops our answer: a workbook it carries is
 * still filed. Every header is read in all its occurrences: a second `Auto-Submitted` below a
 * `no` still says the message is automatic.
 */
import { translate } from './catalogue/render.js';
import type { CommitteeConfig } from './config-schema.js';
import type { InboundMessage } from './inbound-mail.js';
import type { LocaleTag } from './locale-tag.js';

/** What the committee's own addresses are, to know its own mailing list from another. */
export interface AutomaticContext {
  /** The secretariat's addresses (`mail.from`, `mail.replyTo`, `secretariat.emails`). */
  ownAddresses: readonly string[];
}

/** No address of the committee's: every mailing list is someone else's. */
const NO_CONTEXT: AutomaticContext = { ownAddresses: [] };

/** The secretariat's addresses, from the configuration: its own list is not automatic mail. */
export function automaticContextOf(config: CommitteeConfig): AutomaticContext {
  const from = config.mail?.from;
  const mailbox = from ? (/<([^>]+)>/.exec(from)?.[1] ?? from) : undefined;
  const intakeMailbox =
    config.intake && 'mailbox' in config.intake ? config.intake.mailbox : undefined;
  return {
    ownAddresses: [mailbox, config.mail?.replyTo, intakeMailbox, ...config.secretariat.emails]
      .filter((a): a is string => Boolean(a?.includes('@')))
      .map((a) => a.trim().toLowerCase()),
  };
}

/**
 * The List-Id a Google group writes for an address (`ogp@example.org` → `ogp.example.org`,
 * RFC 2919's list-label and namespace): the local part and the domain joined by a dot.
 */
export function listIdOf(address: string): string {
  return address.trim().toLowerCase().replace('@', '.');
}

/** The values of a header in all its occurrences, topmost first. */
function values(message: Pick<InboundMessage, 'headers'>, name: string): string[] {
  return message.headers.filter((h) => h.name === name).map((h) => h.value.trim());
}

/** A header's value without its RFC 5322 comments and parameters, lower case. */
function bare(value: string): string {
  return value
    .replace(/\([^()]*\)/g, ' ')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

/** `Precedence` values that mean bulk or automatic mail (RFC 2076, RFC 3834 §3.1.8). */
const BULK_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);

/** Content types of delivery and read reports (RFC 3462, 3464, 6533, 8098). */
const REPORT_TYPES = new Set([
  'multipart/report',
  'message/delivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
  'message/global-disposition-notification',
]);

/** Headers that mailing list software writes (RFC 2369, 2919, 8058; ezmlm, Google Groups). */
const LIST_HEADER = /^(list-[a-z-]+|mailing-list|x-mailing-list)$/;

/** Mailboxes of mail servers: a bounce's sender (RFC 5321 §4.5.1, RFC 2142). */
const DAEMON = /^(mailer-daemon|postmaster)(@|$)/i;

/**
 * Subjects that out-of-office replies carry, in the committee's languages and German, as
 * Exchange/Outlook and other mail servers write them (« Automatic reply: … », « Réponse
 * automatique : … », « Respuesta automática: … », « Resposta automática: … », « Automatische
 * Antwort: … », « رد تلقائي: … », the older « Out of Office: … » and its translations), and
 * RFC 3834's « Auto: ».
 */
const OUT_OF_OFFICE = new RegExp(
  `^(?:${[
    'automatic reply',
    'auto[- ]?reply',
    'auto[- ]?response',
    'out of (?:the )?office',
    'auto(?=:)',
    'r[ée]ponse automatique',
    'absente? du bureau',
    'absence du bureau',
    "message d['’]absence",
    'respuesta autom[aá]tica',
    'fuera de (?:la )?oficina',
    'resposta autom[aá]tica',
    'ausente do escrit[oó]rio',
    'fora do escrit[oó]rio',
    'aus[eê]ncia (?:do escrit[oó]rio|tempor[aá]ria)',
    'automatische antwort',
    'abwesenheitsnotiz',
    'abwesend',
    'رد تلقائي',
    'الرد التلقائي',
    'رد آلي',
    'خارج المكتب',
  ].join('|')})(?=[\\s:：]|$)`,
  'iu',
);

/** The List-Ids of a message, without their phrase and angle brackets, lower case. */
function listIds(message: InboundMessage): string[] {
  return values(message, 'list-id').map((v) =>
    (/<([^<>]*)>/.exec(v)?.[1] ?? v).trim().toLowerCase(),
  );
}

/**
 * Why a message is automatic mail, never answered nor filed; null for a person's. Any
 * `Auto-Submitted` other than `no` (RFC 3834), a delivery or read report (DSN, MDN), a null,
 * MAILER-DAEMON or postmaster return path, `X-Autoreply`/`X-Autorespond`, `Precedence:
 * bulk|junk|list|auto_reply`, a mailing list's headers (`List-*`) but those of the committee's
 * own group (its List-Id is the secretariat's address, as Google Groups writes it), and an
 * out-of-office subject.
 */
export function automaticReason(
  message: InboundMessage,
  tag: LocaleTag = 'fr',
  context: AutomaticContext = NO_CONTEXT,
): string | null {
  for (const value of values(message, 'auto-submitted')) {
    const auto = bare(value);
    if (auto !== 'no') return `Auto-Submitted: ${auto || value}`;
  }
  const report = [message.contentType, ...message.attachments.map((a) => a.contentType)].find(
    (type) => REPORT_TYPES.has(type),
  );
  if (report) return translate(tag, 'intake.deliveryReport', { type: report });
  for (const value of values(message, 'return-path')) {
    const path = value.replace(/^<|>$/g, '').trim();
    if (path === '') return translate(tag, 'intake.emptyReturnPath');
    if (DAEMON.test(path)) return translate(tag, 'intake.bounceSender', { address: path });
  }
  if (message.from && DAEMON.test(message.from.address)) {
    return translate(tag, 'intake.bounceSender', { address: message.from.address });
  }
  for (const name of ['x-autoreply', 'x-autorespond']) {
    const said = values(message, name).find((v) => bare(v) !== 'no');
    if (said !== undefined) return `${name}: ${said}`;
  }
  // The committee's own group (its List-Id and only it): a focal point's message through it.
  const own = new Set(context.ownAddresses.map(listIdOf));
  const ids = listIds(message);
  const ownList = ids.length > 0 && ids.every((id) => own.has(id));
  for (const value of values(message, 'precedence')) {
    const precedence = bare(value);
    if (BULK_PRECEDENCE.has(precedence) && !(ownList && precedence === 'list')) {
      return `Precedence: ${precedence}`;
    }
  }
  if (!ownList) {
    const list = message.headers.find((h) => LIST_HEADER.test(h.name));
    if (list) return translate(tag, 'intake.mailingList', { header: headerName(list.name) });
  }
  const subject = message.subject.trim();
  if (OUT_OF_OFFICE.test(subject)) {
    return translate(tag, 'intake.autoReply', { subject: subject.slice(0, 60) });
  }
  return null;
}

/**
 * Why a message is not to be answered though it is filed: its sender asks for no automatic
 * answer (`X-Auto-Response-Suppress: All` or `AutoReply`, MS-OXCMAIL §2.1.3.2.20; our answer
 * is an automatic reply, not an out-of-office one: `OOF` alone does not stop it). Null when
 * it may be answered.
 */
export function answerSuppressed(message: Pick<InboundMessage, 'headers'>): string | null {
  for (const value of values(message, 'x-auto-response-suppress')) {
    const flags = value.toLowerCase().split(/[\s,]+/);
    if (flags.includes('all') || flags.includes('autoreply')) {
      return `X-Auto-Response-Suppress: ${value}`;
    }
  }
  return null;
}

/** A header's name as mail programs write it (`list-unsubscribe` → `List-Unsubscribe`). */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}
