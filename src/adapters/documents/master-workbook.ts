/**
 * Lays the consolidation model out as the master tracking workbook `suivi-consolide.xlsx`
 * (docs/workbooks.md): eight sheets, frozen headers, filters, fitted widths, real dates and numbers,
 * user text always inert, links only http(s).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
// Only the streaming writer: the package's index loads its readers and the in-memory workbook
// too (660 modules, 34 MiB; the writer alone: 205 modules, 23 MiB, measured on Node 24).
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import {
  actionColumnsFor,
  MILESTONE_COLUMNS,
  type ColumnDef,
} from '../../../sheets-templates/submission-template.js';
import { columnsIn, templateWords } from '../../core/template-words.js';
import {
  formatDay,
  formatNumber,
  message,
  render,
  selector,
  translate,
  type MessageId,
  type MessageValues,
} from '../../core/catalogue/render.js';
import type { NoValues } from '../../core/catalogue/generated.js';
import type { IrmLevel } from '../../core/completion.js';
import type { Locale } from '../../core/config-schema.js';
import { issueText } from '../../core/issue-message.js';
import { directionOf, formattingLocale, type LocaleTag } from '../../core/locale-tag.js';
import { zoneOffsetMs, type IsoDate } from '../../core/calendar-date.js';
import type {
  ConsolidatedModel,
  DashboardRow,
  MilestoneBrief,
  SubmissionStatus,
} from '../../core/consolidation.js';
import type { ActionRecord, MilestoneRecord } from '../../core/submission.js';
import type { RunRecord } from '../../core/journal.js';
import type { RosterChangeRecord } from '../../core/roster/roster-changes.js';
import { parseHttpUrl } from '../../core/parse-values.js';
import { choiceLabel, levelLabel, statusLabel } from '../../core/value-labels.js';
import { BIDI_OVERRIDES, shorten } from '../../core/text.js';

/** The master's sheet names, in order. */
export const MASTER_SHEETS = [
  'Tableau de bord',
  'Actions de communication',
  'Jalons',
  'Indicateurs',
  'Anomalies',
  'Calendrier',
  'Journal',
  'Auto-évaluation OGP',
  'Rôles',
] as const;

type Kind = 'text' | 'int' | 'number' | 'money' | 'percent' | 'date' | 'datetime' | 'link';
interface Column {
  header: string;
  kind: Kind;
  /** Widest the column gets; longer text wraps onto more lines. */
  max?: number;
  /** Short values shown centred (counts, « 2 / 5 », Oui/Non): never run into a neighbour. */
  center?: boolean;
}
/** A link value: written as a hyperlink only when `href` is http(s). */
interface LinkValue {
  text: string;
  href: string;
}
type Out = string | number | boolean | Date | LinkValue | null | undefined;
/** A row, with optional per-cell styling hints. */
interface OutRow {
  values: Out[];
  muted?: boolean;
  /** Columns (0-based) whose value is the raw text of an unreadable cell. */
  invalid?: Set<number>;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF1F4E79' },
};
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: HEADER_FILL,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
};
const STATUS_STYLE: Record<SubmissionStatus, { fill: string; font: string }> = {
  received: { fill: 'FFC6EFCE', font: 'FF006100' },
  'to-fix': { fill: 'FFFFEB9C', font: 'FF9C5700' },
  'to-update': { fill: 'FFFCE4D6', font: 'FF833C0B' },
  missing: { fill: 'FFFFC7CE', font: 'FF9C0006' },
};
const NUM_FMT: Partial<Record<Kind, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  money: '#,##0',
  number: '#,##0.##',
  int: '0',
  percent: '0.0',
};
const TITLE_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, size: 14, color: { argb: 'FF1F4E79' } },
  alignment: { vertical: 'middle', horizontal: 'left' },
};
/**
 * The title of a right-to-left sheet: « left » is the page's left even there (ECMA-376,
 * ST_HorizontalAlignment), the far end of an Arabic table; it starts on the right, above
 * the first column.
 */
const TITLE_STYLE_RTL: Partial<ExcelJS.Style> = {
  ...TITLE_STYLE,
  alignment: { vertical: 'middle', horizontal: 'right' },
};
/** Narrow margins (inches): the width goes to the columns, not to white space. */
const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
const MAX_WIDTH = 50;
/**
 * Column-width units printed across one A4 landscape page (our margins) at the least scale
 * we accept: about 110 fit at 100 %, so 200 is 55 %, 11-point text printed at 6 points.
 * Measured with LibreOffice's PDF export (test/adapters/master-print.test.ts).
 */
const PAGE_WIDTH_UNITS = 200;
const LINE_HEIGHT = 15;
const MAX_CELL_TEXT = 32_767;

export interface MasterInput {
  model: ConsolidatedModel;
  journal: readonly RunRecord[];
  timeZone: string;
  secretariatName: string;
  /** The action plan's name, in the dashboard's title. */
  planName: string;
  /** The committee's language: the workbook's sheets, headers and values. */
  locale?: Locale;
  /** The committee's locale tag (`es-MX`): the anomalies' messages, their numbers and dates. */
  tag?: LocaleTag;
  /** Each commitment's start and end as the configuration's milestones state them. */
  planned?: ReadonlyMap<number, { start: string | null; end: string | null }>;
  /**
   * The committee workbook's accepted changes, oldest first, for a committee that keeps one
   * (its « Historique du comité » sheet); absent when its people and plan are in committee.yaml.
   */
  rosterChanges?: readonly RosterChangeRecord[];
  /** Loads one submission's rows (from the state store), when the master writes them. */
  loadRecords: (
    commitmentId: number,
  ) => Promise<{ actions: ActionRecord[]; milestones: MilestoneRecord[] } | null>;
}

