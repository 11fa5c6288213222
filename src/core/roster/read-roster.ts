/**
 * Reads the committee workbook ({@link RawWorkbook}, from any source) into the people and the
 * plan in committee.yaml's form. Sheets, headers, settings and list values are recognised in
 * every language the catalogues hold; blank rows and an untouched example row are skipped.
 * What cannot be read is a problem at its sheet and cell, never a throw; the rest is checked
 * by the configuration schema once merged, its problems said at the cells `cellOf` gives.
 */
import type { RawSheet, RawWorkbook } from '../cells.js';
import { message } from '../catalogue/render.js';
import type { LocaleTag } from '../locale-tag.js';
import { normalizeKey } from '../text.js';
import type { RosterData, RosterReading } from './roster-data.js';
import {
  RosterCollector,
  rawAt,
  scalarText,
  type At,
  type SheetsRead,
  type TableRow,
} from './roster-cells.js';
import { exampleRow, outText } from './roster-examples.js';
import {
  SETTINGS,
  SETTINGS_HEADER,
  sheetName,
  TABLE_COLUMNS,
  TABLE_SHEETS,
  type ReadSheet,
  type Setting,
  type TableSheet,
} from './roster-layout.js';
import { alsoRead, READING_TAGS } from './roster-words.js';
import { assembleRoster } from './assemble-roster.js';

/** Reads a committee workbook; problems are said for a reader of `tag` (sheet names missing in it). */
export function readRoster(workbook: RawWorkbook, tag: LocaleTag = 'fr'): RosterReading {
  const collect = new RosterCollector(tag, workbook.date1904);
  const found = (role: ReadSheet) => findSheet(workbook, role, collect, tag);
  const committeeSheet = found('committee');
  const settings = committeeSheet ? readSettings(committeeSheet, collect) : {};
  const plan = { start: quietDate(settings.planStart, collect), end: quietDate(settings.planEnd, collect) }; // prettier-ignore
  const tables: SheetsRead['tables'] = {};
  for (const role of TABLE_SHEETS) {
    const sheet = found(role);
    if (sheet) tables[role] = readTable(sheet, role, collect, plan);
  }
  const data: RosterData = assembleRoster({ settings, tables }, collect);
  return { data, issues: collect.issues, cellOf: (path) => collect.cellOf(path) };
}

/** A date read only to recognise the example rows: its problem is said where it is assembled. */
function quietDate(at: At | undefined, collect: RosterCollector): string {
  if (!at) return '';
  const before = collect.issues.length;
  const day = collect.date(at);
  collect.issues.splice(before);
  return day ?? '';
}

function findSheet(
  workbook: RawWorkbook,
  role: ReadSheet,
  collect: RosterCollector,
  tag: LocaleTag,
): RawSheet | null {
  const names = new Set(READING_TAGS.map((t) => normalizeKey(sheetName(t, role))));
  const sheet = workbook.sheets.find((s) => names.has(normalizeKey(s.name)));
  if (sheet) return sheet;
  const expected = sheetName(tag, role);
  collect.problem(expected, null, message('roster.sheetMissing', { sheet: expected }));
  return null;
}

/** Column A's labels, in any language, and the cell of each setting's value (column B). */
function readSettings(sheet: RawSheet, collect: RosterCollector): SheetsRead['settings'] {
  const byLabel = new Map<string, Setting>();
  for (const s of SETTINGS) {
    for (const t of READING_TAGS) byLabel.set(normalizeKey(s.header(t)), s.field);
  }
  const header = new Set(READING_TAGS.map((t) => normalizeKey(SETTINGS_HEADER.setting(t))));
  const settings: SheetsRead['settings'] = {};
  sheet.rows.forEach((cells, index) => {
    const label = normalizeKey(scalarText(cells[0]?.value ?? null));
    const field = byLabel.get(label);
    if (field && !settings[field]) settings[field] = { sheet, row: index + 1, col: 2 };
    else if (!field && label && !header.has(label)) {
      // A label the tool does not know: left alone (a note the secretariat added).
    }
  });
  for (const s of SETTINGS) {
    if (!settings[s.field]) {
      const setting = s.header(collect.tag);
      collect.problem(sheet.name, null, message('roster.settingMissing', { setting }));
    }
  }
  return settings;
}

/** A table's rows: headers matched in any language, blank and example rows skipped. */
function readTable(
  sheet: RawSheet,
  role: TableSheet,
  collect: RosterCollector,
  plan: { start: string; end: string },
): TableRow[] {
  const columns = TABLE_COLUMNS[role];
  const headerRow = sheet.rows[0] ?? [];
  const fieldAt = new Map<string, number>();
  headerRow.forEach((cell, index) => {
    const text = normalizeKey(scalarText(cell?.value ?? null));
    if (!text) return;
    const column = columns.find((c) =>
      READING_TAGS.some(
        (t) =>
          normalizeKey(c.header(t)) === text ||
          alsoRead(t, c.word).some((also) => normalizeKey(also) === text),
      ),
    );
    if (column && !fieldAt.has(column.field)) fieldAt.set(column.field, index + 1);
  });
  for (const c of columns) {
    if (!fieldAt.has(c.field)) {
      collect.problem(sheet.name, null, message('roster.columnMissing', { column: c.header(collect.tag) })); // prettier-ignore
    }
  }
  const examples = READING_TAGS.map((t) => exampleRow(t, role, plan)).filter((e) => e !== null);
  const rows: TableRow[] = [];
  for (let row = 2; row <= sheet.rows.length; row++) {
    // Fields whose column is missing read from a column past the end: always blank.
    const at = (field: string): At => ({ sheet, row, col: fieldAt.get(field) ?? 16_385 });
    const texts = columns.map((c) => cellText(at(c.field), c.kind === 'date', collect));
    if (texts.every((t) => t === '')) continue;
    const isExample = examples.some(
      (e) =>
      columns.every((c, i) => normalizeKey(outText(e[c.field] ?? null)) === normalizeKey(texts[i] ?? '')), // prettier-ignore
    );
    if (!isExample) rows.push({ row, at });
  }
  return rows;
}

/** A cell's text as the example is compared with it (a date cell as its ISO day). */
function cellText(at: At, isDate: boolean, collect: RosterCollector): string {
  const cell = rawAt(at);
  if (!cell || cell.value === null) return '';
  if (isDate && typeof cell.value === 'number') {
    const before = collect.issues.length;
    const day = collect.date(at);
    collect.issues.splice(before);
    return day ?? scalarText(cell.value);
  }
  return scalarText(cell.value);
}
