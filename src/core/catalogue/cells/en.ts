/** The validator's words in English. */
import { counted, plural, shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';
import type { GoogleFailure, ReadFailure } from '../../read-failure.js';

const DATE_EXPECTED = 'expected a date day/month/year, e.g. 09/01/2019';

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const count = (n: number) => new Intl.NumberFormat('en').format(n);
const RESAVE = 'open it, then save it again as .xlsx';

/** Why a file is not a workbook we can read, and what to do. */
function unreadableReason(f: ReadFailure): string {
  switch (f.kind) {
    case 'google':
      return googleReason(f);
    case 'directory':
      return 'this is a folder, not an .xlsx file.';
    case 'missing':
      return 'file not found.';
    case 'io':
      return `cannot be read (${f.detail}).`;
    case 'too-large':
      return `file too large (${mib(f.size)} MB, at most ${mib(f.limit)} MB): remove the images or the rows not needed.`;
    case 'too-large-unpacked':
      return `its unpacked content would exceed ${mib(f.size)} MB (at most ${mib(f.limit)} MB): a booby-trapped or far too large archive.`;
    case 'empty':
      return 'the file is empty (0 bytes).';
    case 'empty-archive':
      return 'the archive is empty: this is not an Excel workbook.';
    case 'password':
    case 'encrypted':
      return 'the workbook is protected by a password: save it without one (File > Info > Protect Workbook).';
    case 'xls':
      return 'this is an old Excel 97-2003 workbook (.xls): save it as .xlsx.';
    case 'html':
      return 'this is an HTML page, not an .xlsx workbook (download the file itself, not its sharing page).';
    case 'pdf':
      return 'this is a PDF document, not an .xlsx workbook.';
    case 'xml':
      return 'this is an XML file, not an .xlsx workbook.';
    case 'csv':
      return 'this is a text file (CSV), not an .xlsx workbook: open it and save it as .xlsx.';
    case 'ods':
      return 'this is an OpenDocument file (.ods): save it in Excel format, .xlsx.';
    case 'not-xlsx':
      return 'this is not an .xlsx workbook (content not recognised).';
    case 'zip64':
      return 'a ZIP64 archive (over 4 GB or 65,535 entries): this is not a tracking sheet.';
    case 'no-workbook':
      return 'the archive holds no workbook: this is not an Excel file.';
    case 'no-sheet':
      return `the workbook holds no worksheet: ${RESAVE}.`;
    case 'corrupt':
      return `the workbook is damaged or incomplete${f.part ? ` (${f.part})` : ''}: ${RESAVE}.`;
    case 'bomb':
      return `the part ${f.part} unpacks beyond the size it declares (a booby-trapped archive).`;
    case 'compression':
      return `compression method ${f.method} is not supported: ${RESAVE}.`;
    case 'dtd':
      return `${f.part} declares a DTD: content refused.`;
    case 'too-many-rows':
      return `the sheet “${f.sheet}” has more than ${count(f.limit)} rows: delete the rows not needed.`;
    case 'too-many-columns':
      return `the sheet “${f.sheet}” has more than ${count(f.limit)} columns: delete the columns not needed.`;
    case 'too-many-cells':
      return `the workbook has more than ${count(f.limit)} filled cells: remove the rows and columns not needed.`;
    case 'text-too-long':
      return `${f.sheet ? `a cell of “${f.sheet}”` : 'a text'} is longer than ${count(f.limit)} characters (the limit of an Excel cell).`;
    case 'too-many-strings':
      return `the workbook holds more than ${count(f.limit)} distinct texts (at most ${count(f.limit)}): delete the sheets and rows not needed, or copy the data into the template.`;
    case 'too-much-text':
      return `the workbook holds more than ${count(f.limit)} characters of text (at most ${count(f.limit)}): shorten the long texts or delete the sheets not needed.`;
    case 'too-many-elements':
      return `workbook too large once unpacked (more than ${count(f.limit)} XML elements, at most ${count(f.limit)}, reached in ${f.part}): delete the rows, columns and formatting not needed, or copy the data into the template.`;
    case 'too-deep':
      return `abnormal structure in ${f.part} (more than ${count(f.limit)} levels of nested elements, at most ${count(f.limit)}): a booby-trapped or damaged archive; ${RESAVE}.`;
    case 'tag-too-long':
      return `abnormal tag in ${f.part} (more than ${count(f.limit)} characters, at most ${count(f.limit)}): a booby-trapped or damaged archive; ${RESAVE}.`;
    case 'too-many-links':
      return `the sheet “${f.sheet}” has more than ${count(f.limit)} hyperlinks (at most ${count(f.limit)}): delete the links not needed.`;
    case 'too-many-sheets':
      return `the workbook has ${count(f.count)} sheets (at most ${count(f.limit)}): delete the sheets not needed.`;
    case 'too-many-parts':
      return `the archive holds ${count(f.count)} internal parts (at most ${count(f.limit)}): this is not a tracking sheet; start again from the template.`;
    case 'too-many-styles':
      return `the workbook defines more than ${count(f.limit)} cell styles (at most ${count(f.limit)}): copy the data into the template (Paste Special > Values).`;
  }
}

const GOOGLE_NAMES = {
  sheet: 'The Google Sheet',
  file: 'The Drive file',
  folder: 'The Drive folder',
  output: 'The Drive output folder',
} as const;

/** Why Google would not give an object, and what to do (“share it with …”). */
function googleReason(f: GoogleFailure): string {
  const what = `${GOOGLE_NAMES[f.object]} ${f.id}${f.operation ? ` (${f.operation})` : ''}`;
  const role = f.object === 'output' ? 'as “Content manager”' : 'read-only is enough';
  const tries = counted(f.tries, 'attempt', 'attempts', 'en');
  switch (f.problem) {
    case 'not-a-file':
      return `${what} is a Google Sheet, not an .xlsx file: declare it with source: { kind: google-sheet, spreadsheetId: … }.`;
    case 'not-shared':
      return `${what} is not shared with ${f.account}: share it with this address (${role}).`;
    case 'not-found':
      return `${what} cannot be found, or is not shared with ${f.account}: check its ID and share it with this address.`;
    case 'quota':
      return `${what}: Google's request quota exceeded after ${tries}; another try at the next run.`;
    case 'denied':
      return `${what}: access denied. Share it with ${f.account} (${role}).`;
    case 'gone':
      return `${what}: not found. Check its ID and share it with ${f.account}.`;
    case 'auth':
      return `${what}: Google refused the sign-in. Check the service account's credentials (GOOGLE_APPLICATION_CREDENTIALS).`;
    case 'unreachable':
      return `${what}: Google unreachable after ${tries} (${f.detail}).`;
    case 'unavailable':
      return `${what}: Google unavailable (HTTP ${f.status}) after ${tries}; another try at the next run.`;
    case 'refused':
      return `${what}: refused by Google (HTTP ${f.status}: ${f.detail}).`;
    case 'failed':
      return `${what}: cannot be read (${f.detail}).`;
  }
}

export const cells: CellWords = {
  unreadablePrefix: 'Unreadable file: ',
  // Google's refusals name their object: they need no « file unreadable » before them.
  unreadable: (f) =>
    f.kind === 'google' ? googleReason(f) : `Unreadable file: ${unreadableReason(f)}`,
  unreadableReason,
  google: googleReason,
  templateAgain: (date) =>
    `The file is the blank template again: the data of the sheet of ${date} are kept. Send the filled-in sheet again.`,
  fileMissing: (file, near) => `File not found: ${file}${near ? ` — did you mean ${near}?` : ''}`,

  quote: (value, max = 60) => `"${shorten(String(value).replace(/[\r\n\t]+/g, ' '), max)}"`,
  cell: (address, label) => `${address} (${label})`,
  number: (value) => String(value),
  date: (iso) => iso,
  colon: ': ',

  invalidDate: `invalid date: ${DATE_EXPECTED}`,
  notADate: (q) => `${q} is not a date: ${DATE_EXPECTED}`,
  implausibleDate: (q) => `${q} is not a plausible date: ${DATE_EXPECTED}`,
  unknownMonth: (q) => `unknown month in ${q}: ${DATE_EXPECTED}`,
  noDay: (q) => `${q} gives no day: ${DATE_EXPECTED}`,
  noYear: (q) => `${q} gives no year: ${DATE_EXPECTED}`,
  unreadableDate: (q) => `${q} is not a readable date: ${DATE_EXPECTED}`,
  noSuchDay: (q) => `${q} is not a day of the calendar: ${DATE_EXPECTED}`,
  notFinite: (q) => `${q} is not a finite number`,
  dateForNumber: 'a date was entered where a number is expected',
  notANumber: (q) => `${q} is not a number: expected e.g. 1234.5`,
  notAPercent: (q) => `${q} is not a percentage: expected e.g. 45 or 45 %`,
  notAChoice: (q, options, suggestion) =>
    `${q} is not an allowed value: ${options ? `expected one of ${options.join(', ')}` : 'expected a value of the dropdown list'}.` +
    (suggestion ? ` Did you mean ${suggestion}?` : ''),
  notYesNo: (q) => `${q} is not an allowed answer: expected Yes or No`,
  urlWithSpaces: (q) => `${q} is not a link: it holds spaces or line breaks`,
  urlIncomplete: (q, suggestion) => `${q} is not a complete link: add https:// (${suggestion})`,
  notAUrl: (q) => `${q} is not an http(s) link: expected e.g. https://example.org/page`,
  notAnEmail: (q) => `${q} is not an email address: expected e.g. first.last@institution.org`,

  formulaWithoutValue: (formula, error) =>
    `${formula !== undefined ? `the formula =${formula}` : 'the cell'} ` +
    `${error !== undefined ? `returns the error ${error}` : 'has no computed value'}: ` +
    'enter the value itself, or recalculate and save the file.',
  required: 'required value missing.',
  formulaText: (q) => `the text ${q} starts with = + - or @: it is kept as plain text, never run.`,
  bidiText: (q) =>
    `the text ${q} holds an invisible character that reverses how it shows (U+202D or U+202E): ` +
    'it is removed in the consolidated workbook and the emails.',
  tooLong: (length, max) => `${length} characters: ${max} at most.`,
  outOfRange: (value, min, max) =>
    `${value} is out of range: expected ${max === undefined ? `a number ≥ ${min}` : `a number from ${min ?? '…'} to ${max}`}.`,

  sheetMissing: (sheet) =>
    `The sheet ${sheet} is missing from the workbook: start again from the template the secretariat sent.`,
  emptySubmission: (actions, milestones) =>
    'The sheet holds no communication action and no milestone reported: fill in at least one ' +
    `row of the sheet ${actions}, or the progress of a milestone in the sheet ${milestones}.`,
  milestoneMissing: (title, end, sheet) =>
    `The milestone ${title} (due ${end}), in the action plan, is missing from the sheet ${sheet}: add it with its progress.`,
  labelMissing: (label, sheet) =>
    `The row ${label} is missing from the sheet ${sheet}: put it back (label in column A, value in column B).`,
  updatedInFuture: (date, today) =>
    `${date} is in the future (today is ${today}): give the day you updated the sheet, as dd/mm/yyyy.`,
  commitmentNumber: 'Commitment no.',
  notACommitmentNumber: 'expected a whole commitment number, e.g. 7.',
  commitmentMismatch: (value, expected) =>
    `the sheet gives no. ${value} while it is the source of commitment no. ${expected}: correct the number or send the right file.`,
  unknownCommitment: (value, known) =>
    `the committee has no commitment no. ${value} (commitments configured: ${known}).`,
  columnUnknown: (at, header) =>
    `${at}: the column ${header} is not part of the template: its content is not taken into the follow-up.`,
  columnDuplicate: (at, header, first) =>
    `${at}: the column ${header} appears twice (already in ${first}): delete or rename one of them.`,
  columnMissing: (header, sheet, row) =>
    `The column ${header} is missing from the sheet ${sheet} (header row ${row}): put it back, even empty.`,
  percentAmbiguous: (shown, meant) =>
    `read as ${shown} % — did you mean ${meant} %? Enter ${meant} (or ${meant} %) if so.`,
  duplicateRef: (ref, first) =>
    `the reference ${ref} is already used in ${first}: each row needs its own reference.`,
  outsidePlan: (date, start, end) =>
    `${date} is outside the action plan's period (${start} to ${end}).`,
  doneInFuture: (date, today) =>
    `${date} is in the future (today is ${today}): an action can only be done on a past date.`,
  doneDateRequired: (done) => `required when the status is "${done}".`,
  resultMissing: (done, indicator) =>
    `the action is "${done}": give the value the indicator reached${indicator ? ` (${indicator})` : ''}.`,
  indicatorMismatch: (type, expected, actual) =>
    `the unified indicator of the type ${type} is ${expected}, not ${actual}.`,
  missingHashtag: (type, missing) =>
    `the type ${type} requires the charter's hashtags: ${missing} missing.`,
  logoNotUsed: (logo, type) =>
    `action done without the ${logo}, which the charter asks for the type ${type}.`,
  actionEvidenceMissing: 'action done without a link to evidence (article, post, report…).',
  dateOrder: (end, start) => `the end date (${end}) comes before the start date (${start}).`,
  milestoneLate: (end, progress) =>
    `the deadline of ${end} has passed and the milestone is not complete${progress === null ? '' : ` (${progress} %)`}.`,
  progressInconsistent: (progress, level) =>
    `a progress of ${progress} % does not match the level ${level}: make the two agree.`,
  milestoneEvidenceMissing: 'milestone complete without a link to evidence.',
  tooManyIssues: (omitted, kept) =>
    `${count(omitted)} more ${plural('en', omitted, { one: 'issue', other: 'issues' })} not listed ` +
    `(only the first ${count(kept)} of each sheet are): correct these first, most repeat on ` +
    'every row, then send the sheet again.',
};