/** A message that takes no value: a sheet's name, a column's header. */
type Plain = { [K in MessageId]: MessageValues[K] extends NoValues ? K : never }[MessageId];

/** What the workbook is written with: the committee's language, its words and its ways. */
interface MasterLanguage {
  tag: LocaleTag;
  /** A sheet's name, a column's header, in the committee's language. */
  word: (id: Plain) => string;
  sheets: { actions: string; milestones: string };
  date: (iso: IsoDate) => string;
  number: (value: number) => string;
  budget: (currency: string) => string;
  yesNo: (value: boolean | null) => string | null;
  status: (status: DashboardRow['status']) => string;
  level: (level: IrmLevel) => string;
  /** A fixed list's value (`done`) as the language's template shows it (« Réalisée »). */
  choice: (value: string) => string;
}

function wordsIn(tag: LocaleTag): MasterLanguage {
  const template = templateWords(tag);
  const [yes, no] = [choiceLabel(tag, 'yes'), choiceLabel(tag, 'no')];
  return {
    tag,
    word: (id) => translate(tag, id),
    sheets: { actions: template.sheets.actions, milestones: template.sheets.milestones },
    date: (iso) => formatDay(tag, iso),
    number: (value) => formatNumber(tag, value),
    budget: (currency) => translate(tag, 'master.columnBudget', { currency }),
    yesNo: (value) => (value === null ? null : value ? yes : no),
    status: (status) => statusLabel(tag, status),
    level: (level) => levelLabel(tag, level),
    choice: (value) => choiceLabel(tag, value),
  };
}

/** A table sheet: its columns, its rows (produced on demand, twice: to fit widths, to write). */
interface TableSpec {
  name: string;
  columns: readonly Column[];
  rows: () => Iterable<OutRow> | AsyncIterable<OutRow>;
  /** Column widths known beforehand (the rows are then read only once). */
  widths?: number[];
  totals?: Out[];
  /** Extra styling of some cells of a data row (0-based row index → 0-based column → extra). */
  decorate?: (index: number) => Record<number, StyleExtra> | undefined;
  /** Conditional formats, added once the row count is known (`first`: the first data row). */
  conditional?: (rowCount: number, first: number) => ExcelJS.ConditionalFormattingOptions[];
  /** A title row above the header (the dashboard's: committee, plan, date). */
  title?: string;
  /**
   * Leading columns that say which row is which (commitment, institution), repeated on every
   * printed page when the sheet is too wide for one page at a readable scale.
   */
  keyColumns?: number;
}

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/**
 * Writes the master workbook with exceljs's streaming writer into `stream`. Rows
 * are turned into cells one at a time and committed at once: memory stays flat as the
 * number of submissions grows.
 */
