/**
 * `intake`: reads the secretariat's mailbox, files the workbooks focal points send back and
 * answers each message in its thread within minutes. Every message is handled once, by its
 * Message-ID: its version stored and its answer claimed in the ledger before it is moved or
 * labelled, so that a run that dies in between is finished by the next one without a second
 * answer. Automatic mail and our own are never answered; a sender the committee does not
 * know is never answered (no backscatter); a message the sender's server does not vouch for
 * is held until the secretariat releases it. Nothing is ever deleted from the mailbox.
 */
import { INTAKE_WORDS } from '../core/catalogue/intake-words.js';
import { messageIdFor } from '../adapters/mail/transports.js';
import { DEFAULT_READ_LIMITS } from '../adapters/xlsx/reader.js';
import { OgpError, said } from '../core/codes.js';
import type { CommitteeConfig, IntakeConfig } from '../core/config-schema.js';
import { localDateAt, zoneOffsetMs } from '../core/calendar-date.js';
import { roundThread, type IntakeRefusal } from '../core/due-emails.js';
import { automaticReason } from '../core/automatic-mail.js';
import {
  authenticationVerdict,
  senderRole,
  type InboundMessage,
  type SenderRole,
} from '../core/inbound-mail.js';
import {
  messageKey,
  type IntakeOutcome,
  type IntakeRecord,
  type IntakeState,
  type MessageSummary,
} from '../core/mailbox.js';
import type { StateStore } from '../core/run-state.js';
import { campaignRounds } from '../core/campaigns.js';
import { isWorkingDay } from '../core/working-days.js';
import { storeFor } from './stores.js';
import { answerAndFileAway } from './intake-answers.js';
import {
  emptySummary,
  type IntakeOptions,
  type IntakeRun,
  type IntakeSummary,
  type Pending,
} from './intake-run.js';
import { examineWorkbooks, fileWorkbook, type Filing } from './intake-workbooks.js';
import { settledSheets } from './intake-sheets.js';
import { mailboxFor } from './mailboxes.js';

export type { IntakeDetail, IntakeOptions, IntakeSummary } from './intake-run.js';

/** HH:MM on the committee's clock. */
function clockAt(now: Date, timeZone: string): string {
  return new Date(now.getTime() + zoneOffsetMs(now, timeZone)).toISOString().slice(11, 16);
}

/**
 * Why the mailbox is not read now, or null: outside `intake.hours`, or a day off (Cloud
 * Scheduler fires every five minutes and knows no holidays, so the intake checks itself).
 */
export function outsideHours(
  config: CommitteeConfig,
  intake: IntakeConfig,
  now: Date,
): string | null {
  const tz = config.committee.timezone;
  const day = localDateAt(now, tz);
  const { from, to } = intake.hours;
  const w = INTAKE_WORDS[config.committee.locale];
  if (!isWorkingDay(day, config.calendar)) return w.notWorkingDay(day, from, to);
  const clock = clockAt(now, tz);
  if (clock < from || clock >= to) return w.outsideHours(clock, from, to);
  return null;
}

/** Reads the mailbox once: files, answers, remembers. */
export async function runIntake(
  config: CommitteeConfig,
  options: IntakeOptions,
): Promise<IntakeSummary> {
  const intake = config.intake;
  if (!intake) {
    throw new OgpError('config-invalid', said('intakeNotConfigured'));
  }
  if (!config.mail) {
    throw new OgpError('config-invalid', said('intakeNeedsMail'));
  }
  const closed = options.release ? null : outsideHours(config, intake, options.now);
  if (closed) return emptySummary(intake.kind, closed);
  const store = options.store ?? (await storeFor(config));
  try {
    let release: () => Promise<void>;
    try {
      release = await store.lock();
    } catch (error) {
      // The daily run holds the storage: it is never delayed; the next intake does the work.
      if ((error as OgpError).code === 'run-in-progress') {
        return emptySummary(intake.kind, INTAKE_WORDS[config.committee.locale].storageBusy);
      }
      throw error;
    }
    try {
      return await intakeLocked(config, intake, options, store);
    } finally {
      await release().catch(() => undefined);
    }
  } finally {
    if (!options.store) await store.close?.();
  }
}

