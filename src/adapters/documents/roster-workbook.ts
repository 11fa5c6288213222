/**
 * Writes the committee workbook (issue 32) with exceljs, with the focal points' template's
 * care: a guide first, frozen and styled header rows with a note on each, dropdowns fed by
 * the hidden lists sheet over bounded ranges (no inline list, so none meets Excel's
 * 255-character limit), date cells holding real dates, email cells checked, the example row
 * greyed, right to left in Arabic, A4 print setup. What each cell says comes from the core
 * (`rosterContent`); this file only lays it out.
 */
import ExcelJS from 'exceljs';
import type { CommitteeConfig } from '../../core/config-schema.js';
import { columnLetter } from '../../core/issue.js';
import {
  rosterContent,
  type OutValue,
  type RosterContent,
  type WrittenColumn,
  type WrittenTable,
} from '../../core/roster/roster-content.js';
import { ROSTER_LISTS, type RosterList } from '../../core/roster/roster-layout.js';
import { dateValidation, rangeValidations, writeWorkbookFile } from './template-workbook.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } }; // prettier-ignore
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; // prettier-ignore
const EXAMPLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }; // prettier-ignore
const DATE_FORMAT = 'dd/mm/yyyy';
/** Rows given formats and validations below the data: room to add people and meetings. */
const ROOM = 300;
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** Builds the committee workbook of `config` in memory, in the committee's language. */
export function buildRosterWorkbook(config: CommitteeConfig): ExcelJS.Workbook {
  const content = rosterContent(config);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ogp-tracker';
  workbook.title = content.title;
  workbook.company = config.committee.name;
  workbook.created = new Date(Date.UTC(2019, 0, 1));
  workbook.modified = workbook.created;
  addGuide(workbook, content);
  addCommittee(workbook, content);
  for (const table of content.tables) addTable(workbook, table, content);
  addLists(workbook, content);
  return workbook;
}

/** Writes the committee workbook of `config` to `path` (atomically). */
export async function writeRosterFile(path: string, config: CommitteeConfig): Promise<void> {
  await writeWorkbookFile(buildRosterWorkbook(config), path);
}

/** A calendar day as the Date exceljs writes as that day (UTC midnight). */
function cellValue(value: OutValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'object') return new Date(`${value.date}T00:00:00Z`);
  return value;
}

function view(content: RosterContent, frozen: boolean): Partial<ExcelJS.WorksheetView>[] {
  return [
    {
      ...(frozen ? { state: 'frozen' as const, ySplit: 1, xSplit: 1 } : {}),
      rightToLeft: content.rtl,
    },
  ];
}

function addGuide(workbook: ExcelJS.Workbook, content: RosterContent): void {
  const ws = workbook.addWorksheet(content.guide.name, {
    properties: { tabColor: { argb: 'FF70AD47' } },
    pageSetup: { ...PAGE_SETUP, orientation: 'portrait' },
    views: view(content, false),
  });
  ws.columns = [{ width: 28 }, { width: 90 }];
  content.guide.lines.forEach((line, index) => {
    const row = ws.getRow(index + 1);
    if (line.style === 'sheet') {
      row.getCell(1).value = line.sheet;
      row.getCell(1).font = { bold: true };
      row.getCell(2).value = line.text;
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      return;
    }
    const cell = row.getCell(1);
    cell.value = line.text;
    ws.mergeCells(index + 1, 1, index + 1, 2);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.style === 'title') cell.font = { bold: true, size: 14 };
    if (line.style === 'heading') cell.font = { bold: true, size: 12 };
    row.height = line.style === 'text' ? 15 * Math.max(1, Math.ceil(line.text.length / 110)) : 22; // prettier-ignore
  });
}

function addCommittee(workbook: ExcelJS.Workbook, content: RosterContent): void {
  const { committee } = content;
  const ws = workbook.addWorksheet(committee.name, {
    properties: { tabColor: { argb: 'FF1F4E79' } },
    pageSetup: { ...PAGE_SETUP, orientation: 'portrait' },
    views: view(content, true),
  });
  ws.columns = [{ width: 34 }, { width: 60 }];
  header(ws.getCell(1, 1), committee.header.setting, committee.header.settingNote);
  header(ws.getCell(1, 2), committee.header.value, committee.header.valueNote);
  committee.rows.forEach((setting, index) => {
    const row = index + 2;
    const label = ws.getCell(row, 1);
    label.value = setting.header;
    label.note = setting.note;
    label.font = { bold: true };
    label.fill = LABEL_FILL;
    const value = ws.getCell(row, 2);
    value.value = cellValue(setting.value);
    value.alignment = { wrapText: true, vertical: 'top' };
    const validation = validationOf(setting, `B${row}`, content);
    if (validation) value.dataValidation = validation;
    if (setting.kind === 'date') value.numFmt = DATE_FORMAT;
  });
}