export async function writeMasterWorkbook(
  {
    model,
    journal,
    timeZone,
    secretariatName,
    planName,
    planned,
    loadRecords,
    locale,
    tag,
    rosterChanges,
  }: MasterInput,
  stream: Writable,
): Promise<void> {
  const w = wordsIn(tag ?? locale ?? 'fr');
  const { word } = w;
  const writer: Writer = new WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  writer.creator = 'ogp-tracker';
  writer.lastModifiedBy = 'ogp-tracker';
  writer.created = model.generatedAt;
  writer.modified = model.generatedAt;
  const properties = writer as unknown as { title: string; subject: string; company: string };
  properties.title = translate(w.tag, 'master.title', { committee: model.committeeName });
  properties.subject = model.round
    ? translate(w.tag, 'master.round', { title: model.round.title, due: model.round.due })
    : '';
  properties.company = secretariatName;
  const asOf = translate(w.tag, 'master.asOf', { today: model.today });
  const rtl = directionOf(w.tag) === 'rtl';
  // The program's codes for the page and the count of pages, put in after the words: they
  // are no text of either direction to isolate.
  const pageNumber = translate(w.tag, 'master.pageNumber', { page: '\ue000', pages: '\ue001' })
    .replace('\ue000', '&P')
    .replace('\ue001', '&N');
  const [committee, date] = [escapeHeader(model.committeeName), escapeHeader(asOf)];
  const layout: SheetLayout = {
    // The header's sections are places on the page, not in the reading order: in Arabic,
    // the committee on the right, where the reader starts.
    header: rtl ? `&L${date}&C&A&R${committee}` : `&L${committee}&C&A&R${date}`,
    // The catalogue's words hold no « & »: the page codes go in as they are. In Arabic,
    // between right-to-left marks: LibreOffice lays a footer out left to right, and « من »
    // then lost its space before the number of pages.
    footer: rtl ? `&C\u200f${pageNumber}\u200f` : `&C${pageNumber}`,
    rtl,
  };

  await writeTable(writer, layout, {
    ...dashboardSpec(model, w),
    title: `${model.committeeName} — ${planName} — ${asOf}`,
  });
  await writeTable(
    writer,
    layout,
    recordsSpec(
      w.sheets.actions,
      columnsIn(actionColumnsFor(model.terms), 'actions', w.tag, model.terms),
      model,
      'actions',
      loadRecords,
      w,
    ),
  );
  await writeTable(
    writer,
    layout,
    recordsSpec(
      w.sheets.milestones,
      columnsIn(MILESTONE_COLUMNS, 'milestones', w.tag, model.terms),
      model,
      'milestones',
      loadRecords,
      w,
    ),
  );
  await writeTable(writer, layout, {
    name: word('master.sheetIndicators'),
    columns: [
      { header: word('master.columnCommitmentNumber'), kind: 'int' },
      { header: word('master.columnInstitution'), kind: 'text' },
      { header: word('master.columnActionType'), kind: 'text' },
      { header: word('master.columnIndicator'), kind: 'text' },
      { header: word('master.columnActionsPlanned'), kind: 'int' },
      { header: word('master.columnActionsDone'), kind: 'int' },
      { header: word('master.columnTargetValue'), kind: 'number' },
      { header: word('master.columnAchievedValue'), kind: 'number' },
      { header: w.budget(model.terms.currency), kind: 'money' },
    ],
    rows: () =>
      model.indicators.map((r) => ({
        values: [
          r.commitmentId,
          r.institution,
          r.type,
          r.indicator,
          r.planned,
          r.done,
          r.target,
          r.achieved,
          r.budget,
        ],
      })),
  });
  await writeTable(writer, layout, anomaliesSpec(model, w));
  await writeTable(writer, layout, {
    name: word('master.sheetCalendar'),
    columns: [
      { header: word('master.columnDate'), kind: 'date' },
      { header: word('master.columnTime'), kind: 'text' },
      { header: word('master.columnType'), kind: 'text' },
      { header: word('master.columnTitle'), kind: 'text', max: 45 },
      { header: word('master.columnDetails'), kind: 'text', max: 70 },
      { header: word('master.columnState'), kind: 'text' },
    ],
    rows: () =>
      model.calendar.map((c) => ({
        values: [
          c.date,
          c.time,
          translate(w.tag, 'master.calendarKind', { kind: selector(c.kind) }),
          c.title,
          c.details,
          translate(w.tag, 'master.calendarState', { past: c.past }),
        ],
        muted: c.past,
      })),
  });
  await writeTable(writer, layout, {
    name: word('master.sheetJournal'),
    columns: [
      { header: word('master.columnDateTime'), kind: 'datetime' },
      { header: word('master.columnCommand'), kind: 'text' },
      { header: word('master.columnSourcesConfigured'), kind: 'int' },
      { header: word('master.columnSourcesRead'), kind: 'int' },
      { header: word('master.columnActions'), kind: 'int' },
      { header: word('master.columnMilestones'), kind: 'int' },
      { header: word('master.columnErrors'), kind: 'int' },
      { header: word('master.columnWarnings'), kind: 'int' },
      { header: word('master.columnEmailsSent'), kind: 'int' },
      { header: word('master.columnGoogleRequests'), kind: 'int' },
      { header: word('master.columnDuration'), kind: 'number' },
      { header: word('master.columnNotes'), kind: 'text', max: 60 },
    ],
    rows: () =>
      [...journal].reverse().map((run) => ({
        values: [
          wallClock(run.at, timeZone),
          commandText(w.tag, run),
          run.sources,
          run.read,
          run.actions,
          run.milestones,
          run.errors,
          run.warnings,
          run.emailsSent ?? 0,
          run.apiRequests ?? 0,
          Math.round(run.durationMs / 100) / 10,
          [
            // Written to the outbox, not sent: said beside « Courriels envoyés », which counts none of them.
            ...(run.emailsWritten
              ? [translate(w.tag, 'master.journalWritten', { count: run.emailsWritten })]
              : []),
            ...(run.notes ?? []),
          ].join('\n'),
        ],
      })),
  });
  await writeTable(writer, layout, selfAssessmentSpec(model, planned ?? new Map(), w));
  await writeTable(writer, layout, rosterSpec(model, w));
  if (rosterChanges) await writeTable(writer, layout, rosterChangesSpec(rosterChanges, w));
  await writer.commit();
}

/**
 * « Auto-évaluation OGP »: each commitment as OGP's self-assessment asks for it — lead
 * institution, start and end, completion level (and who set it), evidence, difficulties,
 * next steps (the milestones not yet achieved).
 */
