/**
 * The `consolidate` job: reads every commitment's source, validates it, keeps the last good
 * reading of each, and publishes the master workbook with the run in its journal.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import { LocalStore } from '../adapters/local-store.js';
import { buildMasterWorkbook } from '../adapters/master-workbook.js';
import { DEFAULT_READ_LIMITS, readXlsxFile, type ReadLimits } from '../adapters/xlsx-reader.js';
import { localDateAt } from '../core/calendar-date.js';
import { OgpError } from '../core/codes.js';
import type { Commitment, CommitteeConfig } from '../core/config-schema.js';
import {
  buildConsolidation,
  type ConsolidatedModel,
  type SourceOutcome,
} from '../core/consolidation.js';
import { makeIssue } from '../core/issue.js';
import { appendRun, type RunRecord } from '../core/journal.js';
import { validateSubmission } from '../core/validate-submission.js';
import type { StateStore, StoredReading } from './ports.js';

/** The JSON summary of SPEC §7 (`consolidate --json`). */
export interface ConsolidateSummary {
  master: string;
  commitments: number;
  received: number;
  toFix: number;
  missing: number;
  late: number;
  /** Commitments shown from an earlier reading because their source cannot be read now. */
  stale: number;
  actions: number;
  milestones: number;
  errors: number;
  warnings: number;
  sent: number;
}

export interface ConsolidateOptions {
  now: Date;
  /** Where state and the master go; by default the configuration's storage folder. */
  store?: StateStore;
  /** The journal's name for this run. */
  command?: string;
  /** Called after each source is read. */
  onProgress?: (done: number, total: number) => void;
  readLimits?: ReadLimits;
  /** Sources read at once. */
  concurrency?: number;
  /** Source paths are shown relative to this folder (the configuration's) when inside it. */
  baseDir?: string;
}

export interface ConsolidateResult {
  summary: ConsolidateSummary;
  model: ConsolidatedModel;
  /** Each commitment's stored reading after this run (fresh or kept), for feedback. */
  readings: Map<number, StoredReading>;
  /** The commitments whose source was read this run. */
  fresh: Set<number>;
  /** What became of each commitment's source. */
  outcomes: Map<number, SourceOutcome>;
}

/** Lays out the master workbook and publishes it (with or without keeping the previous one). */
export async function publishMaster(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  journal: readonly RunRecord[],
  store: StateStore,
  keepPrevious: boolean,
): Promise<string> {
  const workbook = buildMasterWorkbook({
    model,
    journal,
    timeZone: config.committee.timezone,
    secretariatName: config.secretariat.name,
  });
  return store.publishMaster(Buffer.from(await workbook.xlsx.writeBuffer()), { keepPrevious });
}

/** The default store of a configuration: its local storage folder. */
export function storeFor(config: CommitteeConfig): StateStore {
  if (config.storage.kind !== 'local') {
    throw new OgpError(
      'usage',
      'storage.kind: drive — le stockage dans Google Drive arrive avec la prise en charge de Google ; utilisez { kind: local, dir: … } pour le moment.',
    );
  }
  return new LocalStore(config.storage.dir, config.storage.keepHistory);
}

