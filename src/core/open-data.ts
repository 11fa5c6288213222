/**
 * The open data a consolidation publishes (`donnees-ouvertes/`, in the committee's language):
 * commitments, milestones and actions as CSV (UTF-8, ISO dates, one header row, no personal
 * address), with a Frictionless Data Package describing each file by a Table Schema. Only rows without a validation error
 * are published: typed data; the rows held back stay in the master until they are fixed.
 */
import type { IsoDate } from './calendar-date.js';
import { translate, type MessageId } from './catalogue/render.js';
import { SUBMISSION_STATUSES, type ConsolidatedModel, type DashboardRow } from './consolidation.js';
import { IRM_LEVELS } from './completion.js';
import type { Issue } from './issue.js';
import type { LocaleTag } from './locale-tag.js';
import { sheetRole } from './validate-submission.js';
import type { ActionRecord, MilestoneRecord, SubmissionReading } from './submission.js';
import { choiceLabel, levelLabel, statusLabel } from './value-labels.js';
import {
  ACTION_STATUSES,
  COMPLETION_LEVELS,
  FUNDING_SOURCES,
} from '../../sheets-templates/vocabulary.js';

/**
 * The version of what is published, in the descriptor: the major number changes when a
 * consumer's pipeline must (a field renamed, values changed). 2.0.0: the lists' values are
 * neutral ids (`received`, `limited`, `done`), labelled in the committee's language by each
 * field's `categories`; before, unversioned, they were French words (« Reçue »).
 */
export const OPEN_DATA_VERSION = '2.0.0';

/** The fields whose values come from a list, and how the committee's language names each. */
const LABELS: Record<string, (tag: LocaleTag, value: string) => string> = {
  statut_fiche: (tag, value) => statusLabel(tag, value as (typeof SUBMISSION_STATUSES)[number]),
  niveau_achevement: (tag, value) => levelLabel(tag, value as (typeof IRM_LEVELS)[number]),
  niveau: (tag, value) => levelLabel(tag, value as (typeof IRM_LEVELS)[number]),
  statut: choiceLabel,
  financement: choiceLabel,
};

/** A Table Schema field (frictionlessdata.io table-schema): name, type, constraints. */
export interface TableField {
  name: string;
  /** Its title in the committee's language, in the descriptor only (catalogue: `open-data`). */
  title?: string;
  /** The message of its title (every field but the budget, whose title names the currency). */
  titled?: Extract<MessageId, `open-data.field${string}`>;
  type: 'string' | 'integer' | 'number' | 'date' | 'boolean';
  description?: string;
  format?: 'uri';
  constraints?: {
    required?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: readonly string[];
  };
  /**
   * A list's values with their labels in the committee's language (Table Schema v2
   * `categories`), in the descriptor only; `categoriesOrdered` when they form a scale.
   */
  categories?: { value: string; label: string }[];
  categoriesOrdered?: boolean;
}

type Cell = string | number | boolean | null;

/** A row of a published file, in its fields' order. */
export type OpenRow = Cell[];

/** The published files, in this order. */
export const OPEN_TABLES = ['engagements', 'jalons', 'actions'] as const;
export type OpenTableName = (typeof OPEN_TABLES)[number];

/** What the descriptor says of a file once written: how many rows, how many held back. */
export interface OpenTableCount {
  name: OpenTableName;
  published: number;
  heldBack: number;
}

const required = { required: true } as const;
/** A count: present, whole, never negative. */
const aCount = { ...required, minimum: 0 } as const;
/** A commitment's number. */
const aNumber = { ...required, minimum: 1 } as const;
const aPercent = { minimum: 0, maximum: 100 } as const;
const anIrmLevel = { ...required, enum: IRM_LEVELS } as const;