function selfAssessmentSpec(
  model: ConsolidatedModel,
  planned: ReadonlyMap<number, { start: string | null; end: string | null }>,
  w: MasterLanguage,
): TableSpec {
  const { word } = w;
  // From the readings' summaries: no submission is read again for this sheet.
  const sets = new Map(model.recordSets.map((r) => [r.commitmentId, r]));
  const rows = () =>
    model.dashboard.map((d) => {
      const set = sets.get(d.id);
      const milestones = set?.milestoneList ?? [];
      const dates = (pick: (m: MilestoneBrief) => string | null) =>
        milestones
          .map(pick)
          .filter((x): x is string => x !== null)
          .sort();
      const start = planned.get(d.id)?.start ?? dates((m) => m.start)[0] ?? null;
      const end = planned.get(d.id)?.end ?? dates((m) => m.end).at(-1) ?? null;
      const evidence = [
        ...milestones.map((m) => m.evidence),
        ...(set?.actionEvidence ?? []),
      ].filter((x): x is string => Boolean(x));
      const next = milestones
        .filter((ms) => (ms.progress ?? 0) < 100)
        .map((ms) =>
          translate(w.tag, 'master.nextStep', {
            step: [ms.ref, ms.title].filter(Boolean).join(' — '),
            ends: ms.end !== null,
            end: ms.end ?? '',
          }),
        );
      return {
        values: [
          d.id,
          d.title,
          d.institution,
          start,
          end,
          w.level(d.completion),
          d.completionSetBy
            ? translate(w.tag, 'master.setBy', { who: d.completionSetBy })
            : d.completion === 'no-data'
              ? word('master.noMilestone')
              : translate(w.tag, 'master.derived', {
                  achieved: d.milestonesAchieved,
                  total: d.milestonesTotal,
                  average: (d.averageProgress ?? 0) / 100,
                }),
          [...new Set(evidence)].join('\n') || null,
          milestones.flatMap((m) => (m.difficulties ? [m.difficulties] : [])).join('\n') || null,
          next.join('\n') || null,
        ] as Out[],
      };
    });
  return {
    name: word('master.sheetSelfAssessment'),
    keyColumns: 2,
    columns: [
      { header: word('master.columnNumber'), kind: 'int' },
      { header: word('master.columnCommitment'), kind: 'text', max: 30 },
      { header: word('master.columnLeadInstitution'), kind: 'text', max: 24 },
      { header: word('master.columnStart'), kind: 'date' },
      { header: word('master.columnEnd'), kind: 'date' },
      { header: word('master.columnLevel'), kind: 'text', max: 16 },
      { header: word('master.columnLevelReason'), kind: 'text', max: 34 },
      { header: word('master.columnEvidence'), kind: 'text', max: 40 },
      { header: word('master.columnDifficulties'), kind: 'text', max: 30 },
      { header: word('master.columnNextSteps'), kind: 'text', max: 40 },
    ],
    rows,
  };
}

/**
 * « Rôles »: the people the committee works with, by role — each commitment's focal point,
 * substitutes and communication officers, then the members of the steering and of the
 * implementation committee — with their institution, address and language.
 */
function rosterSpec(model: ConsolidatedModel, w: MasterLanguage): TableSpec {
  const { word } = w;
  // A language by its name in the committee's language (« arabe », "Arabic").
  const languages = new Intl.DisplayNames([formattingLocale(w.tag)], { type: 'language' });
  return {
    name: word('master.sheetRoles'),
    keyColumns: 3,
    columns: [
      { header: word('master.columnRole'), kind: 'text', max: 26 },
      { header: word('master.columnCommitmentNumber'), kind: 'int' },
      { header: word('master.columnName'), kind: 'text', max: 30 },
      { header: word('master.columnInstitution'), kind: 'text', max: 40 },
      { header: word('master.columnEmail'), kind: 'text', max: 40 },
      { header: word('master.columnLanguage'), kind: 'text', max: 16 },
    ],
    rows: () =>
      model.roster.map((p) => ({
        values: [
          translate(w.tag, 'master.role', { role: selector(p.role) }),
          p.commitmentId,
          p.name,
          p.institution,
          p.email,
          languages.of(p.locale) ?? p.locale,
        ],
      })),
  };
}

/**
 * « Historique du comité »: each accepted change of the committee workbook, newest first —
 * its day, what changed (« Engagement 5 : point focal Samira Chraibi → Nadia Alaoui ») and who
 * changed the workbook (Drive's last modifying user; empty for a local file).
 */
function rosterChangesSpec(changes: readonly RosterChangeRecord[], w: MasterLanguage): TableSpec {
  const { word } = w;
  return {
    name: word('master.sheetRosterChanges'),
    columns: [
      // The day the workbook was changed, not a meeting's day that a change may name.
      { header: word('master.columnChangeDay'), kind: 'date' },
      { header: word('master.columnChange'), kind: 'text', max: 80 },
      { header: word('master.columnChangedBy'), kind: 'text', max: 30 },
    ],
    rows: () =>
      [...changes].reverse().map((record) => ({
        values: [record.on, render(w.tag, record.change), record.by ?? ''],
      })),
  };
}

/** The dashboard's columns, the budget in the committee's currency. */
const dashboardColumns = (currency: string, { word, budget }: MasterLanguage): Column[] => [
  { header: word('master.columnNumber'), kind: 'int' },
  { header: word('master.columnTitle'), kind: 'text', max: 26 },
  { header: word('master.columnInstitution'), kind: 'text', max: 20 },
  { header: word('master.columnFocalPoint'), kind: 'text', max: 13 },
  { header: word('master.columnSheetStatus'), kind: 'text', max: 12 },
  { header: word('master.columnLastUpdate'), kind: 'date' },
  { header: word('master.columnLate'), kind: 'text', center: true },
  { header: word('master.columnActionsPlanned'), kind: 'int' },
  { header: word('master.columnActionsDone'), kind: 'int' },
  { header: budget(currency), kind: 'money' },
  { header: word('master.columnMilestonesAchieved'), kind: 'text', center: true },
  { header: word('master.columnAverageProgress'), kind: 'percent' },
  { header: word('master.columnErrors'), kind: 'int' },
  { header: word('master.columnWarnings'), kind: 'int' },
  { header: word('master.columnRemark'), kind: 'text', max: 24 },
];

