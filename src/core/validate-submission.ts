/**
 * Reads and checks one submission workbook, cell by cell (docs/workbooks.md,
 * docs/validation-codes.md). Pure: takes the
 * vendor-free {@link RawWorkbook}, returns typed rows and every issue found.
 */
import {
  actionColumnsFor,
  ENGAGEMENT_LABELS,
  FIXED_CHOICES,
  MILESTONE_COLUMNS,
  type ColumnDef,
  type LabelDef,
  type TemplateTerms,
} from '../../sheets-templates/submission-template.js';
import {
  choiceDisplay,
  choiceTranslations,
  sheetNamesEverywhere,
  TEMPLATE_WORDS,
  withEveryLanguage,
  type TemplateWords,
} from './template-words.js';
import type { IsoDate } from './calendar-date.js';
import { cellAt, isBlankCell, type RawCell, type RawSheet, type RawWorkbook } from './cells.js';
import type { IssueCode } from './codes.js';
import type { Charter, CommitteeConfig, Commitment, Locale } from './config-schema.js';
import { columnLetter, makeIssue, type Issue } from './issue.js';
import { clip, issueMessage, term, type SaidMessage, type Term } from './issue-message.js';
import { extractHashtags, type GroupMark } from './parse-values.js';
import { formattingLocale, localeTag, type LocaleTag } from './locale-tag.js';
import { atCell, readCell, scalarText, type CellReading, type CellSpec } from './read-cells.js';
import {
  emptyEngagement,
  type ActionRecord,
  type EngagementInfo,
  type MilestoneRecord,
  type SubmissionReading,
} from './submission.js';
import { normalizeKey } from './text.js';
import { isExampleRef } from './template-content.js';

/** What the checks need besides the file. */
export interface SubmissionContext {
  charter: Charter;
  /** The committee's currency (ISO 4217): the budget column names it. */
  currency: string;
  /**
   * The language of the focal point's template (theirs, else the committee's; French when
   * not given): a mistyped value of a list is matched to the closest of its words. The
   * messages themselves are said where they are shown, in their reader's language.
   */
  locale?: Locale;
  /**
   * How the focal point groups thousands when they type a number as text, from their
   * language in the committee's country (es-MX: `,`; pt-BR: `.`; French: neither).
   */
  groupMark?: GroupMark;
  plan: { start: IsoDate; end: IsoDate };
  /** Today in the committee's time zone: the reference for late and future dates. */
  today: IsoDate;
  /** The commitment this file is expected to be the submission of, when known. */
  expectedCommitmentId?: number;
  /** Every configured commitment number, to flag a number the committee does not have. */
  knownCommitmentIds?: readonly number[];
  /** The commitment's milestones as configured: one missing from the sheet is a warning. */
  milestones?: readonly { title: string; end: IsoDate }[];
}

/** The context of one commitment's own submission: the committee's charter and plan, its number, its milestones. */
export function commitmentContext(
  config: Pick<CommitteeConfig, 'charter' | 'plan' | 'committee'>,
  commitment: Commitment,
  today: IsoDate,
): SubmissionContext {
  return {
    charter: config.charter,
    currency: config.committee.currency,
    locale: commitment.focalPoint.locale ?? config.committee.locale,
    ...groupMarkFor(
      localeTag(commitment.focalPoint.locale ?? config.committee.locale, config.committee.country),
    ),
    plan: config.plan,
    today,
    expectedCommitmentId: commitment.id,
    ...(commitment.milestones ? { milestones: commitment.milestones } : {}),
  };
}

/** Other names a focal point's copy may give the sheets. */
const SHEET_ALIASES: Record<'engagement' | 'actions' | 'milestones', readonly string[]> = {
  engagement: [...sheetNamesEverywhere('engagement'), 'Fiche engagement', 'Identification'],
  actions: [
    ...sheetNamesEverywhere('actions'),
    'Actions',
    'Actions communication',
    'Fiche des actions',
  ],
  milestones: [...sheetNamesEverywhere('milestones'), 'Jalons engagement'],
};

/** The template's Engagement labels and milestone headers in every language it is written in. */
const READ_LABELS = withEveryLanguage(ENGAGEMENT_LABELS, 'labels');
const READ_MILESTONES = withEveryLanguage(MILESTONE_COLUMNS, 'milestones');
const LISTS_SHEETS = new Set(sheetNamesEverywhere('lists').map(normalizeKey));

