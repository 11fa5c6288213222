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
import { DEFAULT_PARSE_LIMITS, ReadBudget, type ParseLimits } from './limits.js';
import { BUILTIN_FORMATS, isDateFormat } from './number-formats.js';
import {
  at,
  detach,
  MAIN,
  PartIndex,
  partBytes,
  relationships,
  relAttribute,
  relsPartOf,
  resolveTarget,
  walk,
  CONTENT_TYPES,
  type FoundRelationship,
  type PartBytes,
} from './ooxml-package.js';
import { sheetRows, StringItem, type CellFormat } from './worksheet.js';
import { XmlError } from './xml-tokenizer.js';
import { readZipDirectory, ZipError } from './zip-archive.js';

/** Reads an .xlsx archive. `wanted` limits which sheets have their cells read (all by default). */
export async function parseXlsx(
  bytes: Buffer,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  wanted: (sheetName: string) => boolean = () => true,
): Promise<RawWorkbook> {
  const budget = new ReadBudget(limits);
  const entries = readZipDirectory(bytes, budget.maxParts);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ZipError({
      kind: 'too-large-unpacked',
      size: total,
      limit: limits.maxUncompressedBytes,
    });
  }
  const parts = new PartIndex(entries);
  const part = (name: string): PartBytes | null => {
    const entry = parts.find(name);
    return entry ? partBytes(bytes, entry) : null;
  };
  const relationshipsOf = (source: string, keep: (found: FoundRelationship) => boolean) =>
    relationships(source, part(relsPartOf(source)), budget, keep);
  try {
    const packageRels = await relationshipsOf('', firstOfTypes(['/officeDocument']));
    const workbookPath =
      [...packageRels.values()][0]?.target ??
      (await workbookFromContentTypes(part('[Content_Types].xml'), budget)) ??
      'xl/workbook.xml';
    const workbookXml = part(workbookPath);
    if (workbookXml === null) throw new ZipError({ kind: 'no-workbook' });
    const { date1904, sheetList } = await workbookParts(workbookPath, workbookXml, budget);
    // Only what the reader follows: the sheets, the shared strings and the styles.
    const sheetIds = new Set(sheetList.map((sheet) => sheet.id));
    const linked = firstOfTypes(['/sharedStrings', '/styles']);
    const rels = await relationshipsOf(
      workbookPath,
      (found) => sheetIds.has(found.id) || linked(found),
    );
    const relOfType = (suffix: string) =>
      [...rels.values()].find((r) => r.type.endsWith(suffix) && !r.external)?.target;
    const sharedStringsPath = relOfType('/sharedStrings');
    const stylesPath = relOfType('/styles');
    const strings = sharedStringsPath
      ? await sharedStrings(sharedStringsPath, part(sharedStringsPath), budget)
      : [];
    const formats = stylesPath ? await cellFormats(stylesPath, part(stylesPath), budget) : [];

    const found = sheetList.flatMap((sheet) => {
      const target = sheet.id === undefined ? undefined : rels.get(sheet.id);
      const entry = target && !target.external ? parts.find(target.target) : undefined;
      // A sheet whose part is not in the archive does not exist (Excel drops it on repair).
      return target && entry ? [{ ...sheet, part: target.target, entry }] : [];
    });
    // Sheets may share a part: each reading of it inflates it again, known before any is read.
    budget.plan(found.filter((sheet) => wanted(sheet.name)).map((sheet) => sheet.entry.size));

    const sheets: RawSheet[] = [];
    for (const { name, hidden, part: sheetPart, entry } of found) {
      if (!wanted(name)) {
        sheets.push({ name, hidden, rows: [] });
        continue;
      }
      const context = { strings, formats, date1904, limits, sheet: name, budget };
      const read = await sheetRows(sheetPart, partBytes(bytes, entry), context);
      if (read.links.size) {
        const ids = new Set(read.links.values());
        const sheetRels = await relationshipsOf(sheetPart, (found) => ids.has(found.id));
        for (const [cell, id] of read.links) {
          const link = sheetRels.get(id);
          if (link) cell.hyperlink = link.target;
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

/** A filter keeping the first internal relationship of each of these types. */
function firstOfTypes(suffixes: string[]): (found: FoundRelationship) => boolean {
  const seen = new Set<string>();
  return ({ type, external }) => {
    const suffix = suffixes.find((s) => type.endsWith(s));
    if (external || suffix === undefined || seen.has(suffix)) return false;
    seen.add(suffix);
    return true;
  };
}

/** The content types of a workbook part: an .xlsx, an .xlsm, or their templates. */
const WORKBOOK_TYPE =
  /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml|ms-excel)\.[\w.]+\.main\+xml$/i;

/** The workbook part named in `[Content_Types].xml`, for a package whose relationships do not. */
async function workbookFromContentTypes(
  xml: PartBytes | null,
  budget: ReadBudget,
): Promise<string | undefined> {
  let found: string | undefined;
  if (xml === null) return found;
  await walk(
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
    budget,
  );
  return found && detach(found);
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  id: string | undefined;
}

/** The workbook's date system and its sheets, in order; more than the budget's, refused. */
async function workbookParts(
  part: string,
  xml: PartBytes,
  budget: ReadBudget,
): Promise<{ date1904: boolean; sheetList: SheetEntry[] }> {
  let date1904 = false;
  const sheetList: SheetEntry[] = [];
  let count = 0;
  await walk(
    part,
    xml,
    {
      open(path, attributes) {
        if (path.length === 2 && at(path, 'workbook', 'workbookPr')) {
          const value = attributes.get('date1904');
          date1904 = value === '1' || value === 'true';
        } else if (path.length === 3 && at(path, 'workbook', 'sheets', 'sheet')) {
          // Past the limit, only counted: the reason says how many there are.
          if (++count > budget.maxSheets) return;
          const state = attributes.get('state');
          const name = detach(attributes.get('name') ?? `Feuille ${sheetList.length + 1}`);
          const id = relAttribute(attributes);
          budget.keep(name.length + (id?.length ?? 0));
          sheetList.push({
            name,
            hidden: state === 'hidden' || state === 'veryHidden',
            id: id === undefined ? id : detach(id),
          });
        }
      },
    },
    MAIN,
    budget,
  );
  if (count > budget.maxSheets) {
    throw new ZipError({ kind: 'too-many-sheets', count, limit: budget.maxSheets });
  }
  return { date1904, sheetList };
}

/**
 * The shared strings, read as they inflate. Their array is the memory (each string's header
 * beside its text): their count and their characters are held to the budget as they come.
 */
async function sharedStrings(
  part: string,
  xml: PartBytes | null,
  budget: ReadBudget,
): Promise<string[]> {
  const out: string[] = [];
  if (xml === null) return out;
  const item = new StringItem(budget.limits.maxCellText, null);
  await walk(
    part,
    xml,
    {
      open(path) {
        if (path.length > 2 && path[0] === 'sst' && path[1] === 'si') item.open(path, 2);
      },
      close(path) {
        if (path.length === 2 && at(path, 'sst', 'si')) {
          if (out.length >= budget.maxSharedStrings) {
            throw new ZipError({ kind: 'too-many-strings', limit: budget.maxSharedStrings });
          }
          const text = item.take();
          budget.keep(text.length);
          out.push(text);
        } else item.close();
      },
      text(_, text) {
        item.text(text);
      },
    },
    MAIN,
    budget,
  );
  return out;
}

/** The number format of each cell style (`cellXfs`; the `dxfs` of conditional formats aside). */
async function cellFormats(
  part: string,
  xml: PartBytes | null,
  budget: ReadBudget,
): Promise<CellFormat[]> {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const tooMany = () => new ZipError({ kind: 'too-many-styles', limit: budget.maxStyles });
  await walk(
    part,
    xml,
    {
      open(path, attributes) {
        if (path.length !== 3 || path[0] !== 'styleSheet') return;
        if (path[1] === 'numFmts' && path[2] === 'numFmt') {
          const id = attributes.get('numFmtId');
          const code = attributes.get('formatCode');
          if (id === undefined || code === undefined) return;
          if (custom.size >= budget.maxStyles) throw tooMany();
          budget.keep(code.length);
          custom.set(Number(id), detach(code));
        } else if (path[1] === 'cellXfs' && path[2] === 'xf') {
          if (ids.length >= budget.maxStyles) throw tooMany();
          ids.push(Number(attributes.get('numFmtId') ?? 0));
        }
      },
    },
    MAIN,
    budget,
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
