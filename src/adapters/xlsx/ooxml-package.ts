/**
 * The package side of an .xlsx file (ECMA-376 Part 2, Open Packaging Conventions): parts found
 * by name as OPC compares them, relationships followed from any part wherever the writer put
 * its targets, and a part's XML walked with each element's ancestry, names matched by
 * namespace URI (Transitional and Strict alike).
 */
import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ReadBudget } from './limits.js';
import { XmlTokenizer, type XmlAttributes, type XmlHandler } from './xml-tokenizer.js';
import { readZipEntry, streamZipEntry, type ZipEntry } from './zip-archive.js';

/** SpreadsheetML's namespace, Transitional then Strict. */
export const MAIN = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);
/** The namespace of `r:id` attributes, Transitional then Strict. */
export const REL = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
/** The package relationships' namespace (the same in Strict). */
export const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The namespace of `[Content_Types].xml`. */
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** The archive's parts by name: exact, else as OPC compares part names (case-insensitive). */
export class PartIndex {
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();

  constructor(entries: ZipEntry[]) {
    for (const entry of entries) {
      const name = entry.name.replace(/\\/g, '/').replace(/^\//, '');
      if (!this.exact.has(name)) this.exact.set(name, entry);
      if (!this.folded.has(name.toLowerCase())) this.folded.set(name.toLowerCase(), entry);
    }
  }

  find(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.folded.get(name.toLowerCase());
  }
}

/** A part's bytes: whole when small, as they inflate when large. */
export type PartBytes = Buffer[] | AsyncIterable<Buffer>;

/** Parts larger than this inflate piece by piece; smaller ones at once (quicker). */
const STREAM_ABOVE = 4 * 1024 * 1024;

/** The bytes of an entry of the archive, whole when small, as they inflate when large. */
export function partBytes(archive: Buffer, entry: ZipEntry): PartBytes {
  return entry.size <= STREAM_ABOVE
    ? [readZipEntry(archive, entry)]
    : streamZipEntry(archive, entry);
}

/** UTF-16 big-endian, which Node's decoders lack: each pair of bytes swapped, then read. */
class Utf16BeDecoder {
  private readonly little = new StringDecoder('utf16le');
  private odd: Buffer | null = null;

  write(chunk: Buffer): string {
    const bytes = this.odd ? Buffer.concat([this.odd, chunk]) : chunk;
    const even = bytes.length & ~1;
    this.odd = even < bytes.length ? Buffer.from(bytes.subarray(even)) : null;
    return this.little.write(Buffer.from(bytes.subarray(0, even)).swap16());
  }

  end(): string {
    return this.little.end();
  }
}

interface Decoder {
  write(chunk: Buffer): string;
  end(): string;
}

/** The decoder the first bytes of a part call for, fed them (its byte order mark dropped). */
function startDecoding(bytes: Buffer, tokenizer: XmlTokenizer): Decoder {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe;
  const big = bytes[0] === 0xfe && bytes[1] === 0xff;
  const decoder = big ? new Utf16BeDecoder() : new StringDecoder(little ? 'utf16le' : 'utf8');
  tokenizer.write(decoder.write(little || big ? bytes.subarray(2) : bytes));
  return decoder;
}

/**
 * Feeds a part to a tokenizer as it inflates, its bytes counted against the read's budget:
 * UTF-8 (with or without its byte order mark) or UTF-16 with its mark; then ends it.
 */
export async function feedPart(
  tokenizer: XmlTokenizer,
  chunks: PartBytes,
  budget: ReadBudget,
): Promise<void> {
  let decoder: Decoder | null = null;
  // The first two bytes tell the encoding (a byte order mark): held until both are there.
  let head: Buffer | null = null;
  for await (const chunk of chunks) {
    budget.inflate(chunk.length);
    if (decoder) tokenizer.write(decoder.write(chunk));
    else {
      head = head ? Buffer.concat([head, chunk]) : chunk;
      if (head.length >= 2) decoder = startDecoding(head, tokenizer);
    }
  }
  if (!decoder && head) decoder = startDecoding(head, tokenizer);
  if (decoder) tokenizer.write(decoder.end());
  tokenizer.end();
}

/** OOXML's `_xHHHH_` escapes (ST_Xstring) decoded in one pass: `_x005F_` gives `_`. */
export function decodeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : text;
}

