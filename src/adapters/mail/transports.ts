/**
 * Email transports, all behind one port: SMTP (a password, an app password or a relay),
 * SMTP with OAuth 2.0 (XOAUTH2), Microsoft Graph's sendMail, the Gmail API, and `.eml` files
 * in the outbox. Each email is composed once into MIME bytes (nodemailer's composer: the same
 * Message-ID, headers, parts and attachments whatever carries it); every transport reports,
 * per recipient, what was accepted, so that the ledger records deliveries one at a time.
 */
import { createHash } from 'node:crypto';
import { message, type Message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import { headerText } from '../../core/email-templates.js';
import { smtpUrlPort } from '../../core/mail-advice.js';
import type { MailTransportKind } from '../../core/config-schema.js';
import type { Recipient } from '../../core/due-emails.js';
import type { MailTransport, OutgoingEmail } from '../../core/mail-transport.js';
import { TokenError, type TokenSource } from './tokens.js';
import { ApiError, callMailApi } from './mail-api.js';
import type MailComposer from 'nodemailer/lib/mail-composer';

/** What the composer takes: addresses, subject, bodies, headers, attachments. */
export type MimeOptions = ConstructorParameters<typeof MailComposer>[0];

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

function messageOf(email: OutgoingEmail, only?: ReadonlySet<string>) {
  const kept = (list: Recipient[]) => (only ? list.filter((r) => only.has(r.email)) : list);
  return {
    from: email.from,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    to: kept(email.to).map(address),
    cc: kept(email.cc).map(address),
    ...subjectOf(headerText(email.subject)),
    html: email.html,
    text: email.text,
    messageId: email.messageId,
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
    ...(email.references?.length ? { references: [...email.references] } : {}),
    attachments: email.attachments,
    headers: {
      ...subjectHeader(headerText(email.subject)),
      'X-OGP-Tracker-Kind': email.kind,
      // RFC 3834: our mail is automatic, so that no robot answers it (and ours never answer
      // mail that says the same); Exchange is asked not to send out-of-office replies to it.
      'Auto-Submitted': email.autoReplied ? 'auto-replied' : 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    },
  };
}

/**
 * RFC 5322 §2.1.1: no line of a message over 998 characters. The composer folds a Subject at
 * its spaces, and encodes one with other than ASCII into encoded words it folds; an ASCII
 * Subject with a longer run without a space (an answer's « RE: » and a long Subject
 * answered) would go out as one line: that one is sent as encoded words (RFC 2047), folded.
 */
const UNFOLDABLE = /[^\s]{900}/;

/** Whether the composer would leave the Subject on a line too long. */
function unfoldable(subject: string): boolean {
  return UNFOLDABLE.test(subject) && /^[\x20-\x7e]*$/.test(subject);
}

/** The Subject as the composer folds it. */
function subjectOf(subject: string): { subject?: string } {
  return unfoldable(subject) ? {} : { subject };
}

/**
 * A Subject the composer would not fold, as base64 encoded words of 45 characters each
 * (72 with their markers, under RFC 2047's 75), one per line. Decoders join adjacent encoded
 * words without the space between them (RFC 2047 §6.2): the Subject reads back whole.
 */
function subjectHeader(subject: string): Record<string, { prepared: true; value: string }> {
  if (!unfoldable(subject)) return {};
  const words: string[] = [];
  for (let at = 0; at < subject.length; at += 45) {
    words.push(`=?UTF-8?B?${Buffer.from(subject.slice(at, at + 45)).toString('base64')}?=`);
  }
  return { Subject: { prepared: true, value: words.join('\r\n ') } };
}

const mimeCache = new WeakMap<OutgoingEmail, Promise<Buffer>>();

/**
 * The email as MIME bytes, composed once (every transport sends these bytes). `only`: the
 * recipients kept in To and Cc, for a transport that sends to whoever the headers name.
 */
export function composeMime(email: OutgoingEmail, only?: ReadonlySet<string>): Promise<Buffer> {
  if (only) return buildMime(messageOf(email, only));
  let made = mimeCache.get(email);
  if (!made) {
    made = buildMime(messageOf(email));
    mimeCache.set(email, made);
  }
  return made;
}

/** A message's MIME bytes, by nodemailer's composer (loaded on first use). */
export async function buildMime(message: MimeOptions): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  return new Promise((resolve, reject) =>
    new MailComposer(message)
      .compile()
      .build((error: Error | null, bytes: Buffer) => (error ? reject(error) : resolve(bytes))),
  );
}