/** A fixed list's values in every language, by comparison key, to the id kept. */
const CHOICE_SYNONYMS = new Map(
  (Object.keys(FIXED_CHOICES) as (keyof typeof FIXED_CHOICES)[]).map((source) => [
    source,
    new Map(
      [...choiceTranslations(source)].flatMap(([value, translations]) =>
        translations.map((t) => [normalizeKey(t), value] as const),
      ),
    ),
  ]),
);

/** How many top rows are searched for the header row (a title row above it is tolerated). */
const HEADER_SEARCH_ROWS = 10;

/** What one validation reads with: the committee's terms and the focal point's template. */
interface Reader {
  /** The committee's currency and logo, as its template's columns name them. */
  terms: TemplateTerms;
  words: TemplateWords;
  /** A fixed list's value as the focal point's template shows it, for the closest guesses. */
  display: ReadonlyMap<string, string>;
  /** How the focal point groups thousands in a number typed as text. */
  groupMark?: GroupMark;
}

/** The reader's thousands mark, when it is `,` or `.` (`Intl`'s grouping of 10000). */
function groupMarkFor(tag: LocaleTag): { groupMark?: GroupMark } {
  const group = new Intl.NumberFormat(formattingLocale(tag))
    .formatToParts(10000)
    .find((p) => p.type === 'group')?.value;
  return group === ',' || group === '.' ? { groupMark: group } : {};
}

function readerOf(ctx: SubmissionContext): Reader {
  const language = ctx.locale ?? 'fr';
  return {
    ...(ctx.groupMark ? { groupMark: ctx.groupMark } : {}),
    terms: { currency: ctx.currency, logoName: ctx.charter.logoName },
    words: TEMPLATE_WORDS[language],
    display: choiceDisplay(language),
  };
}

/** Validates a submission workbook against the committee's charter and plan. */
export function validateSubmission(
  workbook: RawWorkbook,
  ctx: SubmissionContext,
): SubmissionReading {
  const issues: Issue[] = [];
  const reader = readerOf(ctx);
  const sheets = {
    engagement: findSheet(workbook, 'engagement'),
    actions: findSheet(workbook, 'actions'),
    milestones: findSheet(workbook, 'milestones'),
  };
  for (const [role, sheet] of Object.entries(sheets)) {
    if (!sheet) {
      const name = reader.words.sheets[role as keyof typeof sheets];
      const said = issueMessage('cells.sheetMissing', {
        sheet: term.sheet(role as keyof typeof sheets),
      });
      issues.push(makeIssue('sheet-missing', { sheet: name }, said));
    }
  }

  const engagement = sheets.engagement
    ? readEngagement(sheets.engagement, workbook.date1904, ctx, issues)
    : emptyEngagement();

  const actionRows = sheets.actions
    ? readTable(
        sheets.actions,
        withEveryLanguage(actionColumnsFor(reader.terms), 'actions'),
        workbook.date1904,
        ctx.charter,
        issues,
        reader,
        'actions',
      )
    : null;
  const milestoneRows = sheets.milestones
    ? readTable(
        sheets.milestones,
        READ_MILESTONES,
        workbook.date1904,
        ctx.charter,
        issues,
        reader,
        'milestones',
      )
    : null;

  const actions = actionRows ? checkActions(actionRows, ctx, issues) : [];
  const milestones = milestoneRows ? checkMilestones(milestoneRows, ctx, issues) : [];

  // Pre-filled milestones with nothing reported on them are not a report.
  if (actionRows && milestoneRows && actions.length === 0 && !milestones.some(isReported)) {
    issues.push(
      makeIssue(
        'empty-submission',
        {},
        issueMessage('cells.emptySubmission', {
          actions: clip(actionRows.sheet),
          milestones: clip(milestoneRows.sheet),
        }),
      ),
    );
  }
  if (milestoneRows && ctx.milestones) {
    checkConfiguredMilestones(ctx.milestones, milestones, milestoneRows.sheet, issues);
  }
  return { engagement, actions, milestones, issues: capIssues(sortIssues(issues, workbook)) };
}

/**
 * The most issues kept per sheet. A person corrects a sheet from its first few hundred
 * findings (a mistake made on every row shows in the first ones); beyond that the list only
 * weighs: 10,000 bad rows gave 100,000 issues, a 60 MB reading every later run loaded again.
 */
