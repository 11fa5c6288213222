/**
 * Writes the submission template (docs/workbooks.md) with exceljs: the three data sheets with header
 * notes, frozen headers and fitted widths; dropdowns fed by the hidden `Listes` sheet over a
 * bounded range; date and number validation; and a `Mode d'emploi`, all in the focal point's
 * language (the catalogue's `template` and `template-sheet` parts), dates and numbers as their
 * country writes them.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  actionColumnsFor,
  CHOICE_SOURCES,
  MILESTONE_COLUMNS,
  TEMPLATE_ROWS,
  type TemplateTerms,
  type ChoiceSource,
  type ColumnDef,
} from '../../../sheets-templates/submission-template.js';
import { message, translate } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import { campaignRounds } from '../../core/campaigns.js';
import {
  readerTag,
  type Charter,
  type Commitment,
  type CommitteeConfig,
} from '../../core/config-schema.js';
import { columnLetter } from '../../core/issue.js';
import type { IsoDate } from '../../core/calendar-date.js';
import { directionOf, type LocaleTag } from '../../core/locale-tag.js';
import {
  columnsIn,
  labelsIn,
  templateWords,
  type TemplateWords,
} from '../../core/template-words.js';
import {
  TEMPLATE_MARKER_PREFIX,
  prefillFingerprint,
  templatePrefill,
  type TemplatePrefill,
} from '../../core/template-content.js';

/** What the template is made for. */
export interface TemplateOptions {
  committeeName: string;
  planName: string;
  plan: { start: IsoDate; end: IsoDate };
  charter: Charter;
  /** The committee's currency (ISO 4217), named by the budget column. */
  currency: string;
  /**
   * Who it is written for: its focal point's language and country, else the committee's
   * (`readerTag`); French by default. Words, dates and numbers follow it.
   */
  locale?: LocaleTag;
  /** Pre-fills the Engagement sheet and the milestones for this commitment. */
  commitment?: Commitment;
  /** The deadlines of the collection rounds, said in the Mode d'emploi. */
  deadlines?: readonly { title: string; due: IsoDate }[];
  /** Where the completed sheet goes back: the address to send it to. */
  replyTo?: string;
  /** Row 2 of the actions shows an example (default); false for a sheet filled from row 2. */
  exampleRow?: boolean;
}

/** The template of a configuration, for one commitment or for none in particular. */
export function templateOptionsFor(
  config: CommitteeConfig,
  commitment?: Commitment,
): TemplateOptions {
  const replyTo = config.mail?.replyTo ?? config.secretariat.emails[0];
  return {
    committeeName: config.committee.name,
    planName: config.plan.name,
    plan: config.plan,
    charter: config.charter,
    currency: config.committee.currency,
    locale: readerTag(config, commitment?.focalPoint.locale),
    deadlines: campaignRounds(config).map((r) => ({ title: r.title, due: r.due })),
    ...(replyTo ? { replyTo } : {}),
    ...(commitment ? { commitment } : {}),
  };
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF1F4E79' },
};
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const LABEL_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};
const EXAMPLE_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
const DATE_FORMAT = 'dd/mm/yyyy';
/** A4 landscape, as wide as the page: a printed fiche keeps its columns together. */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** The lists of the hidden `Listes` sheet, one column each, in this order. */
const LIST_COLUMNS: readonly ChoiceSource[] = CHOICE_SOURCES;

/** What a template is written with: its language's words, its reader, the committee's terms. */
interface Writing {
  words: TemplateWords;
  tag: LocaleTag;
  /** Arabic reads from the right: the sheets too. */
  rtl: boolean;
  terms: TemplateTerms;
}

/**
 * The day the Mode d'emploi shows as an example of a date: the plan's first deadline, else its
 * first day, so that the example reads as a day of the plan the sheet is for.
 */
function exampleDay(options: TemplateOptions): IsoDate {
  const { start, end } = options.plan;
  const dues = (options.deadlines ?? []).map((d) => d.due).filter((d) => d >= start && d <= end);
  return dues.sort()[0] ?? start;
}

