/**
 * The workbooks of one message: each `.xlsx` attachment read and validated, then either filed
 * as its commitment's newest version (kept in the people's output under a name that says
 * commitment and date, with its reading in the run state), or refused with what to send
 * instead.
 */
import { translate } from '../core/catalogue/render.js';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxBytes, type ReadLimits } from '../adapters/xlsx/reader.js';
import type { RawWorkbook } from '../core/cells.js';
import { localDateAt, zoneOffsetMs } from '../core/calendar-date.js';
import type { Commitment, CommitteeConfig } from '../core/config-schema.js';
import type { IntakeRefusal } from '../core/due-emails.js';
import {
  attachmentKind,
  commitmentOfThread,
  commitmentsOf,
  mayFile,
  type InboundMessage,
  type SenderRole,
} from '../core/inbound-mail.js';
import { emailedWorkbookName } from '../core/file-names.js';
import type { IntakeState } from '../core/mailbox.js';
import type { StateStore, StoredReading } from '../core/run-state.js';
import type { SubmissionReading } from '../core/submission.js';
import { isUntouchedTemplate, templateMarker } from '../core/template-content.js';
import {
  commitmentContext,
  declaredCommitmentId,
  isSheetRead,
  validateSubmission,
} from '../core/validate-submission.js';

/** Workbooks read in one message at the most. */
export const MAX_WORKBOOKS_PER_MESSAGE = 10;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook that may be filed. */
export interface Filing {
  commitment: Commitment;
  file: string;
  bytes: Buffer;
  workbook: RawWorkbook;
  reading: SubmissionReading;
  contentHash: string;
}

/** What the attachments of a message come to. */
export interface WorkbookVerdict {
  filings: Filing[];
  refusals: IntakeRefusal[];
  /** Attachments that are workbooks or other spreadsheets (a message with none is a question). */
  spreadsheets: number;
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Reads the spreadsheets a message carries and says which may be filed, and why not. */
export async function examineWorkbooks(
  message: InboundMessage,
  role: SenderRole,
  config: CommitteeConfig,
  context: { today: string; limits: ReadLimits; threads: ReadonlyMap<string, number> },
): Promise<WorkbookVerdict> {
  const spreadsheets = message.attachments.filter((a) => attachmentKind(a) !== 'other');
  const verdict: WorkbookVerdict = { filings: [], refusals: [], spreadsheets: spreadsheets.length };
  const workbooks = spreadsheets.filter((a) => attachmentKind(a) === 'workbook');
  if (workbooks.length > MAX_WORKBOOKS_PER_MESSAGE) {
    verdict.refusals.push({
      reason: 'too-many-files',
      count: workbooks.length,
      max: MAX_WORKBOOKS_PER_MESSAGE,
    });
    return verdict;
  }
  for (const attachment of spreadsheets) {
    const file = attachment.filename || 'classeur.xlsx';
    if (attachmentKind(attachment) === 'forwarded') {
      verdict.refusals.push({ reason: 'forwarded-message', file });
      continue;
    }
    if (attachmentKind(attachment) === 'other-spreadsheet') {
      verdict.refusals.push({ reason: 'other-spreadsheet', file });
      continue;
    }
    if (!attachment.content || attachment.size > context.limits.maxFileBytes) {
      verdict.refusals.push({
        reason: 'file-too-large',
        file,
        mib: mib(attachment.size),
        maxMib: mib(context.limits.maxFileBytes),
      });
      continue;
    }
    const read = await readXlsxBytes(attachment.content, context.limits, isSheetRead);
    if (!read.ok) {
      verdict.refusals.push({ reason: 'unreadable', file, failure: read.failure });
      continue;
    }
    const checks = {
      charter: config.charter,
      currency: config.committee.currency,
      plan: config.plan,
      today: context.today,
    };
    const declared = declaredCommitmentId(read.workbook, checks);
    // The number the sheet gives; else the thread it answers; else the sender's one commitment.
    const id =
      declared ??
      commitmentOfThread(message, context.threads) ??
      (commitmentsOf(role).length === 1 ? (commitmentsOf(role)[0] as Commitment).id : null);
    const commitment = config.commitments.find((c) => c.id === id);
    if (!commitment) {
      verdict.refusals.push({ reason: 'unknown-commitment', file, commitmentId: id });
      continue;
    }
    if (!mayFile(role, commitment.id)) {
      const yours = commitmentsOf(role);
      verdict.refusals.push({
        reason: 'other-commitment',
        file,
        commitmentId: commitment.id,
        yours: yours.map((c) => c.id),
      });
      continue;
    }
    const reading = validateSubmission(
      read.workbook,
      commitmentContext(config, commitment, context.today),
    );
    if (isUntouchedTemplate(reading, templateMarker(read.workbook), commitment)) {
      verdict.refusals.push({ reason: 'untouched-template', file });
      continue;
    }
    verdict.filings.push({
      commitment,
      file,
      bytes: attachment.content,
      workbook: read.workbook,
      reading,
      contentHash: createHash('sha256').update(attachment.content).digest('hex'),
    });
  }
  return verdict;
}

/** `2019-01-07-10h12` on the committee's clock. */
function localStamp(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + zoneOffsetMs(at, timeZone)).toISOString();
  return `${local.slice(0, 10)}-${local.slice(11, 13)}h${local.slice(14, 16)}`;
}