// prettier-ignore
const COMMITMENT_FIELDS: readonly TableField[] = [
  { name: 'numero', titled: 'open-data.fieldCommitmentNumber', type: 'integer', constraints: aNumber },
  { name: 'intitule', titled: 'open-data.fieldTitle', type: 'string', constraints: required },
  { name: 'institution', titled: 'open-data.fieldLeadInstitution', type: 'string', constraints: required },
  { name: 'axe', titled: 'open-data.fieldAxis', type: 'string' },
  { name: 'statut_fiche', titled: 'open-data.fieldSheetStatus', type: 'string', constraints: { ...required, enum: SUBMISSION_STATUSES } },
  { name: 'derniere_mise_a_jour', titled: 'open-data.fieldLastUpdate', type: 'date' },
  { name: 'en_retard', titled: 'open-data.fieldLate', type: 'boolean' },
  { name: 'actions_prevues', titled: 'open-data.fieldActionsPlanned', type: 'integer', constraints: aCount },
  { name: 'actions_realisees', titled: 'open-data.fieldActionsDone', type: 'integer', constraints: aCount },
  { name: 'budget_mad', type: 'number', constraints: { minimum: 0 } },
  { name: 'jalons_acheves', titled: 'open-data.fieldMilestonesAchieved', type: 'integer', constraints: aCount },
  { name: 'jalons_total', titled: 'open-data.fieldMilestones', type: 'integer', constraints: aCount },
  { name: 'avancement_moyen', titled: 'open-data.fieldAverageProgress', type: 'number', constraints: aPercent },
  { name: 'niveau_achevement', titled: 'open-data.fieldCompletionLevelIrm', type: 'string', constraints: anIrmLevel, categoriesOrdered: true },
  { name: 'niveau_fixe_par_le_secretariat', titled: 'open-data.fieldLevelSetBySecretariat', type: 'boolean', constraints: required },
];

// prettier-ignore
const MILESTONE_FIELDS: readonly TableField[] = [
  { name: 'engagement', titled: 'open-data.fieldCommitmentNumber', type: 'integer', constraints: aNumber },
  { name: 'reference', titled: 'open-data.fieldMilestoneRef', type: 'string', constraints: required },
  { name: 'intitule', titled: 'open-data.fieldMilestone', type: 'string', constraints: required },
  { name: 'debut', titled: 'open-data.fieldStartDate', type: 'date' },
  { name: 'fin', titled: 'open-data.fieldEndDate', type: 'date' },
  { name: 'avancement', titled: 'open-data.fieldProgress', type: 'number', constraints: aPercent },
  { name: 'niveau', titled: 'open-data.fieldCompletionLevel', type: 'string', constraints: { enum: COMPLETION_LEVELS }, categoriesOrdered: true },
  { name: 'justificatif', titled: 'open-data.fieldEvidence', type: 'string', format: 'uri' },
  { name: 'difficultes', titled: 'open-data.fieldDifficulties', type: 'string' },
];

// prettier-ignore
const ACTION_FIELDS: readonly TableField[] = [
  { name: 'engagement', titled: 'open-data.fieldCommitmentNumber', type: 'integer', constraints: aNumber },
  { name: 'reference', titled: 'open-data.fieldActionRef', type: 'string', constraints: required },
  { name: 'type', titled: 'open-data.fieldActionType', type: 'string' },
  { name: 'intitule', titled: 'open-data.fieldTitle', type: 'string', constraints: required },
  { name: 'public_cible', titled: 'open-data.fieldAudience', type: 'string' },
  { name: 'canal', titled: 'open-data.fieldChannel', type: 'string' },
  { name: 'date_prevue', titled: 'open-data.fieldPlannedDate', type: 'date', constraints: required },
  { name: 'date_realisation', titled: 'open-data.fieldDoneDate', type: 'date' },
  { name: 'statut', titled: 'open-data.fieldStatus', type: 'string', constraints: { enum: ACTION_STATUSES } },
  { name: 'budget_mad', type: 'number', constraints: { minimum: 0 } },
  { name: 'financement', titled: 'open-data.fieldFunding', type: 'string', constraints: { enum: FUNDING_SOURCES } },
  { name: 'indicateur', titled: 'open-data.fieldIndicator', type: 'string' },
  { name: 'valeur_cible', titled: 'open-data.fieldTargetValue', type: 'number', constraints: { minimum: 0 } },
  { name: 'valeur_realisee', titled: 'open-data.fieldAchievedValue', type: 'number', constraints: { minimum: 0 } },
  { name: 'hashtags', titled: 'open-data.fieldHashtags', type: 'string' },
  { name: 'logo', titled: 'open-data.fieldLogo', type: 'boolean' },
  { name: 'justificatif', titled: 'open-data.fieldEvidence', type: 'string', format: 'uri' },
];