/** A day as it is typed into a date cell (`DATE_FORMAT`): 14/01/2027. */
function typedDay(day: IsoDate): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/** Builds the template workbook in memory. */
export function buildTemplateWorkbook(options: TemplateOptions): ExcelJS.Workbook {
  const tag = options.locale ?? 'fr';
  const w: Writing = {
    words: templateWords(tag),
    tag,
    rtl: directionOf(tag) === 'rtl',
    terms: termsOf(options),
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ogp-tracker';
  workbook.title = options.commitment
    ? translate(tag, 'template.workbookTitleCommitment', { id: options.commitment.id })
    : translate(tag, 'template.workbookTitle');
  workbook.subject = options.planName;
  workbook.company = options.committeeName;
  workbook.created = new Date(Date.UTC(2019, 0, 1));
  workbook.modified = workbook.created;

  const lists = listValues(options.charter, w.words);
  const prefill = templatePrefill(options.commitment, tag);
  // The Mode d'emploi comes first: it is what a focal point sees on opening the file.
  addGuideSheet(workbook, options, w);
  addEngagementSheet(workbook, prefill, w);
  const actionColumns = columnsIn(actionColumnsFor(w.terms), 'actions', tag, w.terms);
  const actions = addTableSheet(
    workbook,
    w.words.sheets.actions,
    actionColumns,
    TEMPLATE_ROWS.actions,
    lists,
    w,
  );
  if (options.exampleRow !== false) addExampleRow(actions, actionColumns, options, w);
  const milestones = addTableSheet(
    workbook,
    w.words.sheets.milestones,
    columnsIn(MILESTONE_COLUMNS, 'milestones', tag, w.terms),
    TEMPLATE_ROWS.milestones,
    lists,
    w,
  );
  prefill.milestones.forEach((m, index) => {
    const row = milestones.getRow(index + 2);
    row.getCell(1).value = m.ref;
    row.getCell(2).value = m.title;
    row.getCell(3).value = m.start ? excelDate(m.start) : null;
    row.getCell(4).value = excelDate(m.end);
  });
  addListsSheet(workbook, lists, prefillFingerprint(prefill), w);
  return workbook;
}

/** A calendar day as the Date exceljs writes as that day (UTC midnight). */
function excelDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Row 2 of the actions: one example, greyed and marked « Exemple » in its reference, which
 * the reading skips (the focal point may leave it or delete it).
 */
function addExampleRow(
  ws: ExcelJS.Worksheet,
  columns: readonly ColumnDef[],
  options: TemplateOptions,
  w: Writing,
): void {
  const { charter } = options;
  const type = charter.actionTypes[0];
  const values: Record<string, string | number | Date | null> = {
    ref: w.words.example,
    type: type?.name ?? null,
    title: translate(w.tag, 'template.exampleTitle'),
    audience: translate(w.tag, 'template.exampleAudience'),
    channel: translate(w.tag, 'template.exampleChannel'),
    plannedDate: null,
    doneDate: null,
    status: w.words.choices.statuses[0] ?? null,
    budget: 15000,
    funding: w.words.choices.funding[0] ?? null,
    indicator: type?.indicator ?? null,
    target: 40,
    achieved: null,
    hashtags: charter.hashtags.join(' ') || null,
    logo: w.words.choices.yesNo[0] ?? null,
    evidence: null,
    comment: translate(w.tag, 'template.exampleComment'),
  };
  const row = ws.getRow(2);
  columns.forEach((def, index) => {
    const cell = row.getCell(index + 1);
    cell.value = values[def.field] ?? null;
    cell.font = { italic: true, color: { argb: 'FF7F7F7F' } };
    cell.fill = EXAMPLE_FILL;
  });
  row.getCell(1).note = translate(w.tag, 'template.exampleNote');
}

/** What the template names of the committee's own: its currency and its charter's logo. */
function termsOf(options: TemplateOptions): TemplateTerms {
  return { currency: options.currency, logoName: options.charter.logoName };
}

/** Writes the template to `path` (through a temporary file, so a failed write leaves no half file). */
export async function writeTemplateFile(path: string, options: TemplateOptions): Promise<void> {
  const workbook = buildTemplateWorkbook(options);
  await writeWorkbookFile(workbook, path);
}

/** Writes any exceljs workbook atomically. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const buffer = await workbook.xlsx.writeBuffer();
    await writeFile(temporary, Buffer.from(buffer));
    await rename(temporary, path);
  } catch (cause) {
    throw new OgpError('write-failed', message('errors.writeFailed', { path }), { cause });
  }
}

function listValues(charter: Charter, words: TemplateWords): Map<ChoiceSource, readonly string[]> {
  return new Map<ChoiceSource, readonly string[]>([
    ['actionTypes', charter.actionTypes.map((t) => t.name)],
    ['indicators', [...new Set(charter.actionTypes.map((t) => t.indicator))]],
    ['statuses', words.choices.statuses],
    ['funding', words.choices.funding],
    ['completion', words.choices.completion],
    ['yesNo', words.choices.yesNo],
  ]);
}

function listRange(
  source: ChoiceSource,
  lists: Map<ChoiceSource, readonly string[]>,
  w: Writing,
): string {
  const letter = columnLetter(LIST_COLUMNS.indexOf(source) + 1);
  const count = lists.get(source)?.length ?? 0;
  // A name of other than ASCII letters (« القوائم ») is quoted in a formula.
  const name = w.words.sheets.lists;
  const sheet = /^[A-Za-z_]\w*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  return `${sheet}!$${letter}$2:$${letter}$${Math.max(2, count + 1)}`;
}

function addEngagementSheet(
  workbook: ExcelJS.Workbook,
  prefilled: TemplatePrefill,
  w: Writing,
): void {
  const ws = workbook.addWorksheet(w.words.sheets.engagement, {
    ...(w.rtl ? { views: [{ rightToLeft: true }] } : {}),
    properties: { tabColor: { argb: 'FF1F4E79' } },
    pageSetup: PAGE_SETUP,
  });
  ws.columns = [{ width: 30 }, { width: 60 }];
  const prefill = prefilled.engagement as unknown as Record<string, string | number | null>;
  labelsIn(w.tag).forEach((def, index) => {
    const row = ws.getRow(index + 1);
    const label = row.getCell(1);
    label.value = def.label;
    label.font = { bold: true };
    label.fill = LABEL_FILL;
    label.note = def.note;
    const value = row.getCell(2);
    value.value = prefill[def.field] ?? null;
    value.alignment = { wrapText: true, vertical: 'top' };
    if (def.kind === 'date') {
      value.numFmt = DATE_FORMAT;
      value.dataValidation = templateDateValidation(w.tag);
    }
  });
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnDef[],
  rowCount: number,
  lists: Map<ChoiceSource, readonly string[]>,
  w: Writing,
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1, rightToLeft: w.rtl }],
    pageSetup: { ...PAGE_SETUP, printTitlesRow: '1:1' },
  });
  ws.columns = columns.map((def) => ({ width: def.width }));
  const header = ws.getRow(1);
  header.height = 32;
  columns.forEach((def, index) => {
    const cell = header.getCell(index + 1);
    cell.value = def.header;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.note = def.note;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  columns.forEach((def, index) => {
    const validation = columnValidation(def, lists, w);
    const numFmt =
      def.kind === 'date' ? DATE_FORMAT : def.kind === 'number' ? '#,##0.##' : undefined;
    if (!validation && !numFmt && def.kind !== 'text') return;
    const column = ws.getColumn(index + 1);
    if (def.kind === 'text') column.alignment = { wrapText: true, vertical: 'top' };
    // One rule per column over a bounded range (a whole-column rule makes every reader
    // expand a million cells). Given cell by cell, exceljs would regroup the cells into
    // overlapping ranges (B2:B301 and B10:B301: it sorts addresses as text).
    const letter = columnLetter(index + 1);
    if (validation) rangeValidations(ws).add(`${letter}2:${letter}${rowCount + 1}`, validation);
    if (numFmt) {
      for (let row = 2; row <= rowCount + 1; row++) ws.getCell(row, index + 1).numFmt = numFmt;
    }
  });
  return ws;
}

/** exceljs keeps a sheet's rules by address; its typings leave the collection out. */
export function rangeValidations(ws: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (ws as unknown as { dataValidations: ReturnType<typeof rangeValidations> })
    .dataValidations;
}

function columnValidation(
  def: ColumnDef,
  lists: Map<ChoiceSource, readonly string[]>,
  w: Writing,
): ExcelJS.DataValidation | undefined {
  if (def.choices) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listRange(def.choices, lists, w)],
      showErrorMessage: true,
      // A warning, not a stop: the checker tolerates variants and explains what it refuses.
      errorStyle: 'warning',
      errorTitle: def.header,
      error: translate(w.tag, 'template.pickFromList'),
    };
  }
  if (def.kind === 'date') return templateDateValidation(w.tag);
  if (def.kind === 'number' || def.kind === 'percent') {
    const max = def.max ?? 1_000_000_000_000;
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [def.min ?? 0, max],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: def.header,
      error:
        def.max === undefined
          ? translate(w.tag, 'template.positiveNumber')
          : translate(w.tag, 'template.numberBetween', { min: def.min ?? 0, max: def.max }),
    };
  }
  return undefined;
}