async function intakeLocked(
  config: CommitteeConfig,
  intake: IntakeConfig,
  options: IntakeOptions,
  store: StateStore,
): Promise<IntakeSummary> {
  const state = await store.loadIntake();
  const mailbox = options.mailbox ?? (await mailboxFor(config, intake, store, options));
  const summary = emptySummary(mailbox.location, null);
  try {
    const ledger = await store.loadLedger();
    const run: IntakeRun = {
      config,
      intake,
      options,
      store,
      state,
      mailbox,
      ours: new Set(ledger.map((e) => e.messageId)),
      threads: threadsOf(config),
      summary,
      limits: options.readLimits ?? DEFAULT_READ_LIMITS,
    };
    // Another mailbox than the cursor's: a full look, filing nothing twice (by Message-ID).
    if (state.mailbox !== mailbox.location) {
      state.mailbox = mailbox.location;
      state.cursor = null;
    }
    const pending: Pending[] = [];
    const add = (item: Pending | null) => {
      if (item && !pending.some((p) => p.key === item.key)) pending.push(item);
    };
    if (options.release) (await released(run, options.release)).forEach(add);
    // Messages an earlier run filed or refused but could not answer or move (a mail server
    // down, a run that stopped): found again, whatever the cursor says, and finished.
    for (const summary of await unfinished(run)) add(await examine(run, summary));
    const listing = await mailbox.listNew(state.cursor);
    for (const message of listing.messages) add(await examine(run, message));
    await store.saveIntake(state);
    // Google Sheet sources changed and left alone for ten minutes get their feedback too.
    const sheets = await settledSheets(config, state, options.now, options.google);
    await answerAndFileAway(run, pending, sheets);
    state.cursor = listing.cursor;
    pruneAnswers(state, options.now);
    await store.saveIntake(state);
    return summary;
  } finally {
    await mailbox.close();
  }
}

/** The messages of earlier runs still to answer or to move, found again in the mailbox. */
async function unfinished(run: IntakeRun): Promise<MessageSummary[]> {
  const summaries: MessageSummary[] = [];
  for (const [key, entry] of Object.entries(run.state.messages)) {
    if (isFinished(entry) || key.startsWith('id:')) continue;
    const summary = await run.mailbox.find(key);
    if (summary) summaries.push(summary);
    else {
      // Gone from the mailbox (moved or deleted by a person): nothing left to read or move.
      const gone = INTAKE_WORDS[run.config.committee.locale].removedBeforeAnswer;
      if (!entry.answered) entry.note = `${entry.note ?? ''} — ${gone}`;
      entry.handled = entry.answered = true;
    }
  }
  return summaries;
}

/** Every thread id of ours, to its commitment: `roundThread` as Message-IDs. */
function threadsOf(config: CommitteeConfig): Map<string, number> {
  const threads = new Map<string, number>();
  const from = config.mail?.from ?? '';
  for (const round of campaignRounds(config)) {
    for (const c of config.commitments) {
      threads.set(messageIdFor(roundThread(round, c.id), from), c.id);
    }
  }
  return threads;
}

/** The message the secretariat releases, found again in the mailbox. */
async function released(run: IntakeRun, messageId: string): Promise<Pending[]> {
  const id = messageId.trim().replace(/^<?/, '<').replace(/>?$/, '>');
  const record = run.state.messages[id];
  if (!record || record.outcome !== 'held') {
    throw new OgpError('usage', said('noHeldMessage', id));
  }
  const summary = await run.mailbox.find(id);
  if (!summary) {
    throw new OgpError('usage', said('messageGone', id, run.mailbox.location));
  }
  record.released = true;
  delete run.state.messages[id];
  const item = await examine(run, summary, true);
  return item ? [item] : [];
}

/** Records what became of a message, in the summary and the intake's memory. */
function record(
  run: IntakeRun,
  key: string,
  message: InboundMessage,
  outcome: IntakeOutcome,
  extra: Partial<IntakeRecord> = {},
): void {
  const entry: IntakeRecord = {
    outcome,
    at: run.options.now.toISOString(),
    receivedAt: message.receivedAt.toISOString(),
    from: message.from?.address ?? '',
    subject: message.subject.slice(0, 200),
    handled: false,
    ...extra,
  };
  run.state.messages[key] = entry;
  const s = run.summary;
  s.messages++;
  if (outcome === 'filed') s.filed++;
  else if (outcome === 'refused') s.refused++;
  else if (outcome === 'ignored') s.ignored++;
  else if (outcome === 'held') s.held++;
  else if (outcome === 'unknown-sender') s.unknownSenders++;
  else s.questions++;
  s.details.push({
    messageId: key,
    from: entry.from,
    subject: entry.subject,
    outcome,
    ...(entry.note ? { note: entry.note } : {}),
    ...(entry.filed ? { filed: entry.filed } : {}),
  });
}

/**
 * Reads one new message and decides: ignored (ours, automatic), held, unknown sender, a
 * question (no spreadsheet), or workbooks filed and refused. Files what is to be filed.
 * Returns what is left to do (answer, move), or null.
 */
