/**
 * The local storage folder: the master workbook, its history, and the state kept between
 * runs (last good reading of every submission, run journal). Every write goes through a
 * temporary file and a rename, so a crash never leaves a half-written file in place.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { deserialize, serialize } from 'node:v8';
import { finished } from 'node:stream/promises';
import {
  copyFile,
  link,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import type { RunRecord } from '../../core/journal.js';
import type { MeetingSnapshot } from '../../core/snapshot.js';
import {
  decideClaim,
  deliveryId,
  latestDeliveries,
  settle,
  type ClaimOutcome,
  type DeliveryClaim,
  type DeliverySettlement,
  type LedgerEntry,
} from '../../core/ledger.js';
import {
  intakeStateFrom,
  snapshotsFrom,
  storedReadingFrom,
  storedRosterFrom,
  type StateStore,
  type StoredReading,
  type StoredRoster,
} from '../../core/run-state.js';
import type { IntakeState } from '../../core/mailbox.js';
import { isAbandoned, isRunGone, parseHolder, runId, runInProgress, thisRun } from './run-lock.js';

/** A copy's time and its rank among copies of the same time: `2025-03-01T10-00-00-000Z-2.xlsx`. */
const HISTORY_STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.xlsx$/;

/** The name of a master without `.xlsx`: its copies in history/ are `<stem>-<time>.xlsx`. */
function historyStem(masterName: string): string {
  return masterName.replace(/\.xlsx$/i, '');
}

/**
 * A copy of the master in history/, named as the master is, in the committee's language, with
 * the time it was written (`consolidated-tracking-2025-03-01T10-00-00-000Z.xlsx`), never over
 * another copy.
 */
async function historyName(history: string, stem: string, producedAt: Date): Promise<string> {
  const stamp = producedAt.toISOString().replace(/[:.]/g, '-');
  const names = new Set(await readdir(history));
  let name = `${stem}-${stamp}.xlsx`;
  for (let n = 2; names.has(name); n++) name = `${stem}-${stamp}-${n}.xlsx`;
  return name;
}

/** A {@link StateStore} in a local folder: the run state and the output, side by side. */
export class LocalStore implements StateStore {
  readonly location: string;
  private readonly keepHistory: number;
  /** Whether the ledger's end was checked for a line cut by a crash (once per run). */
  private ledgerEndChecked = false;
  /**
   * The latest entry of each delivery, once read: a run holds the lock, so nobody else
   * writes the ledger meanwhile.
   */
  private deliveries: Map<string, LedgerEntry> | null = null;
  private readonly runId = runId();

  constructor(dir: string, keepHistory = 10) {
    this.location = dir;
    this.keepHistory = keepHistory;
  }

  get stateLocation(): string {
    return join(this.location, 'state');
  }

  private get readingsDir(): string {
    return join(this.location, 'state', 'readings');
  }

  /**
   * Where a reading is kept: V8's serialization (`node:v8`, a format Node documents as
   * backward-compatible, safe to store). A reading is machine state, written once and read
   * back by every master: as JSON, encoding and decoding its text took a tenth of a run
   * (100 readings: 0.4 s as JSON, 0.1 s serialized).
   */
  private readingPath(commitmentId: number, kind: 'v8' | 'json' = 'v8'): string {
    const name = `engagement-${String(commitmentId).padStart(2, '0')}`;
    return join(this.readingsDir, `${name}.${kind}`);
  }

  async loadReading(commitmentId: number): Promise<StoredReading | null> {
    // A folder written by an earlier version holds JSON: still read, replaced at the next save.
    const stored =
      (await this.readSerialized<StoredReading>(this.readingPath(commitmentId))) ??
      (await this.readJson<StoredReading>(this.readingPath(commitmentId, 'json')));
    return storedReadingFrom(stored, commitmentId);
  }

  async saveReading(stored: StoredReading): Promise<void> {
    await this.writeAtomically(this.readingPath(stored.commitmentId), serialize(stored));
    // The JSON an earlier version wrote is now older than what was just written.
    await rm(this.readingPath(stored.commitmentId, 'json'), { force: true });
  }

  async loadJournal(): Promise<RunRecord[]> {
    const runs = await this.readJson<RunRecord[]>(join(this.location, 'state', 'journal.json'));
    return Array.isArray(runs) ? runs : [];
  }

  async saveJournal(runs: readonly RunRecord[]): Promise<void> {
    await this.writeAtomically(
      join(this.location, 'state', 'journal.json'),
      JSON.stringify(runs, null, 1),
    );
  }

  async loadSnapshots(): Promise<MeetingSnapshot[]> {
    return snapshotsFrom(await this.readJson(join(this.location, 'state', 'snapshots.json')));
  }

  async saveSnapshots(snapshots: readonly MeetingSnapshot[]): Promise<void> {
    await this.writeAtomically(
      join(this.location, 'state', 'snapshots.json'),
      JSON.stringify(snapshots, null, 1),
    );
  }