function templateDateValidation(tag: LocaleTag): ExcelJS.DataValidation {
  return dateValidation(
    translate(tag, 'template.dateTitle'),
    translate(tag, 'template.dateFormat'),
  );
}

/** A cell that takes a real date (2000 to 2100), refusing anything else with `error`. */
export function dateValidation(errorTitle: string, error: string): ExcelJS.DataValidation {
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle,
    error,
  };
}

function addListsSheet(
  workbook: ExcelJS.Workbook,
  lists: Map<ChoiceSource, readonly string[]>,
  fingerprint: string,
  w: Writing,
): void {
  const ws = workbook.addWorksheet(w.words.sheets.lists, { state: 'hidden' });
  LIST_COLUMNS.forEach((source, index) => {
    const column = index + 1;
    ws.getCell(1, column).value = w.words.lists[source];
    ws.getCell(1, column).font = { bold: true };
    (lists.get(source) ?? []).forEach((value, row) => {
      ws.getCell(row + 2, column).value = value;
    });
    ws.getColumn(column).width = 34;
  });
  // What the template was written with: a file that still holds exactly that is no submission.
  const marker = LIST_COLUMNS.length + 2;
  ws.getCell(1, marker).value = w.words.marker;
  ws.getCell(2, marker).value = `${TEMPLATE_MARKER_PREFIX}${fingerprint}`;
  ws.getColumn(marker).width = 40;
}

