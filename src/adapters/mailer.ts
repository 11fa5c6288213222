/**
 * Email transports: SMTP through nodemailer's pool (when SMTP_URL is set), or `.eml` files
 * in the storage folder's `outbox/`. Both report, per recipient, what was accepted, so
 * that the ledger records deliveries one recipient at a time.
 */
import { createHash } from 'node:crypto';
import { OgpError } from '../core/codes.js';
import { headerText } from '../core/email-templates.js';
import type { Recipient } from '../core/schedule.js';

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
   */
  rejected: { address: string; reason: string; temporary: boolean; recipient: boolean }[];
}

export interface MailTransport {
  readonly name: 'smtp' | 'outbox';
  /** Delivers `email` to `recipients` (a subset of its To and Cc: those not yet delivered). */
  deliver(email: OutgoingEmail, recipients: readonly string[]): Promise<DeliveryResult>;
  close(): Promise<void>;
}

/** The Message-ID of an email key: the same key always gives the same id. */
export function messageIdFor(key: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'ogp-tracker.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
}

/** nodemailer loads on the first email: most ticks send none. */
const loadNodemailer = async () => (await import('nodemailer')).default;

/** `make` called on first use only; later calls get the same promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

function address(r: Recipient): { name: string; address: string } {
  return { name: headerText(r.name), address: r.email };
}

function messageOf(email: OutgoingEmail) {
  return {
    from: email.from,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    to: email.to.map(address),
    cc: email.cc.map(address),
    subject: headerText(email.subject),
    html: email.html,
    text: email.text,
    messageId: email.messageId,
    attachments: email.attachments,
    headers: { 'X-OGP-Tracker-Kind': email.kind },
  };
}

/** SMTP through a pooled nodemailer transport, rate-limited. */
export function smtpTransport(
  url: string,
  options: { rateLimit: number; maxConnections: number },
): MailTransport {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new OgpError(
      'config-invalid',
      'SMTP_URL illisible : attendu smtp://utilisateur:motdepasse@hote:port',
      { cause },
    );
  }
  if (!['smtp:', 'smtps:'].includes(parsed.protocol)) {
    throw new OgpError(
      'config-invalid',
      `SMTP_URL : protocole ${parsed.protocol} non pris en charge (smtp: ou smtps:).`,
    );
  }
  const transport = once(async () =>
    (await loadNodemailer()).createTransport({
      url,
      pool: true,
      maxConnections: options.maxConnections,
      rateDelta: 1000,
      rateLimit: Math.max(1, Math.floor(options.rateLimit)),
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }),
  );
  let opened = false;
  return {
    name: 'smtp',
    async deliver(email, recipients) {
      const envelopeFrom = /<([^>]+)>/.exec(email.from)?.[1] ?? email.from;
      const smtp = await transport();
      opened = true;
      try {
        const info = await smtp.sendMail({
          ...messageOf(email),
          envelope: { from: envelopeFrom, to: [...recipients] },
        });
        const accepted = (info.accepted ?? []).map(String);
        const errors = (info.rejectedErrors ?? []) as SmtpFailure[];
        const rejected = recipients
          .filter((r) => !accepted.includes(r))
          .map((r) => {
            const error = errors.find((e) => e.recipient === r);
            return {
              address: r,
              reason: error ? describeSmtpError(error) : 'refusé par le serveur',
              temporary: error ? isTemporary(error) : false,
              recipient: true,
            };
          });
        return { accepted, rejected, ...(info.response ? { answer: String(info.response) } : {}) };
      } catch (error) {
        // Every recipient refused (EENVELOPE), or the connection, the login or the message
        // failed: nothing was delivered.
        const failure = error as SmtpFailure & { rejectedErrors?: SmtpFailure[] };
        const reason = describeSmtpError(error);
        const temporary = isTemporary(failure);
        const refused = failure.code === 'EENVELOPE';
        return {
          accepted: [],
          rejected: recipients.map((r) => {
            const own = failure.rejectedErrors?.find((e) => e.recipient === r);
            return own
              ? {
                  address: r,
                  reason: describeSmtpError(own),
                  temporary: isTemporary(own),
                  recipient: true,
                }
              : { address: r, reason, temporary, recipient: refused };
          }),
        };
      }
    },
    async close() {
      if (opened) (await transport()).close();
    },
  };
}

/** What nodemailer tells of a failure. */
interface SmtpFailure {
  recipient?: string;
  responseCode?: number;
  code?: string;
  response?: string;
  message?: string;
}

/**
 * Whether a failure may pass: a 4xx answer (greylisting, a full queue, too many
 * connections), or a connection that dropped, timed out or was refused. A 5xx is final.
 */
function isTemporary(error: SmtpFailure): boolean {
  if (typeof error.responseCode === 'number')
    return error.responseCode >= 400 && error.responseCode < 500;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNRESET', 'ECONNREFUSED'].includes(
    error.code ?? '',
  );
}

function describeSmtpError(error: unknown): string {
  const e = error as { response?: string; code?: string; message?: string };
  return headerText(
    e.response ?? (e.code ? `${e.code} ${e.message ?? ''}` : (e.message ?? String(error))),
  );
}

/** Writes each email as an `.eml` file through `write` (the default when no SMTP server is set). */
export function outboxTransport(
  write: (name: string, content: Buffer) => Promise<void>,
): MailTransport {
  const composer = once(async () =>
    (await loadNodemailer()).createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'unix',
    }),
  );
  return {
    name: 'outbox',
    async deliver(email, recipients) {
      const info = await (await composer()).sendMail(messageOf(email));
      const name = `${email.kind}-${createHash('sha256').update(email.key).digest('hex').slice(0, 12)}.eml`;
      await write(name, info.message as Buffer);
      return { accepted: [...recipients], rejected: [] };
    },
    async close() {},
  };
}
