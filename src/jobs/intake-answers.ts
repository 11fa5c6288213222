/**
 * The answers of an intake run, then the moves: the master consolidated once with every
 * version filed (its dashboard gives each answer's status and deadline), each message
 * answered in its thread exactly once through the ledger, and only then moved or labelled;
 * the feedback on Google Sheets left alone for ten minutes; the run in the master's journal.
 */
import { createHash } from 'node:crypto';
import { answerSuppressed } from '../core/automatic-mail.js';
import { translate } from '../core/catalogue/render.js';
import { readerTag, type Commitment, type CommitteeConfig } from '../core/config-schema.js';
import { buildConsolidation, type ConsolidatedModel } from '../core/consolidation.js';
import { feedbackOn, nextDeadline, type DueEmail, type Recipient } from '../core/due-emails.js';
import { renderAnswer, renderEmail } from '../core/email-templates.js';
import { CLAIM_LEASE_MS, settledLookup } from '../core/ledger.js';
import type { MailTransport, OutgoingEmail } from '../core/mail-transport.js';
import type { LocaleTag } from '../core/locale-tag.js';
import { heldMessagesByCommitment, type IntakeRecord } from '../core/mailbox.js';
import { commitmentsOf } from '../core/inbound-mail.js';
import { withoutRepeats } from '../core/roles.js';
import type { ConsolidateResult } from './consolidate.js';
import { outgoingOf, type deliverOnce as DeliverOnceFn } from './deliver.js';
import type { IntakeRun, Pending } from './intake-run.js';

/** The delivery step, loaded with the answers. */
type DeliverOnce = typeof DeliverOnceFn;

/**
 * The answers, then the moves: the master is consolidated once with every version filed
 * (its dashboard gives each answer's status and deadline), each message gets its answer in
 * its thread (exactly once, through the ledger), and only then is it moved or labelled.
 */
export async function answerAndFileAway(
  run: IntakeRun,
  pending: Pending[],
  sheets: Commitment[],
): Promise<void> {
  if (pending.length === 0 && sheets.length === 0) return;
  const { config, store, options } = run;
  // Loaded only when a message needs an answer: an idle run does without them (cold start).
  const { consolidateLocked } = await import('./consolidate.js');
  const { deliverOnce, mailTransportFor } = await import('./deliver.js');
  const result = await consolidateLocked(config, {
    now: options.now,
    store,
    command: 'intake',
    ...(options.baseDir ? { baseDir: options.baseDir } : {}),
    ...(options.google ? { google: options.google } : {}),
  });
  run.summary.master = result.summary.master;
  const secrets = options.mailSecrets ? { secrets: options.mailSecrets } : {};
  const mail = config.mail as NonNullable<CommitteeConfig['mail']>;
  const transport =
    options.transport ?? mailTransportFor(mail, store, { smtpUrl: options.smtpUrl, ...secrets });
  try {
    for (const item of pending) {
      const entry = run.state.messages[item.key] as IntakeRecord;
      if (!entry.answered) {
        // Its sender asks for no automatic answer: filed, and nothing to send.
        const suppressed = answerSuppressed(item.message);
        if (suppressed) noteSuppressed(run, item.key, entry, suppressed);
        let later = false;
        for (const email of suppressed ? [] : answersTo(run, item, result.model)) {
          const outcome = await send(run, transport, email, deliverOnce);
          if (outcome === 'sent') run.summary.answers++;
          later ||= outcome === 'later';
        }
        // A passing failure (a mail server down): the message waits for the next run.
        if (later) continue;
        entry.answered = true;
        await store.saveIntake(run.state);
      }
      if (!entry.handled) {
        // A message that cannot be read goes where a person looks, not with those handled.
        if (item.setAside) await run.mailbox.setAside(item.summary);
        else await run.mailbox.markHandled(item.summary);
        entry.handled = true;
        await store.saveIntake(run.state);
      }
    }
    for (const { spreadsheetId, email } of sheetFeedback(run, sheets, result)) {
      const outcome = await send(run, transport, email, deliverOnce);
      if (outcome === 'sent') run.summary.sheetFeedback++;
      // Not sent for a passing reason: the sheet is pending again, for the next run.
      if (outcome === 'later' && run.state.sheets) {
        run.state.sheets.pending[spreadsheetId] = new Date(0).toISOString();
      }
    }
  } finally {
    await transport.close();
  }
  // No mail server set: the answers were written to the outbox, and nothing left the machine.
  if (transport.name === 'outbox' && run.summary.answers + run.summary.sheetFeedback > 0) {
    run.summary.outbox = store.outboxLocation;
  }
  await recordAnswers(run, result);
}

