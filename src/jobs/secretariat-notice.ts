/**
 * A notice to the secretariat: what a run did not take (a configuration pushed to Firestore, a
 * version of the committee workbook) and what to fix, in the committee's language. It is claimed
 * in the ledger like any other email, under a key saying what it is about, so two runs (or Cloud
 * Scheduler's at-least-once retries) never send the same notice twice.
 */
import { messageIdFor } from '../adapters/mail/transports.js';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import { translate } from '../core/catalogue/render.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import { CLAIM_LEASE_MS } from '../core/ledger.js';
import { directionOf } from '../core/locale-tag.js';
import type { OutgoingEmail } from '../core/mail-transport.js';
import type { StateStore } from '../core/run-state.js';
import { deliverOnce, mailTransportFor } from './deliver.js';

/** What a notice is about: the email's kind in the ledger and the outbox. */
export const NOTICE_KINDS = ['config-refused', 'roster-refused'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A notice as its sender words it: already in the committee's language. */
export interface SecretariatNotice {
  kind: NoticeKind;
  /** What makes it this notice and no other (sent once per key and kind). */
  key: string;
  subject: string;
  /** Its paragraphs; an empty string leaves a blank line. */
  lines: string[];
}

/** A notice sent by this run: said beside the run's summary, apart from the emails due. */
export interface NoticeSent {
  kind: NoticeKind;
  subject: string;
  to: string[];
}

/** How the run reaches its mail service. */
export interface NoticeOptions {
  now: Date;
  smtpUrl?: string | undefined;
  mailSecrets?: MailSecrets;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The notice as an email to the secretariat's addresses, text and HTML in the committee's
 * direction: greeted and signed as the secretariat's reports are (« Bonjour, », then « Le
 * secrétariat » and the committee's name).
 */
export function noticeEmail(
  config: CommitteeConfig,
  notice: SecretariatNotice,
  from: string,
): OutgoingEmail {
  const key = `${notice.kind}|${notice.key.slice(0, 16)}`;
  const tag = config.committee.tag;
  const dir = directionOf(tag);
  const greeting = translate(tag, 'report.greeting');
  const signature = translate(tag, 'email.signature', { committee: config.committee.name }).split('\n'); // prettier-ignore
  const lines = [greeting, '', ...notice.lines, '', ...signature];
  const paragraphs = [greeting, ...notice.lines]
    .map((l) => (l ? `<p>${escape(l)}</p>` : ''))
    .join('');
  const signed = `<p>${signature.map(escape).join('<br>')}</p>`;
  return {
    key,
    kind: notice.kind,
    messageId: messageIdFor(key, from),
    from,
    to: config.secretariat.emails.map((email) => ({ name: config.secretariat.name, email })),
    cc: [],
    subject: notice.subject,
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${config.committee.locale}" dir="${dir}"><body>${paragraphs}${signed}</body></html>`,
    attachments: [],
  };
}

/**
 * Sends the notice to the secretariat unless it went already (or the committee sends no mail);
 * what went now, or null.
 */
export async function tellSecretariat(
  config: CommitteeConfig,
  notice: SecretariatNotice,
  store: StateStore,
  options: NoticeOptions,
): Promise<NoticeSent | null> {
  if (!config.mail) return null;
  const email = noticeEmail(config, notice, config.mail.from);
  const transport = mailTransportFor(config.mail, store, {
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    ...(options.mailSecrets ? { secrets: options.mailSecrets } : {}),
  });
  try {
    const to = email.to.map((r) => r.email);
    const at = { at: options.now.toISOString(), leaseMs: CLAIM_LEASE_MS };
    const { delivery } = await deliverOnce(store, transport, email, to, at);
    const accepted = delivery?.accepted ?? [];
    return accepted.length > 0 ? { kind: notice.kind, subject: email.subject, to: accepted } : null;
  } finally {
    await transport.close();
  }
}
