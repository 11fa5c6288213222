/**
 * Reads an .xlsx file into the core's vendor-free {@link RawWorkbook}. Anything that is not
 * a readable workbook becomes a `file-unreadable` issue with a reason a focal point can act on.
 */
import { readFile, stat } from 'node:fs/promises';
import type { RawWorkbook } from '../../core/cells.js';
import { makeIssue, type Issue } from '../../core/issue.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits.js';
import { parseXlsx } from './workbook.js';
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
export type WorkbookReading = { ok: true; workbook: RawWorkbook } | { ok: false; issue: Issue };

/** The outcome of reading a file; a readable one comes with its bytes and modification time. */
export type XlsxFileReading =
  | { ok: true; workbook: RawWorkbook; bytes: Buffer; modifiedAt: Date }
  | { ok: false; issue: Issue; missing?: boolean };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads an .xlsx file from disk. */
export async function readXlsxFile(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  wanted?: SheetFilter,
): Promise<XlsxFileReading> {
  let size: number;
  let modifiedAt: Date;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable("c'est un dossier, pas un fichier .xlsx.");
    size = info.size;
    modifiedAt = info.mtime;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ...unreadable('fichier introuvable.'), missing: true };
    return unreadable(`lecture impossible (${code ?? (cause as Error).message}).`);
  }
  if (size > limits.maxFileBytes) {
    return unreadable(
      `fichier trop volumineux (${megabytes(size)} Mo, ${megabytes(limits.maxFileBytes)} ` +
        `Mo au plus) : retirez les images ou les lignes inutiles.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    return unreadable(`lecture impossible (${(cause as Error).message}).`);
  }
  const reading = await readXlsxBytes(bytes, limits, wanted);
  return reading.ok ? { ...reading, bytes, modifiedAt } : reading;
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
    if (cause instanceof ZipError) {
      return unreadable(
        `${cause.message} : ouvrez-le puis enregistrez-le à nouveau au format .xlsx.`,
      );
    }
    const detail = (cause as Error).message?.split('\n')[0] ?? String(cause);
    return unreadable(
      `le classeur est corrompu ou incomplet (${detail}) : ouvrez-le puis enregistrez-le à nouveau au format .xlsx.`,
    );
  }
}

function unreadable(reason: string): { ok: false; issue: Issue } {
  return {
    ok: false,
    issue: makeIssue('file-unreadable', {}, `Fichier illisible : ${reason}`),
  };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

/** Names what a non-xlsx file is, from its first bytes; null when it looks like a zip. */
function sniffNonXlsx(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'le fichier est vide (0 octet).';
  if (bytes.subarray(0, 4).equals(EMPTY_ZIP_MAGIC))
    return "l'archive est vide : ce n'est pas un classeur Excel.";
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))
      ? 'le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe (Fichier > Informations > Protéger le classeur).'
      : "c'est un ancien classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx.";
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const head = bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
      return "c'est une page HTML, pas un classeur .xlsx (téléchargez le fichier lui-même, pas la page de partage).";
    }
    if (head.startsWith('%pdf')) return "c'est un document PDF, pas un classeur .xlsx.";
    if (head.startsWith('<?xml')) return "c'est un fichier XML, pas un classeur .xlsx.";
    if (/^[^\0]*[;,\t][^\0]*\n/.test(head)) {
      return "c'est un fichier texte (CSV), pas un classeur .xlsx : ouvrez-le et enregistrez-le au format .xlsx.";
    }
    return "ce n'est pas un classeur .xlsx (contenu non reconnu).";
  }
  const head = bytes.subarray(0, 200).toString('latin1');
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) {
    return "c'est un document OpenDocument (.ods) : enregistrez-le au format Excel .xlsx.";
  }
  return null;
}
