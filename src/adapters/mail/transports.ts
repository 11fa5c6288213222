/**
 * Email transports, all behind one port: SMTP (a password, an app password or a relay),
 * SMTP with OAuth 2.0 (XOAUTH2), Microsoft Graph's sendMail, the Gmail API, and `.eml` files
 * in the outbox. Each email is composed once into MIME bytes (nodemailer's composer: the same
 * Message-ID, headers, parts and attachments whatever carries it); every transport reports,
 * per recipient, what was accepted, so that the ledger records deliveries one at a time.
 */
import { createHash } from 'node:crypto';
import { OgpError, said, type Said } from '../../core/codes.js';
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
    subject: headerText(email.subject),
    html: email.html,
    text: email.text,
    messageId: email.messageId,
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
    ...(email.references?.length ? { references: [...email.references] } : {}),
    attachments: email.attachments,
    headers: {
      'X-OGP-Tracker-Kind': email.kind,
      // RFC 3834: our mail is automatic, so that no robot answers it (and ours never answer
      // mail that says the same); Exchange is asked not to send out-of-office replies to it.
      'Auto-Submitted': email.autoReplied ? 'auto-replied' : 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    },
  };
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
    async check() {
      const where = 'url' in target ? new URL(target.url) : null;
      const host =
        'url' in target
          ? `${where?.hostname}:${smtpUrlPort(target.url)}`
          : `${target.host}:${target.port}`;
      const lines: Said[] = [];
      if (!('url' in target)) {
        await target.tokens.token();
        lines.push(said('oauthToken'));
      }
      const smtp = await transport();
      opened = true;
      await smtp.verify();
      const relay = where !== null && !where.username;
      lines.push(said('smtpChecked', host, relay));
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
    throw new OgpError('config-invalid', said('smtpUrlUnreadable'), { cause });
  }
  if (!['smtp:', 'smtps:'].includes(parsed.protocol)) {
    throw new OgpError('config-invalid', said('smtpProtocol', parsed.protocol));
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
  request: (mime: Buffer, token: string) => { url: string; init: RequestInit };
  errorOf: (status: number, body: unknown) => { code: string; detail: string };
  /** Answers that refuse the recipients themselves, for good. */
  recipientRefused: (error: ApiError) => boolean;
  /** What a success answer says (kept in the ledger). */
  answer: (status: number, body: unknown) => string;
  checked: Said;
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
  const send = async (mime: Buffer): Promise<string> => {
    const request = (token: string) => shape.request(mime, token);
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
        const answer = await send(mime);
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
        return {
          accepted: [],
          rejected: recipients.map((address) => ({
            address,
            reason,
            temporary: temporary && !recipient,
            recipient,
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
      checked: said('graphToken', mailbox),
      maxMessageBytes: 3_500_000,
    },
    tokens,
    'graph',
  );
}

/** The Gmail API `users.messages.send` with the MIME message in `raw` (base64url). */
export function gmailTransport(
  endpoint: string,
  mailbox: string,
  tokens: TokenSource,
): MailTransport {
  return apiTransport(
    {
      service: 'gmail-api',
      request: (mime, token) => ({
        url: `${endpoint.replace(/\/+$/, '')}/gmail/v1/users/${encodeURIComponent(mailbox)}/messages/send`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ raw: mime.toString('base64url') }),
        },
      }),
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
      checked: said('googleToken', mailbox),
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
      return [said('outboxOnly', location)];
    },
    async close() {},
  };
}