export const MAX_ISSUES_PER_SHEET = 200;

/**
 * Keeps the first {@link MAX_ISSUES_PER_SHEET} issues of each sheet, in sheet and row order,
 * and says in one `too-many-issues` how many more were found. A sheet's first error is kept
 * even past the bound, so the cap never turns a sheet to correct into a valid one.
 */
function capIssues(sorted: readonly Issue[]): Issue[] {
  const kept: Issue[] = [];
  const perSheet = new Map<string | null, { count: number; error: boolean }>();
  let omitted = 0;
  for (const issue of sorted) {
    const seen = perSheet.get(issue.sheet) ?? { count: 0, error: false };
    perSheet.set(issue.sheet, seen);
    const isError = issue.severity === 'error';
    if (seen.count < MAX_ISSUES_PER_SHEET || (isError && !seen.error)) {
      kept.push(issue);
      seen.count++;
      seen.error ||= isError;
    } else {
      omitted++;
    }
  }
  if (omitted > 0) {
    kept.push(
      makeIssue(
        'too-many-issues',
        {},
        issueMessage('cells.tooManyIssues', { omitted, kept: MAX_ISSUES_PER_SHEET }),
        omitted,
      ),
    );
  }
  return kept;
}

/** A milestone on which something was reported: progress, level, evidence or a comment. */
function isReported(m: MilestoneRecord): boolean {
  return (
    m.progress !== null ||
    m.completion !== null ||
    m.evidence !== null ||
    m.difficulties !== null ||
    m.comment !== null
  );
}

/** Each milestone of the plan (as configured) is expected in the sheet, by its title. */
function checkConfiguredMilestones(
  configured: readonly { title: string; end: IsoDate }[],
  milestones: readonly MilestoneRecord[],
  sheet: string,
  issues: Issue[],
): void {
  const titles = new Set(milestones.flatMap((m) => (m.title ? [normalizeKey(m.title)] : [])));
  for (const m of configured) {
    if (titles.has(normalizeKey(m.title))) continue;
    issues.push(
      makeIssue(
        'milestone-missing',
        { sheet },
        issueMessage('cells.milestoneMissing', {
          title: clip(m.title, 120),
          end: m.end,
          sheet: clip(sheet),
        }),
      ),
    );
  }
}

/**
 * The sheets a source is read for: the three the validator checks, and `Listes`, where the
 * template keeps its fingerprint (its other sheets, the Mode d'emploi, stay unparsed).
 */
export function isSheetRead(name: string): boolean {
  return sheetRole(name) !== null || LISTS_SHEETS.has(normalizeKey(name));
}

/** The role of a sheet from its name, as the validator recognises it; null for other sheets. */
export function sheetRole(name: string): keyof typeof SHEET_ALIASES | null {
  const key = normalizeKey(name);
  for (const role of Object.keys(SHEET_ALIASES) as (keyof typeof SHEET_ALIASES)[]) {
    if (SHEET_ALIASES[role].some((alias) => normalizeKey(alias) === key)) return role;
  }
  return null;
}

function findSheet(workbook: RawWorkbook, role: keyof typeof SHEET_ALIASES): RawSheet | undefined {
  const keys = SHEET_ALIASES[role].map(normalizeKey);
  return workbook.sheets.find((s) => keys.includes(normalizeKey(s.name)));
}

/**
 * The commitment number a workbook's « Engagement » sheet declares, read alone: to know whose
 * workbook it is before validating it as that commitment's.
 */
export function declaredCommitmentId(workbook: RawWorkbook, ctx: SubmissionContext): number | null {
  const sheet = findSheet(workbook, 'engagement');
  return sheet ? readEngagement(sheet, workbook.date1904, ctx, []).commitmentId : null;
}

