/**
 * How much of a workbook the reader takes on: past a limit, the file is refused with the
 * reason, before the memory is spent. Shared by the package, the workbook and its sheets.
 *
 * The read budget. A workbook comes from strangers (a mail attachment, Drive, a Sheets
 * export, a local file) and is read inside a function of 256 MiB whose V8 heap is 192 MiB
 * (scripts/function-memory.ts). Every quantity one read can hold or spend is counted while
 * the archive inflates, never taken from what the file declares, and each follows from the
 * file limits below, a real submission being at most 10,000 action rows × 20 columns:
 *
 * | counted while reading        | default                        | what it bounds                     |
 * | ---------------------------- | ------------------------------ | ---------------------------------- |
 * | the file                     | 20 MiB                         | bytes held, outside the heap       |
 * | parts in the archive         | 10,000                         | the zip directory                  |
 * | bytes inflated, per part     | what the directory declares    | a part lying about its size        |
 * | bytes inflated, in all       | 100 MiB, a part read again     | time; a part ≤ 4 MiB inflates      |
 * |                              | counted again                  | whole, a larger one by 1 MiB       |
 * | XML elements, in all         | 8 × cells = 2,000,000          | time (empty cells, empty rows)     |
 * | XML nesting depth            | 64 (OOXML needs about 12)      | the open elements' stacks          |
 * | one tag, comment, CDATA      | 4 × cell text = 131,068 chars  | what waits between two pieces      |
 * | sheets                       | 1,000                          | the sheet list                     |
 * | cell styles, number formats  | 65,536 (Excel allows 64,000)   | the styles table                   |
 * | shared strings               | = cells = 250,000              | their array (about 40 B each)      |
 * | characters of text kept      | 64 × cells = 16,000,000        | strings, two bytes a char at worst |
 * | filled cells                 | 250,000                        | cells and rows (about 110 B each)  |
 * | hyperlinks in a sheet        | = cells = 250,000              | time                               |
 * | one cell's text              | 32,767 (Excel's)               | one value as it is read            |
 *
 * What one read may hold at worst, then: the file and the part inflating (24 MiB, outside the
 * heap), that part's text (≤ 8 MiB), the shared strings' array (≤ 10 MiB), the text kept
 * (≤ 32 MiB), the cells and rows (≤ 28 MiB): about 100 MiB, beside a function's own 50–80 MiB
 * (Node, its code, its clients), under the instance's 256 MiB. Streamed, a part costs its
 * largest token, not its size: what is read is dropped as it goes.
 */
import type { ReadFailure } from '../../core/read-failure.js';
import { ZipError } from './zip-archive.js';

/** Limits checked while reading, each with its reason when exceeded. */
export interface ParseLimits {
  /**
   * Total uncompressed size of the archive, from its directory, before inflating; and the
   * bytes actually inflated in one read, a part read twice counted twice.
   */
  maxUncompressedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxCellText: number;
  /**
   * Filled cells read in the whole workbook: what memory the cells take. Far above any real
   * submission (10,000 actions × 20 columns), far below what the other limits allow together.
   */
  maxCells: number;
  /** The rest of the budget, each derived from the limits above unless given (ReadBudget). */
  maxSharedStrings?: number;
  maxTextChars?: number;
  maxElements?: number;
  maxLinks?: number;
  maxTagChars?: number;
  maxDepth?: number;
  maxSheets?: number;
  maxParts?: number;
  maxStyles?: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 100,
  maxCellText: 32_767,
  maxCells: 250_000,
};

/**
 * The budget of one read: its limits resolved, and what has been spent so far, shared by
 * every part of the workbook (a part read again spends again).
 */
export class ReadBudget {
  readonly maxSharedStrings: number;
  readonly maxTextChars: number;
  readonly maxElements: number;
  readonly maxLinks: number;
  /** The longest tag, comment, CDATA section or processing instruction, in characters. */
  readonly maxTagChars: number;
  readonly maxDepth: number;
  readonly maxSheets: number;
  readonly maxParts: number;
  readonly maxStyles: number;

  /** Elements the read may still open (the XML tokenizer counts them down). */
  elementsLeft: number;
  /** Filled cells read so far. */
  cells = 0;
  private inflated = 0;
  private text = 0;

  constructor(readonly limits: ParseLimits) {
    this.maxSharedStrings = limits.maxSharedStrings ?? limits.maxCells;
    this.maxTextChars = limits.maxTextChars ?? 64 * limits.maxCells;
    this.maxElements = limits.maxElements ?? 8 * limits.maxCells;
    this.maxLinks = limits.maxLinks ?? limits.maxCells;
    this.maxTagChars = limits.maxTagChars ?? 4 * limits.maxCellText;
    this.maxDepth = limits.maxDepth ?? 64;
    this.maxSheets = limits.maxSheets ?? 1_000;
    this.maxParts = limits.maxParts ?? 10_000;
    this.maxStyles = limits.maxStyles ?? 65_536;
    this.elementsLeft = this.maxElements;
  }

  /** Counts bytes just inflated; over the limit, the read stops. */
  inflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxUncompressedBytes) {
      refuse({
        kind: 'too-large-unpacked',
        size: this.inflated,
        limit: this.limits.maxUncompressedBytes,
      });
    }
  }

  /**
   * Refuses a read whose parts still to inflate (each at most its declared size) would take
   * it past the limit: said with the whole size, before any is inflated.
   */
  plan(sizes: readonly number[]): void {
    const size = sizes.reduce((sum, bytes) => sum + bytes, this.inflated);
    const limit = this.limits.maxUncompressedBytes;
    if (size > limit) refuse({ kind: 'too-large-unpacked', size, limit });
  }

  /** Counts characters of text the workbook will keep (values, names, targets). */
  keep(chars: number): void {
    this.text += chars;
    if (this.text > this.maxTextChars) refuse({ kind: 'too-much-text', limit: this.maxTextChars });
  }
}

function refuse(failure: ReadFailure): never {
  throw new ZipError(failure);
}
