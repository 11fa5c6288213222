/**
 * `intake`: reads the secretariat's mailbox, files the workbooks focal points send back and
 * answers each message in its thread within minutes. Every message is handled once, by its
 * Message-ID: its version stored and its answer claimed in the ledger before it is moved or
 * labelled, so that a run that dies in between is finished by the next one without a second
 * answer. Automatic mail and our own are never answered; a sender the committee does not
 * know is never answered (no backscatter); a message the sender's server does not vouch for
 * is held until the secretariat releases it. Nothing is ever deleted from the mailbox.
 */
import { withOwnTokens } from '../adapters/mail/tokens.js';
import { messageIdFor } from '../adapters/mail/transports.js';
import { DEFAULT_READ_LIMITS } from '../adapters/xlsx/reader.js';
import { message, translate, type Shown } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import { SETTING_EXAMPLES } from '../core/setting-examples.js';
import type { CommitteeConfig, IntakeConfig } from '../core/config-schema.js';
import { localDateAt, zoneOffsetMs } from '../core/calendar-date.js';
import { roundThread } from '../core/due-emails.js';
import { authenticationWarnings } from '../core/sender-authentication.js';
import { MAX_MESSAGE_TRIES } from '../core/message-defect.js';
import {
  waitingMessages,
  type IntakeState,
  type MessageAttempt,
  type MessageSummary,
} from '../core/mailbox.js';
import type { StateStore } from '../core/run-state.js';
import { campaignRounds } from '../core/campaigns.js';
import { isWorkingDay } from '../core/working-days.js';
import { withAdapters, type RunAdapters } from './run-adapters.js';
import { answerAndFileAway } from './intake-answers.js';
import { examine, isFinished, setAside } from './intake-examine.js';
import { messageFault } from './intake-faults.js';
import {
  emptySummary,
  type IntakeOptions,
  type IntakeRun,
  type IntakeSummary,
  type Pending,
} from './intake-run.js';
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
  const tag = config.committee.tag;
  if (!isWorkingDay(day, config.calendar)) {
    return translate(tag, 'intake.notWorkingDay', { day, from, to });
  }
  const clock = clockAt(now, tz);
  if (clock < from || clock >= to) {
    return translate(tag, 'intake.outsideHours', { clock, from, to });
  }
  return null;
}

/** Reads the mailbox once: files, answers, remembers. */
export async function runIntake(
  config: CommitteeConfig,
  options: IntakeOptions,
): Promise<IntakeSummary> {
  const intake = config.intake;
  if (!intake) {
    throw new OgpError(
      'config-invalid',
      message('errors.intakeNotConfigured', {
        folderSetting: SETTING_EXAMPLES.intakeFolder,
        imapSetting: SETTING_EXAMPLES.intakeImap,
      }),
    );
  }
  if (!config.mail) {
    throw new OgpError(
      'config-invalid',
      message('errors.intakeNeedsMail', { mailSetting: SETTING_EXAMPLES.mailFrom }),
    );
  }
  const closed = options.release ? null : outsideHours(config, intake, options.now);
  if (closed) return emptySummary(intake.kind, closed);
  return withAdapters(config, options, async (adapters) => {
    const store = await adapters.store();
    let release: () => Promise<void>;
    try {
      release = await store.lock();
    } catch (error) {
      // The daily run holds the storage: it is never delayed; the next intake does the work.
      if ((error as OgpError).code === 'run-in-progress') {
        return emptySummary(intake.kind, translate(config.committee.tag, 'intake.storageBusy'));
      }
      throw error;
    }
    try {
      return await intakeLocked(config, intake, withOwnTokens(options), store, adapters);
    } finally {
      await release().catch(() => undefined);
    }
  });
}

