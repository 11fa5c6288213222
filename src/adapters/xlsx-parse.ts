/**
 * A lean reader of the OOXML spreadsheet format, for submissions: sheet names and states,
 * cell values (shared and inline strings, numbers, booleans, errors, formulas with their
 * cached result), number formats (dates become dates, percents keep their format),
 * hyperlinks, and the 1904 date system. Everything else (styles, validations, drawings) is
 * skipped unread. No DTD is ever processed, so no entity can expand.
 */
import { posix } from 'node:path';
import type { CellScalar, RawCell, RawSheet, RawWorkbook } from '../core/cells.js';
import {
  readZipDirectory,
  readZipEntry,
  streamZipEntry,
  ZipError,
  type ZipEntry,
} from './zip-archive.js';

/** Limits checked while reading, each with its reason when exceeded. */
export interface ParseLimits {
  /** Total uncompressed size of the archive, from its directory, before inflating. */
  maxUncompressedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxCellText: number;
  /**
   * Filled cells read in the whole workbook: what memory the cells take. Far above any real
   * submission (10,000 actions × 20 columns), far below what the other limits allow together.
   */
  maxCells: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 100,
  maxCellText: 32_767,
  maxCells: 250_000,
};

/** Reads an .xlsx archive. `wanted` limits which sheets have their cells read (all by default). */
export async function parseXlsx(
  bytes: Buffer,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  wanted: (sheetName: string) => boolean = () => true,
): Promise<RawWorkbook> {
  const entries = readZipDirectory(bytes);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ZipError(
      `le contenu décompressé dépasserait ${mib(total)} Mo (${mib(limits.maxUncompressedBytes)} Mo au plus) : archive piégée ou beaucoup trop volumineuse`,
    );
  }
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const part = (name: string): Buffer | null => {
    const entry = byName.get(name);
    if (!entry) return null;
    const raw = readZipEntry(bytes, entry);
    if (/<!DOCTYPE/i.test(raw.subarray(0, 2048).toString('latin1'))) throw new ZipError(`${name} déclare une DTD : contenu refusé`);
    return raw;
  };
  const text = (name: string): string | null => part(name)?.toString('utf8') ?? null;
  const budget = { cells: 0 };

  const rootRels = relationships(text('_rels/.rels') ?? '', '');
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === null) throw new ZipError("l'archive ne contient pas de classeur : ce n'est pas un fichier Excel");
  const base = posix.dirname(workbookPath);
  const rels = relationships(text(`${base}/_rels/${posix.basename(workbookPath)}.rels`) ?? '', base);
  const relOfType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sharedStringsPath = relOfType('/sharedStrings');
  const stylesPath = relOfType('/styles');
  const strings = sharedStringsPath ? sharedStrings(text(sharedStringsPath) ?? '', limits) : [];
  const formats = stylesPath ? cellFormats(text(stylesPath) ?? '') : [];
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbookXml);

  const sheets: RawSheet[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1] ?? '');
    const name = attrs.name ?? `Feuille ${sheets.length + 1}`;
    const target = rels.get(attrs['r:id'] ?? attrs.id ?? '')?.target;
    const hidden = attrs.state === 'hidden' || attrs.state === 'veryHidden';
    if (!target || !wanted(name)) {
      sheets.push({ name, hidden, rows: [] });
      continue;
    }
    const sheetRels = relationships(text(`${posix.dirname(target)}/_rels/${posix.basename(target)}.rels`) ?? '', posix.dirname(target));
    sheets.push({
      name,
      hidden,
      rows: await sheetRows(target, sheetBytes(bytes, byName.get(target)), { strings, formats, date1904, limits, sheetRels, sheet: name, budget }),
    });
  }
  if (sheets.length === 0) throw new ZipError("le classeur ne contient aucune feuille de calcul");
  return { sheets, date1904 };
} // prettier-ignore

/** Sheets larger than this inflate piece by piece; smaller ones at once (quicker). */
const STREAM_ABOVE = 4 * 1024 * 1024;

/** A sheet's XML, whole when small, as it inflates when large (or nothing: no such part). */
function sheetBytes(bytes: Buffer, entry: ZipEntry | undefined): Buffer[] | AsyncIterable<Buffer> {
  if (!entry) return [];
  return entry.size <= STREAM_ABOVE ? [readZipEntry(bytes, entry)] : streamZipEntry(bytes, entry);
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references and OOXML `_xHHHH_` escapes decoded. */
export function decodeXml(raw: string): string {
  let out = raw;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (_, e: string) => {
      if (e[0] !== '#') return NAMED[e] ?? '';
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
  }
  if (out.includes('_x'))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    );
  return detach(out);
}

