/**
 * What one message of the mailbox becomes: read, then ignored (ours, automatic), held (its
 * sender's server does not vouch for it, or its Message-ID was used by another), an unknown
 * sender, a question, set aside (it cannot be read), or its workbooks filed and refused; each
 * recorded in the intake's memory and the run's summary.
 */
import { automaticContextOf, automaticReason } from '../core/automatic-mail.js';
import { localDateAt } from '../core/calendar-date.js';
import { message as descriptor, selector, translate } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import { shorten } from '../core/text.js';
import type { IntakeRefusal } from '../core/due-emails.js';
import { senderRole, type InboundMessage, type SenderRole } from '../core/inbound-mail.js';
import {
  messageKey,
  unreadMessage,
  type IntakeOutcome,
  type IntakeRecord,
  type MessageSummary,
} from '../core/mailbox.js';
import type { MessageDefect } from '../core/message-defect.js';
import { defectMessage } from '../core/defect-message.js';
import { authenticationDecision } from '../core/sender-authentication.js';
import type { IntakeRun, Pending } from './intake-run.js';
import { examineWorkbooks, fileWorkbook, type Filing } from './intake-workbooks.js';

/** An address is at most 254 characters (RFC 5321 §4.5.3.1); a note, a few sentences. */
const MAX_ADDRESS = 320;
const MAX_NOTE = 600;

/** A text of at most `max` characters, said cut with « … » (never inside a surrogate pair). */
function clip(text: string, max: number): string {
  return text.length > max ? shorten(text, max - 1) : text;
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
    // A stranger's words are kept short: the memory of every message must stay small.
    from: clip(message.from?.address ?? '', MAX_ADDRESS),
    subject: clip(message.subject, 200),
    handled: false,
    ...extra,
  };
  if (entry.note) entry.note = clip(entry.note, MAX_NOTE);
  run.state.messages[key] = entry;
  const s = run.summary;
  s.messages++;
  if (outcome === 'filed') s.filed++;
  else if (outcome === 'refused') s.refused++;
  else if (outcome === 'ignored') s.ignored++;
  else if (outcome === 'held') s.held++;
  else if (outcome === 'unknown-sender') s.unknownSenders++;
  else if (outcome === 'set-aside') s.setAside++;
  else s.questions++;
  s.details.push({
    messageId: key,
    from: entry.from,
    subject: entry.subject,
    outcome,
    ...(entry.note ? { note: entry.note } : {}),
    ...(entry.filed ? { filed: entry.filed } : {}),
    ...(entry.defect ? { defect: entry.defect } : {}),
    ...(entry.unauthenticated ? { unauthenticated: entry.unauthenticated } : {}),
  });
}

/**
 * A message that cannot be read, set aside: recorded with its defect for the secretariat,
 * moved out of the way in the mailbox (a folder, a label), never answered.
 */
export async function setAside(
  run: IntakeRun,
  summary: MessageSummary,
  message: InboundMessage | null,
  defect: MessageDefect,
): Promise<void> {
  const tag = run.config.committee.tag;
  const read = message ?? unreadMessage(summary);
  const key = messageKey(read);
  record(run, run.state.messages[key] ? `${key}#${summary.id}` : key, read, 'set-aside', {
    note: translate(tag, 'intake.setAside', { why: defectMessage(defect) }),
    defect,
    mailboxId: summary.id,
    listedSize: summary.size,
    handled: true,
    ...(read.fingerprint ? { fingerprint: read.fingerprint } : {}),
  });
  // Moved out of the inbox for a person to look at; a copy already gone stays recorded.
  await run.mailbox.setAside(summary).catch(() => undefined);
  await run.store.saveIntake(run.state);
}

/** What a release brings along: the key the held copy is known by, and its record. */
export interface Release {
  key: string;
  record: IntakeRecord;
}

/**
 * Reads one new message and decides: ignored (ours, automatic), held, unknown sender, a
 * question (no spreadsheet), set aside (unreadable), or workbooks filed and refused. Files
 * what is to be filed. Returns what is left to do (answer, move), or null.
 */