/** The envelope sender: the address of `From`. */
function envelopeFrom(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** Where and how an SMTP transport connects. */
export type SmtpTarget =
  | { url: string }
  | { host: string; port: number; user: string; tokens: TokenSource; name: 'smtp-oauth2' };

/**
 * SMTP through a pooled nodemailer transport, rate-limited: `SMTP_URL` (a password, an app
 * password, or none for a relay that knows the sender by its address), or XOAUTH2 with a
 * token from `tokens`, fetched again when the server refuses it.
 */
export function smtpTransport(
  target: SmtpTarget,
  options: { rateLimit: number; maxConnections: number },
): MailTransport {
  const connection =
    'url' in target
      ? { url: parseSmtpUrl(target.url).href }
      : {
          host: target.host,
          port: target.port,
          secure: target.port === 465,
          requireTLS: target.port !== 465 && !['127.0.0.1', 'localhost'].includes(target.host),
          auth: {
            type: 'OAuth2',
            user: target.user,
            provisionCallback: (
              _user: string,
              renew: boolean,
              done: (e: Error | null, token?: string, expires?: number) => void,
            ) => {
              target.tokens.token(renew).then(
                (t) => done(null, t.accessToken, t.expiresAt),
                (e: Error) => done(e),
              );
            },
          },
        };
  const transport = once(async () =>
    (await loadNodemailer()).createTransport({
      ...connection,
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
  const name = 'url' in target ? 'smtp' : target.name;
  return {
    name,
    async deliver(email, recipients) {
      const smtp = await transport();
      opened = true;
      try {
        const info = await smtp.sendMail({
          envelope: { from: envelopeFrom(email.from), to: [...recipients] },
          raw: await composeMime(email),
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
        const unreachable = isUnreachable(failure);
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
              : {
                  address: r,
                  reason,
                  temporary,
                  recipient: refused,
                  ...(unreachable ? { unreachable } : {}),
                };
          }),
        };
      }
    },
    async check() {
      const where = 'url' in target ? new URL(target.url) : null;
      const host =
        'url' in target
          ? `${where?.hostname}:${smtpUrlPort(target.url)}`
          : `${target.host}:${target.port}`;
      const lines: Message[] = [];
      if (!('url' in target)) {
        await target.tokens.token();
        lines.push(message('errors.oauthToken'));
      }
      const smtp = await transport();
      opened = true;
      await smtp.verify();
      const relay = where !== null && !where.username;
      lines.push(message('errors.smtpChecked', { host, relay }));
      return lines;
    },
    async close() {
      if (opened) (await transport()).close();
    },
  };
}

function parseSmtpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new OgpError('config-invalid', message('errors.smtpUrlUnreadable'), { cause });
  }
  if (!['smtp:', 'smtps:'].includes(parsed.protocol)) {
    throw new OgpError(
      'config-invalid',
      message('errors.smtpProtocol', { protocol: parsed.protocol }),
    );
  }
  return parsed;
}

/** What nodemailer tells of a failure. */
interface SmtpFailure {
  recipient?: string;
  responseCode?: number;
  code?: string;
  response?: string;
  message?: string;
  /** Which of nodemailer's time-outs (`ETIMEDOUT`): CONNECT_TIMEOUT, GREETING_TIMEOUT, SOCKET_TIMEOUT. */
  timeoutType?: string;
  cause?: { code?: string };
}

/** The system's words for a server that cannot be reached (nodemailer keeps them in its message). */
const UNREACHABLE = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/;

/**
 * Whether the server could not be reached at all: its connection refused (nothing listens on
 * that port), its name unknown, or no answer to connect or greet. Every other email of the run
 * would wait for the same: it is not worth trying again within the run.
 */
function isUnreachable(error: SmtpFailure): boolean {
  if (error.code === 'EDNS') return true;
  if (error.code === 'ETIMEDOUT')
    return error.timeoutType === 'CONNECT_TIMEOUT' || error.timeoutType === 'GREETING_TIMEOUT';
  return UNREACHABLE.test(`${error.cause?.code ?? ''} ${error.message ?? ''}`);
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
  if (error instanceof TokenError) return headerText(`jeton refusé : ${error.message}`);
  const e = error as { response?: string; code?: string; message?: string };
  return headerText(
    e.response ?? (e.code ? `${e.code} ${e.message ?? ''}` : (e.message ?? String(error))),
  );
}

/** How an HTTP mail API is called: its request for a message, and how it tells its errors. */
interface ApiShape {
  service: 'graph' | 'gmail-api';
  /** The request for a message; `thread`: the conversation to file it in, when it has one. */
  request: (mime: Buffer, token: string, thread?: string) => { url: string; init: RequestInit };
  /** The conversation of this API's mailbox the email answers, if any. */
  threadOf?: (email: OutgoingEmail) => string | undefined;
  /** An answer that refuses the conversation named (deleted meanwhile): sent again without. */
  threadRefused?: (error: ApiError) => boolean;
  errorOf: (status: number, body: unknown) => { code: string; detail: string };
  /** Answers that refuse the recipients themselves, for good. */
  recipientRefused: (error: ApiError) => boolean;
  /** What a success answer says (kept in the ledger). */
  answer: (status: number, body: unknown) => string;
  checked: Message;
  maxMessageBytes?: number;
}

/**
 * A transport over an HTTP mail API: the MIME bytes in one request, a token refreshed once
 * when refused (401), 429 and 5xx retried after their Retry-After; it sends to whoever the
 * headers name, so a partial retry is composed for the recipients still owed.
 */
function apiTransport(
  shape: ApiShape,
  tokens: TokenSource,
  name: MailTransportKind,
): MailTransport {
  const send = async (mime: Buffer, thread?: string): Promise<string> => {
    const request = (token: string) => shape.request(mime, token, thread);
    const response = await callMailApi(tokens, shape.service, request, shape.errorOf);
    const body: unknown = await response.json().catch(() => null);
    return shape.answer(response.status, body);
  };
  return {
    name,
    ...(shape.maxMessageBytes ? { maxMessageBytes: shape.maxMessageBytes } : {}),
    async deliver(email, recipients) {
      const all = [...email.to, ...email.cc].map((r) => r.email);
      const partial = recipients.length < all.length;
      try {
        const mime = await composeMime(email, partial ? new Set(recipients) : undefined);
        const thread = shape.threadOf?.(email);
        const answer = await send(mime, thread).catch((error: unknown) => {
          // Its conversation gone: the answer goes all the same, threaded by its headers.
          if (thread && error instanceof ApiError && shape.threadRefused?.(error))
            return send(mime);
          throw error;
        });
        return { accepted: [...recipients], rejected: [], answer };
      } catch (error) {
        const api = error instanceof ApiError ? error : null;
        const reason = describeApiError(error);
        // 429, 5xx and network failures pass; a refused token or permission waits for its fix.
        const temporary =
          !api ||
          api.status === 429 ||
          api.status >= 500 ||
          api.status === 401 ||
          api.status === 403;
        const recipient = api !== null && shape.recipientRefused(api);
        const unreachable = !api && isUnreachable(error as SmtpFailure);
        return {
          accepted: [],
          rejected: recipients.map((address) => ({
            address,
            reason,
            temporary: temporary && !recipient,
            recipient,
            ...(unreachable ? { unreachable } : {}),
          })),
        };
      }
    },
    async check() {
      await tokens.token();
      return [shape.checked];
    },
    async close() {},
  };
}

function describeApiError(error: unknown): string {
  if (error instanceof TokenError) return headerText(`jeton refusé : ${error.message}`);
  const e = error as { code?: string; cause?: { code?: string }; message?: string };
  return headerText(
    e.cause?.code ? `${e.cause.code} ${e.message ?? ''}` : (e.message ?? String(error)),
  );
}

/**
 * Microsoft Graph `POST /users/{mailbox}/sendMail` with the MIME message base64-encoded as
 * `text/plain` (the message is then saved to Sent Items). Requests over about 4 MB are refused.
 */
export function graphTransport(
  endpoint: string,
  mailbox: string,
  tokens: TokenSource,
): MailTransport {
  return apiTransport(
    {
      service: 'graph',
      request: (mime, token) => ({
        url: `${endpoint.replace(/\/+$/, '')}/v1.0/users/${encodeURIComponent(mailbox)}/sendMail`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
          body: mime.toString('base64'),
        },
      }),
      errorOf: (status, body) => {
        const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
        return { code: e?.code ?? `HTTP ${status}`, detail: e?.message ?? '' };
      },
      recipientRefused: (e) => e.code === 'ErrorInvalidRecipients',
      answer: (status) => `${status} accepté par Microsoft Graph (${mailbox})`,
      checked: message('errors.graphToken', { mailbox }),
      maxMessageBytes: 3_500_000,
    },
    tokens,
    'graph',
  );
}

