/**
 * The run state port: what runs remember between them, wherever it lives (a folder on one
 * machine, Firestore when deployed). Jobs use it; `adapters/local` and `adapters/google`
 * implement it.
 */
import type { IsoDate } from './calendar-date.js';
import type { RawWorkbook } from './cells.js';
import type { RunRecord } from './journal.js';
import type { ClaimOutcome, DeliveryClaim, DeliverySettlement, LedgerEntry } from './ledger.js';
import { submissionStatusFrom, upgradeReading } from './legacy-values.js';
import { emptyIntakeState, type IntakeState } from './mailbox.js';
import type { MeetingSnapshot } from './snapshot.js';
import type { OutputStore } from './output-store.js';
import type { SubmissionReading } from './submission.js';
import type { RosterData } from './roster/roster-data.js';
import type { RosterChangeRecord } from './roster/roster-changes.js';
import type { RosterCells } from './roster/roster-calendar.js';

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
  /**
   * The cells of a Google Sheet as read: while Drive says it has not changed, the next run
   * validates them again (today's date matters) without reading Sheets.
   */
  cells?: RawWorkbook;
  /** A version received by email: who sent it, when, in which message, and where it is kept. */
  mail?: MailProvenance;
}

/** Where a version received by email came from. */
export interface MailProvenance {
  from: string;
  /** When the mailbox received it (ISO 8601). */
  receivedAt: string;
  messageId: string;
  /** Where the workbook is kept in the output (a path or a Drive link). */
  file: string;
}

/**
 * The committee workbook (roster) as runs remember it: its last accepted version, used while
 * a newer one is broken, and the history of its accepted changes.
 */
export interface StoredRoster {
  version: 1;
  /**
   * Which workbook: as committee.yaml names it (relative to its folder), or the Google Sheet's
   * id. Kept before as the workbook's absolute path, which the roster loader migrates.
   */
  source: string;
  /** The last accepted version: its people and plan, as committee.yaml writes them. */
  accepted: {
    data: RosterData;
    /** SHA-256 of the accepted file's bytes (of its cells, for a Google Sheet). */
    sha256: string;
    /** The workbook's own modification time then (ISO 8601). */
    modifiedTime: string;
    /** Who changed it: Drive's last modifying user; null for a local file (not known). */
    modifiedBy: string | null;
    /** When a run accepted it (ISO 8601). */
    acceptedAt: string;
    /** Where it holds each dated value (absent in rosters kept before): warnings name the cell. */
    cells?: RosterCells;
  };
  /**
   * The version last looked at, accepted or not: while the workbook keeps its modification
   * time (and size, for a file), it is not read again; a refused one is still reported.
   */
  seen: {
    modifiedTime: string;
    /** Bytes, for a local file (a copy may keep the time). */
    size?: number;
    sha256: string;
    /** Its problems, each with its sheet and cell, in the committee's language; [] when accepted. */
    problems: string[];
  };
  /** Every accepted change, oldest first (the master workbook and the report show them). */
  changes: RosterChangeRecord[];
}

/** A roster as read back: null when none was kept, or of another version or workbook. */
export function storedRosterFrom(value: unknown, source?: string): StoredRoster | null {
  const stored = value as StoredRoster | null;
  if (stored?.version !== 1 || typeof stored.accepted !== 'object') return null;
  if (source !== undefined && stored.source !== source) return null;
  return { ...stored, changes: Array.isArray(stored.changes) ? stored.changes : [] };
}

/**
 * What runs remember between them: the last good reading of each submission, the journal,
 * the ledger of deliveries and the run lease. On one machine, a folder; deployed, Firestore.
 */
