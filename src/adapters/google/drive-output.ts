/**
 * The output folder in Google Drive (`storage.output.kind: drive`): the master workbook,
 * updated in place with its versions kept as revisions, and the outbox. The folder must be
 * in a shared drive (Google Workspace) of which the service account is a member: a service
 * account has no storage of its own, so it cannot create files in somebody's My Drive
 * (403 storageQuotaExceeded). Files are never deleted (that needs the organizer role in a
 * shared drive); creates carry an id asked of Drive first, so a retried create cannot make
 * a second file.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { message, type Message } from '../../core/catalogue/render.js';
import { googleMessage } from '../../core/failure-message.js';
import { OgpError } from '../../core/codes.js';
import { SETTING_EXAMPLES } from '../../core/setting-examples.js';
import type { OutputStore } from '../../core/output-store.js';
import {
  callGoogle,
  googleFailureOf,
  GoogleApiError,
  listFolder,
  type GoogleClients,
} from './api.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An {@link OutputStore} in a shared-drive folder the service account manages. */
export class DriveOutput implements OutputStore {
  readonly location: string;
  readonly outboxLocation: string;
  private files: Map<string, string> | null = null;
  private checked: Promise<void> | null = null;

  constructor(
    private readonly clients: GoogleClients,
    private readonly folderId: string,
    /** Master versions kept as « keep forever » revisions (Drive allows 200 per file). */
    private readonly keepRevisions = 10,
  ) {
    this.location = `https://drive.google.com/drive/folders/${folderId}`;
    this.outboxLocation = `${this.location} (outbox-*.eml)`;
  }

  private async guard<T>(what: Message, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (cause) {
      if (cause instanceof OgpError) throw cause;
      if (cause instanceof GoogleApiError && cause.reason === 'storageQuotaExceeded') {
        throw new OgpError('write-failed', this.myDriveRefused(await this.clients.account()), {
          cause,
        });
      }
      const f = googleFailureOf(cause, 'output', this.folderId, await this.clients.account());
      // Google's refusals are said as when reading (the cells' words), the folder being the
      // output one and the operation what was being done, in the reader's language too.
      const google = googleMessage(f);
      const refused = { ...google, values: { ...google.values, operation: what } };
      throw new OgpError('write-failed', refused, { cause });
    }
  }

  /** Why a folder outside a shared drive takes no file, and what to do. */
  private myDriveRefused(account: string): Message {
    return message('errors.myDriveRefused', {
      folderId: this.folderId,
      named: account !== '',
      account,
      localSetting: SETTING_EXAMPLES.localOutput,
    });
  }

  /** Checks once that the folder is in a shared drive, before anything is written. */
  private check(): Promise<void> {
    this.checked ??= this.guard(message('errors.checkFolder'), async () => {
      const folder = await callGoogle(this.clients, () =>
        this.clients.drive.files.get({
          fileId: this.folderId,
          fields: 'id, name, driveId, mimeType',
          supportsAllDrives: true,
        }),
      );
      if (!folder.data.driveId) {
        throw new OgpError('write-failed', this.myDriveRefused(await this.clients.account()));
      }
    });
    return this.checked;
  }

  /** The folder's files by name, listed once per run (every page). */
  private async index(): Promise<Map<string, string>> {
    if (this.files) return this.files;
    const files = new Map<string, string>();
    for (const f of await listFolder(this.clients, this.folderId, 'id, name'))
      if (f.name && f.id && !files.has(f.name)) files.set(f.name, f.id);
    this.files = files;
    return files;
  }

