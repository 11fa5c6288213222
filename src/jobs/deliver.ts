/**
 * One email to its recipients, exactly once: each recipient is claimed in the ledger before
 * anything is sent (a run that overlaps this one, or follows it after a crash, never sends it
 * again), then what the transport answered is recorded. Every email a run sends goes through
 * here: the calendar's, and the secretariat's alert about a refused configuration.
 */
import {
  gmailTransport,
  graphTransport,
  messageIdFor,
  outboxTransport,
  smtpTransport,
} from '../adapters/mail/transports.js';
import {
  googleTokens,
  mailSecretsFrom,
  microsoftTokens,
  type MailSecrets,
} from '../adapters/mail/tokens.js';
import { message } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import type { MailConfig } from '../core/config-schema.js';
import type { DeliverySettlement } from '../core/ledger.js';
import type { DeliveryResult, MailTransport, OutgoingEmail } from '../core/mail-transport.js';
import type { DueEmail } from '../core/due-emails.js';
import type { RenderedEmail } from '../core/email-templates.js';
import type { StateStore } from '../core/run-state.js';

/** Where mail secrets come from: `SMTP_URL`, and the OAuth credentials (never in the configuration). */
export interface MailEnvironment {
  smtpUrl?: string | undefined;
  secrets?: MailSecrets;
}

/** Entra ID's scope for SMTP AUTH with OAuth (the app holds SMTP.SendAsApp). */
export const OUTLOOK_SMTP_SCOPE = 'https://outlook.office365.com/.default';
/** Google's scopes: all of Gmail for SMTP (XOAUTH2 needs it), sending only for the API. */
export const GMAIL_SMTP_SCOPE = 'https://mail.google.com/';
export const GMAIL_SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';

/**
 * The configured transport (`mail.transport`); without one, SMTP when `SMTP_URL` is set,
 * else `.eml` files in the outbox, as before transports could be chosen.
 */
export function mailTransportFor(
  mail: MailConfig,
  store: StateStore,
  environment: MailEnvironment = {},
): MailTransport {
  const { smtpUrl } = environment;
  const secrets = environment.secrets ?? mailSecretsFrom({});
  const limits = { rateLimit: mail.rateLimit, maxConnections: mail.maxConnections };
  const outbox = () =>
    outboxTransport((name, content) => store.writeOutbox(name, content), store.outboxLocation);
  const chosen = mail.transport ?? { kind: smtpUrl ? ('smtp' as const) : ('outbox' as const) };
  switch (chosen.kind) {
    case 'outbox':
      return outbox();
    case 'smtp':
      if (!smtpUrl) {
        throw new OgpError('config-invalid', message('errors.smtpUrlMissing'));
      }
      return smtpTransport({ url: smtpUrl }, limits);
    case 'smtp-oauth2': {
      const p = chosen.provider;
      const tokens =
        p.kind === 'microsoft'
          ? microsoftTokens(p, OUTLOOK_SMTP_SCOPE, secrets.microsoft)
          : googleTokens(secrets.googleKey, chosen.user, [GMAIL_SMTP_SCOPE]);
      const { host, port, user } = chosen;
      return smtpTransport({ host, port, user, tokens, name: 'smtp-oauth2' }, limits);
    }
    case 'graph': {
      // Graph's app-only scope is its resource's `.default`.
      const scope = `${chosen.endpoint.replace(/\/+$/, '')}/.default`;
      const tokens = microsoftTokens(chosen, scope, secrets.microsoft);
      return graphTransport(chosen.endpoint, chosen.mailbox, tokens);
    }
    case 'gmail-api': {
      const tokens = googleTokens(secrets.googleKey, chosen.mailbox, [GMAIL_SEND_SCOPE]);
      return gmailTransport(chosen.endpoint, chosen.mailbox, tokens);
    }
  }
}

/** What one attempt at an email did. */
export interface Attempt {
  /** The transport's answer for the recipients claimed (null when none could be). */
  delivery: DeliveryResult | null;
  /** Recipients taken over from a run that died holding them: they may have had it already. */
  retaken: string[];
}

/**
 * Claims each of `recipients`, sends the email to those granted, and settles each: sent, or
 * failed — for good only when the server refused that address itself (a refused login or
 * connection is the transport's problem, tried again on the next run).
 */
export async function deliverOnce(
  store: StateStore,
  transport: MailTransport,
  email: OutgoingEmail,
  recipients: readonly string[],
  options: { at: string; leaseMs: number },
): Promise<Attempt> {
  const { at } = options;
  const claim = (key: string, recipient: string) =>
    store.claimDelivery(
      {
        key,
        recipient,
        messageId: email.messageId,
        kind: email.kind,
        subject: email.subject,
        at,
        transport: transport.name,
      },
      options.leaseMs,
    );
  const claimed: string[] = [];
  const retaken: string[] = [];
  for (const recipient of recipients) {
    const outcome = await claim(email.key, recipient);
    if (!outcome.granted) continue;
    claimed.push(recipient);
    if (outcome.retaken === 'expired') retaken.push(recipient);
  }
  if (claimed.length === 0) return { delivery: null, retaken };
  // What the email also delivers (a feedback merged into it) is claimed with it, so that no
  // other run sends it apart meanwhile.
  const covered: { key: string; recipient: string }[] = [];
  const addressedTo = new Set(email.to.map((r) => r.email));
  for (const key of email.covers ?? []) {
    // A feedback is the focal point's: the substitutes copied on the reminder never had one.
    for (const recipient of claimed.filter((r) => addressedTo.has(r))) {
      if ((await claim(key, recipient)).granted) covered.push({ key, recipient });
    }
  }
  const delivery = await transport.deliver(email, claimed);
  const settle = async (recipient: string, settlement: DeliverySettlement) => {
    await store.settleDelivery(email.key, recipient, settlement);
    for (const c of covered.filter((c) => c.recipient === recipient)) {
      await store.settleDelivery(c.key, recipient, settlement);
    }
  };
  for (const recipient of delivery.accepted) {
    await settle(recipient, { state: 'sent', answer: delivery.answer ?? 'accepté', at });
  }
  for (const { address, reason, temporary, recipient } of delivery.rejected) {
    const state = !temporary && recipient ? 'failed-permanent' : 'failed-temporary';
    await settle(address, { state, answer: reason, at });
  }
  return { delivery, retaken };
}

/**
 * An email due, rendered, as the transports take it: its Message-ID from its key, and, in a
 * thread (one per commitment and round, one per meeting for reports), the thread's root in
 * In-Reply-To and References, so that mail programs show its emails together. `extra` adds
 * or overrides (attachments, an answer's own thread).
 */
export function outgoingOf(
  email: DueEmail,
  mail: MailConfig,
  rendered: RenderedEmail,
  extra: Partial<OutgoingEmail> = {},
): OutgoingEmail {
  const thread = email.thread ? messageIdFor(email.thread, mail.from) : null;
  return {
    key: email.key,
    kind: email.kind,
    messageId: messageIdFor(email.key, mail.from),
    from: mail.from,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    to: email.to,
    cc: email.cc,
    ...rendered,
    attachments: [],
    ...(email.covers ? { covers: email.covers } : {}),
    ...(thread ? { inReplyTo: thread, references: [thread] } : {}),
    ...extra,
  };
}