function dashboardValues(d: DashboardRow, w: MasterLanguage): Out[] {
  return [
    d.id,
    d.title,
    d.institution,
    d.focalPoint,
    w.status(d.status),
    d.lastUpdate,
    w.yesNo(d.late),
    d.actionsPlanned,
    d.actionsDone,
    d.budget,
    `${d.milestonesAchieved} / ${d.milestonesTotal}`,
    // A commitment that said no progress counts 0 %, as in the totals row and the status page.
    d.averageProgress ?? 0,
    d.errors,
    d.warnings,
    d.remark,
  ];
}

function dashboardSpec(model: ConsolidatedModel, w: MasterLanguage): TableSpec {
  const t = model.totals;
  const round = model.round
    ? message('master.round', { title: model.round.title, due: model.round.due })
    : '';
  const totals: Out[] = [
    null,
    translate(w.tag, 'master.total', { count: model.dashboard.length }),
    null,
    null,
    null,
    null,
    t.late,
    t.actionsPlanned,
    t.actionsDone,
    t.budget,
    `${t.milestonesAchieved} / ${t.milestonesTotal}`,
    t.averageProgress,
    t.errors,
    t.warnings,
    translate(w.tag, 'master.totals', {
      received: t.received,
      toFix: t.toFix,
      toUpdate: t.toUpdate,
      missing: t.missing,
      late: t.late,
      withRound: model.round !== null,
      round,
    }),
  ];
  return {
    name: w.word('master.sheetDashboard'),
    // Always one page across: its widths are chosen to print at a readable scale.
    columns: dashboardColumns(model.terms.currency, w),
    rows: () => model.dashboard.map((d) => ({ values: dashboardValues(d, w) })),
    totals,
    decorate: (index) => {
      const d = model.dashboard[index];
      if (!d) return undefined;
      const style = STATUS_STYLE[d.status];
      const alert: StyleExtra = { color: 'FF9C0006', bold: true };
      const extras: Record<number, StyleExtra> = {
        4: { fill: style.fill, color: style.font, bold: true },
      };
      if (d.late) extras[6] = alert;
      if (d.errors > 0) extras[12] = alert;
      return {
        ...extras,
      };
    },
    conditional: (count, first) =>
      count === 0
        ? []
        : [
            {
              ref: `L${first}:L${first + count - 1}`,
              rules: [
                {
                  type: 'dataBar',
                  priority: 1,
                  minLength: 0,
                  maxLength: 100,
                  cfvo: [
                    { type: 'num', value: 0 },
                    { type: 'num', value: 100 },
                  ],
                  color: { argb: 'FF5B9BD5' },
                } as unknown as ExcelJS.DataBarRuleType,
              ],
            },
          ],
  };
}

function recordValue(def: ColumnDef, value: unknown, w: MasterLanguage): Out {
  if (value === null || value === undefined) return null;
  switch (def.kind) {
    case 'list':
      return (value as string[]).join(', ') || null;
    case 'boolean':
      return w.yesNo(Boolean(value));
    case 'choice':
      // A fixed list's value as the committee's template shows it (its charter's types as written).
      return w.choice(String(value));
    case 'url':
      return { text: String(value), href: String(value) };
    default:
      return value as Out;
  }
}

function kindOf(def: ColumnDef): Kind {
  switch (def.kind) {
    case 'date':
      return 'date';
    case 'number':
      return def.field === 'budget' ? 'money' : 'number';
    case 'percent':
      return 'percent';
    case 'url':
      return 'link';
    default:
      return 'text';
  }
}

function recordsSpec(
  name: string,
  defs: readonly ColumnDef[],
  model: ConsolidatedModel,
  sheet: 'actions' | 'milestones',
  loadRecords: MasterInput['loadRecords'],
  w: MasterLanguage,
): TableSpec {
  const { word } = w;
  const columns: Column[] = [
    { header: word('master.columnCommitmentNumber'), kind: 'int' },
    { header: word('master.columnInstitution'), kind: 'text', max: 18 },
    ...defs.map((d) => ({
      header: d.header,
      kind: kindOf(d),
      max: Math.min(28, Math.max(d.width, 12)),
    })),
    { header: word('master.columnSource'), kind: 'text', max: 24 },
    { header: word('master.columnRow'), kind: 'int' },
    { header: word('master.columnReadOn'), kind: 'date' },
  ];
  const longest = (values: number[]) => Math.max(0, ...values);
  const content = [
    longest(model.recordSets.map((r) => String(r.commitmentId).length)),
    longest(model.recordSets.map((r) => r.institution.length)),
    ...defs.map((d) => {
      const width = model.widths[sheet][d.field] ?? 0;
      return d.kind === 'date'
        ? Math.min(width, 10)
        : d.kind === 'url'
          ? Math.min(width, 40)
          : width;
    }),
    longest(model.recordSets.map((r) => r.source.length)),
    5,
    10,
  ];
  const widths = columns.map((column, c) =>
    Math.max(
      longestWord(column.header) + 2,
      Math.min(column.max ?? MAX_WIDTH, Math.max(8, (content[c] ?? 0) + 2)),
    ),
  );
  async function* rows(): AsyncIterable<OutRow> {
    for (const set of model.recordSets) {
      if ((sheet === 'actions' ? set.actions : set.milestones) === 0) continue;
      // One submission's rows in memory at a time.
      const loaded = await loadRecords(set.commitmentId);
      const records: readonly (ActionRecord | MilestoneRecord)[] = loaded?.[sheet] ?? [];
      for (const r of records) {
        let invalid: Set<number> | undefined;
        const fields = defs.map((d, i) => {
          const value = (r as unknown as Record<string, unknown>)[d.field];
          const raw = r.invalid[d.field];
          if ((value === null || value === undefined) && raw !== undefined) {
            (invalid ??= new Set()).add(i + 2);
            return raw;
          }
          return recordValue(d, value, w);
        });
        yield {
          values: [set.commitmentId, set.institution, ...fields, set.source, r.row, set.readOn],
          muted: set.stale,
          ...(invalid ? { invalid } : {}),
        };
      }
    }
  }
  return { name, columns, rows, widths, keyColumns: 2 };
}