function readEngagement(
  sheet: RawSheet,
  date1904: boolean,
  ctx: SubmissionContext,
  issues: Issue[],
): EngagementInfo {
  const info = emptyEngagement();
  const found = new Map<string, number>();
  const labelOf = (def: LabelDef) => term.label(def.field);
  sheet.rows.forEach((cells, index) => {
    const label = cells[0];
    if (isBlankCell(label) || typeof label?.value !== 'string') return;
    const key = normalizeKey(label.value);
    const def = READ_LABELS.find(
      (d) => normalizeKey(d.label) === key || d.aliases?.some((a) => normalizeKey(a) === key),
    );
    if (def && !found.has(def.field)) found.set(def.field, index + 1);
  });

  for (const def of READ_LABELS) {
    const row = found.get(def.field);
    if (row === undefined) {
      if (def.required) {
        issues.push(
          makeIssue(
            'value-required',
            { sheet: sheet.name, field: def.field },
            issueMessage('cells.labelMissing', { label: labelOf(def), sheet: clip(sheet.name) }),
          ),
        );
      }
      continue;
    }
    const place = { sheet: sheet.name, row, col: 2, field: def.field };
    const spec: CellSpec = { kind: def.kind, label: labelOf(def), required: def.required ?? false };
    const read = readCell(cellAt(sheet, row, 2), spec, { place, date1904 });
    issues.push(...read.issues);
    if (def.field === 'commitmentId') {
      info.commitmentId = checkCommitmentNumber(read.value, place, ctx, issues);
    } else if (
      def.field === 'updatedAt' &&
      typeof read.value === 'string' &&
      read.value > ctx.today
    ) {
      // A day to come is no update day (often a day and a month swapped): not taken.
      issues.push(
        makeIssue(
          'done-in-future',
          place,
          atCell(
            place,
            labelOf(def),
            issueMessage('cells.updatedInFuture', { date: read.value, today: ctx.today }),
          ),
          read.value,
        ),
      );
    } else {
      (info as unknown as Record<string, CellReading>)[def.field] = read.value;
    }
  }
  return info;
}

function checkCommitmentNumber(
  value: CellReading,
  place: { sheet: string; row: number; col: number; field: string },
  ctx: SubmissionContext,
  issues: Issue[],
): number | null {
  if (value === null) return null;
  const at = (problem: SaidMessage) => atCell(place, term.label('commitmentId'), problem);
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    const said = at(issueMessage('cells.notACommitmentNumber'));
    issues.push(makeIssue('invalid-number', place, said, value));
    return null;
  }
  if (ctx.expectedCommitmentId !== undefined && value !== ctx.expectedCommitmentId) {
    issues.push(
      makeIssue(
        'commitment-mismatch',
        place,
        at(issueMessage('cells.commitmentMismatch', { value, expected: ctx.expectedCommitmentId })),
        value,
      ),
    );
  } else if (
    ctx.expectedCommitmentId === undefined &&
    ctx.knownCommitmentIds &&
    !ctx.knownCommitmentIds.includes(value)
  ) {
    issues.push(
      makeIssue(
        'commitment-mismatch',
        place,
        at(
          issueMessage('cells.unknownCommitment', {
            value,
            known: ctx.knownCommitmentIds.join(', '),
          }),
        ),
        value,
      ),
    );
  }
  return value;
}

/** A row of a table sheet: its values by field and where each field's column is. */
interface TableRow {
  row: number;
  values: Record<string, CellReading>;
  /** Fields whose cell could not be read (an issue was reported). */
  unreadable: Set<string>;
  /** The text of cells that held something unreadable. */
  invalid: Record<string, string>;
}

interface TableReading {
  sheet: string;
  columns: Map<string, number>;
  headers: Map<string, Term>;
  rows: TableRow[];
}

