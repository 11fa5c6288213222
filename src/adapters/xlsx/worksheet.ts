/**
 * The cells of a worksheet part: rows read as the sheet's XML inflates, each cell turned into
 * the value Excel shows (shared and inline strings, numbers, dates from their number format,
 * booleans, errors, ISO dates, formulas with their cached result), within the limits.
 */
import type { CellScalar, RawCell } from '../../core/cells.js';
import {
  decodeXstring,
  detach,
  feedPart,
  MAIN,
  relAttribute,
  type PartBytes,
} from './ooxml-package.js';
import { isoCellToDate, serialToDate } from './number-formats.js';
import type { ParseLimits, ReadBudget } from './limits.js';
import { XmlError, XmlTokenizer, type XmlHandler } from './xml-tokenizer.js';
import { ZipError } from './zip-archive.js';

/**
 * How much longer than its text a cell's XML may be: OOXML escapes a character as at most
 * `_xHHHH_` (7). Past that, a text being read is over the cell limit whatever it decodes to.
 */
const ESCAPED = 7;

function textTooLong(sheet: string | null, limit: number): ZipError {
  return new ZipError({ kind: 'text-too-long', sheet, limit });
}

/**
 * Collects the text of rich or plain string items (`<si>`, `<is>`): every `<t>` directly in
 * the item or in one of its runs (`<r>`), phonetic hints (`<rPh>`) left out.
 */
export class StringItem {
  private parts: string[] | null = null;
  private length = 0;
  private inText = false;

  /** `maxText`: the longest text a cell holds; `sheet`: where, for the reason (null: shared). */
  constructor(
    private readonly maxText: number,
    private readonly sheet: string | null,
  ) {}

  /** Call on every open element; `depth` is the path length of the item itself. */
  open(path: readonly string[], depth: number): void {
    const inner = path.length - depth;
    this.inText =
      path[path.length - 1] === 't' && (inner === 1 || (inner === 2 && path[depth] === 'r'));
  }

  close(): void {
    this.inText = false;
  }

  text(text: string): void {
    if (!this.inText) return;
    // Checked as it comes: a text is never held far beyond the limit.
    this.length += text.length;
    if (this.length > this.maxText * ESCAPED) throw textTooLong(this.sheet, this.maxText);
    (this.parts ??= []).push(text);
  }

  /** The item's text (xstring escapes decoded), and a fresh start for the next. */
  take(): string {
    const out = this.parts ? decodeXstring(this.parts.join('')) : '';
    this.parts = null;
    this.length = 0;
    this.inText = false;
    if (out.length > this.maxText) throw textTooLong(this.sheet, this.maxText);
    return detach(out);
  }
}

/** A cell format: its number format code, and whether that code shows a date. */
export interface CellFormat {
  code: string | undefined;
  date: boolean;
}

export interface SheetContext {
  strings: string[];
  formats: CellFormat[];
  date1904: boolean;
  limits: ParseLimits;
  sheet: string;
  /** What the read may still spend: cells, elements, text. */
  budget: ReadBudget;
}

/** Column number of a cell reference (`AB12` → 28); 0 when it has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

export function cellAtRef(rows: (RawCell | undefined)[][], ref: string): RawCell | undefined {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref.split(':')[0] ?? '');
  return m ? rows[Number(m[2]) - 1]?.[columnOf(m[1] ?? '') - 1] : undefined;
}

/**
 * What a sheet part gives: its rows, and the filled cells that carry a hyperlink, each with
 * its relationship id (the target is in the sheet's relationships).
 */
export interface SheetReading {
  rows: (RawCell | undefined)[][];
  links: Map<RawCell, string>;
}

/** The cell being read: its attributes and the text of its children. */
interface OpenCell {
  col: number;
  type: string;
  style: number | undefined;
  value: string | undefined;
  formula: string | undefined;
  inline: boolean;
}

/**
 * The rows of a sheet, read as its XML inflates: each row is kept as soon as it closes and
 * the XML read is dropped, so a sheet costs its cells, not its size (a million empty rows
 * cost nothing).
 */
