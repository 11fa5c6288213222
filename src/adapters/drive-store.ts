/**
 * The storage folder in Google Drive (`storage.kind: drive`), for the deployed functions,
 * whose disk does not last: the master workbook updated in place (Drive keeps its
 * revisions, which are its history), the state files, and the outbox, all in one folder.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { OgpError } from '../core/codes.js';
import type { RunRecord } from '../core/journal.js';
import type { LedgerEntry } from '../core/ledger.js';
import type { StateStore, StoredReading } from '../jobs/ports.js';
import { callGoogle, describeGoogleFailure, listFolder, type GoogleClients } from './google-api.js';
import { MASTER_FILE } from './master-workbook.js';
import { isAbandoned, parseHolder, runInProgress, thisRun } from './run-lock.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const JOURNAL = 'ogp-etat-journal.json';
const LEDGER = 'ogp-etat-envois.jsonl';
/** Each run's lock file is named with this and a random id; the oldest live one wins. */
const LOCK_PREFIX = 'ogp-verrou-';
const readingName = (id: number) => `ogp-etat-engagement-${String(id).padStart(2, '0')}.json`;

/** A {@link StateStore} in a Drive folder shared with the service account (editor). */
export class DriveStore implements StateStore {
  readonly location: string;
  readonly outboxLocation: string;
  private files: Map<string, string> | null = null;
  private ledgerLines: string[] | null = null;

  constructor(
    private readonly clients: GoogleClients,
    private readonly folderId: string,
  ) {
    this.location = `https://drive.google.com/drive/folders/${folderId}`;
    this.outboxLocation = `${this.location} (fichiers outbox-*.eml)`;
  }

