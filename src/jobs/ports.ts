/** The ports jobs depend on, as plain interfaces: each adapter implements one. */
import type { Writable } from 'node:stream';
import type { IsoDate } from '../core/calendar-date.js';
import type { RunRecord } from '../core/journal.js';
import type { LedgerEntry } from '../core/ledger.js';
import type { SubmissionReading } from '../core/submission.js';

/** The last good reading of a commitment's submission, as kept between runs. */
export interface StoredReading {
  version: 1;
  commitmentId: number;
  source: string;
  /** The instant it was read (ISO 8601). */
  readAt: string;
  submittedOn: IsoDate | null;
  /** The source's own modification time (ISO 8601). */
  modifiedAt: string;
  /** SHA-256 of the source content: a new version of a submission has a new hash. */
  contentHash: string;
  reading: SubmissionReading;
}

/** Where runs keep their state and publish the master workbook. */
export interface StateStore {
  /** A human-readable description of where things go (a folder path, a Drive folder). */
  readonly location: string;
  loadReading(commitmentId: number): Promise<StoredReading | null>;
  saveReading(stored: StoredReading): Promise<void>;
  loadJournal(): Promise<RunRecord[]>;
  saveJournal(runs: readonly RunRecord[]): Promise<void>;
  loadLedger(): Promise<LedgerEntry[]>;
  /** Records one accepted delivery durably before the next one is attempted. */
  appendLedger(entry: LedgerEntry): Promise<void>;
  /** Where `.eml` files go when no SMTP server is configured, for people. */
  readonly outboxLocation: string;
  /** Writes one `.eml` file to the outbox (replacing one of the same name). */
  writeOutbox(name: string, content: Buffer): Promise<void>;
  /**
   * Replaces the master workbook atomically; returns where it is. With `keepPrevious`, the
   * one it replaces goes to history (a run's second, updated copy does not).
   */
  publishMaster(
    write: (out: Writable) => Promise<void>,
    options?: { keepPrevious?: boolean },
  ): Promise<string>;
  /**
   * Takes the run lock of this storage: one run at a time reads the ledger, sends and writes
   * state (a scheduled tick and an on-demand call, or a redelivered Pub/Sub message, must not
   * both send). Returns the release. Throws `run-in-progress` while another live run holds it;
   * a lock left by a run that died is taken over.
   */
  lock(): Promise<() => Promise<void>>;
}

/** After this long a lock is left by a run that died (a function stops after 9 minutes). */
export const LOCK_STALE_MS = 20 * 60 * 1000;