function addGuideSheet(workbook: ExcelJS.Workbook, options: TemplateOptions, w: Writing): void {
  const { tag, words } = w;
  const ws = workbook.addWorksheet(words.sheets.guide, {
    properties: { tabColor: { argb: 'FF70AD47' } },
    pageSetup: { ...PAGE_SETUP, orientation: 'portrait' },
    // Arabic reads from the right: the sheet too.
    ...(w.rtl ? { views: [{ rightToLeft: true }] } : {}),
  });
  ws.columns = [{ width: 30 }, { width: 30 }, { width: 14 }, { width: 12 }];
  const c = options.commitment;
  const deadlines = options.deadlines ?? [];
  const [yes = '', no = ''] = words.choices.yesNo;
  const heading = {
    expected: translate(tag, 'template.expectedHeading'),
    fill: translate(tag, 'template.fillHeading'),
    return: translate(tag, 'template.returnHeading'),
    charter: translate(tag, 'template.charterHeading'),
  };
  const headings = new Set(Object.values(heading));
  const charterHead = [
    translate(tag, 'template.charterType'),
    translate(tag, 'template.charterIndicator'),
    translate(tag, 'template.charterHashtags'),
    translate(tag, 'template.charterLogo'),
  ] as const;
  const lines: (string | readonly [string, string, string, string])[] = [
    translate(tag, 'template.title', { committee: options.committeeName }),
    translate(tag, 'template.plan', {
      name: options.planName,
      from: options.plan.start,
      to: options.plan.end,
    }),
    ...(c
      ? [
          translate(tag, 'template.commitment', {
            id: c.id,
            title: c.title,
            institution: c.institution,
          }),
        ]
      : []),
    '',
    heading.expected,
    translate(tag, 'template.expected'),
    ...(deadlines.length
      ? [
          translate(tag, 'template.deadlines'),
          ...deadlines.map((d) =>
            translate(tag, 'template.deadline', { due: d.due, title: d.title }),
          ),
        ]
      : []),
    '',
    heading.fill,
    translate(tag, 'template.step1', { sheet: words.sheets.engagement }),
    translate(tag, 'template.step2', { sheet: words.sheets.actions }),
    translate(tag, 'template.step3', {
      sheet: words.sheets.milestones,
      prefilled: Boolean(c?.milestones?.length),
    }),
    translate(tag, 'template.step4'),
    // An amount as the reader writes it (15 000, 15000), never with a mark the reading could take for decimals;
    // a day of this plan typed as the reading expects it, whatever the country.
    translate(tag, 'template.step5', { amount: 15000, example: typedDay(exampleDay(options)) }),
    translate(tag, 'template.step6', { done: words.choices.statuses[2] ?? '' }),
    translate(tag, 'template.step7', { logo: options.charter.logoName }),
    translate(tag, 'template.step8'),
    '',
    heading.return,
    translate(tag, 'template.returnText', {
      hasReplyTo: Boolean(options.replyTo),
      replyTo: options.replyTo ?? '',
    }),
    '',
    heading.charter,
    charterHead,
    ...options.charter.actionTypes.map(
      (type) =>
        [type.name, type.indicator, type.hashtags ? yes : no, type.logo ? yes : no] as const,
    ),
    '',
    translate(tag, 'template.hashtags', {
      list: options.charter.hashtags.join(' ') || message('template.noHashtag'),
    }),
  ];
  lines.forEach((line, index) => {
    const row = ws.getRow(index + 1);
    if (typeof line === 'string') {
      const cell = row.getCell(1);
      cell.value = line;
      // A sentence wraps over the page's width instead of running off it.
      if (line) {
        ws.mergeCells(index + 1, 1, index + 1, 4);
        cell.alignment = { wrapText: true, vertical: 'top' };
        row.height = index === 0 ? 22 : 15 * Math.max(1, Math.ceil(line.length / 95));
      }
      if (index === 0) cell.font = { bold: true, size: 14 };
      if (headings.has(line)) cell.font = { bold: true, size: 12 };
    } else {
      line.forEach((value, col) => {
        row.getCell(col + 1).value = value;
        row.getCell(col + 1).alignment = { wrapText: true, vertical: 'top' };
      });
      if (line === charterHead) {
        row.font = { bold: true };
        row.height = 30; // « Hashtags exigés » wraps in its column
      }
    }
  });
}
