/**
 * The run state in Firestore (Native mode), for the deployed functions: a service account
 * has no Drive storage of its own, and a function's disk does not last. Under the
 * collection `ogp-tracker`, one document per committee (`prefix`) holds:
 *
 * - `lease/run`: the run lease, taken and renewed in transactions, with an expiry;
 * - `deliveries/{id}`: one document per email key and recipient, claimed with `create()`
 *   before sending (ALREADY_EXISTS: somebody else has it), then settled;
 * - `blobs/{name}`: the last good readings, the journal, the meeting snapshots, the intake
 *   memory and the committee workbook's last accepted version as JSON, split into parts under
 *   Firestore's 1 MiB document limit and written in one batch.
 *
 * The client (`@google-cloud/firestore`) loads only when a run uses this state.
 */
import { createHash } from 'node:crypto';
import type { DocumentReference, Firestore, Transaction } from '@google-cloud/firestore';
import { message, type Message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import type { RunRecord } from '../../core/journal.js';
import type { MeetingSnapshot } from '../../core/snapshot.js';
import {
  decideClaim,
  deliveryId,
  settle,
  type ClaimOutcome,
  type DeliveryClaim,
  type DeliverySettlement,
  type LedgerEntry,
} from '../../core/ledger.js';
import {
  intakeStateFrom,
  LOCK_STALE_MS,
  snapshotsFrom,
  storedReadingFrom,
  storedRosterFrom,
  type RunState,
  type StoredReading,
  type StoredRoster,
} from '../../core/run-state.js';
import type { IntakeState } from '../../core/mailbox.js';
import { isRunGone, runId, runInProgress, thisRun, type LockHolder } from '../local/run-lock.js';

/** Characters of JSON per document part: at most 4 bytes each in UTF-8, under 1 MiB. */
const PART_CHARS = 200_000;
/** Largest blob kept: one batch of parts stays well under Firestore's 10 MiB request. */
const MAX_BLOB_CHARS = 40 * PART_CHARS;

export interface FirestoreStateOptions {
  /** The Google Cloud project; by default the environment's. */
  projectId?: string;
  /** This committee's document name. */
  prefix: string;
  /** How long the run lease lasts without renewal; 20 minutes by default. */
  leaseMs?: number;
}

/** Opens the Firestore state, loading the client package on first use. */
export async function openFirestoreState(options: FirestoreStateOptions): Promise<FirestoreState> {
  const { Firestore } = await import('@google-cloud/firestore');
  const db = new Firestore({
    ...(options.projectId ? { projectId: options.projectId } : {}),
    // Undefined fields (optional ones) are left out rather than refused.
    ignoreUndefinedProperties: true,
  });
  return new FirestoreState(db, options);
}

/** A {@link RunState} in Firestore. */
export class FirestoreState implements RunState {
  readonly stateLocation: string;
  private readonly root: DocumentReference;
  private readonly leaseMs: number;
  private readonly runId = runId();

  constructor(
    private readonly db: Firestore,
    options: FirestoreStateOptions,
  ) {
    this.root = db.collection('ogp-tracker').doc(options.prefix);
    this.leaseMs = options.leaseMs ?? LOCK_STALE_MS;
    // Said the same in every language: the project (« - »: the environment's) and the path.
    this.stateLocation = `firestore://${options.projectId ?? '-'}/ogp-tracker/${options.prefix}`;
  }

  /** Runs a Firestore call; a failure becomes an explanation of what to do. */
  private async guard<T>(what: Message, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (cause) {
      if (cause instanceof OgpError) throw cause;
      const said = firestoreFailure(cause, what, this.stateLocation);
      // No project to name: a setting is missing, not a write that failed.
      const code = said.id === 'errors.firestoreNoProject' ? 'config-invalid' : 'write-failed';
      throw new OgpError(code, said, { cause });
    }
  }

  // --- Blobs: readings and the journal ------------------------------------------------------

  private blob(name: string): DocumentReference {
    return this.root.collection('blobs').doc(name);
  }

  private async loadBlob(name: string): Promise<unknown> {
    return this.guard(message('errors.reading', { name }), async () => {
      const head = await this.blob(name).get();
      if (!head.exists) return null;
      const parts = Number(head.get('parts') ?? 1);
      let json = String(head.get('json') ?? '');
      if (parts > 1) {
        const refs = Array.from({ length: parts - 1 }, (_, i) => this.blob(`${name}~${i + 1}`));
        const rest = await this.db.getAll(...refs);
        for (const part of rest) json += String(part.get('json') ?? '');
      }
      try {
        return JSON.parse(json) as unknown;
      } catch {
        return null; // parts of two different writes can no longer meet: all go in one batch
      }
    });
  }

  private async saveBlob(name: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    if (json.length > MAX_BLOB_CHARS) {
      throw new OgpError(
        'write-failed',
        message('errors.firestoreTooLarge', {
          name,
          mib: Math.round(json.length / 1024 / 1024),
          maxMillions: MAX_BLOB_CHARS / 1_000_000,
        }),
      );
    }
    const parts = Math.max(1, Math.ceil(json.length / PART_CHARS));
    await this.guard(message('errors.writing', { name }), async () => {
      const batch = this.db.batch();
      for (let i = 0; i < parts; i++) {
        const chunk = json.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
        batch.set(
          this.blob(i === 0 ? name : `${name}~${i}`),
          i === 0 ? { json: chunk, parts } : { json: chunk },
        );
      }
      await batch.commit();
    });
  }

  async loadReading(commitmentId: number): Promise<StoredReading | null> {
    return storedReadingFrom(await this.loadBlob(readingName(commitmentId)), commitmentId);
  }

  async saveReading(stored: StoredReading): Promise<void> {
    await this.saveBlob(readingName(stored.commitmentId), stored);
  }

  async loadJournal(): Promise<RunRecord[]> {
    const runs = await this.loadBlob('journal');
    return Array.isArray(runs) ? (runs as RunRecord[]) : [];
  }

  async saveJournal(runs: readonly RunRecord[]): Promise<void> {
    await this.saveBlob('journal', runs);
  }

  async loadSnapshots(): Promise<MeetingSnapshot[]> {
    return snapshotsFrom(await this.loadBlob('snapshots'));
  }

  async saveSnapshots(snapshots: readonly MeetingSnapshot[]): Promise<void> {
    await this.saveBlob('snapshots', snapshots);
  }

  async loadIntake(): Promise<IntakeState> {
    return intakeStateFrom(await this.loadBlob('intake'));
  }

  async saveIntake(intake: IntakeState): Promise<void> {
    await this.saveBlob('intake', intake);
  }

  async loadRoster(): Promise<StoredRoster | null> {
    return storedRosterFrom(await this.loadBlob('roster'));
  }

  async saveRoster(roster: StoredRoster): Promise<void> {
    await this.saveBlob('roster', roster);
  }

  // --- The ledger: one document per delivery ------------------------------------------------

  private delivery(key: string, recipient: string): DocumentReference {
    const id = createHash('sha256').update(deliveryId(key, recipient)).digest('hex').slice(0, 40);
    return this.root.collection('deliveries').doc(id);
  }

  async loadLedger(): Promise<LedgerEntry[]> {
    return this.guard(message('errors.readingLedger'), async () => {
      const all = await this.root.collection('deliveries').get();
      return all.docs.map((d) => d.data() as LedgerEntry);
    });
  }

  async claimDelivery(claim: DeliveryClaim, leaseMs: number): Promise<ClaimOutcome> {
    const ref = this.delivery(claim.key, claim.recipient);
    const claimed = (): LedgerEntry => ({
      ...claim,
      state: 'claimed',
      claimedBy: this.runId,
      leaseUntil: new Date(Date.now() + leaseMs).toISOString(),
    });
    return this.guard(
      message('errors.claiming', { key: claim.key, recipient: claim.recipient }),
      async () => {
        try {
          await ref.create(claimed());
          return { granted: true, retaken: null };
        } catch (error) {
          if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
        }
        // Somebody was there first: take it over only if it failed for a passing reason or
        // its claim expired, in a transaction, so that two runs cannot both take it.
        return this.db.runTransaction(async (tx: Transaction) => {
          const current = await tx.get(ref);
          const entry = current.data() as LedgerEntry | undefined;
          const outcome = decideClaim(entry, Date.now(), isRunGone(entry?.claimedBy));
          if (outcome.granted) tx.set(ref, claimed());
          return outcome;
        });
      },
    );
  }

  async settleDelivery(
    key: string,
    recipient: string,
    settlement: DeliverySettlement,
  ): Promise<void> {
    const ref = this.delivery(key, recipient);
    await this.guard(message('errors.recording', { key, recipient }), async () => {
      await this.db.runTransaction(async (tx: Transaction) => {
        const current = (await tx.get(ref)).data() as LedgerEntry | undefined;
        if (!current)
          throw new OgpError('write-failed', message('errors.notClaimed', { key, recipient }));
        tx.set(ref, settle(current, settlement));
      });
    });
  }

  // --- The run lease -------------------------------------------------------------------------

  async lock(): Promise<() => Promise<void>> {
    const ref = this.root.collection('lease').doc('run');
    const holder = thisRun();
    const take = (tx: Transaction, now: number) =>
      tx.set(ref, {
        ...holder,
        runId: this.runId,
        until: new Date(now + this.leaseMs).toISOString(),
      });
    await this.guard(message('errors.takingLease'), () =>
      this.db.runTransaction(async (tx: Transaction) => {
        const current = (await tx.get(ref)).data() as
          (LockHolder & { runId: string; until: string }) | undefined;
        const now = Date.now();
        // A lease is held until it expires, or until its run is known dead (a process
        // gone from this machine): then the next run need not wait for the expiry.
        if (
          current &&
          current.runId !== this.runId &&
          Date.parse(current.until) > now &&
          !isRunGone(current.runId)
        ) {
          throw runInProgress(
            current,
            `bail ${this.stateLocation}/lease/run, jusqu’à ${current.until.slice(11, 19)} UTC`,
          );
        }
        take(tx, now);
      }),
    );
    // Renewed while the run lasts: a long run keeps it, a dead one lets it expire.
    let lost = false;
    const renew = setInterval(
      () => {
        void this.db
          .runTransaction(async (tx: Transaction) => {
            const current = (await tx.get(ref)).data() as { runId?: string } | undefined;
            if (current?.runId !== this.runId) lost = true;
            else take(tx, Date.now());
          })
          .catch(() => undefined); // the next renewal tries again; the lease is long
      },
      Math.max(1000, Math.floor(this.leaseMs / 3)),
    );
    renew.unref();
    return async () => {
      clearInterval(renew);
      if (lost) return;
      await this.guard(message('errors.releasingLease'), () =>
        this.db.runTransaction(async (tx: Transaction) => {
          const current = (await tx.get(ref)).data() as { runId?: string } | undefined;
          if (current?.runId === this.runId) tx.delete(ref);
        }),
      );
    };
  }

  // --- The committee configuration, for the deployed functions ------------------------------

  /** The configuration document: what `config push` wrote, and the last version that was valid. */
  async loadConfigDocument(): Promise<ConfigDocument | null> {
    return this.guard(message('errors.readingConfig'), async () => {
      const doc = await this.root.collection('config').doc('current').get();
      return doc.exists ? (doc.data() as ConfigDocument) : null;
    });
  }

  /** Writes the configuration pushed (`lastValid` too when it is valid). */
  async saveConfigDocument(document: ConfigDocument): Promise<void> {
    await this.guard(message('errors.writingConfig'), async () => {
      await this.root.collection('config').doc('current').set(document);
    });
  }

  /** Closes the client's connections (tests, and the CLI before it exits). */
  async close(): Promise<void> {
    await this.db.terminate();
  }
}

/** A configuration as kept in Firestore: its text, and the last text that was valid. */
export interface ConfigDocument {
  text: string;
  /** The file it was pushed from, for messages. */
  file: string;
  pushedAt: string;
  sha256: string;
  lastValid?: { text: string; sha256: string; file: string };
}

/** gRPC's ALREADY_EXISTS: `create()` of a document that exists. */
const ALREADY_EXISTS = 6;

function readingName(commitmentId: number): string {
  return `engagement-${String(commitmentId).padStart(2, '0')}`;
}

/** What a Firestore failure means while doing `what`, by its gRPC code, and what to do. */
export function firestoreFailure(error: unknown, what: Message, where: string): Message {
  const detail = ((error as Error)?.message ?? String(error)).split('\n')[0] ?? '';
  // google-auth-library's NO_PROJECT_ID_FOUND, before any request: no projectId in
  // committee.yaml, none in the environment, the key file or gcloud's configuration.
  if (detail.startsWith('Unable to detect a Project Id')) {
    const setting = 'storage.state.projectId';
    const variable = 'GOOGLE_CLOUD_PROJECT';
    return message('errors.firestoreNoProject', { where, operation: what, setting, variable });
  }
  switch ((error as { code?: number }).code) {
    case 7: // PERMISSION_DENIED
      return message('errors.firestoreDenied', { where, operation: what });
    case 5: // NOT_FOUND: no database in the project
      return message('errors.firestoreNoDatabase', { where, operation: what });
    case 16: // UNAUTHENTICATED
      return message('errors.firestoreAuth', { where, operation: what });
    case 14: // UNAVAILABLE
    case 4: // DEADLINE_EXCEEDED
      return message('errors.firestoreUnavailable', { where, operation: what, detail });
    default:
      return message('errors.firestoreRefused', { where, operation: what, detail });
  }
}
