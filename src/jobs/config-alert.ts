/**
 * When the configuration kept in Firestore no longer passes, the run goes on with the last
 * valid one and the secretariat gets the problems, each with its line, once per version: the
 * email is claimed in the ledger like any other.
 */
import { messageIdFor } from '../adapters/mail/transports.js';
import { translate } from '../core/catalogue/render.js';
import { directionOf } from '../core/locale-tag.js';
import type { OutgoingEmail } from '../core/mail-transport.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { StoredConfig } from '../adapters/config/firestore-copy.js';
import { deliverOnce, mailTransportFor } from './deliver.js';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import { CLAIM_LEASE_MS } from '../core/ledger.js';
import type { StateStore } from '../core/run-state.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The email about a refused configuration, in the committee's language (its last valid one's). */
export function refusedConfigEmail(
  config: CommitteeConfig,
  refused: NonNullable<StoredConfig['refused']>,
  from: string,
): OutgoingEmail {
  const key = `config-refused|${refused.sha256.slice(0, 16)}`;
  const tag = config.committee.tag;
  const lines = [
    translate(tag, 'config.refusedIntro', { file: refused.file, count: refused.details.length }),
    translate(tag, 'config.refusedKept'),
    '',
    ...refused.details.map((d) => `- ${d}`),
    '',
    translate(tag, 'config.refusedFix'),
  ];
  return {
    key,
    kind: 'config-refused',
    messageId: messageIdFor(key, from),
    from,
    to: config.secretariat.emails.map((email) => ({ name: config.secretariat.name, email })),
    cc: [],
    subject: translate(tag, 'config.refusedSubject', { committee: config.committee.name }),
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${config.committee.locale}" dir="${directionOf(tag)}"><body>${lines.map((l) => (l ? `<p>${escape(l)}</p>` : '')).join('')}</body></html>`,
    attachments: [],
  };
}

/** Sends it to the secretariat unless it went already; true when it went now. */
export async function reportRefusedConfig(
  config: CommitteeConfig,
  refused: NonNullable<StoredConfig['refused']>,
  store: StateStore,
  options: { now: Date; smtpUrl?: string; mailSecrets?: MailSecrets },
): Promise<boolean> {
  if (!config.mail) return false;
  const email = refusedConfigEmail(config, refused, config.mail.from);
  const transport = mailTransportFor(config.mail, store, {
    smtpUrl: options.smtpUrl,
    ...(options.mailSecrets ? { secrets: options.mailSecrets } : {}),
  });
  try {
    const { delivery } = await deliverOnce(
      store,
      transport,
      email,
      email.to.map((r) => r.email),
      {
        at: options.now.toISOString(),
        leaseMs: CLAIM_LEASE_MS,
      },
    );
    return (delivery?.accepted.length ?? 0) > 0;
  } finally {
    await transport.close();
  }
}