async function intakeLocked(
  config: CommitteeConfig,
  intake: IntakeConfig,
  options: IntakeOptions,
  store: StateStore,
  adapters: RunAdapters,
): Promise<IntakeSummary> {
  const state = await store.loadIntake();
  const mailbox = options.mailbox ?? (await mailboxFor(config, intake, store, options));
  const summary = emptySummary(mailbox.location, null);
  summary.warnings.push(...authenticationWarnings(intake, config.committee.tag));
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
    // Each message once a run, by the mailbox's id, whichever way it was found.
    const tried = new Set<string>();
    const handle = async (summary: MessageSummary) => {
      if (tried.has(summary.id)) return;
      tried.add(summary.id);
      add(await examineContained(run, summary));
    };
    if (options.release) {
      const item = await released(run, options.release);
      if (item) {
        tried.add(item.summary.id);
        add(item);
      }
    }
    // Messages an earlier run filed or refused but could not answer or move (a mail server
    // down, a run that stopped): found again, whatever the cursor says, and finished.
    for (const summary of await unfinished(run)) await handle(summary);
    pruneMessages(state, options.now);
    const listing = await mailbox.listNew(state.cursor);
    if (listing.unreadable?.length) {
      summary.warnings.push(
        translate(config.committee.tag, 'intake.notEml', {
          names: listing.unreadable.join(', '),
          count: listing.unreadable.length,
        }),
      );
    }
    // New messages first; one an earlier run began and did not finish waits for the end.
    const begun = state.attempts ?? {};
    for (const message of listing.messages) if (!begun[message.id]) await handle(message);
    await store.saveIntake(state);
    // Google Sheet sources changed and left alone for ten minutes get their feedback too.
    const sheets = await settledSheets(config, state, options.now, adapters.google);
    await answerAndFileAway(run, pending, sheets);
    // What is listed is handled (or begun, with its tries kept): the cursor moves on before
    // the messages that failed before are tried again, so that one that kills the run again
    // holds back none of the others.
    state.cursor = listing.cursor;
    await store.saveIntake(state);
    const again: Pending[] = [];
    for (const attempt of Object.values(state.attempts ?? {})) {
      if (tried.has(attempt.summary.id)) continue;
      tried.add(attempt.summary.id);
      const item = await examineContained(run, {
        ...attempt.summary,
        receivedAt: new Date(attempt.summary.receivedAt),
      });
      if (item) again.push(item);
    }
    if (again.length) await answerAndFileAway(run, again, []);
    pruneAnswers(state, options.now);
    pruneMessages(state, options.now);
    await store.saveIntake(state);
    summary.waiting = waitingMessages(state, config.committee.timezone);
    return summary;
  } finally {
    await mailbox.close();
  }
}

