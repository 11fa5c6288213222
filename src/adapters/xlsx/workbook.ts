/**
 * A lean reader of the OOXML spreadsheet format (ECMA-376, Transitional and Strict), for
 * submissions: sheet names and states, cell values (shared and inline strings, numbers,
 * booleans, errors, ISO dates, formulas with their cached result), number formats (dates
 * become dates, percents keep their format), hyperlinks, and the 1904 date system.
 * Everything else (styles beyond number formats, validations, drawings) is skipped unread.
 *
 * Parts are found as the Open Packaging Conventions say: the workbook from the package's
 * relationships, every other part from the workbook's and the sheets' relationships, wherever
 * the writer put them. XML names are matched by namespace URI (xml-tokenizer.ts), so `<x:c>`
 * written by the .NET SDK and Strict OOXML's namespaces read like Excel's own files.
 */
import type { RawSheet, RawWorkbook } from '../../core/cells.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits.js';
import { BUILTIN_FORMATS, isDateFormat } from './number-formats.js';
import {
  at,
  detach,
  MAIN,
  PartIndex,
  partText,
  relationships,
  relAttribute,
  relsPartOf,
  resolveTarget,
  walk,
  CONTENT_TYPES,
} from './ooxml-package.js';
import { cellAtRef, sheetRows, StringItem, type CellFormat } from './worksheet.js';
import { XmlError } from './xml-tokenizer.js';
import {
  readZipDirectory,
  readZipEntry,
  streamZipEntry,
  ZipError,
  type ZipEntry,
} from './zip-archive.js';

/** Reads an .xlsx archive. `wanted` limits which sheets have their cells read (all by default). */
export async function parseXlsx(
  bytes: Buffer,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  wanted: (sheetName: string) => boolean = () => true,
): Promise<RawWorkbook> {
  const entries = readZipDirectory(bytes);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ZipError({
      kind: 'too-large-unpacked',
      size: total,
      limit: limits.maxUncompressedBytes,
    });
  }
  const parts = new PartIndex(entries);
  const text = (name: string): string | null => {
    const entry = parts.find(name);
    return entry ? partText(readZipEntry(bytes, entry)) : null;
  };
  const relationshipsOf = (part: string) => relationships(part, text(relsPartOf(part)));
  try {
    const workbookPath =
      [...relationshipsOf('').values()].find(
        (r) => r.type.endsWith('/officeDocument') && !r.external,
      )?.target ??
      workbookFromContentTypes(text('[Content_Types].xml')) ??
      'xl/workbook.xml';
    const workbookXml = text(workbookPath);
    if (workbookXml === null) throw new ZipError({ kind: 'no-workbook' });
    const rels = relationshipsOf(workbookPath);
    const relOfType = (suffix: string) =>
      [...rels.values()].find((r) => r.type.endsWith(suffix) && !r.external)?.target;
    const sharedStringsPath = relOfType('/sharedStrings');
    const stylesPath = relOfType('/styles');
    const strings = sharedStringsPath
      ? sharedStrings(sharedStringsPath, text(sharedStringsPath), limits)
      : [];
    const formats = stylesPath ? cellFormats(stylesPath, text(stylesPath)) : [];
    const { date1904, sheetList } = workbookParts(workbookPath, workbookXml);
    const budget = { cells: 0 };

    const sheets: RawSheet[] = [];
    for (const { name, hidden, id } of sheetList) {
      const target = id === undefined ? undefined : rels.get(id);
      const entry = target && !target.external ? parts.find(target.target) : undefined;
      // A sheet whose part is not in the archive does not exist (Excel drops it on repair).
      if (!target || !entry) continue;
      if (!wanted(name)) {
        sheets.push({ name, hidden, rows: [] });
        continue;
      }
      const part = target.target;
      const context = { strings, formats, date1904, limits, sheet: name, budget };
      const read = await sheetRows(part, sheetBytes(bytes, entry), context);
      if (read.links.length) {
        const sheetRels = relationshipsOf(part);
        for (const [ref, id] of read.links) {
          const link = sheetRels.get(id);
          const cell = cellAtRef(read.rows, ref);
          if (link && cell) cell.hyperlink = detach(link.target);
        }
      }
      sheets.push({ name, hidden, rows: read.rows });
    }
    if (sheets.length === 0) throw new ZipError({ kind: 'no-sheet' });
    return { sheets, date1904 };
  } catch (cause) {
    throw cause instanceof XmlError ? new ZipError(cause.failure) : cause;
  }
}

