/**
 * `tick`, `remind` and `report`: consolidate, then send every email due now and not yet
 * delivered, recording each accepted delivery in the ledger before the next one.
 */
import { message, translate } from '../core/catalogue/render.js';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import type { GoogleClients } from '../adapters/google/api.js';
import { OgpError } from '../core/codes.js';
import { SETTING_EXAMPLES } from '../core/setting-examples.js';
import type { CommitteeConfig, MailTransportKind } from '../core/config-schema.js';
import {
  attachmentNames,
  eventFileName,
  meetingEventWords,
  renderEmail,
} from '../core/email-templates.js';
import { masterFileName } from '../core/file-names.js';
import { meetingEvent } from '../core/ics.js';
import { CLAIM_LEASE_MS, refusedAddresses, settledLookup } from '../core/ledger.js';
import type { MailTransport, OutgoingEmail } from '../core/mail-transport.js';
import { type SendKind } from '../core/schedule.js';
import { dueEmails, type DueEmail } from '../core/due-emails.js';
import { buildConsolidation, type ConsolidatedModel } from '../core/consolidation.js';
import { snapshotOf, type MeetingSnapshot } from '../core/snapshot.js';
import {
  heldByCommitment,
  heldMessagesByCommitment,
  noticesForSecretariat,
} from '../core/mailbox.js';
import { rosterByRole } from '../core/roles.js';
import {
  consolidateLocked,
  publishMaster,
  type ConsolidateResult,
  type ConsolidateSummary,
} from './consolidate.js';
import { withRunLock } from './stores.js';
import { withAdapters, type RunAdapters } from './run-adapters.js';
import { deliverOnce, mailTransportFor, outgoingOf } from './deliver.js';
import type { StateStore } from '../core/run-state.js';

/** Whether a delivery of a key to a recipient is settled (sent, or refused for good). */
type DeliveredLookup = ReturnType<typeof settledLookup>;

/** Which kinds each command sends. */
export const COMMAND_KINDS: Record<'tick' | 'remind' | 'report', readonly SendKind[]> = {
  tick: [
    'feedback',
    'reminder',
    'overdue',
    'report-deadline',
    'report-meeting',
    'invitation',
    'holiday-check',
  ],
  remind: ['feedback', 'reminder', 'overdue'],
  report: ['report-deadline', 'report-meeting'],
};

/** One email of the run, as printed and returned in JSON. */
export interface EmailOutcome {
  key: string;
  kind: SendKind;
  subject: string;
  messageId: string;
  to: string[];
  cc: string[];
  /** Recipients delivered this run. */
  delivered: string[];
  /** Recipients that failed, with the server's reason: retried on the next run. */
  failed: { address: string; reason: string }[];
}

export interface CalendarRunSummary extends ConsolidateSummary {
  transport: MailTransportKind | 'dry-run';
  /** Where the outbox is (when the transport is the outbox). */
  outbox: string;
  /** Emails due this run. */
  due: number;
  /** Emails delivered to every recipient due this run. */
  sent: number;
  /** Emails that did not reach one of their recipients (each in `emails[].failed`): tried again on the next run. */
  failed: number;
  emails: EmailOutcome[];
  /**
   * The mail server could not be reached (its connection refused, its name unknown, no answer):
   * nothing more was tried this run, and the emails not tried are failed with its answer.
   */
  unreachable?: { answer: string };
  /**
   * Deliveries taken over from a run that died while holding them: it may have sent them
   * (« possiblement envoyé deux fois »), noted in the journal.
   */
  possiblyTwice: string[];
}

export interface CalendarRunOptions {
  now: Date;
  command: 'tick' | 'remind' | 'report';
  dryRun?: boolean;
  /** The transport; by default the configured one (`mail.transport`), else SMTP when `smtpUrl` is given, else the outbox. */
  transport?: MailTransport;
  smtpUrl?: string;
  /** The OAuth credentials of the configured transport (from the environment). */
  mailSecrets?: MailSecrets;
  store?: StateStore;
  baseDir?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * Waits before each new attempt at deliveries that failed for a passing reason (4xx,
   * dropped connection); by default 5 s, 30 s, then 2 min. A recipient refused for good
   * (5xx) is not retried this run.
   */
  retryDelaysMs?: readonly number[];
  /** How long a claimed delivery is held (tests shorten it); {@link CLAIM_LEASE_MS} by default. */
  claimLeaseMs?: number;
  /** Google clients (tests point them at a local server); by default made on first use. */
  google?: GoogleClients;
  /** The run's adapters, built by its entry point; by default the configuration's. */
  adapters?: RunAdapters;
}