/** Says why a message filed or refused got no answer, in its record and in the run's summary. */
function noteSuppressed(run: IntakeRun, key: string, entry: IntakeRecord, reason: string): void {
  const note = translate(run.config.committee.tag, 'intake.answerSuppressed', { reason });
  if (entry.note?.includes(note)) return;
  entry.note = entry.note ? `${entry.note} ; ${note}` : note;
  const detail = run.summary.details.find((d) => d.messageId === key);
  if (detail) detail.note = entry.note;
}

/**
 * The feedback on each settled Google Sheet read fresh this run, as the morning's feedback
 * says it (same key: the morning does not repeat it), in the commitment's thread.
 */
function sheetFeedback(
  run: IntakeRun,
  sheets: readonly Commitment[],
  result: ConsolidateResult,
): { spreadsheetId: string; email: OutgoingEmail }[] {
  const mail = run.config.mail as NonNullable<CommitteeConfig['mail']>;
  const emails: { spreadsheetId: string; email: OutgoingEmail }[] = [];
  for (const commitment of sheets) {
    if (commitment.source?.kind !== 'google-sheet') continue;
    const spreadsheetId = commitment.source.spreadsheetId;
    const reading = result.readings.get(commitment.id);
    if (!reading || !result.fresh.has(commitment.id)) continue;
    const link = /^https:\/\//.test(reading.source) ? reading.source : null;
    const due = feedbackOn(run.config, result.model, commitment, reading.contentHash, link);
    if (!due) continue;
    const email = outgoingOf(due, mail, renderEmail(due, run.config.committee.name));
    emails.push({ spreadsheetId, email });
  }
  return emails;
}

/**
 * The person a message came from, as the configuration names them (focal point, substitute
 * or communication officer of one of the commitments their role names), with the language
 * they read: their own, else the committee's.
 */
function senderOf(run: IntakeRun, item: Pending): Recipient & { tag: LocaleTag } {
  const from = item.message.from?.address.trim().toLowerCase();
  const person = commitmentsOf(item.role)
    .flatMap((c) => [c.focalPoint, ...c.substitutes, ...c.communicationOfficers])
    .find((p) => p.email.trim().toLowerCase() === from);
  return {
    name: person?.name ?? run.config.secretariat.name,
    email: person?.email ?? item.message.from?.address ?? '',
    tag: readerTag(run.config, person?.locale),
  };
}