function anomaliesSpec(model: ConsolidatedModel, w: MasterLanguage): TableSpec {
  const { word } = w;
  return {
    name: word('master.sheetAnomalies'),
    keyColumns: 2,
    columns: [
      { header: word('master.columnCommitmentNumber'), kind: 'int' },
      { header: word('master.columnInstitution'), kind: 'text', max: 30 },
      { header: word('master.columnSheet'), kind: 'text' },
      { header: word('master.columnCell'), kind: 'text' },
      { header: word('master.columnCode'), kind: 'text' },
      { header: word('master.columnSeverity'), kind: 'text' },
      { header: word('master.columnMessage'), kind: 'text', max: 70 },
      { header: word('master.columnLink'), kind: 'link' },
      { header: word('master.columnSource'), kind: 'text', max: 40 },
    ],
    rows: () =>
      model.anomalies.map((a) => ({
        values: [
          a.commitmentId,
          a.institution,
          a.issue.sheet,
          a.issue.cell,
          a.issue.code,
          translate(w.tag, 'master.severity', { severity: a.issue.severity }),
          // In the committee's language, whoever the focal point: one language per sheet.
          issueText(w.tag, a.issue.message),
          a.link ? { text: a.issue.cell ?? word('master.open'), href: a.link } : null,
          a.source,
        ],
      })),
    decorate: (index) => {
      const a = model.anomalies[index];
      if (!a) return undefined;
      const style = a.issue.severity === 'error' ? STATUS_STYLE.missing : STATUS_STYLE['to-fix'];
      return { 5: { fill: style.fill, color: style.font } };
    },
  };
}

/** What every sheet of the workbook shares: its printed header and footer, its direction. */
interface SheetLayout {
  header: string;
  footer: string;
  /** Right to left, as Arabic reads: the first column on the right. */
  rtl: boolean;
}

/** Writes a sheet holding one table: header on row 1, frozen, filtered, fitted, printable. */
async function writeTable(writer: Writer, layout: SheetLayout, spec: TableSpec): Promise<void> {
  const { columns } = spec;
  // Widths first: the streaming writer puts the columns before the rows.
  let widths = spec.widths;
  let count = 0;
  if (!widths) {
    // Never narrower than a header's longest word: headers wrap between words only.
    widths = columns.map((c) => Math.max(8, longestWord(c.header) + 2));
    const all = async function* () {
      yield* spec.rows();
      if (spec.totals) yield { values: spec.totals };
    };
    for await (const row of all()) {
      if (row.values !== spec.totals) count++;
      row.values.forEach((value, c) => {
        const column = columns[c];
        if (!column || value === null || value === undefined || value === '' || !widths) return;
        widths[c] = Math.max(
          widths[c] ?? 8,
          Math.min(column.max ?? MAX_WIDTH, displayWidth(column.kind, value) + 2),
        );
      });
    }
  }
  // With a title, the header is row 2: frozen, filtered and repeated on every printed page.
  const headRow = spec.title ? 2 : 1;
  // Too wide for one page at a readable scale: as many pages across as needed, each with the
  // key columns, rather than one page of print too small to read.
  const total = widths.reduce((a, b) => a + b, 0);
  const keys = spec.keyColumns ?? 0;
  const keyWidth = widths.slice(0, keys).reduce((a, b) => a + b, 0);
  const pagesWide =
    total <= PAGE_WIDTH_UNITS || keys === 0
      ? 1
      : Math.ceil((total - keyWidth) / (PAGE_WIDTH_UNITS - keyWidth));
  const ws = writer.addWorksheet(spec.name, {
    views: [
      {
        state: 'frozen',
        ySplit: headRow,
        ...(keys ? { xSplit: keys } : {}),
        ...(layout.rtl ? { rightToLeft: true } : {}),
      },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: pagesWide,
      fitToHeight: 0,
      margins: PRINT_MARGINS,
      pageOrder: 'overThenDown',
      printTitlesRow: `${headRow}:${headRow}`,
      ...(pagesWide > 1 ? { printTitlesColumn: `A:${String.fromCharCode(64 + keys)}` } : {}),
    },
    headerFooter: { oddHeader: layout.header, oddFooter: layout.footer },
  });
  const fitted = widths;
  // exceljs leaves out a column whose width is its default, 9: the program's own default
  // (8.43) would then apply.
  ws.columns = fitted.map((width) => ({ width: width === 9 ? 9.1 : width }));
  ws.autoFilter = {
    from: { row: headRow, column: 1 },
    to: { row: headRow, column: columns.length },
  };
  for (const cf of spec.conditional?.(count, headRow + 1) ?? []) ws.addConditionalFormatting(cf);

  if (spec.title) {
    const titleRow = ws.getRow(1);
    const cell = titleRow.getCell(1);
    cell.value = inertText(spec.title);
    cell.style = layout.rtl ? TITLE_STYLE_RTL : TITLE_STYLE;
    ws.mergeCells(1, 1, 1, columns.length);
    titleRow.height = 24;
    titleRow.commit();
  }
  const head = ws.getRow(headRow);
  columns.forEach((column, c) => {
    const cell = head.getCell(c + 1);
    cell.value = column.header;
    cell.style = HEADER_STYLE;
  });
  const headerLines = Math.max(
    ...columns.map((column, c) => wrappedLines(column.header, (fitted[c] ?? 10) - 1)),
  );
  head.height = Math.max(2, headerLines) * LINE_HEIGHT + 2;
  head.commit();

  let index = 0;
  for await (const row of spec.rows()) {
    const excelRow = ws.getRow(index + headRow + 1);
    writeRow(excelRow, row, columns, fitted, spec.decorate?.(index));
    excelRow.commit();
    if (++index % 256 === 0) await drained(ws);
  }
  if (spec.totals) {
    const excelRow = ws.getRow(index + headRow + 1);
    const total: StyleExtra = { bold: true, borderTop: true };
    writeRow(
      excelRow,
      { values: spec.totals },
      columns,
      fitted,
      Object.fromEntries(columns.map((_, c) => [c, total])),
    );
    excelRow.commit();
  }
  ws.commit();
}