/** Waits between attempts at temporary delivery failures, within one run. */
export const DEFAULT_RETRY_DELAYS_MS = [5_000, 30_000, 120_000] as const;

/** Consolidates, then sends what the command sends and is due. */
export async function runCalendar(
  config: CommitteeConfig,
  options: CalendarRunOptions,
): Promise<CalendarRunSummary> {
  return withAdapters(config, options, async (adapters) => {
    const store = await adapters.store();
    return withRunLock(store, () => calendarLocked(config, { ...options, adapters }, store));
  });
}

async function calendarLocked(
  config: CommitteeConfig,
  options: CalendarRunOptions,
  store: StateStore,
): Promise<CalendarRunSummary> {
  const result = await consolidateLocked(config, {
    now: options.now,
    store,
    command: options.command,
    ...(options.dryRun ? { trial: true } : {}),
    ...(options.baseDir ? { baseDir: options.baseDir } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.google ? { google: options.google } : {}),
    ...(options.adapters ? { adapters: options.adapters } : {}),
  });
  const { due, wasDelivered, snapshots } = await findDue(config, options, store, result);
  const summary: CalendarRunSummary = {
    ...result.summary,
    transport: options.dryRun ? 'dry-run' : transportName(config, options),
    outbox: store.outboxLocation,
    due: due.length,
    sent: 0,
    failed: 0,
    emails: [],
    possiblyTwice: [],
  };
  if (due.length === 0) return summary;
  await sendDue(config, options, store, { due, wasDelivered, published: result.summary }, summary);
  // Emails, as they are counted when due: each sent, or failed for one of its recipients.
  summary.sent = summary.emails.filter((e) => e.delivered.length > 0 && !e.failed.length).length;
  summary.failed = summary.emails.filter((e) => e.failed.length > 0).length;
  await keepReportedSnapshots(store, due, summary, snapshots, result.model);
  if (summary.emails.some((e) => e.delivered.length > 0) || summary.possiblyTwice.length > 0) {
    await recordSends(config, options.now, store, summary, result.outcomes);
  }
  return summary;
}

/** The transport a run uses, as the ledger names it. */
function transportName(config: CommitteeConfig, options: CalendarRunOptions): MailTransportKind {
  return (
    options.transport?.name ?? config.mail?.transport?.kind ?? (options.smtpUrl ? 'smtp' : 'outbox')
  );
}

/** What is due: the emails of the command due now and not yet settled in the ledger. */
async function findDue(
  config: CommitteeConfig,
  options: CalendarRunOptions,
  store: StateStore,
  result: ConsolidateResult,
): Promise<{ due: DueEmail[]; wasDelivered: DeliveredLookup; snapshots: MeetingSnapshot[] }> {
  const ledger = await store.loadLedger();
  // Settled: sent, or refused for good (never tried again: the secretariat corrects the
  // address, which makes a new delivery).
  const wasDelivered = settledLookup(ledger);
  const kinds = new Set(COMMAND_KINDS[options.command]);
  const fresh = new Map(
    [...result.readings]
      .filter(([id]) => result.fresh.has(id))
      .map(([id, r]) => [id, { contentHash: r.contentHash }]),
  );
  const snapshots = await store.loadSnapshots();
  // What the mailbox left for the secretariat since its last report.
  const lastReport = ledger
    .filter((e) => e.kind.startsWith('report-') && (e.state ?? 'sent') === 'sent')
    .map((e) => e.at)
    .sort()
    .at(-1);
  const intake = await store.loadIntake();
  const mailbox = noticesForSecretariat(intake, lastReport ?? null);
  const held = heldByCommitment(intake, config.commitments, config.committee.timezone);
  // The committee workbook's history (kept in the run state when the roster was loaded).
  const roster = config.roster ? await store.loadRoster() : null;
  const due = dueEmails({
    config,
    model: result.model,
    fresh,
    now: options.now,
    delivered: (key, recipients) => recipients.every((r) => wasDelivered(key, r.email)),
    // A Google source by its address; a file is sent back by reply, never shown by its path.
    linkFor: (c) => {
      if (c.source?.kind === 'xlsx') return null;
      const address = result.readings.get(c.id)?.source ?? null;
      return address && /^https:\/\//.test(address) ? address : null;
    },
    canAttachTemplate: (c) => c.source?.kind === 'xlsx',
    snapshots,
    refused: refusedAddresses(ledger, configuredAddresses(config)),
    mailbox,
    held,
    ...(roster ? { rosterChanges: roster.changes } : {}),
  }).filter((e) => kinds.has(e.kind));
  return { due, wasDelivered, snapshots };
}

/**
 * What is sent: each due email composed once, then delivered to the recipients who do not
 * have it yet, exactly once through the ledger; what failed for a passing reason is tried
 * again after each of the retry delays. Fills the summary's outcomes.
 */