/**
 * Files a workbook as its commitment's version received by email: the file kept in the
 * output under a name in the committee's language (`courriels/engagement-07-2019-01-07-10h12-
 * 1a2b3c4d.xlsx` in French, `emails/commitment-07-….xlsx` in English: never over another, the
 * name carries its hash), its reading kept in the run state, and the intake's memory told
 * that it is the commitment's newest email version (unless a newer one came first). A workbook
 * filed before under another name stays where it is: the state holds its path and its cells.
 */
export async function fileWorkbook(
  filing: Filing,
  message: InboundMessage,
  store: StateStore,
  state: IntakeState,
  config: CommitteeConfig,
  now: Date,
): Promise<void> {
  const { commitment, contentHash } = filing;
  const timeZone = config.committee.timezone;
  const sender = message.from?.address ?? '';
  const messageId = message.messageId ?? `id:${message.id}`;
  const stamp = localStamp(message.receivedAt, timeZone);
  const name = emailedWorkbookName(config.committee.tag, commitment.id, stamp, contentHash);
  const dir = await mkdtemp(join(tmpdir(), 'ogp-intake-'));
  let file: string;
  try {
    const path = join(dir, 'fiche.xlsx');
    await writeFile(path, filing.bytes);
    file = await store.publishFile(name, { path }, XLSX_MIME);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const today = localDateAt(now, timeZone);
  const updatedAt = filing.reading.engagement.updatedAt;
  const receivedOn = localDateAt(message.receivedAt, timeZone);
  const declared =
    config.tracking.submissionDate === 'declared' && updatedAt && updatedAt <= today
      ? updatedAt
      : null;
  const receivedAt = message.receivedAt.toISOString();
  const previous = state.versions[String(commitment.id)];
  if (previous && previous.receivedAt > receivedAt) return; // a newer one was filed first
  const stored: StoredReading = {
    version: 1,
    commitmentId: commitment.id,
    source: translate(config.committee.locale, 'dashboard.mailSource', { sender }),
    readAt: now.toISOString(),
    submittedOn: declared ?? (receivedOn > today ? today : receivedOn),
    modifiedAt: receivedAt,
    contentHash,
    reading: filing.reading,
    cells: filing.workbook,
    mail: { from: sender, receivedAt, messageId, file },
  };
  await store.saveReading(stored);
  state.versions[String(commitment.id)] = {
    commitmentId: commitment.id,
    receivedAt,
    from: sender,
    messageId,
    contentHash,
    file,
  };
}
