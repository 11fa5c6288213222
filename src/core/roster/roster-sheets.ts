/**
 * Which sheets of the committee workbook are read: those the roster reader looks for, named in
 * any language the catalogues hold (a workbook written in English is read by a French
 * committee), and no other — a sheet added beside them, however large, is never asked of
 * Google nor kept in memory.
 */
import type { SheetSelection } from '../spreadsheet-source.js';
import { normalizeKey } from '../text.js';
import { ROSTER_SHEETS, sheetName, type ReadSheet } from './roster-layout.js';
import { READING_TAGS } from './roster-words.js';

/** The sheets the reader reads (the guide and the hidden lists are only written). */
const READ_SHEETS = ROSTER_SHEETS.filter(
  (sheet): sheet is ReadSheet => sheet !== 'guide' && sheet !== 'lists',
);

let names: ReadonlySet<string> | undefined;

/**
 * The roster's sheets, as the spreadsheet port takes them: every name they have in any
 * language, compared as the reader compares them. None is expected by name: the sheets'
 * titles are asked first, so two sheets of one role (« Personnes » and « People ») are both
 * read and refused together, as in an .xlsx file.
 */
export const ROSTER_SHEET_SELECTION: SheetSelection = {
  expected: [],
  accepts: (name) => {
    names ??= new Set(READING_TAGS.flatMap((t) => READ_SHEETS.map((s) => normalizeKey(sheetName(t, s))))); // prettier-ignore
    return names.has(normalizeKey(name));
  },
};