/**
 * A table's fields for a committee's currency: the budget field names it (`budget_mad`,
 * Morocco's published field; `budget_mxn` for pesos).
 */
export function fieldsFor(name: OpenTableName, currency: string): readonly TableField[] {
  return OPEN_TABLE_SCHEMAS[name].fields.map((f) =>
    f.name === 'budget_mad' ? { ...f, name: `budget_${currency.toLowerCase()}` } : f,
  );
}

/** Each file's title, in the committee's language. */
const TABLE_TITLES = {
  engagements: 'open-data.tableCommitments',
  jalons: 'open-data.tableMilestones',
  actions: 'open-data.tableActions',
} as const satisfies Record<OpenTableName, MessageId>;

/** Each file's fields. */
export const OPEN_TABLE_SCHEMAS: Record<OpenTableName, { fields: readonly TableField[] }> = {
  engagements: { fields: COMMITMENT_FIELDS },
  jalons: { fields: MILESTONE_FIELDS },
  actions: { fields: ACTION_FIELDS },
};

/** Rows of a sheet (by row number) that hold a validation error. */
function rowsWithErrors(issues: readonly Issue[], role: 'actions' | 'milestones'): Set<number> {
  return new Set(
    issues
      .filter(
        (i) => i.severity === 'error' && i.sheet && sheetRole(i.sheet) === role && i.row !== null,
      )
      .map((i) => i.row as number),
  );
}

/** The commitments' rows. */
export function commitmentRows(model: ConsolidatedModel): OpenRow[] {
  return model.dashboard.map(commitmentRow);
}

/**
 * One commitment's milestones and actions that can be published (no validation error in
 * their row, their required values there), and how many are held back.
 */
export function publishedRows(
  commitmentId: number,
  reading: SubmissionReading,
): { jalons: OpenRow[]; actions: OpenRow[]; heldBack: { jalons: number; actions: number } } {
  // By the sheet's role: its name is the focal point's (« Hitos », « Fiche des actions »).
  const badMilestones = rowsWithErrors(reading.issues, 'milestones');
  const badActions = rowsWithErrors(reading.issues, 'actions');
  const jalons = reading.milestones.filter((m) => !badMilestones.has(m.row) && m.ref && m.title);
  const actions = reading.actions.filter(
    (a) => !badActions.has(a.row) && a.ref && a.title && a.plannedDate,
  );
  return {
    jalons: jalons.map((m) => milestoneRow(commitmentId, m)),
    actions: actions.map((a) => actionRow(commitmentId, a)),
    heldBack: {
      jalons: reading.milestones.length - jalons.length,
      actions: reading.actions.length - actions.length,
    },
  };
}

function commitmentRow(d: DashboardRow): Cell[] {
  return [
    d.id,
    d.title,
    d.institution,
    d.axis,
    d.status,
    d.lastUpdate,
    d.late,
    d.actionsPlanned,
    d.actionsDone,
    d.budget,
    d.milestonesAchieved,
    d.milestonesTotal,
    d.averageProgress,
    d.completion,
    d.completionSetBy !== null,
  ];
}

function milestoneRow(id: number, m: MilestoneRecord): Cell[] {
  return [id, m.ref, m.title, m.start, m.end, m.progress, m.completion, m.evidence, m.difficulties];
}

function actionRow(id: number, a: ActionRecord): Cell[] {
  return [
    id,
    a.ref,
    a.type,
    a.title,
    a.audience.join(', ') || null,
    a.channel,
    a.plannedDate,
    a.doneDate,
    a.status,
    a.budget,
    a.funding,
    a.indicator,
    a.target,
    a.achieved,
    a.hashtags,
    a.logo,
    a.evidence,
  ];
}

