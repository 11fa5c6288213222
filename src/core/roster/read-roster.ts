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
  address,
  RosterCollector,
  rawAt,
  scalarText,
  type At,
  type SheetsRead,
  type TableRow,
} from './roster-cells.js';
import { exampleRowsRead, outText } from './roster-examples.js';
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
import { charLimitOf, ROSTER_LIMITS } from './roster-limits.js';

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

/**
 * The sheet of `role`, named in any language. Nothing is read that a person opening the
 * workbook does not see: a hidden sheet of the role is a problem, not read, and so are two
 * sheets of the same role (a veryHidden « People » before the visible « Personnes » would
 * otherwise decide who is a known sender).
 */
function findSheet(
  workbook: RawWorkbook,
  role: ReadSheet,
  collect: RosterCollector,
  tag: LocaleTag,
): RawSheet | null {
  const names = new Set(READING_TAGS.map((t) => normalizeKey(sheetName(t, role))));
  const [sheet, other] = workbook.sheets.filter((s) => names.has(normalizeKey(s.name)));
  if (sheet && other) {
    collect.problem(sheet.name, null, message('roster.sheetTwice', { sheet: sheet.name, other: other.name })); // prettier-ignore
    return null;
  }
  if (sheet?.hidden) {
    collect.problem(sheet.name, null, message('roster.sheetHidden', { sheet: sheet.name }));
    return null;
  }
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
    if (field && !settings[field]) {
      settings[field] = { sheet, row: index + 1, col: 2 };
      checkLength(settings[field], field, scalarText(cells[1]?.value ?? null), collect);
    } else if (!field && label && !header.has(label)) {
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
  const examples = READING_TAGS.flatMap((t) => exampleRowsRead(t, role, plan));
  const rows: TableRow[] = [];
  const most = ROSTER_LIMITS.rows[role];
  for (let row = 2; row <= sheet.rows.length && !collect.overBudget; row++) {
    // Fields whose column is missing read from a column past the end: always blank.
    const at = (field: string): At => ({ sheet, row, col: fieldAt.get(field) ?? 16_385 });
    const texts = columns.map((c) => cellText(at(c.field), c.kind === 'date', collect));
    if (texts.every((t) => t === '')) continue;
    const isExample = examples.some(
      (e) =>
      columns.every((c, i) => normalizeKey(outText(e[c.field] ?? null)) === normalizeKey(texts[i] ?? '')), // prettier-ignore
    );
    if (isExample) continue;
    if (rows.length === most) {
      collect.problem(sheet.name, address({ row, col: 1 }), message('roster.tooManyRows', { sheet: sheet.name, limit: most })); // prettier-ignore
      break;
    }
    columns.forEach((c, i) => checkLength(at(c.field), c.field, texts[i] ?? '', collect));
    if (collect.spend(texts.reduce((n, t) => n + t.length, 0))) {
      collect.problem(sheet.name, address({ row, col: 1 }), message('roster.tooMuchText', { limit: ROSTER_LIMITS.totalChars })); // prettier-ignore
      break;
    }
    rows.push({ row, at });
  }
  return rows;
}

/** A problem at the cell when its text is longer than its field may hold. */
function checkLength(at: At, field: string, text: string, collect: RosterCollector): void {
  const limit = charLimitOf(field);
  if (text.length > limit)
    collect.at(at, message('roster.tooLong', { length: text.length, limit }));
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