/** Runs a consolidation. Bad submissions are data; only broken storage throws. */
export async function consolidate(
  config: CommitteeConfig,
  options: ConsolidateOptions,
): Promise<ConsolidateResult> {
  const started = performance.now();
  const store = options.store ?? storeFor(config);
  const outcomes = new Map<number, SourceOutcome>();
  const readings = new Map<number, StoredReading>();
  let done = 0;
  let read = 0;
  await forEachLimited(config.commitments, options.concurrency ?? 4, async (commitment) => {
    const { outcome, stored } = await readCommitment(commitment, config, store, options);
    outcomes.set(commitment.id, outcome);
    if (stored) readings.set(commitment.id, stored);
    if (outcome.kind === 'fresh') read++;
    options.onProgress?.(++done, config.commitments.length);
  });

  const model = buildConsolidation(
    config,
    outcomes,
    options.now,
    undefined,
    await store.loadLedger(),
  );
  const run: RunRecord = {
    at: options.now.toISOString(),
    command: options.command ?? 'consolidate',
    sources: config.commitments.filter((c) => c.source).length,
    read,
    actions: model.actions.length,
    milestones: model.milestones.length,
    errors: model.totals.errors,
    warnings: model.totals.warnings,
    emailsSent: 0,
    durationMs: Math.round(performance.now() - started),
  };
  const journal = appendRun(await store.loadJournal(), run);
  const master = await publishMaster(config, model, journal, store, true);
  await store.saveJournal(journal);

  return {
    model,
    outcomes,
    readings,
    fresh: new Set([...outcomes].filter(([, o]) => o.kind === 'fresh').map(([id]) => id)),
    summary: {
      master,
      commitments: config.commitments.length,
      received: model.totals.received,
      toFix: model.totals.toFix,
      missing: model.totals.missing,
      late: model.totals.late,
      stale: [...outcomes.values()].filter((o) => o.kind === 'stale').length,
      actions: model.actions.length,
      milestones: model.milestones.length,
      errors: model.totals.errors,
      warnings: model.totals.warnings,
      sent: 0,
    },
  };
}

async function readCommitment(
  commitment: Commitment,
  config: CommitteeConfig,
  store: StateStore,
  options: ConsolidateOptions,
): Promise<{ outcome: SourceOutcome; stored: StoredReading | null }> {
  const source = commitment.source;
  if (!source) return { outcome: { kind: 'missing', source: null }, stored: null };
  if (source.kind !== 'xlsx') {
    const problem = makeIssue(
      'file-unreadable',
      {},
      `Source Google Sheets ${source.spreadsheetId} : cette version ne lit que les fichiers .xlsx (la lecture des Google Sheets arrive avec l'intégration Google).`,
    );
    return fallBack(commitment.id, source.spreadsheetId, problem, store, false);
  }
  const file = await readXlsxFile(source.path, options.readLimits ?? DEFAULT_READ_LIMITS);
  if (!file.ok) {
    const label = sourceLabel(source.path, options.baseDir);
    return fallBack(commitment.id, label, file.issue, store, file.missing ?? false);
  }

  const timeZone = config.committee.timezone;
  const reading = validateSubmission(file.workbook, {
    charter: config.charter,
    plan: config.plan,
    today: localDateAt(options.now, timeZone),
    expectedCommitmentId: commitment.id,
  });
  const today = localDateAt(options.now, timeZone);
  const declared =
    config.tracking.submissionDate === 'declared' ? reading.engagement.updatedAt : null;
  const submitted = declared ?? localDateAt(file.modifiedAt, timeZone);
  const stored: StoredReading = {
    version: 1,
    commitmentId: commitment.id,
    source: sourceLabel(source.path, options.baseDir),
    readAt: options.now.toISOString(),
    // Evaluated as of `now`, nothing can have been submitted later than today.
    submittedOn: submitted > today ? today : submitted,
    modifiedAt: file.modifiedAt.toISOString(),
    contentHash: createHash('sha256').update(file.bytes).digest('hex'),
    reading,
  };
  await store.saveReading(stored);
  return { outcome: { kind: 'fresh', ...datedOf(stored) }, stored };
}

/** A source that cannot be read now: its last good reading stands in, if there is one. */
async function fallBack(
  commitmentId: number,
  source: string,
  problem: ReturnType<typeof makeIssue>,
  store: StateStore,
  missing: boolean,
): Promise<{ outcome: SourceOutcome; stored: StoredReading | null }> {
  const last = await store.loadReading(commitmentId);
  if (last) return { outcome: { kind: 'stale', problem, ...datedOf(last) }, stored: last };
  return {
    outcome: missing ? { kind: 'missing', source } : { kind: 'unreadable', problem, source },
    stored: null,
  };
}

function datedOf(stored: StoredReading) {
  return {
    reading: stored.reading,
    readAt: stored.readAt,
    submittedOn: stored.submittedOn,
    source: stored.source,
  };
}

function sourceLabel(path: string, baseDir: string | undefined): string {
  if (!baseDir) return path;
  const rel = relative(baseDir, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