export async function sheetRows(
  part: string,
  chunks: PartBytes,
  ctx: SheetContext,
): Promise<SheetReading> {
  const rows: (RawCell | undefined)[][] = [];
  const links = new Map<RawCell, string>();
  let hyperlinks = 0;
  const limits = ctx.limits;
  const budget = ctx.budget;
  const maxRawText = limits.maxCellText * ESCAPED;
  const overRows = () =>
    new ZipError({ kind: 'too-many-rows', sheet: ctx.sheet, limit: limits.maxRows });
  // Where we are: 1 the sheet (any kind), 2 sheetData or hyperlinks, 3 row, 4 c, 5 v/f/is, 6+ inside is.
  const path: string[] = [];
  let rowNumber = 0;
  let rowElements = 0;
  let cells: (RawCell | undefined)[] = [];
  let col = 0;
  const current: OpenCell = {
    col: 0,
    type: 'n',
    style: undefined,
    value: undefined,
    formula: undefined,
    inline: false,
  };
  let cell: OpenCell | null = null;
  let lastNs = '';
  let lastIsMain = false;
  let textTarget: 'v' | 'f' | null = null;
  let textParts = '';
  const inline = new StringItem(limits.maxCellText, ctx.sheet);

  const handler: XmlHandler = {
    open(ns, local, attributes, empty) {
      if (ns !== lastNs) {
        lastNs = ns;
        lastIsMain = MAIN.has(ns);
      }
      path.push(lastIsMain ? local : '');
      const depth = path.length;
      if (depth === 3 && path[2] === 'row' && path[1] === 'sheetData') {
        // Empty styled rows are legitimate, but a flood of them is not a submission.
        if (++rowElements > limits.maxRows * 10) throw overRows();
        const r = attributes.get('r');
        rowNumber = r ? Number(r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1)
          throw new XmlError(`la feuille « ${ctx.sheet} » a un numéro de ligne invalide (${r})`, {
            kind: 'corrupt',
            part: ctx.sheet,
          });
        cells = [];
        col = 0;
      } else if (depth === 4 && path[3] === 'c' && path[2] === 'row') {
        const ref = attributes.get('r');
        const refCol = ref ? columnOf(ref) : 0;
        col = refCol > 0 ? refCol : col + 1;
        // An empty cell (most of a template's: styled, nothing typed) only moves the column.
        if (empty) return;
        const style = attributes.get('s');
        // One object for every cell.
        cell = current;
        cell.col = col;
        cell.type = attributes.get('t') ?? 'n';
        cell.style = style === undefined ? undefined : Number(style);
        cell.value = undefined;
        cell.formula = undefined;
        cell.inline = false;
      } else if (depth === 5 && cell && path[3] === 'c') {
        if (path[4] === 'v') textTarget = 'v';
        else if (path[4] === 'f') {
          textTarget = 'f';
          cell.formula ??= '';
        } else if (path[4] === 'is') cell.inline = true;
        textParts = '';
      } else if (depth > 5 && cell?.inline && path[4] === 'is') {
        inline.open(path, 5);
      } else if (depth === 3 && path[2] === 'hyperlink' && path[1] === 'hyperlinks') {
        if (++hyperlinks > budget.maxLinks) {
          throw new ZipError({ kind: 'too-many-links', sheet: ctx.sheet, limit: budget.maxLinks });
        }
        // The rows are read (hyperlinks follow sheetData): a link to no filled cell costs nothing.
        const ref = attributes.get('ref');
        const cell = ref ? cellAtRef(rows, ref) : undefined;
        const id = cell && relAttribute(attributes);
        if (cell && id) {
          if (!links.has(cell)) budget.keep(id.length);
          links.set(cell, detach(id));
        }
      }
    },
    close() {
      const depth = path.length;
      const local = path[depth - 1];
      if (depth === 5 && cell && textTarget) {
        if (textTarget === 'v') cell.value = textParts;
        else {
          // A cell may hold several <f>: together, they are one text held to the limit.
          cell.formula = (cell.formula ?? '') + textParts;
          if (cell.formula.length > maxRawText) throw textTooLong(ctx.sheet, limits.maxCellText);
        }
        textTarget = null;
        textParts = '';
      } else if (depth === 4 && cell && local === 'c') {
        const filled = cell.value !== undefined || cell.formula !== undefined || cell.inline;
        if (filled) {
          if (cell.col > limits.maxColumns)
            throw new ZipError({
              kind: 'too-many-columns',
              sheet: ctx.sheet,
              limit: limits.maxColumns,
            });
          if (++budget.cells > limits.maxCells) {
            throw new ZipError({ kind: 'too-many-cells', limit: limits.maxCells });
          }
          const read = readCell(cell, cell.inline ? inline.take() : undefined, ctx);
          if (read) cells[cell.col - 1] = read;
        }
        cell = null;
      } else if (depth === 3 && local === 'row' && path[1] === 'sheetData') {
        if (cells.length) {
          if (rowNumber > limits.maxRows) throw overRows();
          rows[rowNumber - 1] = cells;
        }
        cells = [];
      } else if (depth > 5 && cell?.inline) {
        inline.close();
      }
      path.pop();
    },
    text(text) {
      if (textTarget) {
        textParts += text;
        if (textParts.length > maxRawText) throw textTooLong(ctx.sheet, limits.maxCellText);
      } else if (cell?.inline) inline.text(text);
    },
  };

  try {
    await feedPart(new XmlTokenizer(handler, part, budget), chunks, budget);
  } catch (cause) {
    if (cause instanceof XmlError && /incomplet/.test(cause.message))
      throw new ZipError({ kind: 'corrupt', part: ctx.sheet });
    throw cause;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { rows, links };
}

function readCell(
  cell: OpenCell,
  inlineText: string | undefined,
  ctx: SheetContext,
): RawCell | undefined {
  const format = cell.style === undefined ? undefined : ctx.formats[cell.style];
  const v = cell.value;
  const formula =
    cell.formula === undefined
      ? undefined
      : detach(decodeXstring(cell.formula)) || '(formule partagée)';
  let value: CellScalar = null;
  let error: string | undefined;
  switch (cell.type) {
    case 's': {
      const index = v === undefined || v.trim() === '' ? NaN : Number(v);
      value = Number.isInteger(index) ? (ctx.strings[index] ?? null) : null;
      break;
    }
    case 'inlineStr':
      value = inlineText ?? null;
      break;
    case 'str':
      value = v === undefined ? null : detach(decodeXstring(v));
      break;
    case 'b':
      value = v === undefined || v.trim() === '' ? null : v.trim() === '1' || v.trim() === 'true';
      break;
    case 'e':
      error = v === undefined || v.trim() === '' ? '#ERREUR' : detach(v.trim());
      break;
    case 'd':
      value =
        v === undefined || v.trim() === '' ? null : (isoCellToDate(v, ctx.date1904) ?? detach(v));
      break;
    default: {
      if (v === undefined || v.trim() === '') break;
      const number = Number(v);
      value = !Number.isFinite(number)
        ? detach(decodeXstring(v))
        : format?.date
          ? serialToDate(number, ctx.date1904)
          : number;
    }
  }
  if (typeof value === 'string' && value.length > ctx.limits.maxCellText) {
    throw textTooLong(ctx.sheet, ctx.limits.maxCellText);
  }
  // Kept text: a shared string is counted once, where the shared strings are read.
  if (typeof value === 'string' && cell.type !== 's') ctx.budget.keep(value.length);
  if (formula !== undefined) ctx.budget.keep(formula.length);
  if (error !== undefined) ctx.budget.keep(error.length);
  if (value === null && formula === undefined && error === undefined) return undefined;
  if (value === '' && formula === undefined) return undefined;
  const out: RawCell = { value };
  if (formula !== undefined) out.formula = formula;
  if (error !== undefined) out.error = error;
  if (format?.code && (!format.date || value instanceof Date)) out.numFmt = format.code;
  return out;
}
