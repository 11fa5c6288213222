/**
 * Reads a zip archive (an .xlsx is one) from its central directory: entries, sizes and
 * flags are known before anything is inflated, so limits apply before memory is spent,
 * and an entry inflates to no more than the size it declares.
 */
import { render } from '../../core/catalogue/render.js';
import { unreadableMessage } from '../../core/failure-message.js';
import type { ReadFailure } from '../../core/read-failure.js';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** One entry of the archive. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  encrypted: boolean;
  localHeaderOffset: number;
}

/**
 * Why an archive cannot be read: `failure` says it as data (each reader's person gets it in
 * their language); the message, in French, is for logs.
 */
export class ZipError extends Error {
  override readonly name = 'ZipError';
  constructor(readonly failure: ReadFailure) {
    super(render('fr', unreadableMessage(failure)));
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The longest entry name read, in bytes: OPC part names are paths, never this long. */
const MAX_NAME_BYTES = 1_024;

/**
 * Lists the entries of a zip archive held in memory; more than `maxParts`, refused before
 * any is read.
 */
export function readZipDirectory(bytes: Buffer, maxParts = Number.POSITIVE_INFINITY): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError({ kind: 'corrupt', part: null });
  const count = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipError({ kind: 'zip64' });
  }
  if (directoryOffset + directorySize > eocd) {
    throw new ZipError({ kind: 'corrupt', part: null });
  }
  if (count > maxParts) throw new ZipError({ kind: 'too-many-parts', count, limit: maxParts });
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) {
      throw new ZipError({ kind: 'corrupt', part: null });
    }
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (nameLength > MAX_NAME_BYTES) throw new ZipError({ kind: 'corrupt', part: null });
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      encrypted: (flags & 1) === 1,
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, checked against the archive's bounds. */
function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  if (entry.encrypted) throw new ZipError({ kind: 'encrypted' });
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) {
    throw new ZipError({ kind: 'corrupt', part: entry.name });
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError({ kind: 'corrupt', part: entry.name });
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError({ kind: 'compression', method: entry.method });
  return bytes.subarray(start, end);
}

const tooBig = (entry: ZipEntry) => new ZipError({ kind: 'bomb', part: entry.name });
const corrupt = (entry: ZipEntry) => new ZipError({ kind: 'corrupt', part: entry.name });

/** Inflates one (small) entry whole, never past the size the directory declares. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data;
  try {
    // One output chunk the declared size (and a little): no growing list of chunks
    // concatenated at the end, which would hold the content twice.
    const size = Math.max(1, entry.size);
    return inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(1024, size + 64) });
  } catch (cause) {
    throw (cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
      ? tooBig(entry)
      : corrupt(entry);
  }
}

/**
 * Inflates one entry piece by piece (a sheet: what is read of it can be dropped as it
 * goes), never past the size the directory declares.
 */
export async function* streamZipEntry(
  bytes: Buffer,
  entry: ZipEntry,
  chunkSize = 1024 * 1024,
): AsyncGenerator<Buffer> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    yield data;
    return;
  }
  const inflate = createInflateRaw({ chunkSize });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.size) throw tooBig(entry);
      yield chunk;
    }
  } catch (cause) {
    throw cause instanceof ZipError ? cause : corrupt(entry);
  } finally {
    inflate.destroy();
  }
}
