/**
 * Reads an .xlsx file into the core's vendor-free {@link RawWorkbook}. Anything that is not
 * a readable workbook becomes a `file-unreadable` issue with a reason a focal point can act on.
 */
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellScalar, RawCell, RawSheet, RawWorkbook } from '../core/cells.js';
import { makeIssue, type Issue } from '../core/issue.js';

/** Limits checked before parsing. */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 20 * 1024 * 1024 };

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
      `fichier trop volumineux (${megabytes(size)} Mo, ${megabytes(limits.maxFileBytes)} Mo au plus) : retirez les images ou les lignes inutiles.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    return unreadable(`lecture impossible (${(cause as Error).message}).`);
  }
  const reading = await readXlsxBytes(bytes);
  return reading.ok ? { ...reading, bytes, modifiedAt } : reading;
}

/** Reads .xlsx content already in memory (a Drive download, a test fixture). */
export async function readXlsxBytes(bytes: Buffer): Promise<WorkbookReading> {
  const notXlsx = sniffNonXlsx(bytes);
  if (notXlsx) return unreadable(notXlsx);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    const detail = (cause as Error).message?.split('\n')[0] ?? String(cause);
    return unreadable(
      `le classeur est corrompu ou incomplet (${detail}) : ouvrez-le puis enregistrez-le à nouveau au format .xlsx.`,
    );
  }
  if (workbook.worksheets.length === 0) {
    return unreadable(
      "l'archive ne contient aucune feuille de calcul : ce n'est pas un classeur Excel.",
    );
  }
  return { ok: true, workbook: toRawWorkbook(workbook) };
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

function toRawWorkbook(workbook: ExcelJS.Workbook): RawWorkbook {
  const sheets: RawSheet[] = workbook.worksheets.map((ws) => {
    const rows: (RawCell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (RawCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const raw = toRawCell(cell);
        if (raw) cells[colNumber - 1] = raw;
      });
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, hidden: ws.state !== 'visible', rows };
  });
  return { sheets, date1904: Boolean(workbook.properties?.date1904) };
}

type ExcelValue = ExcelJS.CellValue | { richText: { text: string }[] } | undefined;

function toRawCell(cell: ExcelJS.Cell): RawCell | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const numFmt = cell.numFmt || undefined;
  const value = cell.value as ExcelValue;
  const base = (v: CellScalar): RawCell => (numFmt ? { value: v, numFmt } : { value: v });
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return base(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = (cell.formula || ('formula' in value ? value.formula : '')) ?? '';
    const result = (value as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) {
      return { ...base(null), formula, error: String((result as { error: unknown }).error) };
    }
    return { ...base(scalarOf(result)), formula };
  }
  if ('error' in value) return { ...base(null), error: String(value.error) };
  if ('hyperlink' in value) {
    const link = value as { text?: unknown; hyperlink?: unknown };
    const text = scalarOf(link.text);
    const target = typeof link.hyperlink === 'string' ? link.hyperlink : undefined;
    return target ? { ...base(text ?? target), hyperlink: target } : base(text);
  }
  if ('richText' in value) return base(richTextOf(value));
  return base(scalarOf(value));
}

function richTextOf(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text ?? '').join('');
}

function scalarOf(value: unknown): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object' && 'richText' in value) {
    return richTextOf(value as { richText: { text: string }[] });
  }
  return null;
}