/**
 * The Gmail API `users.messages.send` with the MIME message in `raw` (base64url), and, for an
 * answer to a message of this same mailbox, its `threadId`: Gmail files a message in a
 * conversation only when given its threadId, with In-Reply-To and References set and the
 * Subjects matching (the Message resource's `threadId`; developers.google.com/workspace/
 * gmail/api/guides/threads, « Adding drafts and messages to threads »).
 */
export function gmailTransport(
  endpoint: string,
  mailbox: string,
  tokens: TokenSource,
): MailTransport {
  // The intake's Gmail mailbox names itself so (GmailMailbox.location); a thread id of another
  // mailbox means nothing here.
  const here = `gmail:${mailbox}`.toLowerCase();
  return apiTransport(
    {
      service: 'gmail-api',
      request: (mime, token, thread) => ({
        url: `${endpoint.replace(/\/+$/, '')}/gmail/v1/users/${encodeURIComponent(mailbox)}/messages/send`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            raw: mime.toString('base64url'),
            ...(thread ? { threadId: thread } : {}),
          }),
        },
      }),
      threadOf: (email) =>
        email.mailboxThread?.mailbox.toLowerCase() === here ? email.mailboxThread.id : undefined,
      // Gmail's answer to a threadId it does not know: 400 « Invalid thread_id value ».
      threadRefused: (e) => e.status === 400 && /thread/i.test(e.message),
      errorOf: (status, body) => {
        const e = (
          body as {
            error?: { status?: string; message?: string; errors?: { reason?: string }[] };
          } | null
        )?.error;
        return {
          code: e?.errors?.[0]?.reason ?? e?.status ?? `HTTP ${status}`,
          detail: e?.message ?? '',
        };
      },
      recipientRefused: (e) => e.status === 400 && /recipient|to header|address/i.test(e.message),
      answer: (status, body) =>
        `${status} accepté par l'API Gmail (id ${(body as { id?: string } | null)?.id ?? '?'})`,
      checked: message('errors.googleToken', { mailbox }),
    },
    tokens,
    'gmail-api',
  );
}

/** Writes each email as an `.eml` file through `write` (the default when no mail server is set). */
export function outboxTransport(
  write: (name: string, content: Buffer) => Promise<void>,
  location: string,
): MailTransport {
  return {
    name: 'outbox',
    async deliver(email, recipients) {
      const name = `${email.kind}-${createHash('sha256').update(email.key).digest('hex').slice(0, 12)}.eml`;
      await write(name, await composeMime(email));
      return { accepted: [...recipients], rejected: [] };
    },
    async check() {
      return [message('errors.outboxOnly', { folder: location })];
    },
    async close() {},
  };
}