  /**
   * Uploads a new revision of the file, or creates it under an id asked of Drive first:
   * retried after a lost answer, the create finds its file made and makes no second one.
   * `content` may be a local file to stream (the master: never whole in memory).
   */
  private async write(
    name: string,
    content: Buffer | { path: string },
    mimeType: string,
    keepForever = false,
    formerNames: readonly string[] = [],
  ): Promise<string> {
    await this.check();
    return this.guard(message('errors.writing', { name }), async () => {
      const files = await this.index();
      await this.adoptFormer(files, name, formerNames);
      // A fresh body stream for every attempt: a retry must not reuse a consumed one.
      const media = () => ({
        mimeType,
        body: Buffer.isBuffer(content) ? Readable.from([content]) : createReadStream(content.path),
      });
      const upload = this.clients.uploadOptions;
      const existing = files.get(name);
      if (existing) {
        await callGoogle(this.clients, () =>
          this.clients.drive.files.update(
            {
              fileId: existing,
              media: media(),
              supportsAllDrives: true,
              keepRevisionForever: keepForever,
              fields: 'id',
            },
            upload,
          ),
        );
        return existing;
      }
      const generated = await callGoogle(this.clients, () =>
        this.clients.drive.files.generateIds({ count: 1, space: 'drive' }),
      );
      const id = generated.data.ids?.[0];
      if (!id) throw new OgpError('write-failed', message('errors.driveNoId', { name }));
      try {
        await callGoogle(this.clients, () =>
          this.clients.drive.files.create(
            {
              requestBody: { id, name, parents: [this.folderId] },
              media: media(),
              supportsAllDrives: true,
              keepRevisionForever: keepForever,
              fields: 'id',
            },
            upload,
          ),
        );
      } catch (error) {
        // A create that was done though its answer was lost: the second attempt says the id is taken.
        if (!(error instanceof GoogleApiError && error.status === 409)) throw error;
      }
      files.set(name, id);
      return id;
    });
  }

  /**
   * When the folder has no file `name` but has one under a former name (another language's),
   * renames that file: a metadata-only `files.update` of the same id (Drive v3 files.update
   * « Updates a file's metadata, content, or both », patch semantics: the `name` alone
   * changes), so its shared link, its revisions and its permissions stay. Nothing is deleted.
   */
  private async adoptFormer(
    files: Map<string, string>,
    name: string,
    formerNames: readonly string[],
  ): Promise<void> {
    if (files.has(name)) return;
    const former = formerNames.find((n) => files.has(n));
    const fileId = former === undefined ? undefined : files.get(former);
    if (former === undefined || fileId === undefined) return;
    await callGoogle(this.clients, () =>
      this.clients.drive.files.update({
        fileId,
        requestBody: { name },
        supportsAllDrives: true,
        fields: 'id, name',
      }),
    );
    files.delete(former);
    files.set(name, fileId);
  }

  async publishFile(
    name: string,
    source: { path: string },
    mimeType: string,
    formerNames: readonly string[] = [],
  ): Promise<string> {
    // Drive has no paths: « donnees-ouvertes/actions.csv » is the file's name in the folder.
    const id = await this.write(name, source, mimeType, false, formerNames);
    return `https://drive.google.com/file/d/${id}`;
  }

  async writeOutbox(name: string, content: Buffer): Promise<void> {
    await this.write(`outbox-${name}`, content, 'message/rfc822');
  }

  async publishMaster(
    write: (out: Writable) => Promise<void>,
    options: { name: string; formerNames?: readonly string[]; keepPrevious?: boolean },
  ): Promise<string> {
    // Through a local temporary file, then one upload: updated in place, Drive keeps the
    // previous versions as revisions, « forever » for the last `keepRevisions` of them.
    const dir = await mkdtemp(join(tmpdir(), 'ogp-master-'));
    const path = join(dir, 'master.xlsx');
    try {
      const out = createWriteStream(path);
      await once(out, 'open');
      await write(out);
      await finished(out);
      const keep = options.keepPrevious !== false;
      const id = await this.write(options.name, { path }, XLSX_MIME, keep, options.formerNames);
      if (keep) await this.pruneRevisions(id);
      return `https://drive.google.com/file/d/${id}`;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Lets Drive purge (after 30 days) the kept revisions beyond the newest `keepRevisions`. */
  private async pruneRevisions(fileId: string): Promise<void> {
    await this.guard(message('errors.masterVersions'), async () => {
      const listed = await callGoogle(this.clients, () =>
        this.clients.drive.revisions.list({
          fileId,
          fields: 'revisions(id, keepForever, modifiedTime)',
          pageSize: 1000,
        }),
      );
      const kept = (listed.data.revisions ?? []).filter((r) => r.keepForever && r.id);
      kept.sort((a, b) => (a.modifiedTime ?? '').localeCompare(b.modifiedTime ?? ''));
      for (const revision of kept.slice(0, Math.max(0, kept.length - this.keepRevisions))) {
        await callGoogle(this.clients, () =>
          this.clients.drive.revisions.update({
            fileId,
            revisionId: revision.id as string,
            requestBody: { keepForever: false },
          }),
        );
      }
    });
  }
}