/** The answers a message gets: the feedback on each version filed, and what was refused. */
function answersTo(run: IntakeRun, item: Pending, model: ConsolidatedModel): OutgoingEmail[] {
  const { tag: theirTag, ...to } = senderOf(run, item);
  const emails: DueEmail[] = [];
  for (const filing of item.filings) {
    const feedback = feedbackOn(run.config, model, filing.commitment, filing.contentHash);
    if (!feedback || feedback.content.type !== 'feedback') continue;
    const greet = to.email === filing.commitment.focalPoint.email ? {} : { greet: to.name };
    // A substitute's or an officer's version is answered to them, copying the focal point;
    // the communication officers are copied as on every feedback. The secretariat's, to it.
    const cc =
      item.role.kind === 'secretariat'
        ? []
        : withoutRepeats([filing.commitment.focalPoint, ...feedback.cc], [to]).map(
            ({ name, email }) => ({ name, email }),
          );
    emails.push({ ...feedback, to: [to], cc, content: { ...feedback.content, ...greet } });
  }
  if (item.refusals.length) {
    const ids = commitmentsOf(item.role);
    const deadline =
      ids.length === 1 ? nextDeadline(run.config, model, (ids[0] as { id: number }).id) : null;
    emails.push({
      key: `answer|${createHash('sha256').update(item.key).digest('hex').slice(0, 16)}`,
      kind: 'answer',
      tag: theirTag,
      to: [to],
      cc: [],
      content: {
        type: 'intake-refused',
        name: to.name,
        subject: item.message.subject,
        refusals: item.refusals,
        deadline,
      },
      attachMaster: false,
    });
  }
  const mail = run.config.mail as NonNullable<CommitteeConfig['mail']>;
  const { messageId: theirs, threadId, subject } = item.message;
  return emails.map((email) => {
    const tag = email.kind === 'answer' ? email.tag : theirTag;
    // Their Subject with « RE: », what we say of it on the first line: their conversation.
    const rendered = renderAnswer({ ...email, tag }, run.config.committee.name, subject);
    // In the focal point's own thread: an answer to their message (and, sent from the
    // mailbox that received it, in its conversation there: Gmail's threadId).
    const thread = {
      ...(theirs
        ? { inReplyTo: theirs, references: [...item.message.references.slice(-10), theirs] }
        : {}),
      ...(threadId ? { mailboxThread: { mailbox: run.mailbox.location, id: threadId } } : {}),
    };
    return outgoingOf(email, mail, rendered, { autoReplied: true, ...thread });
  });
}

/** Sends one answer exactly once, within the cap of answers per address and hour. */
async function send(
  run: IntakeRun,
  transport: MailTransport,
  email: OutgoingEmail,
  deliverOnce: DeliverOnce,
): Promise<Sent> {
  const { state, options } = run;
  const address = (email.to[0] as Recipient).email.toLowerCase();
  // The people copied (the focal point, the communication officers) are delivered with it.
  const recipients = withoutRepeats([...email.to, ...email.cc]).map((r) => r.email.toLowerCase());
  const hourAgo = new Date(options.now.getTime() - 3600_000).toISOString();
  const lately = state.answers.filter((a) => a.address === address && a.at > hourAgo).length;
  if (lately >= run.intake.answersPerHour) return 'done'; // a loop with a robot stops here
  const { delivery } = await deliverOnce(run.store, transport, email, recipients, {
    at: options.now.toISOString(),
    leaseMs: options.claimLeaseMs ?? CLAIM_LEASE_MS,
  });
  if (!delivery) {
    // Not claimed: sent (or refused for good) already, or still held by a run that died.
    const settled = settledLookup(await run.store.loadLedger());
    return settled(email.key, address) ? 'done' : 'later';
  }
  if (delivery.accepted.length) {
    state.answers.push({ address, at: options.now.toISOString() });
    return 'sent';
  }
  return delivery.rejected.some((r) => r.temporary) ? 'later' : 'done';
}

/** What became of one answer: sent, nothing more to do, or to try again on the next run. */
type Sent = 'sent' | 'done' | 'later';

/**
 * The master's journal has the intake run (consolidated above) with the answers it sent;
 * the master is published again, in place, to show them.
 */
async function recordAnswers(run: IntakeRun, result: ConsolidateResult): Promise<void> {
  const { store, options, summary } = run;
  if (summary.answers === 0 && summary.sheetFeedback === 0) return;
  const journal = await store.loadJournal();
  const last = journal.at(-1);
  if (!last || last.at !== options.now.toISOString() || last.command !== 'intake') return;
  // Written to the outbox is not sent: the journal counts them apart.
  if (summary.outbox) last.emailsWritten = summary.answers + summary.sheetFeedback;
  else last.emailsSent = summary.answers + summary.sheetFeedback;
  await store.saveJournal(journal);
  const ledger = await store.loadLedger();
  const { commitments, committee } = run.config;
  const held = heldMessagesByCommitment(run.state, commitments, committee.timezone);
  const { outcomes } = result;
  const model = buildConsolidation(run.config, outcomes, options.now, undefined, ledger, {}, held);
  const { publishMaster } = await import('./consolidate.js');
  await publishMaster(run.config, model, journal, store, false);
}