  async loadIntake(): Promise<IntakeState> {
    return intakeStateFrom(await this.readJson(join(this.location, 'state', 'intake.json')));
  }

  async saveIntake(intake: IntakeState): Promise<void> {
    await this.writeAtomically(
      join(this.location, 'state', 'intake.json'),
      JSON.stringify(intake, null, 1),
    );
  }

  async loadRoster(): Promise<StoredRoster | null> {
    return storedRosterFrom(await this.readJson(join(this.location, 'state', 'roster.json')));
  }

  async saveRoster(roster: StoredRoster): Promise<void> {
    // JSON, not V8: a person may want to read which version is in use and what changed.
    await this.writeAtomically(
      join(this.location, 'state', 'roster.json'),
      JSON.stringify(roster, null, 1),
    );
  }

  get outboxLocation(): string {
    return join(this.location, 'outbox');
  }

  async publishFile(
    name: string,
    source: { path: string },
    _mimeType: string,
    formerNames: readonly string[] = [],
  ): Promise<string> {
    const path = join(this.location, name);
    try {
      await mkdir(dirname(path), { recursive: true });
      await this.adoptFormer(path, formerNames);
      // Copied beside, then renamed over: a reader never sees half a file.
      await copyFile(source.path, `${path}.${process.pid}.tmp`);
      await rename(`${path}.${process.pid}.tmp`, path);
      return path;
    } catch (cause) {
      throw new OgpError('write-failed', message('errors.writeFailed', { path }), { cause });
    }
  }

  async writeOutbox(name: string, content: Buffer): Promise<void> {
    const path = join(this.outboxLocation, name);
    try {
      await mkdir(this.outboxLocation, { recursive: true });
      await writeFile(`${path}.tmp`, content);
      await rename(`${path}.tmp`, path);
    } catch (cause) {
      throw new OgpError(
        'write-failed',
        message('errors.outboxFailed', { folder: this.outboxLocation }),
        { cause },
      );
    }
  }

  private get ledgerPath(): string {
    return join(this.location, 'state', 'ledger.jsonl');
  }

  async loadLedger(): Promise<LedgerEntry[]> {
    return [...(await this.ledger()).values()];
  }

  async claimDelivery(claim: DeliveryClaim, leaseMs: number): Promise<ClaimOutcome> {
    const ledger = await this.ledger();
    const current = ledger.get(deliveryId(claim.key, claim.recipient));
    const outcome = decideClaim(current, Date.now(), isRunGone(current?.claimedBy));
    if (outcome.granted) {
      await this.appendEntry({
        ...claim,
        state: 'claimed',
        claimedBy: this.runId,
        leaseUntil: new Date(Date.now() + leaseMs).toISOString(),
      });
    }
    return outcome;
  }

  async settleDelivery(
    key: string,
    recipient: string,
    settlement: DeliverySettlement,
  ): Promise<void> {
    const claimed = (await this.ledger()).get(deliveryId(key, recipient));
    if (claimed?.state !== 'claimed' || claimed.claimedBy !== this.runId) {
      throw new OgpError('write-failed', message('errors.notClaimed', { key, recipient }));
    }
    await this.appendEntry(settle(claimed, settlement));
  }

  /** The ledger's latest entry per delivery, read once per run. */
  private async ledger(): Promise<Map<string, LedgerEntry>> {
    this.deliveries ??= latestDeliveries(await this.readLedgerLog());
    return this.deliveries;
  }

