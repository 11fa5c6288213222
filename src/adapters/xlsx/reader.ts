/**
 * Reads an .xlsx file into the core's vendor-free {@link RawWorkbook}. Anything that is not
 * a readable workbook comes back as a {@link ReadFailure}: what was found, which the caller
 * tells in the language of the person who must act (a `file-unreadable` issue).
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { RawWorkbook } from '../../core/cells.js';
import type { ReadFailure } from '../../core/read-failure.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits.js';
import { parseXlsx } from './workbook.js';
import { XmlError } from './xml-tokenizer.js';
import { ZipError } from './zip-archive.js';

/** Limits checked before and while parsing; over one, the file is `file-unreadable`. */
export interface ReadLimits extends ParseLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  ...DEFAULT_PARSE_LIMITS,
};

/** Which sheets to read the cells of (all by default; submissions need only three). */
export type SheetFilter = (name: string) => boolean;

/** The outcome of reading content: a workbook, or the reason it cannot be read. */
export type WorkbookReading =
  { ok: true; workbook: RawWorkbook } | { ok: false; failure: ReadFailure };

/** The outcome of reading a file; a readable one comes with its bytes and modification time. */
export type XlsxFileReading =
  | { ok: true; workbook: RawWorkbook; bytes: Buffer; modifiedAt: Date }
  | { ok: false; failure: ReadFailure; missing?: boolean };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Bytes asked of the system per read. */
const READ_CHUNK = 1024 * 1024;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads an .xlsx file from disk: only a regular file (never a named pipe, a device such as
 * /dev/zero, or a socket), and never more than `maxFileBytes` of it, whatever its size said.
 */
export async function readXlsxFile(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  wanted?: SheetFilter,
): Promise<XlsxFileReading> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting for
    // ever (while the run lock is held); it changes nothing for a regular file.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ...unreadable({ kind: 'missing' }), missing: true };
    if (code === 'EISDIR') return unreadable({ kind: 'directory' });
    return unreadable({ kind: 'io', detail: code ?? (cause as Error).message });
  }
  try {
    // fstat of the handle opened, not a stat of the path: what is checked is what is read.
    const info = await handle.stat();
    if (info.isDirectory()) return unreadable({ kind: 'directory' });
    if (!info.isFile()) return unreadable({ kind: 'special-file' });
    if (info.size > limits.maxFileBytes) {
      return unreadable({ kind: 'too-large', size: info.size, limit: limits.maxFileBytes });
    }
    const bytes = await readAtMost(handle, limits.maxFileBytes + 1);
    // Grown since fstat: still never more than one byte past the limit in memory.
    if (bytes.length > limits.maxFileBytes) {
      return unreadable({ kind: 'too-large', size: bytes.length, limit: limits.maxFileBytes });
    }
    const reading = await readXlsxBytes(bytes, limits, wanted);
    return reading.ok ? { ...reading, bytes, modifiedAt: info.mtime } : reading;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return unreadable({ kind: 'io', detail: code ?? (cause as Error).message });
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Up to `most` bytes from the handle's start, read in chunks until its end. */
async function readAtMost(handle: FileHandle, most: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < most) {
    const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, most - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** Reads .xlsx content already in memory (a Drive download, a test fixture). */
export async function readXlsxBytes(
  bytes: Buffer,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  wanted?: SheetFilter,
): Promise<WorkbookReading> {
  const notXlsx = sniffNonXlsx(bytes);
  if (notXlsx) return unreadable(notXlsx);
  try {
    return { ok: true, workbook: await parseXlsx(bytes, limits, wanted) };
  } catch (cause) {
    if (cause instanceof ZipError || cause instanceof XmlError) return unreadable(cause.failure);
    // Anything else the parser met is damage it did not name: said as such, never as a stack.
    return unreadable({ kind: 'corrupt', part: null });
  }
}

function unreadable(failure: ReadFailure): { ok: false; failure: ReadFailure } {
  return { ok: false, failure };
}

/**
 * The header fields a saved email starts with (RFC 5322), as mail programs and servers write
 * them first: a file whose first lines are header fields, one of them among these, is an email.
 */
const MAIL_FIELDS: ReadonlySet<string> = new Set([
  'received',
  'return-path',
  'delivered-to',
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'reply-to',
  'sender',
  'in-reply-to',
  'references',
  'dkim-signature',
  'authentication-results',
  'arc-seal',
  'x-mozilla-status',
]);

/** What a text file is, from its first 4 KiB: a saved email, a CSV export, or other text; null when binary. */
function textKind(bytes: Buffer): 'email' | 'csv' | 'text' | null {
  const start = bytes.subarray(0, 4096);
  // Excel's « Unicode text » is UTF-16 with its byte order mark; else UTF-8 (or Latin-1, read alike).
  const text =
    start[0] === 0xff && start[1] === 0xfe
      ? start.subarray(2).toString('utf16le')
      : start[0] === 0xfe && start[1] === 0xff
        ? Buffer.from(start.subarray(2)).swap16().toString('utf16le')
        : start.toString('utf8');
  // Control characters other than tab and line ends, or bytes that are no text: binary.
  let odd = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code === 0) return null;
    if ((code < 32 && !'\t\n\r\f'.includes(char)) || code === 0x7f || code === 0xfffd) odd++;
  }
  if (odd > text.length / 50) return null;
  const all = text.replace(/^\ufeff/, '').split(/\r?\n/);
  // The last line may be cut by the 4 KiB: only whole lines count, unless the file ends there.
  const lines = bytes.length > start.length && all.length > 1 ? all.slice(0, -1) : all;
  if (isMailHeader(lines)) return 'email';
  const filled = lines.filter((line) => line.trim() !== '');
  // A CSV export: the same separator on every line, more than once when there is one line.
  const separated = [';', ',', '\t'].some(
    (separator) =>
      filled.length > 0 &&
      filled.every((line) => line.includes(separator)) &&
      (filled.length > 1 || (filled[0] as string).split(separator).length > 2),
  );
  return separated ? 'csv' : 'text';
}

/**
 * Whether `lines` start with an email's header: header fields (`Name: value`, folded lines
 * under them) up to the blank line that ends it or the end of what was read, one a mail field.
 * A mailbox file's first line (`From sender date`, mbox) is passed over.
 */
function isMailHeader(lines: readonly string[]): boolean {
  let fields = 0;
  let known = false;
  for (const [index, line] of lines.entries()) {
    if (line === '') return known && fields > 0;
    if (index === 0 && /^From \S+ /.test(line)) continue;
    if (/^[ \t]/.test(line) && fields > 0) continue;
    const name = /^([!-9;-~]+):/.exec(line)?.[1];
    if (!name) return false;
    fields++;
    if (MAIL_FIELDS.has(name.toLowerCase())) known = true;
  }
  return known && fields > 1;
}

/** Names what a non-xlsx file is, from its first bytes; null when it looks like a zip. */
function sniffNonXlsx(bytes: Buffer): ReadFailure | null {
  if (bytes.length === 0) return { kind: 'empty' };
  if (bytes.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return { kind: 'empty-archive' };
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    return { kind: bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? 'password' : 'xls' };
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const head = bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) return { kind: 'html' };
    if (head.startsWith('%pdf')) return { kind: 'pdf' };
    if (head.startsWith('<?xml')) return { kind: 'xml' };
    return { kind: textKind(bytes) ?? 'not-xlsx' };
  }
  const head = bytes.subarray(0, 200).toString('latin1');
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return { kind: 'ods' };
  return null;
}