/**
 * Waits while the zip archiver has a backlog of this sheet's XML. exceljs's row commits
 * ignore backpressure: a producer faster than deflate would pile the sheet up in memory (tens
 * of MiB for 100,000 rows). The sheet stream's pipe is the archiver's input, a readable-stream
 * PassThrough (hence `_writableState`: that library predates `writableNeedDrain`).
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  type Pipe = Writable & { _writableState?: { needDrain?: boolean } };
  const pipe = (ws as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes?.[0];
  if (pipe?._writableState?.needDrain) await once(pipe, 'drain');
}

/** Styling a cell may get beyond its kind: colours, weight, a fill, a top border. */
interface StyleExtra {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  borderTop?: boolean;
}

type Style = Partial<ExcelJS.Style>;

/** Looks by their content: one object per distinct look, whichever extra asked for it. */
const styleCache = new Map<string, Style>();
/** Looks by the extra's identity, number format and flags: a cell's look found without a key. */
const stylesByExtra = new WeakMap<StyleExtra, Map<string | undefined, Style[]>>();

/**
 * One shared style object per distinct look: exceljs registers a style once per object
 * (a WeakMap), so tens of thousands of cells cost a handful of registrations. Never mutate
 * the returned object. Called for every cell: the usual case is two map lookups, with no
 * key built (the profile of 440 000 cells showed the key's join among the run's top costs).
 */
function sharedStyle(
  numFmt: string | undefined,
  wrap: boolean,
  link: boolean,
  extra: StyleExtra,
  center = false,
): Style {
  let byFormat = stylesByExtra.get(extra);
  if (!byFormat) stylesByExtra.set(extra, (byFormat = new Map()));
  let looks = byFormat.get(numFmt);
  if (!looks) byFormat.set(numFmt, (looks = []));
  const index = (wrap ? 1 : 0) | (link ? 2 : 0) | (center ? 4 : 0);
  return (looks[index] ??= styleOfLook(numFmt, wrap, link, extra, center));
}

/** The shared style of a look, by its content. */
function styleOfLook(
  numFmt: string | undefined,
  wrap: boolean,
  link: boolean,
  extra: StyleExtra,
  center: boolean,
): Style {
  const flags = [wrap, link, center, extra.bold, extra.italic, extra.borderTop];
  const key = [numFmt, extra.color, extra.fill, ...flags.map((on) => (on ? 1 : 0))].join('|');
  let style = styleCache.get(key);
  if (!style) {
    const color = extra.color ?? (link ? 'FF0563C1' : undefined);
    const font: Partial<ExcelJS.Font> = {
      ...(color ? { color: { argb: color } } : {}),
      ...(extra.bold ? { bold: true } : {}),
      ...(extra.italic ? { italic: true } : {}),
      ...(link ? { underline: true } : {}),
    };
    style = {
      alignment: {
        vertical: 'top',
        ...(wrap ? { wrapText: true } : {}),
        ...(center ? { horizontal: 'center' } : {}),
      },
      ...(numFmt ? { numFmt } : {}),
      ...(Object.keys(font).length ? { font } : {}),
      ...(extra.fill
        ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: extra.fill } } }
        : {}),
      ...(extra.borderTop ? { border: { top: { style: 'medium' } } } : {}),
    };
    styleCache.set(key, style);
  }
  return style;
}