function readTable(
  sheet: RawSheet,
  defs: readonly ColumnDef[],
  date1904: boolean,
  charter: Charter,
  issues: Issue[],
  reader: Reader,
  group: 'actions' | 'milestones',
): TableReading {
  const headerOf = (def: ColumnDef) => term.column(group, def.field, reader.terms);
  const headerRow = findHeaderRow(sheet, defs);
  const columns = new Map<string, number>();
  const headers = new Map<string, Term>();
  const headerCells = sheet.rows[headerRow - 1] ?? [];
  headerCells.forEach((cell, index) => {
    if (isBlankCell(cell)) return;
    const col = index + 1;
    const text = String(cell?.value ?? '').trim();
    const def = matchHeader(text, defs);
    const place = { sheet: sheet.name, row: headerRow, col };
    const at = `${columnLetter(col)}${headerRow}`;
    if (!def) {
      const said = issueMessage('cells.columnUnknown', { at, header: clip(text) });
      issues.push(makeIssue('column-unknown', place, said, text));
    } else if (columns.has(def.field)) {
      const first = `${columnLetter(columns.get(def.field) ?? 0)}${headerRow}`;
      issues.push(
        makeIssue(
          'column-duplicate',
          { ...place, field: def.field },
          issueMessage('cells.columnDuplicate', { at, header: headerOf(def), first }),
          text,
        ),
      );
    } else {
      columns.set(def.field, col);
      headers.set(def.field, headerOf(def));
    }
  });
  for (const def of defs) {
    if (!columns.has(def.field)) {
      issues.push(
        makeIssue(
          'column-missing',
          { sheet: sheet.name, row: headerRow, field: def.field },
          issueMessage('cells.columnMissing', {
            header: headerOf(def),
            sheet: clip(sheet.name),
            row: headerRow,
          }),
        ),
      );
    }
  }

  // What each present column reads, worked out once for all rows.
  const present = defs
    .filter((d) => columns.has(d.field))
    .map((def) => ({
      def,
      col: columns.get(def.field) ?? 0,
      spec: {
        kind: def.kind,
        label: headerOf(def),
        required: def.required ?? false,
        ...(def.maxLength === undefined ? {} : { maxLength: def.maxLength }),
        ...(def.min === undefined ? {} : { min: def.min }),
        ...(def.max === undefined ? {} : { max: def.max }),
        ...(def.kind === 'choice' ? { options: choiceOptions(def, charter) } : {}),
        ...(def.choices && CHOICE_SYNONYMS.has(def.choices as keyof typeof FIXED_CHOICES)
          ? {
              synonyms: CHOICE_SYNONYMS.get(def.choices as keyof typeof FIXED_CHOICES),
              display: reader.display,
            }
          : {}),
      } satisfies CellSpec,
    }));
  const rows: TableRow[] = [];
  const refCol = present.find(({ def }) => def.field === 'ref')?.col;
  for (let row = headerRow + 1; row <= sheet.rows.length; row++) {
    if (present.every(({ col }) => isBlankCell(cellAt(sheet, row, col)))) continue;
    // The template's example row shows how to fill in; it is not data.
    const ref = refCol === undefined ? undefined : cellAt(sheet, row, refCol)?.value;
    if (typeof ref === 'string' && isExampleRef(ref)) continue;
    const values: Record<string, CellReading> = {};
    const unreadable = new Set<string>();
    const invalid: Record<string, string> = {};
    for (const { def, col, spec } of present) {
      const cell = cellAt(sheet, row, col);
      const read = readCell(cell, spec, {
        place: { sheet: sheet.name, row, col, field: def.field },
        date1904,
        ...(reader.groupMark ? { groupMark: reader.groupMark } : {}),
      });
      if (read.issues.some((i) => i.severity === 'error')) unreadable.add(def.field);
      if (def.kind === 'percent')
        ambiguousPercent(
          cell,
          spec.label,
          { sheet: sheet.name, row, col, field: def.field },
          issues,
        );
      if (read.value === null && !isBlankCell(cell)) invalid[def.field] = typedText(cell);
      issues.push(...read.issues);
      values[def.field] = read.value;
    }
    rows.push({ row, values, unreadable, invalid });
  }
  return { sheet: sheet.name, columns, headers, rows };
}

/**
 * A bare 0.45 in a percent column, not shown as a percentage, is read as 0.45 %: most likely
 * 45 % was meant (a rate copied from a formula). Said, and read as typed.
 */
function ambiguousPercent(
  cell: RawCell | undefined,
  label: Term | string,
  place: { sheet: string; row: number; col: number; field: string },
  issues: Issue[],
): void {
  const value = cell?.value;
  if (typeof value !== 'number' || value <= 0 || value >= 1 || cell?.numFmt?.includes('%')) return;
  const meant = Math.round(value * 100 * 1e6) / 1e6;
  const said = issueMessage('cells.percentAmbiguous', { shown: value, meant });
  issues.push(makeIssue('percent-ambiguous', place, atCell(place, label, said), value));
}

/** What a person typed in a cell: its text, or its formula when it has no value. */
function typedText(cell: RawCell | undefined): string {
  if (!cell) return '';
  if (cell.value !== null) return scalarText(cell.value);
  return cell.formula !== undefined ? `=${cell.formula}` : (cell.error ?? '');
}

