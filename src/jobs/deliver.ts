/**
 * One email to its recipients, exactly once: each recipient is claimed in the ledger before
 * anything is sent (a run that overlaps this one, or follows it after a crash, never sends it
 * again), then what the transport answered is recorded. Every email a run sends goes through
 * here: the calendar's, and the secretariat's alert about a refused configuration.
 */
import {
  outboxTransport,
  smtpTransport,
  type DeliveryResult,
  type MailTransport,
  type OutgoingEmail,
} from '../adapters/mailer.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { DeliverySettlement } from '../core/ledger.js';
import type { StateStore } from './ports.js';

/** SMTP when a server is given, else `.eml` files in the outbox. */
export function mailTransportFor(
  mail: NonNullable<CommitteeConfig['mail']>,
  store: StateStore,
  smtpUrl: string | undefined,
): MailTransport {
  return smtpUrl
    ? smtpTransport(smtpUrl, { rateLimit: mail.rateLimit, maxConnections: mail.maxConnections })
    : outboxTransport((name, content) => store.writeOutbox(name, content));
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
  const claimed: string[] = [];
  const retaken: string[] = [];
  for (const recipient of recipients) {
    const claim = await store.claimDelivery(
      { key: email.key, recipient, messageId: email.messageId, kind: email.kind, subject: email.subject, at, transport: transport.name },
      options.leaseMs,
    ); // prettier-ignore
    if (!claim.granted) continue;
    claimed.push(recipient);
    if (claim.retaken === 'expired') retaken.push(recipient);
  }
  if (claimed.length === 0) return { delivery: null, retaken };
  // What the email also delivers (a feedback merged into it) is claimed with it, so that no
  // other run sends it apart meanwhile.
  const covered: { key: string; recipient: string }[] = [];
  const addressedTo = new Set(email.to.map((r) => r.email));
  for (const key of email.covers ?? []) {
    // A feedback is the focal point's: the substitutes copied on the reminder never had one.
    for (const recipient of claimed.filter((r) => addressedTo.has(r))) {
      const claim = await store.claimDelivery(
        { key, recipient, messageId: email.messageId, kind: email.kind, subject: email.subject, at, transport: transport.name },
        options.leaseMs,
      ); // prettier-ignore
      if (claim.granted) covered.push({ key, recipient });
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
