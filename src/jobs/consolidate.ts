/**
 * The `consolidate` job: reads every commitment's source, validates it, keeps the last good
 * reading of each, and publishes the master workbook with the run in its journal.
 */
import { message, translate, type Message } from '../core/catalogue/render.js';
import { readdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { writeMasterWorkbook } from '../adapters/documents/master-workbook.js';
import type { ReadLimits } from '../adapters/xlsx/reader.js';
import type { GoogleClients } from '../adapters/google/api.js';
import { withRunLock } from './stores.js';
import { runAdapters, withAdapters, type RunAdapters } from './run-adapters.js';
import type { RawWorkbook } from '../core/cells.js';
import {
  locationOf,
  type FolderSpreadsheet,
  type PreviousReading,
  type SpreadsheetLocation,
  type SpreadsheetReading,
  type SpreadsheetSource,
} from '../core/spreadsheet-source.js';
import { SUBMISSION_SHEETS, submissionsByCommitment } from '../core/submission-sheets.js';
import { localDateAt } from '../core/calendar-date.js';
import { xlsxSourcePaths, type Commitment, type CommitteeConfig } from '../core/config-schema.js';
import {
  buildConsolidation,
  summarizeReading,
  type CellLinker,
  type ConsolidatedModel,
  type SourceOutcome,
} from '../core/consolidation.js';
import { fileMissingMessage } from '../core/failure-message.js';
import { makeIssue, unreadableIssue, type Issue } from '../core/issue.js';
import { issueText } from '../core/issue-message.js';
import { commitmentNumberInName, formerFileNames, masterFileName } from '../core/file-names.js';
import { closestOption } from '../core/text.js';
import { appendRun, type RunRecord } from '../core/journal.js';
import { commitmentContext, validateSubmission } from '../core/validate-submission.js';
import {
  isUntouchedTemplate,
  readingFingerprint,
  templateMarker,
} from '../core/template-content.js';
import { type MailProvenance, type StateStore, type StoredReading } from '../core/run-state.js';
import { heldMessagesByCommitment, type HeldMessage, type MailVersion } from '../core/mailbox.js';
import type { SubmissionReading } from '../core/submission.js';

/** The JSON summary of `consolidate --json` (docs/command-line.md). */
export interface ConsolidateSummary {
  master: string;
  /** The status page, beside the master. */
  page: string;
  /** How long drawing and writing it took (ms). */
  pageMs: number;
  /** The open data package's descriptor. */
  openData: string;
  /** How long writing the open data took (ms), beside the master's loading of each submission. */
  openDataMs: number;
  commitments: number;
  received: number;
  toFix: number;
  /** Sheets from an earlier round, not updated for the current one. */
  toUpdate: number;
  missing: number;
  late: number;
  /** Commitments shown from an earlier reading because their source cannot be read now. */
  stale: number;
  actions: number;
  milestones: number;
  errors: number;
  warnings: number;
  sent: number;
  /** Sources that could not be read this run (a file not there, corrupt, not shared…), by commitment. */
  sourceProblems: { commitment: number; message: string }[];
}

export interface ConsolidateOptions {
  now: Date;
  /** Where state and the master go; by default the configuration's storage folder. */
  store?: StateStore;
  /** The journal's name for this run. */
  command?: string;
  /** A trial (`--dry-run`), recorded as such in the journal. */
  trial?: boolean;
  /** Called after each source is read. */
  onProgress?: (done: number, total: number) => void;
  readLimits?: ReadLimits;
  /** Sources read at once. */
  concurrency?: number;
  /** Source paths are shown relative to this folder (the configuration's) when inside it. */
  baseDir?: string;
  /** Google clients (tests point them at a local server); by default made on first use. */
  google?: GoogleClients;
  /** Where every spreadsheet is read; by default built from `google` and `readLimits`. */
  sources?: SpreadsheetSource;
  /** The run's adapters, built by its entry point; by default the configuration's. */
  adapters?: RunAdapters;
}

export interface ConsolidateResult {
  summary: ConsolidateSummary;
  model: ConsolidatedModel;
  /** Each commitment's reading after this run (fresh or kept): its hash and source, for emails. */
  readings: Map<number, ReadingRef>;
  /** The commitments whose source was read this run. */
  fresh: Set<number>;
  /** What became of each commitment's source. */
  outcomes: Map<number, SourceOutcome>;
  /** How long the status page took to draw and write (ms), for the bench. */
  pageMs: number;
}

/** What emails need to know of a reading (its rows stay in the store). */
export interface ReadingRef {
  contentHash: string;
  source: string;
}

/** Lays out the master workbook and publishes it (with or without keeping the previous one). */
export async function publishMaster(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  journal: readonly RunRecord[],
  store: StateStore,
  keepPrevious: boolean,
  /** Sees each submission the master loads (the open data is written from them). */
  onReading?: (commitmentId: number, reading: SubmissionReading) => Promise<void>,
): Promise<string> {
  // The committee workbook's history, kept in the run state by every load of the roster.
  const roster = config.roster ? await store.loadRoster() : null;
  const input = {
    model,
    journal,
    ...(config.roster ? { rosterChanges: roster?.changes ?? [] } : {}),
    timeZone: config.committee.timezone,
    secretariatName: config.secretariat.name,
    planName: config.plan.name,
    locale: config.committee.locale,
    tag: config.committee.tag,
    planned: plannedPeriods(config),
    loadRecords: async (commitmentId: number) => {
      const stored = await store.loadReading(commitmentId);
      if (stored) await onReading?.(commitmentId, stored.reading);
      return stored
        ? { actions: stored.reading.actions, milestones: stored.reading.milestones }
        : null;
    },
  };
  return store.publishMaster((out) => writeMasterWorkbook(input, out), {
    name: masterFileName(config.committee.tag),
    formerNames: formerFileNames(config.committee.tag, 'files.master'),
    keepPrevious,
  });
}

/** Each commitment's start and end from its configured milestones. */
function plannedPeriods(config: CommitteeConfig) {
  return new Map(
    config.commitments.map((c) => {
      const starts = (c.milestones ?? []).flatMap((m) => (m.start ? [m.start] : [])).sort();
      const ends = (c.milestones ?? []).map((m) => m.end).sort();
      return [c.id, { start: starts[0] ?? null, end: ends.at(-1) ?? null }] as const;
    }),
  );
}

/** Runs a consolidation. Bad submissions are data; only broken storage throws. */
export async function consolidate(
  config: CommitteeConfig,
  options: ConsolidateOptions,
): Promise<ConsolidateResult> {
  return withAdapters(config, options, async (adapters) => {
    const store = await adapters.store();
    const locked = { ...options, store, sources: adapters.sources };
    return withRunLock(store, () => consolidateLocked(config, locked));
  });
}

/**
 * {@link consolidate}, for a caller that holds the run lock already: reads the sources, builds
 * the model, journals the run, publishes the master with the open data, then the status page.
 */
export async function consolidateLocked(
  config: CommitteeConfig,
  options: ConsolidateOptions & { store: StateStore },
): Promise<ConsolidateResult> {
  const started = performance.now();
  const { store } = options;
  const sources = options.sources ?? (options.adapters ?? runAdapters(config, options)).sources;
  const context = await openRun(config, options, sources);
  const read = await readSources(config, store, context);
  const model = await buildModel(config, read.outcomes, context, store);
  const journal = await journalRun(config, model, context, store, read.count, started);
  const published = await publishMasterAndOpenData(config, model, journal, store);
  const { page, pageMs } = await publishPage(config, model, store);
  const { outcomes, readings } = read;
  return {
    model,
    outcomes,
    readings,
    fresh: new Set([...outcomes].filter(([, o]) => o.kind === 'fresh').map(([id]) => id)),
    pageMs,
    summary: summaryOf(config, model, outcomes, { ...published, page, pageMs }),
  };
}

/**
 * Opens the run: the versions the intake received by email, and, when the committee keeps its
 * submissions in a Drive folder, what is in it (a folder that cannot be listed is a problem
 * of the commitments it would have given, not a failure of the run).
 */
async function openRun(
  config: CommitteeConfig,
  options: ConsolidateOptions & { store: StateStore },
  sources: SpreadsheetSource,
): Promise<RunContext> {
  const intake = await options.store.loadIntake();
  const context: RunContext = {
    options,
    sources,
    discovered: new Map(),
    discoveryProblem: null,
    mailVersions: new Map(Object.values(intake.versions).map((v) => [v.commitmentId, v])),
    held: heldMessagesByCommitment(intake, config.commitments, config.committee.timezone),
  };
  if (config.discovery && config.commitments.some((c) => !c.source)) {
    const listing = await sources.listFolder(config.discovery.driveFolderId);
    // The folder is the secretariat's: said in the committee's language.
    if (listing.ok) context.discovered = submissionsByCommitment(listing.files);
    else context.discoveryProblem = unreadableIssue(listing.failure);
  }
  return context;
}

/** What reading every commitment's source gave. */
interface SourcesRead {
  outcomes: Map<number, SourceOutcome>;
  /** Each commitment's reading after this run (fresh or kept). */
  readings: Map<number, ReadingRef>;
  /** Sources read this run (an untouched template counts: it was read). */
  count: number;
}

/**
 * Reads and validates each commitment's source, `concurrency` at a time, keeping the last good
 * reading of those that cannot be read now; reports progress after each.
 */
async function readSources(
  config: CommitteeConfig,
  store: StateStore,
  context: RunContext,
): Promise<SourcesRead> {
  const { options } = context;
  const read: SourcesRead = { outcomes: new Map(), readings: new Map(), count: 0 };
  let done = 0;
  await forEachLimited(
    config.commitments,
    options.concurrency ?? config.google.concurrency,
    async (commitment) => {
      const { outcome, stored } = await readCommitment(commitment, config, store, context);
      read.outcomes.set(commitment.id, outcome);
      if (stored)
        read.readings.set(commitment.id, {
          contentHash: stored.contentHash,
          source: stored.source,
        });
      // A template found untouched was read too, though it is no submission.
      if (outcome.kind === 'fresh' || (outcome.kind === 'missing' && outcome.template))
        read.count++;
      options.onProgress?.(++done, config.commitments.length);
    },
  );
  return read;
}

/**
 * The consolidated model of the outcomes, with the ledger's sends, links to Google cells and
 * the committee workbook's cells.
 */
async function buildModel(
  config: CommitteeConfig,
  outcomes: Map<number, SourceOutcome>,
  context: RunContext,
  store: StateStore,
): Promise<ConsolidatedModel> {
  // A committee workbook's calendar warnings are said at their cells, kept with its accepted version.
  const roster = config.roster ? await store.loadRoster() : null;
  return buildConsolidation(
    config,
    outcomes,
    context.options.now,
    linkToSheets(config, context),
    await store.loadLedger(),
    roster?.accepted.cells ?? {},
    context.held,
  );
}

/** The journal with this run appended (saved once the master is published). */
async function journalRun(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  context: RunContext,
  store: StateStore,
  read: number,
  started: number,
): Promise<RunRecord[]> {
  const { options, sources } = context;
  const run: RunRecord = {
    at: options.now.toISOString(),
    command: options.command ?? 'consolidate',
    ...(options.trial ? { trial: true } : {}),
    sources: config.commitments.filter((c) => c.source || context.discovered.has(c.id)).length,
    apiRequests: sources.requests(),
    read,
    actions: model.totals.actionsPlanned,
    milestones: model.totals.milestonesTotal,
    errors: model.totals.errors,
    warnings: model.totals.warnings,
    emailsSent: 0,
    durationMs: Math.round(performance.now() - started),
  };
  return appendRun(await store.loadJournal(), run);
}

/**
 * Publishes the master workbook (keeping the previous one), then saves the journal, then the
 * open data, written from the submissions as the master loads them; a master that cannot be
 * written leaves no open data half-written.
 */
async function publishMasterAndOpenData(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  journal: readonly RunRecord[],
  store: StateStore,
): Promise<{ master: string; openData: string; openDataMs: number }> {
  let openDataStarted = performance.now();
  const { openDataWriter } = await import('./open-data.js');
  const open = await openDataWriter(config, model, store);
  let openDataMs = performance.now() - openDataStarted;
  let master: string;
  try {
    master = await publishMaster(config, model, journal, store, true, async (id, reading) => {
      const adding = performance.now();
      await open.add(id, reading);
      openDataMs += performance.now() - adding;
    });
  } catch (error) {
    await open.discard();
    throw error;
  }
  await store.saveJournal(journal);
  openDataStarted = performance.now();
  const openData = await open.publish();
  openDataMs = Math.round(openDataMs + performance.now() - openDataStarted);
  return { master, openData, openDataMs };
}

/** Draws and publishes the status page; how long it took (ms), for the bench. */
async function publishPage(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  store: StateStore,
): Promise<{ page: string; pageMs: number }> {
  const { publishStatusPage } = await import('./status-page.js');
  const pageStarted = performance.now();
  const page = await publishStatusPage(config, model, store);
  return { page, pageMs: Math.round(performance.now() - pageStarted) };
}

/** The JSON summary of the run (docs/command-line.md), sources that could not be read said in the committee's language. */
function summaryOf(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  outcomes: Map<number, SourceOutcome>,
  published: { master: string; page: string; pageMs: number; openData: string; openDataMs: number },
): ConsolidateSummary {
  return {
    master: published.master,
    page: published.page,
    pageMs: published.pageMs,
    openData: published.openData,
    openDataMs: published.openDataMs,
    commitments: config.commitments.length,
    received: model.totals.received,
    toFix: model.totals.toFix,
    toUpdate: model.totals.toUpdate,
    missing: model.totals.missing,
    late: model.totals.late,
    stale: [...outcomes.values()].filter((o) => o.kind === 'stale').length,
    actions: model.totals.actionsPlanned,
    milestones: model.totals.milestonesTotal,
    errors: model.totals.errors,
    warnings: model.totals.warnings,
    sent: 0,
    sourceProblems: [...outcomes].flatMap(([commitment, o]) =>
      (o.kind === 'missing' && o.problem) || o.kind === 'unreadable' || o.kind === 'stale'
        ? [{ commitment, message: issueText(config.committee.tag, (o.problem as Issue).message) }]
        : [],
    ),
  };
}

/** What reading sources in one run shares: options, where spreadsheets are read, discovery. */
interface RunContext {
  options: ConsolidateOptions;
  sources: SpreadsheetSource;
  discovered: Map<number, FolderSpreadsheet>;
  discoveryProblem: Issue | null;
  /** The newest version each commitment received by email (the intake's). */
  mailVersions: Map<number, MailVersion>;
  /** The email held for the secretariat from each commitment's people, not released. */
  held: Map<number, HeldMessage>;
}

/** Links an anomaly to its cell where the source is a Google Sheet. */
function linkToSheets(config: CommitteeConfig, context: RunContext): CellLinker {
  return (commitmentId, sheet, cell) => {
    const commitment = config.commitments.find((c) => c.id === commitmentId);
    const found = context.discovered.get(commitmentId);
    const id =
      commitment?.source?.kind === 'google-sheet'
        ? commitment.source.spreadsheetId
        : !commitment?.source && found?.kind === 'google-sheet'
          ? found.id
          : null;
    if (!id) return null;
    const range = sheet && cell ? `#range=${encodeURIComponent(`'${sheet}'!${cell}`)}` : '';
    return `https://docs.google.com/spreadsheets/d/${id}/edit${range}`;
  };
}

/** Where a source is shown as coming from (provenance, emails). */
export function sourceAddress(source: SpreadsheetLocation, baseDir?: string): string {
  switch (source.kind) {
    case 'xlsx':
      return sourceLabel(source.path, baseDir);
    case 'google-sheet':
      return `https://docs.google.com/spreadsheets/d/${source.spreadsheetId}`;
    case 'drive-file':
      return `https://drive.google.com/file/d/${source.fileId}${source.name ? ` (${source.name})` : ''}`;
  }
}

/** Reads a submission's sheets, wherever it is (a Google Sheet unchanged since `previous` is not read again). */
function readSource(
  source: SpreadsheetLocation,
  context: RunContext,
  previous?: PreviousReading,
): Promise<SpreadsheetReading> {
  return context.sources.read(source, {
    sheets: SUBMISSION_SHEETS,
    ...(previous ? { previous } : {}),
  });
}

async function readCommitment(
  commitment: Commitment,
  config: CommitteeConfig,
  store: StateStore,
  context: RunContext,
): Promise<{ outcome: SourceOutcome; stored: StoredReading | null }> {
  const options = context.options;
  const found = context.discovered.get(commitment.id);
  const source: SpreadsheetLocation | undefined =
    commitment.source ?? (found ? locationOf(found) : undefined);
  // The last good reading, loaded once, and only when something needs it.
  let last: Promise<StoredReading | null> | undefined;
  const lastReading = () => (last ??= store.loadReading(commitment.id));
  const byMail = await mailReading(context.mailVersions.get(commitment.id), lastReading);
  if (byMail && !source) return revalidate(byMail, commitment, config, store, options);
  if (!source) {
    if (context.discoveryProblem) {
      return fallBack('Drive', context.discoveryProblem, lastReading, false, config);
    }
    return { outcome: { kind: 'missing', source: null }, stored: null };
  }
  const label = sourceAddress(source, options.baseDir);
  // A Google Sheet unchanged since its stored reading is not read again.
  const before = source.kind === 'google-sheet' ? await lastReading() : null;
  const previous =
    before?.cells && before.source === label
      ? { modifiedAt: before.modifiedAt, contentHash: before.contentHash, workbook: before.cells }
      : undefined;
  const read = await readSource(source, context, previous);
  // The newest version wins: the one received by email, unless the source changed since.
  if (byMail && (!read.ok || read.modifiedAt.getTime() <= Date.parse(byMail.mail.receivedAt))) {
    return revalidate(byMail, commitment, config, store, options);
  }
  if (!read.ok) {
    // A configured file that is not there: said by name, with the file meant when one is close.
    const issue =
      read.missing && source.kind === 'xlsx'
        ? makeIssue(
            'file-unreadable',
            {},
            await missingFileMessage(source.path, config, options.baseDir),
          )
        : unreadableIssue(read.failure);
    return fallBack(label, issue, lastReading, read.missing ?? false, config);
  }

  const timeZone = config.committee.timezone;
  const today = localDateAt(options.now, timeZone);
  const reading = validateSubmission(read.workbook, commitmentContext(config, commitment, today));
  if (isUntouchedTemplate(reading, templateMarker(read.workbook), commitment)) {
    // The template is no submission, however recent the file: the one sent by email stands.
    if (byMail) return revalidate(byMail, commitment, config, store, options);
    // The template as we wrote it is not a submission: nothing was sent yet.
    const kept = await lastReading();
    // Kept by an earlier version, which took the same untouched template for a submission.
    const same = kept && readingFingerprint(kept.reading) === readingFingerprint(reading);
    if (!kept || same)
      return { outcome: { kind: 'missing', source: label, template: true }, stored: null };
    // Said to its focal point in their language, to the secretariat in the committee's.
    const keptOn = kept.submittedOn ?? localDateAt(new Date(kept.readAt), timeZone);
    const back = makeIssue(
      'empty-submission',
      {},
      message('cells.templateAgain', { date: keptOn }),
    );
    return fallBack(label, back, lastReading, false, config);
  }
  // A declared day to come is an error of the sheet, not its date.
  const updatedAt = reading.engagement.updatedAt;
  const declared =
    config.tracking.submissionDate === 'declared' && updatedAt && updatedAt <= today
      ? updatedAt
      : null;
  let submitted = declared ?? localDateAt(read.modifiedAt, timeZone);
  if (submitted > today) {
    // A file dated after today (a clock ahead of ours, a run evaluated in the past): the
    // version keeps the day it was first read, not the day of each new reading.
    const kept = await lastReading();
    submitted =
      kept?.contentHash === read.contentHash && kept.submittedOn ? kept.submittedOn : today;
  }
  const stored: StoredReading = {
    version: 1,
    commitmentId: commitment.id,
    source: label,
    readAt: options.now.toISOString(),
    submittedOn: submitted,
    modifiedAt: read.modifiedAt.toISOString(),
    contentHash: read.contentHash,
    reading,
    ...(source.kind === 'google-sheet' ? { cells: read.workbook } : {}),
  };
  await store.saveReading(stored);
  return { outcome: { kind: 'fresh', ...datedOf(stored, config) }, stored };
}

/** The stored reading of the version a commitment received by email, when it is the last one. */
async function mailReading(
  version: MailVersion | undefined,
  lastReading: () => Promise<StoredReading | null>,
): Promise<(StoredReading & { mail: MailProvenance; cells: RawWorkbook }) | null> {
  if (!version) return null;
  const kept = await lastReading();
  // A newer source read since replaced it: the email's version is no longer the last one.
  if (!kept?.mail || !kept.cells || kept.contentHash !== version.contentHash) return null;
  return kept as StoredReading & { mail: MailProvenance; cells: RawWorkbook };
}

/** A version received by email, validated again as of today (dates to come, late milestones). */
async function revalidate(
  stored: StoredReading & { mail: MailProvenance; cells: RawWorkbook },
  commitment: Commitment,
  config: CommitteeConfig,
  store: StateStore,
  options: ConsolidateOptions,
): Promise<{ outcome: SourceOutcome; stored: StoredReading }> {
  const today = localDateAt(options.now, config.committee.timezone);
  const reading = validateSubmission(stored.cells, commitmentContext(config, commitment, today));
  const again: StoredReading = { ...stored, readAt: options.now.toISOString(), reading };
  await store.saveReading(again);
  const viaMail = { receivedAt: stored.mail.receivedAt, from: stored.mail.from };
  return { outcome: { kind: 'fresh', ...datedOf(again, config), viaMail }, stored: again };
}

/** A source that cannot be read now: its last good reading stands in, if there is one. */
async function fallBack(
  source: string,
  problem: ReturnType<typeof makeIssue>,
  lastReading: () => Promise<StoredReading | null>,
  missing: boolean,
  config: CommitteeConfig,
): Promise<{ outcome: SourceOutcome; stored: StoredReading | null }> {
  const last = await lastReading();
  if (last) {
    const outcome: SourceOutcome = {
      kind: 'stale',
      problem,
      ...(missing ? { gone: true } : {}),
      ...datedOf(last, config),
    };
    return { outcome, stored: last };
  }
  return {
    outcome: missing
      ? { kind: 'missing', source, problem }
      : { kind: 'unreadable', problem, source },
    stored: null,
  };
}

/** The outcome keeps the reading's summary; its rows are in the store, read back by the master. */
function datedOf(stored: StoredReading, config: CommitteeConfig) {
  return {
    summary: summarizeReading(stored.reading, config.charter),
    readAt: stored.readAt,
    submittedOn: stored.submittedOn,
    // Named in the committee's language of today, whatever it was when the email came.
    source: stored.mail
      ? translate(config.committee.locale, 'dashboard.mailSource', { sender: stored.mail.from })
      : stored.source,
  };
}

/**
 * « fichier introuvable : submissions/engagment-03.xlsx — vouliez-vous dire
 * submissions/engagement-03.xlsx ? »: the name of a configured file that is not there, and
 * the file of its folder it most likely is (never one that another commitment reads).
 */
async function missingFileMessage(
  path: string,
  config: CommitteeConfig,
  baseDir?: string,
): Promise<Message> {
  const folder = dirname(path);
  const taken = xlsxSourcePaths(config);
  // Another commitment's numbered file is never "the one meant", however close its name.
  const id = commitmentNumberInName(basename(path));
  const present = (await readdir(folder).catch(() => [] as string[])).filter((name) => {
    const other = commitmentNumberInName(name);
    return (
      /\.xlsx$/i.test(name) &&
      !taken.has(join(folder, name)) &&
      (id === null || other === null || other === id)
    );
  });
  const near = closestOption(basename(path), present);
  return fileMissingMessage(
    sourceLabel(path, baseDir),
    near ? sourceLabel(join(folder, near), baseDir) : null,
  );
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