/** The content types of a workbook part: an .xlsx, an .xlsm, or their templates. */
const WORKBOOK_TYPE =
  /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml|ms-excel)\.[\w.]+\.main\+xml$/i;

/** The workbook part named in `[Content_Types].xml`, for a package whose relationships do not. */
function workbookFromContentTypes(xml: string | null): string | undefined {
  let found: string | undefined;
  if (xml === null) return found;
  walk(
    '[Content_Types].xml',
    xml,
    {
      open(path, attributes) {
        if (found || path.length !== 2 || !at(path, 'Types', 'Override')) return;
        const name = attributes.get('PartName');
        if (name && WORKBOOK_TYPE.test(attributes.get('ContentType') ?? ''))
          found = resolveTarget('', name);
      },
    },
    new Set([CONTENT_TYPES]),
  );
  return found;
}

/** Sheets larger than this inflate piece by piece; smaller ones at once (quicker). */
const STREAM_ABOVE = 4 * 1024 * 1024;

/** A sheet's XML, whole when small, as it inflates when large. */
function sheetBytes(bytes: Buffer, entry: ZipEntry): Buffer[] | AsyncIterable<Buffer> {
  return entry.size <= STREAM_ABOVE ? [readZipEntry(bytes, entry)] : streamZipEntry(bytes, entry);
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  id: string | undefined;
}

/** The workbook's date system and its sheets, in order. */
function workbookParts(part: string, xml: string): { date1904: boolean; sheetList: SheetEntry[] } {
  let date1904 = false;
  const sheetList: SheetEntry[] = [];
  walk(
    part,
    xml,
    {
      open(path, attributes) {
        if (path.length === 2 && at(path, 'workbook', 'workbookPr')) {
          const value = attributes.get('date1904');
          date1904 = value === '1' || value === 'true';
        } else if (path.length === 3 && at(path, 'workbook', 'sheets', 'sheet')) {
          const state = attributes.get('state');
          sheetList.push({
            name: detach(attributes.get('name') ?? `Feuille ${sheetList.length + 1}`),
            hidden: state === 'hidden' || state === 'veryHidden',
            id: relAttribute(attributes),
          });
        }
      },
    },
    MAIN,
  );
  return { date1904, sheetList };
}

function sharedStrings(part: string, xml: string | null, limits: ParseLimits): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  const item = new StringItem();
  walk(
    part,
    xml,
    {
      open(path) {
        if (path.length > 2 && path[0] === 'sst' && path[1] === 'si') item.open(path, 2);
      },
      close(path) {
        if (path.length === 2 && at(path, 'sst', 'si')) {
          const text = item.take();
          if (text.length > limits.maxCellText) {
            throw new ZipError({ kind: 'text-too-long', sheet: null, limit: limits.maxCellText });
          }
          out.push(text);
        } else item.close();
      },
      text(_, text) {
        item.text(text);
      },
    },
    MAIN,
  );
  return out;
}

/** The number format of each cell style (`cellXfs`; the `dxfs` of conditional formats aside). */
function cellFormats(part: string, xml: string | null): CellFormat[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  walk(
    part,
    xml,
    {
      open(path, attributes) {
        if (path.length !== 3 || path[0] !== 'styleSheet') return;
        if (path[1] === 'numFmts' && path[2] === 'numFmt') {
          const id = attributes.get('numFmtId');
          const code = attributes.get('formatCode');
          if (id !== undefined && code !== undefined) custom.set(Number(id), code);
        } else if (path[1] === 'cellXfs' && path[2] === 'xf') {
          ids.push(Number(attributes.get('numFmtId') ?? 0));
        }
      },
    },
    MAIN,
  );
  const byId = new Map<number, CellFormat>();
  return ids.map((id) => {
    let format = byId.get(id);
    if (!format) {
      const code = custom.get(id) ?? BUILTIN_FORMATS[id];
      const date = code !== undefined && isDateFormat(code);
      format = { code: code === undefined ? undefined : detach(code), date };
      byId.set(id, format);
    }
    return format;
  });
}
