/**
 * The local mailbox (`intake.kind: folder`): `.eml` files saved from any mail client into a
 * folder, by default `inbox/` of the storage folder — the mirror of `outbox/`. The files are
 * the secretariat's own: they are read, never moved, renamed or deleted; the run state
 * remembers which were handled.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { message, type Message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import type { InboundMessage } from '../../core/inbound-mail.js';
import type {
  InboundMailbox,
  MailboxListing,
  MessageSummary,
  ReadLimitsOfMail,
} from '../../core/mailbox.js';
import { dateOf, messageIds, parseMessage } from './inbound-message.js';

/** A file as the cursor remembers it: its name, size and modification time. */
function fingerprint(name: string, size: number, mtimeMs: number): string {
  return `${name}|${size}|${Math.round(mtimeMs)}`;
}

/** A folder of `.eml` files read as a mailbox. */
export class FolderMailbox implements InboundMailbox {
  readonly kind = 'folder' as const;

  constructor(readonly dir: string) {}

  get location(): string {
    return this.dir;
  }

  /** The `.eml` files of the folder, oldest name first; none when the folder is not there yet. */
  private async files(): Promise<{ name: string; size: number; mtimeMs: number }[]> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw new OgpError(
        'mailbox-failed',
        message('errors.inboxUnreadable', { dir: this.dir, code: String(error.code) }),
        {
          cause: error,
        },
      );
    });
    const emls = names.filter((n) => /\.eml$/i.test(n)).sort();
    return Promise.all(
      emls.map(async (name) => {
        const info = await stat(join(this.dir, name));
        return { name, size: info.size, mtimeMs: info.mtimeMs };
      }),
    );
  }

  async listNew(cursor: string | null): Promise<MailboxListing> {
    const seen = new Set<string>(cursor ? (JSON.parse(cursor) as string[]) : []);
    const files = await this.files();
    // Outlook saves a message as .msg by default: named, so that the secretariat saves it again.
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const unreadable = names.filter((n) => /\.(msg|oft)$/i.test(n)).sort();
    const fresh = files.filter((f) => !seen.has(fingerprint(f.name, f.size, f.mtimeMs)));
    return {
      messages: fresh.map((f) => ({ id: f.name, size: f.size, receivedAt: new Date(f.mtimeMs) })),
      // Files that are gone leave the cursor: it stays the size of the folder.
      cursor: JSON.stringify(files.map((f) => fingerprint(f.name, f.size, f.mtimeMs))),
      fullLook: cursor === null,
      ...(unreadable.length ? { unreadable } : {}),
    };
  }

  async read(summary: MessageSummary, limits: ReadLimitsOfMail): Promise<InboundMessage> {
    const path = join(this.dir, summary.id);
    // Over the limit, only its head is read: who sent it, to be told; never the whole file.
    const over = limits.maxMessageBytes !== undefined && summary.size > limits.maxMessageBytes;
    const raw = over ? await readHead(path, HEAD_BYTES) : await readFile(path);
    const message = await parseMessage(raw, summary, limits);
    // A saved file's own date is when it was saved; the server's Received date is earlier.
    return {
      ...message,
      ...(over ? { attachments: [], size: summary.size } : {}),
      receivedAt: receivedDate(message) ?? dateOf(message) ?? summary.receivedAt,
    };
  }

  async find(messageId: string): Promise<MessageSummary | null> {
    for (const f of await this.files()) {
      const head = (await readHead(join(this.dir, f.name), HEAD_BYTES)).toString('latin1');
      const header = /^message-id:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(head);
      if (header && messageIds(header[1]).includes(messageId)) {
        return { id: f.name, size: f.size, receivedAt: new Date(f.mtimeMs) };
      }
    }
    return null;
  }

  async markHandled(_summary: MessageSummary): Promise<void> {
    // The saved files are the secretariat's: the run state remembers what was handled.
  }

  async setAside(_summary: MessageSummary): Promise<void> {
    // Likewise: the run state says it was set aside, and why.
  }

  async check(): Promise<Message[]> {
    const exists = await stat(this.dir).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!exists)
      throw new OgpError('mailbox-failed', message('errors.inboxMissing', { dir: this.dir }));
    const files = await this.files();
    return [message('errors.inboxFolderChecked', { dir: this.dir, files: files.length })];
  }

  async close(): Promise<void> {}
}

/** The head of a message file read past its limit: enough for its headers. */
const HEAD_BYTES = 64 * 1024;

/** The first `bytes` of a file. */
async function readHead(path: string, bytes: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The day the secretariat's server received a message: its topmost Received header's date. */
function receivedDate(message: InboundMessage): Date | null {
  const received = message.headers.find((h) => h.name === 'received')?.value;
  const when = received?.split(';').pop()?.trim();
  const date = when ? new Date(when) : null;
  return date && Number.isFinite(date.getTime()) ? date : null;
}