async function examine(
  run: IntakeRun,
  summary: MessageSummary,
  releasing = false,
): Promise<Pending | null> {
  const known = summary.messageId ? run.state.messages[summary.messageId] : undefined;
  if (known && isFinished(known)) return null;
  const maxMessage = run.intake.maxMessageMiB * 1024 * 1024;
  const message = await run.mailbox.read(summary, {
    maxAttachmentBytes: Math.min(run.limits.maxFileBytes, maxMessage),
    maxMessageBytes: maxMessage,
  });
  const key = messageKey(message);
  const before = run.state.messages[key];
  if (before) {
    if (isFinished(before)) return null;
    // Filed or refused by a run that stopped before answering or moving it: finish it.
    return resume(run, summary, key, message, before);
  }
  const from = message.from?.address ?? '';
  // Notes the secretariat reads: in the committee's language.
  const w = INTAKE_WORDS[run.config.committee.locale];
  if (message.messageId && run.ours.has(message.messageId)) {
    record(run, key, message, 'ignored', { note: w.ours });
    return null;
  }
  const automatic = automaticReason(message, w);
  if (automatic) {
    record(run, key, message, 'ignored', { note: w.automatic(automatic) });
    return null;
  }
  const role = senderRole(run.config, from);
  if (!from || role.kind === 'unknown') {
    record(run, key, message, 'unknown-sender', {
      note: from ? w.unknownSender(from) : w.noSender,
    });
    return null;
  }
  if (!releasing) {
    const verdict = authenticationVerdict(message, w);
    const policy = run.intake.authentication ?? defaultPolicy(run.intake);
    if (!verdict.ok && !(verdict.noHeader && policy === 'when-present')) {
      record(run, key, message, 'held', {
        note: w.notAuthenticated(verdict.why),
      });
      return null;
    }
  }
  if (message.size > maxMessage) {
    const refusals: IntakeRefusal[] = [
      {
        reason: 'message-too-large',
        mib: Math.round((message.size / 1024 / 1024) * 10) / 10,
        maxMib: run.intake.maxMessageMiB,
      },
    ];
    record(run, key, message, 'refused', { note: w.refusals['message-too-large'] });
    return { summary, key, message, role, filings: [], refusals };
  }
  const today = localDateAt(run.options.now, run.config.committee.timezone);
  const verdict = await examineWorkbooks(message, role, run.config, {
    today,
    limits: run.limits,
    threads: run.threads,
  });
  if (verdict.spreadsheets === 0) {
    // A question for a person: left untouched and unread in the mailbox.
    record(run, key, message, 'question', { note: 'aucune fiche jointe', handled: true });
    return null;
  }
  for (const filing of verdict.filings) {
    await fileWorkbook(filing, message, run.store, run.state, run.config, run.options.now);
  }
  const filed = verdict.filings.map((f) => f.commitment.id);
  record(run, key, message, filed.length ? 'filed' : 'refused', {
    ...(filed.length ? { filed } : {}),
    ...(verdict.refusals.length
      ? { note: verdict.refusals.map((r) => w.refusals[r.reason]).join(', ') }
      : {}),
    ...(releasing ? { released: true } : {}),
  });
  // Stored before anything is answered or moved.
  await run.store.saveIntake(run.state);
  return pendingOf(summary, key, message, role, verdict);
}

/**
 * What is left to do for a message, holding no workbook: the bytes and cells are stored
 * already, and the run's memory must stay within a function's while it consolidates.
 */
function pendingOf(
  summary: MessageSummary,
  key: string,
  message: InboundMessage,
  role: SenderRole,
  verdict: { filings: Filing[]; refusals: IntakeRefusal[] },
): Pending {
  for (const attachment of message.attachments) attachment.content = null;
  const filings = verdict.filings.map((f) => ({
    commitment: f.commitment,
    contentHash: f.contentHash,
  }));
  return { summary, key, message, role, filings, refusals: verdict.refusals };
}

/** A message filed or refused by an earlier run that did not finish: its answer and move. */
async function resume(
  run: IntakeRun,
  summary: MessageSummary,
  key: string,
  message: InboundMessage,
  before: IntakeRecord,
): Promise<Pending> {
  const role = senderRole(run.config, message.from?.address ?? '');
  const today = localDateAt(run.options.now, run.config.committee.timezone);
  const verdict = before.answered
    ? { filings: [], refusals: [] }
    : await examineWorkbooks(message, role, run.config, {
        today,
        limits: run.limits,
        threads: run.threads,
      });
  return pendingOf(summary, key, message, role, verdict);
}

/** Nothing is left to do for a message. */
function isFinished(record: IntakeRecord): boolean {
  if (record.outcome === 'filed' || record.outcome === 'refused') {
    return Boolean(record.answered) && record.handled;
  }
  return true;
}

/** The servers of Graph and Gmail always write Authentication-Results; others may not. */
function defaultPolicy(intake: IntakeConfig): 'required' | 'when-present' {
  return intake.kind === 'graph' || intake.kind === 'gmail-api' ? 'required' : 'when-present';
}

/** Answers older than a day no longer count for the cap. */
function pruneAnswers(state: IntakeState, now: Date): void {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  state.answers = state.answers.filter((a) => a.at > dayAgo);
}