/**
 * A copy of a string cut from a part's XML that no longer keeps the whole part alive: V8
 * makes substrings of 13 characters or more views onto their parent, so one kept title would
 * pin its sheet's XML in memory for the rest of the run.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** Reads a part as it inflates, with a handler that sees each element's ancestry. */
export async function walk(
  part: string,
  chunks: PartBytes,
  visit: {
    open?: (path: readonly string[], attributes: XmlAttributes) => void;
    close?: (path: readonly string[]) => void;
    text?: (path: readonly string[], text: string) => void;
  },
  namespaces: ReadonlySet<string>,
  budget: ReadBudget,
): Promise<void> {
  // The path holds each open element's local name, or '' for one in another namespace.
  const path: string[] = [];
  const handler: XmlHandler = {
    open(ns, local, attributes) {
      path.push(namespaces.has(ns) ? local : '');
      visit.open?.(path, attributes);
    },
    close() {
      visit.close?.(path);
      path.pop();
    },
    text(text) {
      visit.text?.(path, text);
    },
  };
  await feedPart(new XmlTokenizer(handler, part, budget), chunks, budget);
}

/** True when the path ends with these names, in order. */
export function at(path: readonly string[], ...names: string[]): boolean {
  if (path.length < names.length) return false;
  const offset = path.length - names.length;
  return names.every((name, i) => path[offset + i] === name);
}

export function relAttribute(attributes: XmlAttributes): string | undefined {
  return attributes.get('id', REL[0]) ?? attributes.get('id', REL[1]);
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** A relationship as found, before it is kept. */
export interface FoundRelationship {
  id: string;
  type: string;
  external: boolean;
}

/** Where the relationships of a part are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const folder = posix.dirname(part);
  return `${folder === '.' ? '' : `${folder}/`}_rels/${posix.basename(part)}.rels`;
}

/** A relationship's target as a part name: relative to its source's folder, or absolute. */
export function resolveTarget(source: string, raw: string): string {
  let target = raw.replace(/\\/g, '/');
  try {
    target = decodeURI(target);
  } catch {
    // Not percent-encoded after all: taken as written.
  }
  if (target.startsWith('/')) return posix.normalize(target).slice(1);
  const folder = posix.dirname(source);
  return posix.normalize(posix.join(folder === '.' ? '' : folder, target)).replace(/^\.\//, '');
}

/**
 * The relationships of `source` that `keep` wants (a part may list millions: only those the
 * reader follows are kept, their text counted against the budget), by id.
 */
export async function relationships(
  source: string,
  chunks: PartBytes | null,
  budget: ReadBudget,
  keep: (found: FoundRelationship) => boolean,
): Promise<Map<string, Relationship>> {
  const out = new Map<string, Relationship>();
  if (chunks === null) return out;
  await walk(
    relsPartOf(source),
    chunks,
    {
      open(path, attributes) {
        if (!at(path, 'Relationships', 'Relationship') || path.length !== 2) return;
        const id = attributes.get('Id');
        const external = attributes.get('TargetMode') === 'External';
        const type = attributes.get('Type') ?? '';
        if (!id || !keep({ id, type, external })) return;
        const raw = attributes.get('Target') ?? '';
        const target = detach(external ? raw : resolveTarget(source, raw));
        budget.keep(id.length + type.length + target.length);
        out.set(detach(id), { type: detach(type), target, external });
      },
    },
    new Set([PACKAGE_RELS]),
    budget,
  );
  return out;
}