async function sendDue(
  config: CommitteeConfig,
  options: CalendarRunOptions,
  store: StateStore,
  work: { due: DueEmail[]; wasDelivered: DeliveredLookup; published: ConsolidateSummary },
  summary: CalendarRunSummary,
): Promise<void> {
  if (!config.mail) {
    throw new OgpError(
      'config-invalid',
      message('errors.mailFromMissing', { mailSetting: SETTING_EXAMPLES.mailFrom }),
    );
  }
  const { due, wasDelivered, published } = work;
  const secrets = options.mailSecrets ? { secrets: options.mailSecrets } : {};
  const transport = options.dryRun
    ? null
    : (options.transport ??
      mailTransportFor(config.mail, store, { smtpUrl: options.smtpUrl, ...secrets }));
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  try {
    const composed = await Promise.all(
      due.map((email) =>
        compose(email, config, published, options.now, transport?.maxMessageBytes),
      ),
    );
    let queue = due.map((email, index) => {
      const outgoing = composed[index] as OutgoingEmail;
      const outcome: EmailOutcome = {
        key: email.key,
        kind: email.kind,
        subject: outgoing.subject,
        messageId: outgoing.messageId,
        to: email.to.map((r) => r.email),
        cc: email.cc.map((r) => r.email),
        delivered: [],
        failed: [],
      };
      summary.emails.push(outcome);
      return { email, outgoing, outcome };
    });
    // The recipients who do not have it yet: whoever had it under a former key (a substitute
    // copied on the focal point's invitation, before invitations were per person) has it.
    const pendingOf = ({ email, outcome }: (typeof queue)[number]) => {
      const had = (r: string) =>
        wasDelivered(email.key, r) || (email.formerKeys ?? []).some((k) => wasDelivered(k, r));
      return [...email.to, ...email.cc]
        .map((r) => r.email)
        .filter((r) => !had(r) && !outcome.delivered.includes(r));
    };
    // Attempts: the first, then one per delay for what failed for a passing reason.
    for (let attempt = 0; transport && queue.length > 0; attempt++) {
      if (attempt > 0) await sleep(delays[attempt - 1] ?? 0);
      const again: typeof queue = [];
      for (const [index, item] of queue.entries()) {
        const { outgoing, outcome } = item;
        const pending = pendingOf(item);
        const { delivery, retaken } = await deliverOnce(store, transport, outgoing, pending, {
          // The evaluated instant: a run `--now` in the past records its sends at that time.
          at: options.now.toISOString(),
          leaseMs: options.claimLeaseMs ?? CLAIM_LEASE_MS,
        });
        for (const recipient of retaken)
          summary.possiblyTwice.push(`${outgoing.subject} → ${recipient}`);
        if (!delivery) continue;
        outcome.delivered.push(...delivery.accepted);
        outcome.failed = delivery.rejected.map(({ address, reason }) => ({ address, reason }));
        const down = delivery.accepted.length === 0 && delivery.rejected.find((r) => r.unreachable);
        if (down) {
          // No email would go: the others are not tried, nor is any tried again this run;
          // those not tried yet fail with the same answer (unclaimed, they are due next run).
          summary.unreachable = { answer: down.reason };
          for (const rest of queue.slice(index + 1)) {
            if (rest.outcome.failed.length) continue;
            rest.outcome.failed = pendingOf(rest).map((address) => ({
              address,
              reason: down.reason,
            }));
          }
          break;
        }
        if (delivery.rejected.some((r) => r.temporary) && attempt < delays.length) again.push(item);
      }
      if (summary.unreachable) break;
      queue = again;
    }
  } finally {
    await transport?.close();
  }
}

/** The state each pre-meeting report showed is kept, for the next one's « since the meeting ». */
async function keepReportedSnapshots(
  store: StateStore,
  due: readonly DueEmail[],
  summary: CalendarRunSummary,
  snapshots: MeetingSnapshot[],
  model: ConsolidatedModel,
): Promise<void> {
  const reported = due.filter(
    (e, i) => e.kind === 'report-meeting' && (summary.emails[i]?.delivered.length ?? 0) > 0,
  );
  for (const email of reported) {
    if (email.content.type !== 'report-meeting') continue;
    const meeting = email.content.meeting?.date;
    if (meeting && !snapshots.some((s) => s.meeting === meeting)) {
      snapshots.push(snapshotOf(model, meeting));
      await store.saveSnapshots(snapshots);
    }
  }
}

/**
 * The master was published before sending (reports attach it); publish it again, in place,
 * so that its journal and calendar show what this run sent.
 */