function header(cell: ExcelJS.Cell, text: string, note: string): void {
  cell.value = text;
  cell.note = note;
  cell.font = HEADER_FONT;
  cell.fill = HEADER_FILL;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

function addTable(workbook: ExcelJS.Workbook, table: WrittenTable, content: RosterContent): void {
  const ws = workbook.addWorksheet(table.name, {
    views: view(content, true),
    pageSetup: { ...PAGE_SETUP, printTitlesRow: '1:1' },
  });
  ws.columns = table.columns.map((c) => ({ width: c.width }));
  ws.getRow(1).height = 32;
  table.columns.forEach((c, index) => header(ws.getCell(1, index + 1), c.header, c.note));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  table.rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = ws.getCell(r + 2, c + 1);
      cell.value = cellValue(value);
      if (table.example) {
        cell.font = { italic: true, color: { argb: 'FF7F7F7F' } };
        cell.fill = EXAMPLE_FILL;
      }
    });
  });
  if (table.example) ws.getCell(2, 1).note = table.exampleNote;
  const last = Math.max(table.rows.length + 1, ROOM);
  table.columns.forEach((c, index) => {
    const letter = columnLetter(index + 1);
    // One rule per column over a bounded range (a whole-column rule makes every reader
    // expand a million cells), as the focal points' template does.
    const validation = validationOf(c, `${letter}2`, content);
    if (validation) rangeValidations(ws).add(`${letter}2:${letter}${last}`, validation);
    const numFmt = c.kind === 'date' ? DATE_FORMAT : c.kind === 'time' ? '@' : undefined;
    if (c.kind === 'long') ws.getColumn(index + 1).alignment = { wrapText: true, vertical: 'top' }; // prettier-ignore
    if (numFmt) for (let row = 2; row <= last; row++) ws.getCell(row, index + 1).numFmt = numFmt;
  });
}

/** The validation of a column (its first cell `topLeft`, which a custom formula refers to). */
function validationOf(
  c: WrittenColumn,
  topLeft: string,
  content: RosterContent,
): ExcelJS.DataValidation | undefined {
  const { prompts } = content;
  if (c.list) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listRange(c.list, content)],
      showErrorMessage: true,
      // A warning, not a stop: a subdivision (BR-SP-SP) or a word of another language is read.
      errorStyle: 'warning',
      errorTitle: c.header,
      error: prompts.pickFromList,
    };
  }
  if (c.kind === 'date') return dateValidation(c.header, c.note);
  if (c.kind === 'email') {
    // One @, a dot after it, no space: what a reader can check without the tool.
    const f = `AND(ISNUMBER(FIND("@",${topLeft})),ISERROR(FIND(" ",TRIM(${topLeft}))),ISNUMBER(FIND(".",${topLeft},FIND("@",${topLeft}))))`; // prettier-ignore
    return {
      type: 'custom',
      allowBlank: true,
      formulae: [f],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: prompts.emailTitle,
      error: prompts.emailError,
    };
  }
  return undefined;
}

/** The hidden lists sheet's range of a list: `Listes!$B$2:$B$250`. */
function listRange(list: RosterList, content: RosterContent): string {
  const letter = columnLetter(ROSTER_LISTS.indexOf(list) + 1);
  const count = content.lists.columns.find((c) => c.list === list)?.values.length ?? 0;
  const name = content.lists.name;
  // A name of other than ASCII letters (« القوائم ») is quoted in a formula.
  const sheet = /^[A-Za-z_]\w*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  return `${sheet}!$${letter}$2:$${letter}$${Math.max(2, count + 1)}`;
}

function addLists(workbook: ExcelJS.Workbook, content: RosterContent): void {
  const ws = workbook.addWorksheet(content.lists.name, { state: 'hidden' });
  content.lists.columns.forEach((column, index) => {
    ws.getCell(1, index + 1).value = column.list;
    ws.getCell(1, index + 1).font = { bold: true };
    column.values.forEach((value, row) => {
      ws.getCell(row + 2, index + 1).value = value;
    });
    ws.getColumn(index + 1).width = 30;
  });
}