export async function examine(
  run: IntakeRun,
  summary: MessageSummary,
  release?: Release,
): Promise<Pending | null> {
  const known = summary.messageId ? run.state.messages[summary.messageId] : undefined;
  // The same copy listed again (a full look): nothing to download.
  if (!release && known && isFinished(known) && sameCopy(known, summary)) return null;
  const maxMessage = run.intake.maxMessageMiB * 1024 * 1024;
  const message = await run.mailbox.read(summary, {
    maxAttachmentBytes: Math.min(run.limits.maxFileBytes, maxMessage),
    maxMessageBytes: maxMessage,
  });
  // Notes the secretariat reads: in the committee's language.
  const tag = run.config.committee.tag;
  let key = release?.key ?? messageKey(message);
  if (release) {
    // Only the very bytes that were held are released.
    const held = release.record.fingerprint;
    if (held && message.fingerprint && held !== message.fingerprint) {
      throw new OgpError(
        'usage',
        descriptor('errors.releaseChanged', { id: key, mailbox: run.mailbox.location }),
      );
    }
    delete run.state.messages[key];
  }
  const before = run.state.messages[key];
  if (before && !release) {
    if (isAnotherMessage(before, summary, message)) {
      // A second message under a Message-ID already handled: recorded on its own, held for
      // the secretariat, never dropped as a duplicate nor filed in the first one's name.
      key = `${key}#${(message.fingerprint as string).slice(0, 12)}`;
      if (run.state.messages[key]) return null;
      record(run, key, message, 'held', {
        note: translate(tag, 'intake.duplicateId', {
          day: localDateAt(new Date(before.at), run.config.committee.timezone),
        }),
        mailboxId: summary.id,
        fingerprint: message.fingerprint as string,
      });
      return null;
    }
    if (isFinished(before)) return null;
    // Filed or refused by a run that stopped before answering or moving it: finish it.
    return resume(run, summary, key, message, before);
  }
  const copy = {
    mailboxId: summary.id,
    ...(message.fingerprint ? { fingerprint: message.fingerprint } : {}),
  };
  const from = message.from?.address ?? '';
  if (message.messageId && run.ours.has(message.messageId)) {
    record(run, key, message, 'ignored', { note: translate(tag, 'intake.ours'), ...copy });
    return null;
  }
  const automatic = automaticReason(message, tag, automaticContextOf(run.config));
  if (automatic) {
    const note = translate(tag, 'intake.automatic', { reason: automatic });
    record(run, key, message, 'ignored', { note, ...copy });
    return null;
  }
  const role = senderRole(run.config, from);
  if (message.defect && (!from || role.kind === 'unknown')) {
    // A stranger's unreadable message: set aside, never answered.
    await setAside(run, summary, message, message.defect);
    return null;
  }
  if (!from || role.kind === 'unknown') {
    record(run, key, message, 'unknown-sender', {
      note: from
        ? translate(tag, 'intake.unknownSender', { from })
        : translate(tag, 'intake.noSender'),
      ...copy,
    });
    return null;
  }
  // Filed without a trusted server's verdict (`when-present`): said so wherever it is listed.
  let unauthenticated: string | undefined;
  if (!release) {
    const decision = authenticationDecision(message, run.intake, tag);
    if (decision.outcome === 'held') {
      record(run, key, message, 'held', { note: decision.note, ...copy });
      return null;
    }
    if (decision.outcome === 'unauthenticated') unauthenticated = decision.note;
  }
  if (message.defect) {
    // A known sender's message that cannot be read: told why, and set aside for a person.
    const refusals: IntakeRefusal[] = [{ reason: 'message-unreadable', defect: message.defect }];
    record(run, key, message, 'refused', {
      note: translate(tag, 'intake.setAside', { why: defectMessage(message.defect) }),
      defect: message.defect,
      ...copy,
      ...(release ? { released: true } : {}),
    });
    await run.store.saveIntake(run.state);
    return { summary, key, message, role, filings: [], refusals, setAside: true };
  }
  if (message.size > maxMessage) {
    const refusals: IntakeRefusal[] = [
      {
        reason: 'message-too-large',
        mib: Math.round((message.size / 1024 / 1024) * 10) / 10,
        maxMib: run.intake.maxMessageMiB,
      },
    ];
    const note = translate(tag, 'intake.refusal', { reason: selector('message-too-large') });
    record(run, key, message, 'refused', { note, ...copy });
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
    const note = translate(tag, 'intake.noWorkbook');
    record(run, key, message, 'question', { note, handled: true, ...copy });
    return null;
  }
  const kept: Filing[] = [];
  for (const filing of verdict.filings) {
    try {
      await fileWorkbook(filing, message, run.store, run.state, run.config, run.options.now);
      kept.push(filing);
    } catch (error) {
      // Its reading is more than the run state can keep (Firestore's document): the sender is
      // told, and the run goes on; any other failure of the storage stops it.
      if (!(error instanceof OgpError) || error.descriptor?.id !== 'errors.firestoreTooLarge')
        throw error;
      verdict.refusals.push({ reason: 'too-large-to-keep', file: filing.file });
    }
  }
  verdict.filings = kept;
  const filed = verdict.filings.map((f) => f.commitment.id);
  record(run, key, message, filed.length ? 'filed' : 'refused', {
    ...(filed.length ? { filed } : {}),
    ...(verdict.refusals.length
      ? {
          note: verdict.refusals
            .map((r) => translate(tag, 'intake.refusal', { reason: selector(r.reason) }))
            .join(', '),
        }
      : {}),
    ...(release ? { released: true } : {}),
    ...(unauthenticated && filed.length ? { unauthenticated } : {}),
    ...copy,
  });
  // Stored before anything is answered or moved.
  await run.store.saveIntake(run.state);
  return pendingOf(summary, key, message, role, verdict);
}

/** The record is of this very copy in the mailbox (or of a run before copies were kept). */
function sameCopy(record: IntakeRecord, summary: MessageSummary): boolean {
  return record.mailboxId === undefined || record.mailboxId === summary.id;
}

/** Another message than the one recorded under its Message-ID: another copy, other bytes. */
function isAnotherMessage(
  record: IntakeRecord,
  summary: MessageSummary,
  message: InboundMessage,
): boolean {
  return (
    !sameCopy(record, summary) &&
    record.fingerprint !== undefined &&
    message.fingerprint !== undefined &&
    record.fingerprint !== message.fingerprint
  );
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
  if (before.defect) {
    const refusals: IntakeRefusal[] = before.answered
      ? []
      : [{ reason: 'message-unreadable', defect: before.defect }];
    return { summary, key, message, role, filings: [], refusals, setAside: true };
  }
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
export function isFinished(record: IntakeRecord): boolean {
  if (record.outcome === 'filed' || record.outcome === 'refused') {
    return Boolean(record.answered) && record.handled;
  }
  return true;
}