/**
 * A copy of a string cut from a part's XML that no longer keeps the whole part alive: V8
 * makes substrings of 13 characters or more views onto their parent, so one kept title would
 * pin its sheet's XML in memory for the rest of the run.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] ?? ''] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string, base: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1] ?? '');
    const external = a.TargetMode === 'External';
    const raw = a.Target ?? '';
    const target = external
      ? raw
      : raw.startsWith('/')
        ? raw.slice(1)
        : posix.normalize(posix.join(base, raw));
    if (a.Id) out.set(a.Id, { type: a.Type ?? '', target, external });
  }
  return out;
}

/** The text of `<si>` or `<is>`: every `<t>` run, phonetic hints (`<rPh>`) left out. */
function runText(xml: string): string {
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += m[1] ?? '';
  return decodeXml(out);
}

function sharedStrings(xml: string, limits: ParseLimits): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    const text = runText(m[1] ?? '');
    if (text.length > limits.maxCellText) {
      throw new ZipError(
        `un texte dépasse ${limits.maxCellText} caractères (la limite d'une cellule Excel)`,
      );
    }
    out.push(text);
  }
  return out;
}

const BUILTIN_FORMATS: Record<number, string> = {
  9: '0%', 10: '0.00%', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
}; // prettier-ignore

/** A cell format: its number format code, and whether that code shows a date. */
interface CellFormat {
  code: string | undefined;
  date: boolean;
}

/** True when a number format code displays a date or time (quoted text and [..] sections aside). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function cellFormats(xml: string): CellFormat[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1] ?? '');
    if (a.numFmtId && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attributes(m[1] ?? '').numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return { code, date: code !== undefined && isDateFormat(code) };
  });
}

interface SheetContext {
  strings: string[];
  formats: CellFormat[];
  date1904: boolean;
  limits: ParseLimits;
  sheetRels: Map<string, Relationship>;
  sheet: string;
  /** Filled cells read so far in the workbook. */
  budget: { cells: number };
}

/** Column number of a cell reference (`AB12` → 28). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The rows of a sheet, read as its XML inflates: complete rows are parsed and dropped from
 * the buffer, so a sheet costs its cells, not its size (a million empty rows cost nothing).
 */
async function sheetRows(
  part: string,
  chunks: AsyncIterable<Buffer> | Buffer[],
  ctx: SheetContext,
): Promise<(RawCell | undefined)[][]> {
  const rows: (RawCell | undefined)[][] = [];
  const links: [ref: string, target: string][] = [];
  const limits = ctx.limits;
  const overRows = () =>
    new ZipError(
      `la feuille « ${ctx.sheet} » dépasse ${limits.maxRows.toLocaleString('fr-FR')} lignes`,
    );
  let state = 'head' as 'head' | 'data' | 'tail';
  let pending: Buffer = Buffer.alloc(0);
  let rowNumber = 0;
  let rowElements = 0;
  /** Keeps only the end of what was searched, in case a tag is cut between two pieces. */
  const keepTail = () => (pending = pending.subarray(Math.max(0, pending.length - 16)));

  const consume = (): void => {
    for (;;) {
      if (state === 'head') {
        if (/<!DOCTYPE/i.test(pending.subarray(0, 4096).toString('latin1')))
          throw new ZipError(`${part} déclare une DTD : contenu refusé`);
        const at = pending.indexOf('<sheetData');
        const end = at < 0 ? -1 : pending.indexOf('>', at);
        if (end < 0) return void (at < 0 ? keepTail() : (pending = pending.subarray(at)));
        state = pending[end - 1] === 0x2f ? 'tail' : 'data'; // <sheetData/>: no rows
        pending = pending.subarray(end + 1);
      } else if (state === 'data') {
        const row = pending.indexOf('<row');
        // The end of the cells is looked for only before the next row: a scan of the whole
        // buffer at every row would make the reading quadratic.
        const close = (row < 0 ? pending : pending.subarray(0, row)).indexOf('</sheetData>');
        if (close >= 0 && (row < 0 || close < row)) {
          state = 'tail';
          pending = pending.subarray(close + 12);
          continue;
        }
        if (row < 0) return void keepTail();
        const tagEnd = pending.indexOf('>', row);
        if (tagEnd < 0) return void (pending = pending.subarray(row));
        const empty = pending[tagEnd - 1] === 0x2f; // <row …/>
        const end = empty ? tagEnd + 1 : pending.indexOf('</row>', tagEnd);
        if (end < 0) return void (pending = pending.subarray(row));
        // Empty styled rows are legitimate, but a flood of them is not a submission.
        if (++rowElements > limits.maxRows * 10) throw overRows();
        const r = /\br="(\d+)"/.exec(pending.subarray(row, tagEnd + 1).toString('latin1'));
        rowNumber = r ? Number(r[1]) : rowNumber + 1;
        if (!empty && end > tagEnd + 1) {
          if (rowNumber > limits.maxRows) throw overRows();
          const cells = rowCells(pending.subarray(tagEnd + 1, end).toString('utf8'), ctx);
          if (cells.length) rows[rowNumber - 1] = cells;
        }
        pending = pending.subarray(empty ? end : end + 6);
      } else {
        // After the cells: only the hyperlinks matter, read one element at a time.
        const at = pending.indexOf('<hyperlink');
        if (at < 0) return void keepTail();
        const end = pending.indexOf('>', at);
        if (end < 0) return void (pending = pending.subarray(at));
        const element = pending.subarray(at, end + 1).toString('utf8');
        const m = /^<hyperlink\s([^>]*?)\/?>$/.exec(element);
        if (m) {
          const a = attributes(m[1] ?? '');
          const target = ctx.sheetRels.get(a['r:id'] ?? '')?.target;
          const ref = (a.ref ?? '').split(':')[0];
          if (target && ref) links.push([ref, target]);
        }
        pending = pending.subarray(end + 1);
      }
    }
  };

  for await (const chunk of chunks) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    consume();
  }
  if (state === 'data') throw new ZipError(`la feuille « ${ctx.sheet} » est incomplète`);
  for (const [ref, target] of links) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    const cell = m ? rows[Number(m[2]) - 1]?.[columnOf(m[1] ?? '') - 1] : undefined;
    if (cell) cell.hyperlink = target;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** The cells of one row's XML, within the column and cell limits. */