function choiceOptions(def: ColumnDef, charter: Charter): readonly string[] {
  switch (def.choices) {
    case 'actionTypes':
      return charter.actionTypes.map((t) => t.name);
    case 'indicators':
      return [...new Set(charter.actionTypes.map((t) => t.indicator))];
    case undefined:
      return [];
    default:
      return FIXED_CHOICES[def.choices];
  }
}

function matchHeader(text: string, defs: readonly ColumnDef[]): ColumnDef | undefined {
  const key = normalizeKey(text);
  if (!key) return undefined;
  return (
    defs.find((d) => normalizeKey(d.header) === key) ??
    defs.find((d) => d.aliases?.some((a) => normalizeKey(a) === key)) ??
    defs.find((d) => d.aliasPattern?.test(key))
  );
}

function findHeaderRow(sheet: RawSheet, defs: readonly ColumnDef[]): number {
  const enough = Math.min(3, defs.length);
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); row++) {
    const cells = sheet.rows[row - 1] ?? [];
    const matches = cells.filter(
      (c) => !isBlankCell(c) && typeof c?.value === 'string' && matchHeader(c.value, defs),
    ).length;
    if (matches >= enough) return row;
  }
  return 1;
}

/** Reports a rule broken by a row, at the column of `field` (skipped when that column is absent). */
function ruleIssue(
  table: TableReading,
  row: number,
  field: string,
  code: IssueCode,
  problem: SaidMessage,
  value: unknown,
  issues: Issue[],
): void {
  const col = table.columns.get(field);
  if (col === undefined) return;
  const place = { sheet: table.sheet, row, col, field };
  const header = table.headers.get(field) ?? field;
  issues.push(makeIssue(code, place, atCell(place, header, problem), value));
}

function checkDuplicateRef(
  table: TableReading,
  row: TableRow,
  seen: Map<string, number>,
  issues: Issue[],
): void {
  const ref = row.values.ref;
  if (typeof ref !== 'string') return;
  const key = normalizeKey(ref);
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, row.row);
    return;
  }
  const firstCell = `${columnLetter(table.columns.get('ref') ?? 0)}${first}`;
  ruleIssue(
    table,
    row.row,
    'ref',
    'duplicate-ref',
    issueMessage('cells.duplicateRef', { ref: clip(ref), first: firstCell }),
    ref,
    issues,
  );
}

function checkActions(
  table: TableReading,
  ctx: SubmissionContext,
  issues: Issue[],
): ActionRecord[] {
  // The status « Réalisée » as the reader's list shows it, when the message is shown.
  const done = term.choice('done');
  const seen = new Map<string, number>();
  const charterTags = ctx.charter.hashtags;
  return table.rows.map((r) => {
    const v = r.values;
    const action = {
      row: r.row,
      ref: v.ref ?? null,
      type: v.type ?? null,
      title: v.title ?? null,
      audience: v.audience ?? [],
      channel: v.channel ?? null,
      plannedDate: v.plannedDate ?? null,
      doneDate: v.doneDate ?? null,
      status: v.status ?? null,
      budget: v.budget ?? null,
      funding: v.funding ?? null,
      indicator: v.indicator ?? null,
      target: v.target ?? null,
      achieved: v.achieved ?? null,
      hashtags: v.hashtags ?? null,
      logo: v.logo ?? null,
      evidence: v.evidence ?? null,
      comment: v.comment ?? null,
      invalid: r.invalid,
    } as ActionRecord;
    const rule = (field: string, code: IssueCode, said: SaidMessage, value: unknown = v[field]) =>
      ruleIssue(table, r.row, field, code, said, value, issues);

    checkDuplicateRef(table, r, seen, issues);
    const type = ctx.charter.actionTypes.find((t) => t.name === action.type);
    const realised = action.status === 'done';

    if (
      action.plannedDate &&
      (action.plannedDate < ctx.plan.start || action.plannedDate > ctx.plan.end)
    ) {
      rule(
        'plannedDate',
        'outside-plan-period',
        issueMessage('cells.outsidePlan', {
          date: action.plannedDate,
          start: ctx.plan.start,
          end: ctx.plan.end,
        }),
      );
    }
    if (action.doneDate && action.doneDate > ctx.today) {
      rule(
        'doneDate',
        'done-in-future',
        issueMessage('cells.doneInFuture', { date: action.doneDate, today: ctx.today }),
      );
    }
    if (realised && action.doneDate === null && !r.unreadable.has('doneDate')) {
      rule('doneDate', 'value-required', issueMessage('cells.doneDateRequired', { done }));
    }
    if (realised && action.achieved === null && !r.unreadable.has('achieved')) {
      const indicator = type?.indicator;
      rule(
        'achieved',
        'result-missing',
        issueMessage('cells.resultMissing', {
          done,
          withIndicator: indicator !== undefined,
          indicator: indicator ?? '',
        }),
      );
    }
    if (
      type &&
      action.indicator &&
      normalizeKey(action.indicator) !== normalizeKey(type.indicator)
    ) {
      rule(
        'indicator',
        'indicator-mismatch',
        issueMessage('cells.indicatorMismatch', {
          type: clip(type.name),
          expected: clip(type.indicator),
          actual: clip(action.indicator),
        }),
      );
    }
    if (type?.hashtags && charterTags.length > 0 && !r.unreadable.has('hashtags')) {
      const used = new Set(extractHashtags(action.hashtags ?? '').map((t) => t.toLowerCase()));
      const missing = charterTags.filter((t) => !used.has(t.toLowerCase()));
      if (missing.length > 0) {
        rule(
          'hashtags',
          'missing-hashtag',
          issueMessage('cells.missingHashtag', {
            type: clip(type.name),
            missing: missing.join(' '),
          }),
        );
      }
    }
    if (realised && type?.logo && action.logo === false) {
      const said = issueMessage('cells.logoNotUsed', {
        logo: ctx.charter.logoName,
        type: clip(type.name),
      });
      rule('logo', 'logo-not-used', said);
    }
    if (realised && action.evidence === null && !r.unreadable.has('evidence')) {
      rule('evidence', 'evidence-missing', issueMessage('cells.actionEvidenceMissing'));
    }
    return action;
  });
}