  /** Every line of the ledger: each change of each delivery, oldest first. */
  private async readLedgerLog(): Promise<LedgerEntry[]> {
    let text: string;
    try {
      text = await readFile(this.ledgerPath, 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new OgpError(
        'write-failed',
        message('errors.ledgerUnreadable', { path: this.ledgerPath }),
        { cause },
      );
    }
    const entries: LedgerEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as LedgerEntry);
      } catch {
        // A line cut by a crash mid-write: that delivery was not confirmed, it will be retried.
      }
    }
    return entries;
  }

  /** Appends one change of a delivery, synced to disk before the next. */
  private async appendEntry(entry: LedgerEntry): Promise<void> {
    try {
      await mkdir(join(this.location, 'state'), { recursive: true });
      const file = await open(this.ledgerPath, 'a+');
      try {
        // A line cut by a crash is skipped when read; the next entry must not be glued to it.
        let prefix = '';
        if (!this.ledgerEndChecked) {
          const { size } = await file.stat();
          if (size > 0) {
            const last = Buffer.alloc(1);
            await file.read(last, 0, 1, size - 1);
            if (last[0] !== 0x0a) prefix = '\n';
          }
          this.ledgerEndChecked = true;
        }
        await file.write(`${prefix}${JSON.stringify(entry)}\n`);
        await file.sync();
        (await this.ledger()).set(deliveryId(entry.key, entry.recipient), entry);
      } finally {
        await file.close();
      }
    } catch (cause) {
      throw new OgpError(
        'write-failed',
        message('errors.ledgerUnwritable', { path: this.ledgerPath }),
        { cause },
      );
    }
  }

  async lock(): Promise<() => Promise<void>> {
    const path = join(this.location, 'state', 'run.lock');
    const draft = `${path}.${randomUUID()}`;
    try {
      await mkdir(join(this.location, 'state'), { recursive: true });
      // Written whole, then linked into place: link() fails when the lock exists, and a
      // lock is never seen half-written.
      await writeFile(draft, JSON.stringify(thisRun()));
      for (let attempt = 0; ; attempt++) {
        try {
          await link(draft, path);
          return async () => {
            await rm(path, { force: true });
          };
        } catch (cause) {
          if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
          const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
          if (attempt > 0 || !isAbandoned(holder)) throw runInProgress(holder, path);
          await rm(path, { force: true });
        }
      }
    } catch (cause) {
      if (cause instanceof OgpError) throw cause;
      throw new OgpError(
        'write-failed',
        message('errors.lockFailed', { location: this.location }),
        { cause },
      );
    } finally {
      await unlink(draft).catch(() => undefined);
    }
  }

  async publishMaster(
    write: (out: Writable) => Promise<void>,
    options: { name: string; formerNames?: readonly string[]; keepPrevious?: boolean },
  ): Promise<string> {
    const master = join(this.location, options.name);
    const temporary = `${master}.${process.pid}.tmp`;
    try {
      await mkdir(this.location, { recursive: true });
      // Straight to disk, never whole in memory; opened first, so a bad path fails here.
      const out = createWriteStream(temporary);
      await once(out, 'open');
      await write(out);
      await finished(out);
      await this.adoptFormer(master, options.formerNames ?? []);
      const previous = await stat(master).catch(() => null);
      if (previous && this.keepHistory > 0 && options.keepPrevious !== false) {
        const history = join(this.location, 'history');
        await mkdir(history, { recursive: true });
        // Named as the master now is; the copies under its other names count as much.
        const stem = historyStem(options.name);
        await copyFile(master, join(history, await historyName(history, stem, previous.mtime)));
        await this.pruneHistory(history, [stem, ...(options.formerNames ?? []).map(historyStem)]);
      }
      await rename(temporary, master);
      return master;
    } catch (cause) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw new OgpError(
        'write-failed',
        message('errors.masterFailed', { location: this.location }),
        { cause },
      );
    }
  }

  /**
   * Renames to `path` the first of `formerNames` the folder holds, when `path` is absent: the
   * file written under the committee's former language (or by a version that named it in
   * French whatever the language) becomes the one replaced, not a file left behind. A former
   * subfolder (the open data's `donnees-ouvertes/`) goes once its last file has moved; one
   * still holding something else stays. Copies in history/ keep their names.
   */
  private async adoptFormer(path: string, formerNames: readonly string[]): Promise<void> {
    if (!formerNames.length || (await stat(path).catch(() => null))) return;
    for (const former of formerNames) {
      try {
        await rename(join(this.location, former), path);
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
        continue;
      }
      // rmdir removes only an empty folder: anything else in it is kept.
      if (former.includes('/')) await rmdir(dirname(join(this.location, former))).catch(() => {});
      return;
    }
  }

  /**
   * Keeps the newest `keepHistory` copies, whatever language's name each has (`stems`: the
   * master's names, the committee's first): oldest first by the time their name carries. A file
   * whose name is not a copy's is left alone.
   */
  private async pruneHistory(history: string, stems: readonly string[]): Promise<void> {
    const copies: { name: string; time: string; rank: number }[] = [];
    for (const name of await readdir(history)) {
      for (const stem of stems) {
        const m = name.startsWith(`${stem}-`) && HISTORY_STAMP.exec(name.slice(stem.length + 1));
        if (!m) continue;
        copies.push({ name, time: m[1] as string, rank: Number(m[2] ?? 1) });
        break;
      }
    }
    copies.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.rank - b.rank));
    for (const { name } of copies.slice(0, Math.max(0, copies.length - this.keepHistory))) {
      await rm(join(history, name), { force: true });
    }
  }

  /** Reads serialized state; a damaged file is moved aside (kept for inspection) and treated as absent. */
  private async readSerialized<T>(path: string): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new OgpError('write-failed', message('errors.stateUnreadable', { path }), { cause });
    }
    try {
      return deserialize(bytes) as T;
    } catch {
      await rename(path, `${path}.endommage-${Date.now()}`).catch(() => undefined);
      return null;
    }
  }

  /** Reads JSON state; a damaged file is moved aside (kept for inspection) and treated as absent. */
  private async readJson<T>(path: string): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new OgpError('write-failed', message('errors.stateUnreadable', { path }), { cause });
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      await rename(path, `${path}.endommage-${Date.now()}`).catch(() => undefined);
      return null;
    }
  }

  private async writeAtomically(path: string, content: string | Buffer): Promise<void> {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(temporary, content);
      await rename(temporary, path);
    } catch (cause) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw new OgpError('write-failed', message('errors.writeFailed', { path }), { cause });
    }
  }
}