  private async guard<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (cause) {
      const message = describeGoogleFailure(
        cause,
        `Le dossier de stockage Drive ${this.folderId} (${what})`,
        this.clients.serviceAccount,
      ).replace('lecture seule suffit', 'en modification');
      throw new OgpError('write-failed', message, { cause });
    }
  }

  /** The folder's files by name, listed once per run (every page, shared drives included). */
  private async index(): Promise<Map<string, string>> {
    if (this.files) return this.files;
    const files = new Map<string, string>();
    for (const f of await listFolder(this.clients, this.folderId, 'id, name'))
      if (f.name && f.id && !files.has(f.name)) files.set(f.name, f.id);
    this.files = files;
    return files;
  }

  private async readText(name: string, fileId?: string): Promise<string | null> {
    return this.guard(`lecture de ${name}`, async () => {
      const id = fileId ?? (await this.index()).get(name);
      if (!id) return null;
      const response = await callGoogle(this.clients, () =>
        this.clients.drive.files.get(
          { fileId: id, alt: 'media', supportsAllDrives: true },
          { responseType: 'arraybuffer' },
        ),
      );
      return Buffer.from(response.data as unknown as ArrayBuffer).toString('utf8');
    });
  }

  /**
   * Creates the file, or uploads a new revision of it: one request either way. `content`
   * may be a local file to stream (the master: never whole in memory).
   */
  private async write(name: string, content: Buffer | string | { path: string }, mimeType: string): Promise<string> {
    return this.guard(`écriture de ${name}`, async () => {
      const files = await this.index();
      // A fresh body stream for every attempt: a retry must not reuse a consumed one.
      const source = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const body = () => (Buffer.isBuffer(source) ? Readable.from([source]) : createReadStream(source.path));
      const media = () => ({ mimeType, body: body() });
      const upload = this.clients.uploadOptions;
      const existing = files.get(name);
      if (existing) {
        await callGoogle(this.clients, () =>
          this.clients.drive.files.update({ fileId: existing, media: media(), supportsAllDrives: true, fields: 'id' }, upload),
        );
        return existing;
      }
      const created = await callGoogle(this.clients, () =>
        this.clients.drive.files.create(
          { requestBody: { name, parents: [this.folderId] }, media: media(), supportsAllDrives: true, fields: 'id' },
          upload,
        ),
      );
      const id = created.data.id ?? '';
      files.set(name, id);
      return id;
    });
  } // prettier-ignore

  async loadReading(commitmentId: number): Promise<StoredReading | null> {
    const text = await this.readText(readingName(commitmentId));
    const stored = text ? (safeJson(text) as StoredReading | null) : null;
    return stored?.version === 1 && stored.commitmentId === commitmentId ? stored : null;
  }

  async saveReading(stored: StoredReading): Promise<void> {
    await this.write(readingName(stored.commitmentId), JSON.stringify(stored), 'application/json');
  }

  async loadJournal(): Promise<RunRecord[]> {
    const runs = safeJson((await this.readText(JOURNAL)) ?? '[]');
    return Array.isArray(runs) ? (runs as RunRecord[]) : [];
  }

  async saveJournal(runs: readonly RunRecord[]): Promise<void> {
    await this.write(JOURNAL, JSON.stringify(runs), 'application/json');
  }

  private async ledger(): Promise<string[]> {
    this.ledgerLines ??= ((await this.readText(LEDGER)) ?? '').split('\n').filter((l) => l.trim());
    return this.ledgerLines;
  }

  async loadLedger(): Promise<LedgerEntry[]> {
    return (await this.ledger()).flatMap((line) => {
      const entry = safeJson(line);
      return entry ? [entry as LedgerEntry] : [];
    });
  }

  async appendLedger(entry: LedgerEntry): Promise<void> {
    const lines = await this.ledger();
    lines.push(JSON.stringify(entry));
    // The whole ledger in one upload: the entry is durable when Drive has accepted it.
    await this.write(LEDGER, `${lines.join('\n')}\n`, 'application/x-ndjson');
  }

  async writeOutbox(name: string, content: Buffer): Promise<void> {
    await this.write(`outbox-${name}`, content, 'message/rfc822');
  }

  /**
   * Drive cannot create a file only if it is absent, so every run creates a lock file of its
   * own, then lists them all: the oldest live one holds the lock, the others withdraw.
   */
  async lock(): Promise<() => Promise<void>> {
    const name = `${LOCK_PREFIX}${randomUUID()}.json`;
    const id = await this.write(name, JSON.stringify(thisRun()), 'application/json');
    const release = async () => {
      await this.guard(`suppression de ${name}`, () =>
        callGoogle(this.clients, () => this.clients.drive.files.delete({ fileId: id, supportsAllDrives: true })),
      );
      this.files?.delete(name);
    };
    const locks = await this.guard('lecture des verrous', () =>
      listFolder(this.clients, this.folderId, 'id, name, createdTime', { nameContains: LOCK_PREFIX, pageSize: 100 }),
    );
    const live: { id: string; createdTime: string; holder: ReturnType<typeof parseHolder> }[] = [];
    for (const file of locks) {
      if (!file.id || !file.name?.startsWith(LOCK_PREFIX)) continue;
      const holder = file.id === id ? thisRun() : parseHolder((await this.readText(file.name, file.id).catch(() => null)) ?? '');
      // Only the time can tell a dead run on another machine: a lock is abandoned when old.
      if (file.id !== id && isAbandoned(holder)) continue;
      live.push({ id: file.id, createdTime: file.createdTime ?? '', holder });
    }
    live.sort((a, b) => a.createdTime.localeCompare(b.createdTime) || a.id.localeCompare(b.id));
    const first = live[0];
    if (first && first.id !== id) {
      // Ours is newer than the holder's: left behind, it would hold up nobody older.
      await release().catch(() => undefined);
      throw runInProgress(first.holder, `fichiers ${LOCK_PREFIX}* du dossier ${this.folderId}`);
    }
    return release;
  } // prettier-ignore

  async publishMaster(write: (out: Writable) => Promise<void>): Promise<string> {
    // Through a local temporary file, then one upload: updated in place, Drive keeps the
    // previous versions as revisions.
    const dir = await mkdtemp(join(tmpdir(), 'ogp-master-'));
    const path = join(dir, MASTER_FILE);
    try {
      const out = createWriteStream(path);
      await once(out, 'open');
      await write(out);
      await finished(out);
      const id = await this.write(MASTER_FILE, { path }, XLSX_MIME);
      return `https://drive.google.com/file/d/${id}`;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