function rowCells(body: string, ctx: SheetContext): (RawCell | undefined)[] {
  const cells: (RawCell | undefined)[] = [];
  let col = 0;
  for (const c of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = c[1] ?? '';
    const ref = /\br="([A-Z]+)\d*"/.exec(attrs)?.[1];
    col = ref ? columnOf(ref) : col + 1;
    const inner = c[2];
    if (!inner) continue;
    if (col > ctx.limits.maxColumns) {
      throw new ZipError(`la feuille « ${ctx.sheet} » dépasse ${ctx.limits.maxColumns} colonnes`);
    }
    if (++ctx.budget.cells > ctx.limits.maxCells) {
      throw new ZipError(
        `le classeur a plus de ${ctx.limits.maxCells.toLocaleString('fr-FR')} cellules remplies : retirez les lignes et les colonnes inutiles`,
      );
    }
    const cell = readCell(attrs, inner, ctx);
    if (cell) cells[col - 1] = cell;
  }
  return cells;
}

function readCell(attrs: string, inner: string, ctx: SheetContext): RawCell | undefined {
  const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
  const style = /\bs="(\d+)"/.exec(attrs)?.[1];
  const format = style === undefined ? undefined : ctx.formats[Number(style)];
  const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  const formula = f ? decodeXml(f[1] ?? '') || '(formule partagée)' : undefined;
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  let value: CellScalar = null;
  let error: string | undefined;
  switch (type) {
    case 's':
      value = v === undefined ? null : (ctx.strings[Number(v)] ?? null);
      break;
    case 'inlineStr':
      value = runText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      break;
    case 'str':
      value = v === undefined ? null : decodeXml(v);
      break;
    case 'b':
      value = v === undefined ? null : v === '1' || v === 'true';
      break;
    case 'e':
      error = v === undefined ? '#ERREUR' : decodeXml(v);
      break;
    case 'd':
      value = v === undefined ? null : new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      break;
    default: {
      if (v === undefined) break;
      const number = Number(v);
      value = !Number.isFinite(number)
        ? decodeXml(v)
        : format?.date
          ? new Date(Math.round((number + (ctx.date1904 ? 1462 : 0)) * 86_400_000 + EXCEL_EPOCH))
          : number;
    }
  }
  if (typeof value === 'string' && value.length > ctx.limits.maxCellText) {
    throw new ZipError(
      `une cellule de « ${ctx.sheet} » dépasse ${ctx.limits.maxCellText} caractères`,
    );
  }
  if (value === null && formula === undefined && error === undefined) return undefined;
  if (value === '' && formula === undefined) return undefined;
  const cell: RawCell = { value };
  if (formula !== undefined) cell.formula = formula;
  if (error !== undefined) cell.error = error;
  if (format?.code && !format.date) cell.numFmt = format.code;
  else if (format?.code && format.date && value instanceof Date) cell.numFmt = format.code;
  return cell;
}