const PLAIN: StyleExtra = {};
const MUTED: StyleExtra = { color: 'FF808080', italic: true };
const INVALID: StyleExtra = { color: 'FF9C0006', italic: true };
/** A tone laid under a column's own styling, made once per pair (the pairs are few). */
const layered = new WeakMap<StyleExtra, WeakMap<StyleExtra, StyleExtra>>();

function layer(tone: StyleExtra, own: StyleExtra): StyleExtra {
  let byOwn = layered.get(tone);
  if (!byOwn) layered.set(tone, (byOwn = new WeakMap()));
  let both = byOwn.get(own);
  if (!both) byOwn.set(own, (both = { ...tone, ...own }));
  return both;
}

/** Writes one row's cells, wrapping text wider than its column and growing the row to fit. */
function writeRow(
  excelRow: ExcelJS.Row,
  row: OutRow,
  columns: readonly Column[],
  widths: readonly number[],
  extras?: Record<number, StyleExtra>,
): void {
  let lines = 1;
  row.values.forEach((value, c) => {
    const column = columns[c];
    if (!column || value === null || value === undefined || value === '') return;
    const cell = excelRow.getCell(c + 1);
    const written = writeCell(cell, column.kind, value);
    const width = (widths[c] ?? 10) - 1;
    const wraps = written.width > width;
    if (wraps) lines = Math.max(lines, Math.ceil(written.width / width));
    const tone = row.invalid?.has(c) ? INVALID : row.muted ? MUTED : undefined;
    const own = extras?.[c];
    cell.style = sharedStyle(
      written.numFmt,
      wraps,
      written.link,
      tone && own ? layer(tone, own) : (own ?? tone ?? PLAIN),
      column.center ?? column.kind === 'int',
    );
  });
  if (lines > 1) excelRow.height = Math.min(409, lines * LINE_HEIGHT);
}

/** Characters of a number written with thousands groups and up to two decimals (no Intl: it is hot). */
function numberWidth(value: number): number {
  const digits = String(Math.trunc(Math.abs(value))).length;
  return (
    digits + Math.floor((digits - 1) / 3) + (Number.isInteger(value) ? 0 : 3) + (value < 0 ? 1 : 0)
  );
}

/** The display width of a value, as {@link writeCell} would write it. */
function displayWidth(kind: Kind, value: Out): number {
  if (kind === 'date' && typeof value === 'string') return 10;
  if (value instanceof Date) return kind === 'datetime' ? 16 : 10;
  if (typeof value === 'number') return numberWidth(value) + (kind === 'money' ? 3 : 0);
  if (typeof value === 'object' && value !== null && 'href' in value)
    return Math.min(value.text.length, 40);
  return String(value).length;
}

/** Writes a value as its kind; returns its display width, number format and whether it is a link. */
function writeCell(
  cell: ExcelJS.Cell,
  kind: Kind,
  value: Out,
): { width: number; numFmt?: string; link: boolean } {
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    cell.value = new Date(`${value}T00:00:00Z`);
    return { width: 10, numFmt: NUM_FMT.date as string, link: false };
  }
  if (value instanceof Date) {
    cell.value = value;
    return {
      width: kind === 'datetime' ? 16 : 10,
      numFmt: NUM_FMT[kind] ?? (NUM_FMT.date as string),
      link: false,
    };
  }
  if (typeof value === 'number') {
    cell.value = value;
    const numFmt = NUM_FMT[kind];
    const width = numberWidth(value) + (kind === 'money' ? 3 : 0);
    return numFmt ? { width, numFmt, link: false } : { width, link: false };
  }
  if (typeof value === 'object' && value !== null && 'href' in value) {
    const text = inertText(value.text);
    const link = parseHttpUrl(value.href).ok;
    cell.value = link ? { text, hyperlink: value.href } : text;
    return { width: Math.min(text.length, 40), link };
  }
  const text = inertText(String(value));
  cell.value = text;
  return { width: text.length, link: false };
}

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * User text as a plain string cell: never a formula (exceljs writes strings as text, and
 * formulas only from formula objects), without the control characters XML cannot carry,
 * and within a cell's 32 767 characters.
 */
export function inertText(text: string): string {
  const clean = text
    .replace(XML_FORBIDDEN, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(BIDI_OVERRIDES, '');
  return clean.length > MAX_CELL_TEXT ? shorten(clean, MAX_CELL_TEXT - 1) : clean;
}

/** Lines a header needs at a width, breaking between words. */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > width) {
      lines++;
      used = word.length;
    } else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}

function longestWord(text: string): number {
  return Math.max(...text.split(/\s+/).map((w) => w.length));
}

/** Page header text: `&` starts a code there. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * A journal's command as the reader's language says it, a trial said so (« tick (prueba) »); a
 * trial an earlier version recorded in the command's name (« tick (essai) ») is said the same.
 */
function commandText(tag: LocaleTag, run: RunRecord): string {
  const legacy = run.command.endsWith(' (essai)');
  const command = legacy ? run.command.slice(0, -' (essai)'.length) : run.command;
  return run.trial || legacy ? translate(tag, 'master.journalTrial', { command }) : command;
}

/** The committee's wall-clock time of an instant, as a date a spreadsheet shows unshifted. */
function wallClock(iso: string, timeZone: string): Date {
  const instant = new Date(iso);
  return new Date(instant.getTime() + zoneOffsetMs(instant, timeZone));
}
