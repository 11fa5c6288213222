/**
 * `mail-check`: connects and authenticates with the configured transport without sending;
 * with a recipient, sends one test email. Says what works and, when something fails, the
 * server's answer as received with its cause and fix.
 */
import { randomUUID } from 'node:crypto';
import { mailboxFailure, mailFailureOf } from '../adapters/mail/mail-failure.js';
import type { MailTransport, OutgoingEmail } from '../core/mail-transport.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import { adviseMailFailure, outgoingSmtpPort, type MailFailure } from '../core/mail-advice.js';
import { mailTransportFor, type MailEnvironment } from './deliver.js';
import { mailboxFor, type MailboxEnvironment } from './mailboxes.js';
import type { InboundMailbox } from '../core/mailbox.js';
import type { StateStore } from '../core/run-state.js';
import { render, translate } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import { readerTag } from '../core/config-schema.js';
import { directionOf, type LocaleTag } from '../core/locale-tag.js';
import type { Locale } from '../core/locales.js';
import { SETTING_EXAMPLES } from '../core/setting-examples.js';
import { authenticationWarnings } from '../core/sender-authentication.js';

/** What `mail-check` found (its `--json`). */
export interface MailCheckResult {
  ok: boolean;
  transport: MailTransport['name'];
  /** What works, in order. */
  checked: string[];
  /** The test email, when one was asked for and accepted. */
  sent?: { to: string; messageId: string; answer: string };
  /** What failed: the answer as received, and when known its cause and fix. */
  failure?: { answer: string; cause?: string; fix?: string };
  /** The mailbox the intake reads (intake:), when configured: reached, or why not. */
  intake?: {
    ok: boolean;
    mailbox: string;
    checked: string[];
    failure?: string;
    /** What its configuration lets through (forged senders that cannot be told apart). */
    warnings?: string[];
  };
}

/** Opens the intake's mailbox and lists nothing: what works, or what failed, as said. */
async function checkIntake(
  config: CommitteeConfig,
  store: StateStore,
  environment: MailEnvironment & MailboxEnvironment,
  tag: LocaleTag,
): Promise<MailCheckResult['intake']> {
  const intake = config.intake;
  if (!intake) return undefined;
  let mailbox: InboundMailbox | null = null;
  try {
    mailbox = await mailboxFor(config, intake, store, {
      imapUrl: environment.imapUrl,
      ...(environment.secrets ? { mailSecrets: environment.secrets } : {}),
    });
    const checked = (await mailbox.check()).map((line) => render(tag, line));
    return { ok: true, mailbox: mailbox.location, checked };
  } catch (error) {
    // Said as the intake says it (mailboxes.ts explains the service's refusals).
    const where = mailbox?.location ?? intake.kind;
    const explained = error instanceof OgpError ? error : mailboxFailure(error, where);
    const failure = explained ? explained.textIn(tag) : (error as Error).message;
    return { ok: false, mailbox: where, checked: [], failure };
  } finally {
    await mailbox?.close();
  }
}

/** Checks the configured transport (with `to`, sends it a test email) and the intake's mailbox. */
export async function checkMail(
  config: CommitteeConfig,
  store: StateStore,
  environment: MailEnvironment & MailboxEnvironment,
  options: {
    now: Date;
    to?: string;
    /** The language it is said in: the command's (by default the committee's). */
    locale?: Locale;
  },
): Promise<MailCheckResult> {
  const locale = options.locale ?? config.committee.locale;
  const tag = readerTag(config, locale);
  const result = await checkTransport(config, store, environment, { ...options, tag });
  const checked = await checkIntake(config, store, environment, tag);
  if (!checked || !config.intake) return result;
  const warnings = authenticationWarnings(config.intake, tag);
  const intake = warnings.length ? { ...checked, warnings } : checked;
  return { ...result, ok: result.ok && intake.ok, intake };
}

async function checkTransport(
  config: CommitteeConfig,
  store: StateStore,
  environment: MailEnvironment,
  options: { now: Date; to?: string; tag: LocaleTag },
): Promise<MailCheckResult> {
  const { tag } = options;
  const mail = config.mail;
  if (!mail) {
    return {
      ok: false,
      transport: 'outbox',
      checked: [],
      failure: {
        answer: translate(tag, 'errors.noMailKey'),
        fix: translate(tag, 'errors.addMailKey', { mailSetting: SETTING_EXAMPLES.mailFrom }),
      },
    };
  }
  const transport = mailTransportFor(mail, store, environment);
  // The port SMTP is tried on, for the advice about port 25.
  const port = outgoingSmtpPort(mail.transport, environment.smtpUrl) ?? undefined;
  const result: MailCheckResult = { ok: true, transport: transport.name, checked: [] };
  try {
    result.checked.push(...(await transport.check()).map((line) => render(tag, line)));
    if (options.to) {
      const email = testEmail(config, options.to, options.now, tag);
      const delivery = await transport.deliver(email, [options.to]);
      const refused = delivery.rejected[0];
      if (refused) {
        // An API's refusal reads « 403 ErrorAccessDenied : … »: its status leads.
        const status = Number(/^(\d{3}) /.exec(refused.reason)?.[1]) || undefined;
        return {
          ...result,
          ok: false,
          failure: explain(
            { text: refused.reason, ...(status ? { status } : {}), ...(port ? { port } : {}) },
            tag,
          ),
        };
      }
      result.sent = {
        to: options.to,
        messageId: email.messageId,
        answer: delivery.answer ?? translate(tag, 'errors.accepted'),
      };
    }
    return result;
  } catch (error) {
    return { ...result, ok: false, failure: explain(mailFailureOf(error, port), tag) };
  } finally {
    await transport.close();
  }
}

/** The email a check sends: says what sent it, and how, in the language of the one checking. */
function testEmail(config: CommitteeConfig, to: string, now: Date, tag: LocaleTag): OutgoingEmail {
  const mail = config.mail as NonNullable<CommitteeConfig['mail']>;
  const domain = /@([^\s>]+)>?\s*$/.exec(mail.from)?.[1] ?? 'ogp-tracker.local';
  const how = mail.transport?.kind ?? 'smtp / outbox';
  const instant = now.toISOString();
  const text = translate(tag, 'errors.testBody', {
    day: instant.slice(0, 10),
    time: instant.slice(11, 19),
    committee: config.committee.name,
    transport: how,
  });
  return {
    key: `mail-check|${now.toISOString()}`,
    kind: 'mail-check',
    messageId: `<${randomUUID()}@${domain}>`,
    from: mail.from,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    to: [{ name: to, email: to }],
    cc: [],
    subject: translate(tag, 'errors.testSubject', { committee: config.committee.name }),
    html:
      `<!DOCTYPE html>\n<html lang="${tag}" dir="${directionOf(tag)}"><head><meta charset="utf-8"></head>` +
      `<body><p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></body></html>\n`,
    text: `${text}\n`,
    attachments: [],
  };
}

function explain(failure: MailFailure, tag: LocaleTag): NonNullable<MailCheckResult['failure']> {
  const advice = adviseMailFailure(failure);
  if (!advice) return { answer: failure.text };
  return { answer: failure.text, cause: render(tag, advice.cause), fix: render(tag, advice.fix) };
}