/**
 * Where a spreadsheet may start a cell inside a text: its start, and after a semicolon, a tab
 * or a line break (Excel in French, Arabic or Portuguese splits a .csv at `;`, whatever the
 * quotes; a line break inside quotes starts a row there). What follows is neutralised when it
 * begins, after spaces, with what makes a formula (`=`, `+`, `-`, `@`, tab, carriage return:
 * OWASP « CSV injection »), or with the apostrophe we add, so that one apostrophe removed
 * after each such place gives the text back exactly.
 */
const FORMULA_START = /(?<=^|[;\t\r\n])(?=[ \u00a0]*[=+\-@\t\r]|')/g;

/**
 * A text as published: NUL removed (a C reader stops at it, a parser may refuse it), and an
 * apostrophe before what a spreadsheet would run as a formula ({@link FORMULA_START}).
 */
export function neutralised(text: string): string {
  return text.replace(/\0/g, '').replace(FORMULA_START, "'");
}

/**
 * One CSV line (RFC 4180: CRLF, a field quoted when it holds a comma, a quote or a line end;
 * also a semicolon or a tab, which other readers take for a separator). Texts are
 * {@link neutralised}; numbers and booleans are typed fields and go as they are (a negative
 * budget stays a number).
 */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells
    .map((value) => {
      if (value === null) return '';
      const text = typeof value === 'string' ? neutralised(value) : String(value);
      return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',')}\r\n`;
}

/** The header line of a file: its fields' names. */
export function csvHeader(name: OpenTableName, currency: string): string {
  return csvLine(fieldsFor(name, currency).map((f) => f.name));
}

/** The Data Package descriptor of the three files. */
export function dataPackage(
  tables: readonly OpenTableCount[],
  meta: {
    committee: string;
    plan: string;
    today: IsoDate;
    created: string;
    slug: string;
    currency: string;
    /** The committee's locale tag: the titles, the date and the categories' labels. */
    tag: LocaleTag;
  },
): Record<string, unknown> {
  const { tag } = meta;
  return {
    profile: 'tabular-data-package',
    name: meta.slug,
    version: OPEN_DATA_VERSION,
    title: translate(tag, 'open-data.title', { plan: meta.plan, committee: meta.committee }),
    description: translate(tag, 'open-data.description', { today: meta.today }),
    created: meta.created,
    licenses: [
      {
        name: 'ODC-BY-1.0',
        path: 'https://opendatacommons.org/licenses/by/1-0/',
        title: 'Open Data Commons Attribution License 1.0',
      },
    ],
    resources: tables.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: `${t.name}.csv`,
      title: translate(tag, TABLE_TITLES[t.name]),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      // How a text was kept from running as a formula, and how to get it back.
      description: translate(tag, 'open-data.formulas'),
      dialect: {
        delimiter: ',',
        doubleQuote: true,
        quoteChar: '"',
        header: true,
        lineTerminator: '\r\n',
      },
      schema: {
        // Titles in the committee's language; names and values as published.
        fields: fieldsFor(t.name, meta.currency).map(({ titled, ...f }) => ({
          ...f,
          ...(titled
            ? { title: translate(tag, titled) }
            : {
                title: translate(tag, 'open-data.budget', { currency: meta.currency }),
                description: translate(tag, 'open-data.budgetDescription', {
                  currency: meta.currency,
                }),
              }),
          ...(f.constraints ? { constraints: { ...f.constraints } } : {}),
          ...categoriesOf(f, tag),
        })),
        missingValues: [''],
      },
      // Not part of the standard (extra properties are allowed): what was left out, and why.
      rowsPublished: t.published,
      rowsHeldBack: t.heldBack,
    })),
  };
}

/** A list field's values (ids, as published) with their labels in the committee's language. */
function categoriesOf(field: TableField, tag: LocaleTag): Pick<TableField, 'categories'> {
  const label = LABELS[field.name];
  const values = field.constraints?.enum;
  return label && values
    ? { categories: values.map((value) => ({ value, label: label(tag, value) })) }
    : {};
}