async function recordSends(
  config: CommitteeConfig,
  now: Date,
  store: StateStore,
  summary: CalendarRunSummary,
  outcomes: ConsolidateResult['outcomes'],
): Promise<void> {
  const journal = await store.loadJournal();
  const last = journal.at(-1);
  if (last && last.at === now.toISOString()) {
    const delivered = summary.emails.filter((e) => e.delivered.length > 0).length;
    // Written to the outbox is not sent: the journal counts them apart.
    if (summary.transport === 'outbox') last.emailsWritten = delivered;
    else last.emailsSent = delivered;
    if (summary.possiblyTwice.length)
      last.notes = summary.possiblyTwice.map((d) =>
        translate(config.committee.locale, 'dashboard.possiblyTwice', { delivery: d }),
      );
  }
  await store.saveJournal(journal);
  const held = heldMessagesByCommitment(
    await store.loadIntake(),
    config.commitments,
    config.committee.timezone,
  );
  const ledger = await store.loadLedger();
  const model = buildConsolidation(config, outcomes, now, undefined, ledger, {}, held);
  await publishMaster(config, model, journal, store, false);
}

/** Every address the configuration sends to. */
function configuredAddresses(config: CommitteeConfig): Set<string> {
  return new Set([...config.secretariat.emails, ...rosterByRole(config).map((p) => p.email)]);
}

/**
 * Whether the master goes as an attachment: not when it lies in Drive (its link is given), nor
 * when the message would pass the transport's limit (Graph's 4 MB: its place is given).
 */
async function masterPlace(
  email: DueEmail,
  masterPath: string,
  maxMessageBytes: number | undefined,
): Promise<{ link: string; reason: 'drive' | 'too-large' } | null> {
  if (!email.attachMaster) return null;
  if (/^https?:\/\//.test(masterPath)) return { link: masterPath, reason: 'drive' };
  if (!maxMessageBytes) return null;
  const size = (await stat(masterPath)).size;
  // Base64 makes 4 bytes of 3; the bodies and the other parts take the rest.
  return (size * 4) / 3 + 200_000 > maxMessageBytes
    ? { link: masterPath, reason: 'too-large' }
    : null;
}

async function compose(
  due: DueEmail,
  config: CommitteeConfig,
  published: { master: string; page: string },
  now: Date,
  maxMessageBytes?: number,
): Promise<OutgoingEmail> {
  const mail = config.mail as NonNullable<CommitteeConfig['mail']>;
  const masterPath = published.master;
  const place = await masterPlace(due, masterPath, maxMessageBytes);
  // The status page goes with the master: attached, or linked where it is published (Drive).
  const pageLink =
    due.attachMaster && (/^https?:\/\//.test(published.page) || place?.reason === 'too-large')
      ? published.page
      : null;
  const email: DueEmail =
    (place || pageLink) && 'model' in due.content
      ? {
          ...due,
          attachMaster: !place && due.attachMaster,
          content: {
            ...due.content,
            ...(place ? { master: place } : {}),
            ...(pageLink ? { page: pageLink } : {}),
          },
        }
      : due;
  const rendered = renderEmail(email, config.committee.name);
  const attachments: OutgoingEmail['attachments'] = [];
  if (email.attachMaster) {
    attachments.push({
      // Named in the committee's language, as it is stored (file-names.ts).
      filename: masterFileName(config.committee.tag),
      path: masterPath,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
  if (due.attachMaster && !pageLink) {
    attachments.push({
      // Named as the report names it, in the committee's language.
      filename: attachmentNames(email.tag).page,
      path: published.page,
      contentType: 'text/html; charset=utf-8',
    });
  }
  const template = email.attachTemplate;
  if (template?.source?.kind === 'xlsx') {
    // The commitment's own template, under the name its file is expected to have (its writer
    // loads the whole of exceljs: only an email that carries a template pays it).
    const { buildTemplateWorkbook, templateOptionsFor } =
      await import('../adapters/documents/template-workbook.js');
    const workbook = buildTemplateWorkbook(templateOptionsFor(config, template));
    attachments.push({
      filename: basename(template.source.path),
      content: Buffer.from(await workbook.xlsx.writeBuffer()),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
  if (email.content.type === 'invitation') {
    // The event in the language of the one invited, as the email.
    const domain = /@([^\s>]+)>?\s*$/.exec(mail.from)?.[1] ?? 'ogp-tracker.local';
    attachments.push({
      filename: eventFileName(email.tag, email.content.meeting),
      content: meetingEvent(email.content.meeting, {
        ...meetingEventWords(email.tag, config.committee.name, email.content.meeting),
        timeZone: config.committee.timezone,
        now,
        domain,
      }),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    });
  }
  return outgoingOf(email, mail, rendered, { attachments });
}
