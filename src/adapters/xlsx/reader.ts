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
    if (/^[^\0]*[;,\t][^\0]*\n/.test(head)) return { kind: 'csv' };
    return { kind: 'not-xlsx' };
  }
  const head = bytes.subarray(0, 200).toString('latin1');
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return { kind: 'ods' };
  return null;
}
