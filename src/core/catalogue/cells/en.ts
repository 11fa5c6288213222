/** The validator's words in English. */
import { shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';

const DATE_EXPECTED = 'expected a date day/month/year, e.g. 09/01/2019';

export const cells: CellWords = {
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
};