function checkMilestones(
  table: TableReading,
  ctx: SubmissionContext,
  issues: Issue[],
): MilestoneRecord[] {
  const seen = new Map<string, number>();
  return table.rows.map((r) => {
    const v = r.values;
    const milestone = {
      row: r.row,
      ref: v.ref ?? null,
      title: v.title ?? null,
      start: v.start ?? null,
      end: v.end ?? null,
      progress: v.progress ?? null,
      completion: v.completion ?? null,
      evidence: v.evidence ?? null,
      difficulties: v.difficulties ?? null,
      comment: v.comment ?? null,
      invalid: r.invalid,
    } as MilestoneRecord;
    const rule = (field: string, code: IssueCode, said: SaidMessage, value: unknown = v[field]) =>
      ruleIssue(table, r.row, field, code, said, value, issues);

    checkDuplicateRef(table, r, seen, issues);
    const { start, end, progress, completion } = milestone;
    if (start && end && end < start) {
      rule('end', 'date-order', issueMessage('cells.dateOrder', { end, start }));
    }
    const achieved = completion === 'complete' || (progress !== null && progress >= 100);
    if (end && end < ctx.today && !achieved) {
      rule(
        'end',
        'milestone-late',
        issueMessage('cells.milestoneLate', {
          end,
          withProgress: progress !== null,
          progress: progress ?? 0,
        }),
      );
    }
    if (progress !== null && completion !== null && progress >= 0 && progress <= 100) {
      const inconsistent =
        (completion === 'complete' && progress < 100) ||
        (completion === 'not-started' && progress > 0) ||
        (progress === 100 && completion !== 'complete');
      if (inconsistent) {
        rule(
          'progress',
          'progress-inconsistent',
          issueMessage('cells.progressInconsistent', { progress, level: term.choice(completion) }),
        );
      }
    }
    if (completion === 'complete' && milestone.evidence === null && !r.unreadable.has('evidence')) {
      rule('evidence', 'evidence-missing', issueMessage('cells.milestoneEvidenceMissing'));
    }
    return milestone;
  });
}

function sortIssues(issues: Issue[], workbook: RawWorkbook): Issue[] {
  const sheetOrder = (name: string | null) => {
    const index = workbook.sheets.findIndex((s) => s.name === name);
    return index < 0 ? (name === null ? Number.MAX_SAFE_INTEGER : -1) : index;
  };
  const colNumber = (column: string | null) =>
    column ? [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        sheetOrder(a.issue.sheet) - sheetOrder(b.issue.sheet) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        colNumber(a.issue.column) - colNumber(b.issue.column) ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}