export interface RunState {
  /** A human-readable description of where the state is. */
  readonly stateLocation: string;
  loadReading(commitmentId: number): Promise<StoredReading | null>;
  saveReading(stored: StoredReading): Promise<void>;
  loadJournal(): Promise<RunRecord[]>;
  saveJournal(runs: readonly RunRecord[]): Promise<void>;
  /** The state each pre-meeting report showed, one per meeting, oldest first. */
  loadSnapshots(): Promise<MeetingSnapshot[]>;
  saveSnapshots(snapshots: readonly MeetingSnapshot[]): Promise<void>;
  /** What the mailbox intake remembers: its cursor, the messages handled, the versions filed. */
  loadIntake(): Promise<IntakeState>;
  saveIntake(intake: IntakeState): Promise<void>;
  /** The committee workbook's last accepted version and its history; null before the first. */
  loadRoster(): Promise<StoredRoster | null>;
  saveRoster(roster: StoredRoster): Promise<void>;
  /** The latest entry of every delivery, whatever its state. */
  loadLedger(): Promise<LedgerEntry[]>;
  /**
   * Claims one delivery for this run before it is sent, atomically: granted when nobody
   * sent it or holds it (a claim past its lease, or a passing failure, is taken over).
   */
  claimDelivery(claim: DeliveryClaim, leaseMs: number): Promise<ClaimOutcome>;
  /** Records what the transport answered for a claimed delivery, durably, before the next. */
  settleDelivery(key: string, recipient: string, settlement: DeliverySettlement): Promise<void>;
  /**
   * Takes the run lease of this state: one run at a time reads the ledger, sends and writes
   * state (a scheduled tick and an on-demand call, or a redelivered message, must not both
   * send). Returns the release. Throws `run-in-progress` while another live run holds it;
   * a lease left by a run that died is taken over once expired.
   */
  lock(): Promise<() => Promise<void>>;
  /** Lets go of connections (Firestore's), so that a command can end. */
  close?(): Promise<void>;
}

/** What jobs use: the run state and the output, wherever each lives. */
export type StateStore = RunState & OutputStore;

/** An intake state as read back: a missing or unknown one is an intake that never ran. */
export function intakeStateFrom(value: unknown): IntakeState {
  const state = value as Partial<IntakeState> | null;
  if (!state || state.version !== 1 || typeof state.messages !== 'object')
    return emptyIntakeState();
  return { ...emptyIntakeState(), ...state } as IntakeState;
}

/**
 * A reading as read back, or null when it is not one of this commitment's (another version,
 * another number). One kept before the neutral ids is read with them (legacy-values.ts).
 */
export function storedReadingFrom(value: unknown, commitmentId: number): StoredReading | null {
  const stored = value as StoredReading | null;
  if (stored?.version !== 1 || stored.commitmentId !== commitmentId) return null;
  const reading = upgradeReading(stored.reading);
  return reading === stored.reading ? stored : { ...stored, reading };
}

/** Meeting snapshots as read back: those of a known version, statuses as ids. */
export function snapshotsFrom(value: unknown): MeetingSnapshot[] {
  if (!Array.isArray(value)) return [];
  return (value as (MeetingSnapshot | null)[])
    .filter((s): s is MeetingSnapshot => s?.version === 1 && Array.isArray(s.commitments))
    .map((s) => ({
      ...s,
      commitments: s.commitments.map((c) => ({ ...c, status: submissionStatusFrom(c.status) })),
    }));
}

/** One store from a run state and an output kept in different places. */
export function composeStore(state: RunState, output: OutputStore): StateStore {
  return {
    stateLocation: state.stateLocation,
    loadReading: (id) => state.loadReading(id),
    saveReading: (stored) => state.saveReading(stored),
    loadJournal: () => state.loadJournal(),
    saveJournal: (runs) => state.saveJournal(runs),
    loadSnapshots: () => state.loadSnapshots(),
    saveSnapshots: (snapshots) => state.saveSnapshots(snapshots),
    loadIntake: () => state.loadIntake(),
    saveIntake: (intake) => state.saveIntake(intake),
    loadRoster: () => state.loadRoster(),
    saveRoster: (roster) => state.saveRoster(roster),
    loadLedger: () => state.loadLedger(),
    claimDelivery: (claim, leaseMs) => state.claimDelivery(claim, leaseMs),
    settleDelivery: (key, recipient, settlement) =>
      state.settleDelivery(key, recipient, settlement),
    lock: () => state.lock(),
    close: async () => state.close?.(),
    location: output.location,
    outboxLocation: output.outboxLocation,
    writeOutbox: (name, content) => output.writeOutbox(name, content),
    publishFile: (name, source, mimeType, formerNames) =>
      output.publishFile(name, source, mimeType, formerNames),
    publishMaster: (write, options) => output.publishMaster(write, options),
  };
}

/** After this long a lock is left by a run that died (a function stops after 9 minutes). */
export const LOCK_STALE_MS = 20 * 60 * 1000;
