/**
 * When the committee workbook's newest version does not pass, the run goes on with the last
 * accepted one and the secretariat is told what to fix, each problem at its sheet and cell,
 * once per version (per content hash): the email is claimed in the ledger like any other, so
 * two runs (or Cloud Scheduler's at-least-once retries) never send it twice.
 */
import { messageIdFor } from '../adapters/mail/transports.js';
import type { RosterStatus } from '../adapters/config/roster-config.js';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import { translate } from '../core/catalogue/render.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import { CLAIM_LEASE_MS } from '../core/ledger.js';
import { directionOf } from '../core/locale-tag.js';
import type { OutgoingEmail } from '../core/mail-transport.js';
import type { StateStore } from '../core/run-state.js';
import { deliverOnce, mailTransportFor } from './deliver.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The email about a refused workbook, in the committee's language (its last accepted one's). */
export function refusedRosterEmail(
  config: CommitteeConfig,
  roster: RosterStatus,
  refused: NonNullable<RosterStatus['refused']>,
  from: string,
): OutgoingEmail {
  const key = `roster-refused|${refused.sha256.slice(0, 16)}`;
  const tag = config.committee.tag;
  const accepted = roster.modifiedTime.slice(0, 10);
  const lines = [
    translate(tag, 'roster-load.refusedIntro', { workbook: roster.source, count: refused.problems.length }), // prettier-ignore
    translate(tag, 'roster-load.refusedKept', { hasDate: /^\d{4}-\d\d-\d\d$/.test(accepted), accepted }), // prettier-ignore
    '',
    ...refused.problems.map((p) => `- ${p}`),
    '',
    translate(tag, 'roster-load.refusedFix'),
  ];
  return {
    key,
    kind: 'config-refused',
    messageId: messageIdFor(key, from),
    from,
    to: config.secretariat.emails.map((email) => ({ name: config.secretariat.name, email })),
    cc: [],
    subject: translate(tag, 'roster-load.refusedSubject', { committee: config.committee.name }),
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${config.committee.locale}" dir="${directionOf(tag)}"><body>${lines.map((l) => (l ? `<p>${escape(l)}</p>` : '')).join('')}</body></html>`,
    attachments: [],
  };
}

/** Sends it to the secretariat unless it went already; true when it went now. */
export async function reportRefusedRoster(
  config: CommitteeConfig,
  roster: RosterStatus,
  store: StateStore,
  options: { now: Date; smtpUrl?: string; mailSecrets?: MailSecrets },
): Promise<boolean> {
  if (!config.mail || !roster.refused) return false;
  const email = refusedRosterEmail(config, roster, roster.refused, config.mail.from);
  const transport = mailTransportFor(config.mail, store, {
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    ...(options.mailSecrets ? { secrets: options.mailSecrets } : {}),
  });
  try {
    const { delivery } = await deliverOnce(
      store,
      transport,
      email,
      email.to.map((r) => r.email),
      { at: options.now.toISOString(), leaseMs: CLAIM_LEASE_MS },
    );
    return (delivery?.accepted.length ?? 0) > 0;
  } finally {
    await transport.close();
  }
}