/** The messages of earlier runs still to answer or to move, found again in the mailbox. */
async function unfinished(run: IntakeRun): Promise<MessageSummary[]> {
  const summaries: MessageSummary[] = [];
  for (const [key, entry] of Object.entries(run.state.messages)) {
    if (isFinished(entry)) continue;
    // Found again by its Message-ID (a person may have moved it); without one, by its id.
    const summary: MessageSummary | null = key.startsWith('id:')
      ? entry.mailboxId
        ? { id: entry.mailboxId, size: 0, receivedAt: new Date(entry.receivedAt) }
        : null
      : await run.mailbox.find(key.replace(/#[0-9a-f]{12}$/, ''));
    if (!summary && key.startsWith('id:') && !entry.mailboxId) continue;
    if (summary) summaries.push(summary);
    else {
      // Gone from the mailbox (moved or deleted by a person): nothing left to read or move.
      const gone = translate(run.config.committee.tag, 'intake.removedBeforeAnswer');
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

/**
 * Entries one after the other (« a, b, c »), with the separator of the reader's language;
 * nested by halves, so that a long list stays shallow when it is rendered.
 */
function listed(entries: readonly Shown[]): Shown {
  if (entries.length <= 1) return entries[0] ?? '';
  const half = Math.ceil(entries.length / 2);
  return message('errors.heldMessages', {
    first: listed(entries.slice(0, half)),
    rest: listed(entries.slice(half)),
  });
}

/**
 * The key a held message is kept under, from what the secretariat typed: its Message-ID with or
 * without its angle brackets (the command line prints it without: `<` and `>` are redirections
 * in every shell), or the key of a second message that reused one (`<id>#1a2b3c4d5e6f`, or
 * `id#1a2b3c4d5e6f`), as the report lists it.
 */
export function heldKey(typed: string): string {
  const [, id = '', second = ''] = /^<?(.*?)>?(#[0-9a-f]{12})?$/.exec(typed.trim()) ?? [];
  return `<${id}>${second}`;
}

/**
 * The message the secretariat releases: the very copy that was held (by its mailbox id, read
 * once), refused when it is gone or no longer the same bytes.
 */
async function released(run: IntakeRun, messageId: string): Promise<Pending | null> {
  const id = heldKey(messageId);
  const record = run.state.messages[id];
  if (!record || record.outcome !== 'held' || record.released) {
    // Said with those that are waiting, so that the secretariat can pick the right one.
    const waiting = Object.entries(run.state.messages)
      .filter(([, r]) => r.outcome === 'held' && !r.released)
      .map(([key, r]) => {
        const day = localDateAt(new Date(r.receivedAt), run.config.committee.timezone);
        return message('errors.heldMessage', { key, from: r.from, day });
      });
    throw new OgpError(
      'usage',
      message('errors.noHeldMessage', { id, held: listed(waiting), waiting: waiting.length > 0 }),
    );
  }
  const gone = () =>
    new OgpError('usage', message('errors.messageGone', { id, mailbox: run.mailbox.location }));
  const summary: MessageSummary | null = record.mailboxId
    ? {
        id: record.mailboxId,
        size: 0,
        receivedAt: new Date(record.receivedAt),
        messageId: id.replace(/#[0-9a-f]{12}$/, ''),
      }
    : await run.mailbox.find(id);
  if (!summary) throw gone();
  let item: Pending | null;
  try {
    item = await examine(run, summary, { key: id, record });
  } catch (error) {
    // The mailbox no longer has that copy (moved or deleted by a person).
    if (messageFault(error) !== null) throw gone();
    throw error;
  }
  return item;
}

/**
 * One message handled, contained: whatever happens while it is read, filed or refused is
 * recorded against it, and the run goes on with the next. Each try is saved before it
 * begins, so that a run that dies on a message (its memory, its time) counts it too; after
 * {@link MAX_MESSAGE_TRIES} tries the message is set aside. A failure of the mailbox or of the
 * storage is no message's: it stops the run, the cursor where it was.
 */
async function examineContained(run: IntakeRun, summary: MessageSummary): Promise<Pending | null> {
  const attempts = (run.state.attempts ??= {});
  const before = attempts[summary.id];
  if (before && before.count >= MAX_MESSAGE_TRIES) {
    const detail = before.detail ?? translate(run.config.committee.tag, 'intake.runStopped');
    await setAside(run, summary, null, { kind: 'failed', tries: before.count, detail });
    delete attempts[summary.id];
    return null;
  }
  if (!before && (isStale(run, summary) || isSetAside(run, summary))) return null;
  const attempt: MessageAttempt = {
    count: (before?.count ?? 0) + 1,
    at: run.options.now.toISOString(),
    summary: {
      id: summary.id,
      size: summary.size,
      receivedAt: summary.receivedAt.toISOString(),
      ...(summary.messageId ? { messageId: summary.messageId } : {}),
    },
    ...(before?.detail ? { detail: before.detail } : {}),
  };
  attempts[summary.id] = attempt;
  await run.store.saveIntake(run.state);
  try {
    const item = await examine(run, summary);
    delete attempts[summary.id];
    return item;
  } catch (error) {
    const fault = messageFault(error);
    if (fault === null) {
      // Not this message's doing: it is tried again as if this run had not begun it.
      if (before) attempts[summary.id] = before;
      else delete attempts[summary.id];
      await run.store.saveIntake(run.state).catch(() => undefined);
      throw error;
    }
    attempt.detail = fault;
    if (attempt.count >= MAX_MESSAGE_TRIES) {
      await setAside(run, summary, null, { kind: 'failed', tries: attempt.count, detail: fault });
      delete attempts[summary.id];
    }
    await run.store.saveIntake(run.state);
    return null;
  }
}

/**
 * This very copy was set aside already (a folder keeps its files: one listed again after a
 * run that stopped is not read again).
 */
function isSetAside(run: IntakeRun, summary: MessageSummary): boolean {
  return Object.values(run.state.messages).some(
    (r) =>
      r.outcome === 'set-aside' &&
      r.mailboxId === summary.id &&
      (r.listedSize === undefined || r.listedSize === summary.size),
  );
}

/** Mail received before the intake's memory begins: never read again (it may be forgotten). */
function isStale(run: IntakeRun, summary: MessageSummary): boolean {
  const known = summary.messageId && run.state.messages[summary.messageId];
  const oldest = run.options.now.getTime() - INTAKE_RETENTION_DAYS * 86_400_000;
  return !known && summary.receivedAt.getTime() < oldest;
}

/**
 * How long the intake remembers a message it handled, in days: older records are forgotten,
 * and mail received before then is not read again (so nothing forgotten is handled twice).
 */
export const INTAKE_RETENTION_DAYS = 180;

/**
 * Records kept at the most: whatever strangers send, the intake's memory stays far within a
 * Firestore document (5,000 records of at most about 1,500 characters).
 */
export const MAX_INTAKE_RECORDS = 5000;

/**
 * The records of messages handled before the retention, forgotten, then the oldest finished
 * ones past {@link MAX_INTAKE_RECORDS}; the versions are kept.
 */
function pruneMessages(state: IntakeState, now: Date): void {
  const oldest = new Date(now.getTime() - INTAKE_RETENTION_DAYS * 86_400_000).toISOString();
  for (const [key, entry] of Object.entries(state.messages)) {
    if (entry.at < oldest && entry.receivedAt < oldest && isFinished(entry)) {
      delete state.messages[key];
    }
  }
  const finished = Object.entries(state.messages)
    .filter(([, entry]) => isFinished(entry))
    .sort(([, a], [, b]) => a.at.localeCompare(b.at));
  const over = Object.keys(state.messages).length - MAX_INTAKE_RECORDS;
  for (const [key] of finished.slice(0, Math.max(0, over))) delete state.messages[key];
  for (const [id, attempt] of Object.entries(state.attempts ?? {})) {
    if (attempt.at < oldest) delete state.attempts?.[id];
  }
}

/** Answers older than a day no longer count for the cap. */
function pruneAnswers(state: IntakeState, now: Date): void {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  state.answers = state.answers.filter((a) => a.at > dayAgo);
}
