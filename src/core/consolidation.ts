/**
 * The consolidation model (docs/workbooks.md, « The master tracking workbook »): from each
 * commitment's source outcome to the rows of the master workbook's sheets. Pure: no file, no
 * clock (the instant comes in), no vendor type.
 */
import { rosterByRole, type RosterEntry } from './roles.js';
import type { TemplateTerms } from '../../sheets-templates/submission-template.js';
import { campaignRounds, currentRound, type CampaignRound } from './campaigns.js';
import { localDateAt, zoneOffsetMs, type IsoDate } from './calendar-date.js';
import type { Commitment, CommitteeConfig } from './config-schema.js';
import { countIssues, makeIssue, unreadableReason, type Issue } from './issue.js';
import { issueShown, issueText } from './issue-message.js';
import { isSent, latestDeliveries, type LedgerEntry } from './ledger.js';
import { completionOf, milestoneProgress, type IrmLevel } from './completion.js';
import { plannedSends, SEND_KINDS, type SendKind } from './schedule.js';
import { command, render, translate } from './catalogue/render.js';
import { releaseCommand } from './release-command.js';
import { placedCalendarWarnings, type RosterCells } from './roster/roster-calendar.js';
import type { LocaleTag } from './locale-tag.js';
import { isWorkshopInvitationKey, sendKindLabel } from './value-labels.js';
import type { ActionRecord, MilestoneRecord, SubmissionReading } from './submission.js';

export { SUBMISSION_STATUSES, type SubmissionStatus } from './submission-status.js';
import type { SubmissionStatus } from './submission-status.js';

/**
 * What the consolidation keeps of a reading once validated: its header, issues and totals.
 * Its rows stay in the state store and are streamed into the master one submission at a
 * time, so memory does not grow with the number of submissions.
 */
export interface ReadingSummary {
  engagement: SubmissionReading['engagement'];
  issues: Issue[];
  actions: number;
  actionsDone: number;
  budget: number;
  milestones: number;
  milestonesAchieved: number;
  /** Progress values from 0 to 100 of the milestones that have one. */
  progress: number[];
  /** Each milestone's progress, from its value or its level (null: nothing said). */
  milestoneProgress: (number | null)[];
  indicators: Omit<IndicatorRow, 'commitmentId' | 'institution'>[];
  /** Completion dates of realised actions, to count what changed since a meeting. */
  doneDates: IsoDate[];
  /** The achieved milestones, by reference and title, to name those achieved since a meeting. */
  achieved: string[];
  /** The milestones, in short: the self-assessment and the status page show them. */
  milestoneList: MilestoneBrief[];
  /** The actions' evidence links (each once). */
  actionEvidence: string[];
  /** The longest text of each field, for the master's column widths. */
  widths: { actions: Record<string, number>; milestones: Record<string, number> };
}

/** Summarises a reading: the totals the dashboard, indicators and emails need. */
export function summarizeReading(
  reading: SubmissionReading,
  charter: CommitteeConfig['charter'],
): ReadingSummary {
  const progress = reading.milestones
    .map((m) => m.progress)
    .filter((p): p is number => p !== null && p >= 0 && p <= 100);
  return {
    engagement: reading.engagement,
    issues: reading.issues,
    actions: reading.actions.length,
    actionsDone: reading.actions.filter((a) => a.status === 'done').length,
    budget: sum(reading.actions.map((a) => a.budget)),
    milestones: reading.milestones.length,
    milestonesAchieved: reading.milestones.filter(isAchieved).length,
    progress,
    milestoneProgress: reading.milestones.map(milestoneProgress),
    indicators: indicatorRows(charter, reading.actions),
    doneDates: reading.actions.flatMap((a) =>
      a.status === 'done' && a.doneDate ? [a.doneDate] : [],
    ),
    achieved: reading.milestones
      .filter(isAchieved)
      .map((m) => [m.ref, m.title].filter(Boolean).join(' — ')),
    milestoneList: reading.milestones.map((m) => ({
      ref: m.ref,
      title: m.title,
      start: m.start,
      end: m.end,
      progress: milestoneProgress(m),
      evidence: m.evidence,
      difficulties: m.difficulties,
    })),
    actionEvidence: [...new Set(reading.actions.flatMap((a) => (a.evidence ? [a.evidence] : [])))],
    widths: { actions: fieldWidths(reading.actions), milestones: fieldWidths(reading.milestones) },
  };
}

/** The longest displayed text per field of some records (what was typed, for unreadable cells). */
function fieldWidths(records: readonly (ActionRecord | MilestoneRecord)[]): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      if (field === 'invalid' || field === 'row' || value === null) continue;
      const width = Array.isArray(value)
        ? value.join(', ').length
        : typeof value === 'string'
          ? value.length
          : typeof value === 'number'
            ? String(Math.trunc(value)).length + 4
            : 3;
      if (width > (widths[field] ?? 0)) widths[field] = width;
    }
    for (const [field, text] of Object.entries(record.invalid)) {
      if (text.length > (widths[field] ?? 0)) widths[field] = text.length;
    }
  }
  return widths;
}

/** A milestone as the self-assessment and the status page show it. */
export interface MilestoneBrief {
  ref: string | null;
  title: string | null;
  start: IsoDate | null;
  end: IsoDate | null;
  /** Its progress, from its value or its level (null: nothing said). */
  progress: number | null;
  evidence: string | null;
  difficulties: string | null;
}

/** A reading of a submission with where and when it was made. */
export interface DatedReading {
  summary: ReadingSummary;
  /** The instant the source was read (ISO 8601). */
  readAt: string;
  /** The day the focal point submitted it (declared, or the file's modification day). */
  submittedOn: IsoDate | null;
  /** The file path or sheet address, for provenance. */
  source: string;
  /** Received by email: when (ISO 8601) and from whom. */
  viaMail?: { receivedAt: string; from: string };
}

/**
 * What became of one commitment's source this run:
 * - `fresh`: read now;
 * - `stale`: cannot be read now (`problem` says why), its last good reading stands in;
 * - `unreadable`: cannot be read and never could;
 * - `missing`: nothing was ever sent (no file, or no source configured).
 */
export type SourceOutcome =
  | ({ kind: 'fresh' } & DatedReading)
  /** `gone`: the file is no longer where the configuration says (a matter for the secretariat). */
  | ({ kind: 'stale'; problem: Issue; gone?: boolean } & DatedReading)
  | { kind: 'unreadable'; problem: Issue; source: string }
  /**
   * `problem`: the configured file is not there (said by name); `template`: the file is the
   * pre-filled template nobody filled in.
   */
  | { kind: 'missing'; source: string | null; problem?: Issue; template?: boolean };

/** A link to a cell of the source, where the source is a shared sheet (null for files). */
export type CellLinker = (
  commitmentId: number,
  sheet: string | null,
  cell: string | null,
) => string | null;

/** One row of the dashboard. */
export interface DashboardRow {
  id: number;
  title: string;
  institution: string;
  focalPoint: string;
  status: SubmissionStatus;
  /** What came: a sheet read (now or earlier), a file that never could be read, or nothing. */
  sheet: SheetFacts['sheet'];
  lastUpdate: IsoDate | null;
  /**
   * Late for the current round: its deadline has passed without a valid sheet for it. Null
   * when there is no round.
   */
  late: boolean | null;
  actionsPlanned: number;
  actionsDone: number;
  budget: number;
  milestonesAchieved: number;
  milestonesTotal: number;
  averageProgress: number | null;
  errors: number;
  warnings: number;
  /** What the secretariat should know: a source problem, data shown from an earlier reading. */
  remark: string | null;
  /** The commitment's completion on the IRM scale. */
  completion: IrmLevel;
  /** When the secretariat set the level itself: its justification (else null: derived). */
  completionSetBy: string | null;
  /** The axis of the action plan, when configured. */
  axis: string | null;
}

/** A row with its commitment and provenance. */
export interface Provenance {
  commitmentId: number;
  institution: string;
  source: string;
  /** The day the data was read, in the committee's time zone. */
  readOn: IsoDate;
  /** True when the data comes from an earlier reading because the source cannot be read now. */
  stale: boolean;
}

export interface IndicatorRow {
  commitmentId: number;
  institution: string;
  type: string;
  indicator: string;
  planned: number;
  done: number;
  target: number;
  achieved: number;
  budget: number;
}

export interface AnomalyRow {
  /** Null for the configuration's own warnings (its calendar). */
  commitmentId: number | null;
  /**
   * The source is not where the configuration says: the secretariat's to fix (a path, a
   * name), not the focal point's; never in a focal point's email.
   */
  forSecretariat?: boolean;
  institution: string;
  source: string;
  issue: Issue;
  link: string | null;
}

/** What a row of the calendar is (an id: the catalogues name it), in the order a day lists them. */
export const CALENDAR_KINDS = [
  'meeting',
  'workshop',
  'deadline',
  'send-planned',
  'send-done',
  'send-written',
] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarRow {
  date: IsoDate;
  time: string | null;
  kind: CalendarKind;
  title: string;
  details: string;
  past: boolean;
}

/** A submission whose rows the master shows, with their provenance and counts. */
export interface RecordSet extends Provenance {
  actions: number;
  milestones: number;
  doneDates: IsoDate[];
  achieved: string[];
  milestoneList: MilestoneBrief[];
  actionEvidence: string[];
}

/** Everything the master workbook shows, but the run journal and the rows themselves. */
export interface ConsolidatedModel {
  committeeName: string;
  /** The committee's currency and its charter's logo, as headers name them. */
  terms: TemplateTerms;
  generatedAt: Date;
  today: IsoDate;
  round: CampaignRound | null;
  dashboard: DashboardRow[];
  totals: Omit<
    DashboardRow,
    | 'id'
    | 'title'
    | 'institution'
    | 'focalPoint'
    | 'status'
    | 'sheet'
    | 'lastUpdate'
    | 'late'
    | 'remark'
    | 'completion'
    | 'completionSetBy'
    | 'axis'
  > & {
    received: number;
    toFix: number;
    /** Sheets from an earlier round, not updated for this one. */
    toUpdate: number;
    missing: number;
    late: number;
  };
  /** The submissions whose rows go into the Actions and Jalons sheets, in commitment order. */
  recordSets: RecordSet[];
  /** The longest text per field over every submission, for column widths. */
  widths: ReadingSummary['widths'];
  indicators: IndicatorRow[];
  anomalies: AnomalyRow[];
  calendar: CalendarRow[];
  /** The people the committee works with, by role (the master's roster sheet). */
  roster: RosterEntry[];
}

/** Builds the model from each commitment's outcome (in configuration order). */
export function buildConsolidation(
  config: CommitteeConfig,
  outcomes: ReadonlyMap<number, SourceOutcome>,
  now: Date,
  linkCell: CellLinker = () => null,
  sent: readonly LedgerEntry[] = [],
  /** Where a committee workbook holds each dated value: its calendar warnings name the cell. */
  rosterCells: RosterCells = {},
  /** The email held for the secretariat from each commitment's people, not released. */
  held: ReadonlyMap<number, HeldMessage> = new Map(),
): ConsolidatedModel {
  const timeZone = config.committee.timezone;
  // The dashboard is the secretariat's: its numbers and dates as the committee's country writes them.
  const locale = config.committee.tag;
  const today = localDateAt(now, timeZone);
  const round = currentRound(config, today);
  const commitments = [...config.commitments].sort((a, b) => a.id - b.id);

  const dashboard: DashboardRow[] = [];
  const recordSets: RecordSet[] = [];
  const widths: ReadingSummary['widths'] = { actions: {}, milestones: {} };
  const anomalies: AnomalyRow[] = [];
  const indicators: IndicatorRow[] = [];

  for (const commitment of commitments) {
    const outcome = outcomes.get(commitment.id) ?? { kind: 'missing', source: null };
    const dated = outcome.kind === 'fresh' || outcome.kind === 'stale' ? outcome : null;
    const issues = [
      ...(outcome.kind === 'stale' || outcome.kind === 'unreadable' ? [outcome.problem] : []),
      ...(dated?.summary.issues ?? []),
    ];
    const source = outcome.source ?? '';
    // A configured file that is not there is listed with the anomalies, by name; it is not
    // an error of the sheet (nothing was sent), so it is not counted as one.
    const listed =
      outcome.kind === 'missing' && outcome.problem ? [outcome.problem, ...issues] : issues;
    const gone =
      (outcome.kind === 'missing' && outcome.problem) || (outcome.kind === 'stale' && outcome.gone)
        ? (outcome.problem as Issue)
        : null;
    for (const issue of listed) {
      anomalies.push({
        commitmentId: commitment.id,
        ...(issue === gone ? { forSecretariat: true } : {}),
        institution: commitment.institution,
        source,
        issue,
        link:
          issue.code === 'file-unreadable'
            ? null
            : linkCell(commitment.id, issue.sheet, issue.cell),
      });
    }
    if (dated) {
      const provenance: Provenance = {
        commitmentId: commitment.id,
        institution: commitment.institution,
        source: dated.source,
        readOn: localDateAt(new Date(dated.readAt), timeZone),
        stale: outcome.kind === 'stale',
      };
      const summary = dated.summary;
      recordSets.push({
        ...provenance,
        actions: summary.actions,
        milestones: summary.milestones,
        doneDates: summary.doneDates,
        achieved: summary.achieved,
        milestoneList: summary.milestoneList,
        actionEvidence: summary.actionEvidence,
      });
      for (const sheet of ['actions', 'milestones'] as const) {
        for (const [field, width] of Object.entries(summary.widths[sheet])) {
          widths[sheet][field] = Math.max(widths[sheet][field] ?? 0, width);
        }
      }
      for (const row of summary.indicators) {
        indicators.push({
          commitmentId: commitment.id,
          institution: commitment.institution,
          ...row,
          type: row.type === UNKNOWN_TYPE ? translate(locale, 'dashboard.unknownType') : row.type,
        });
      }
    }
    const row = dashboardRow(commitment, outcome, issues, round, today, timeZone, locale);
    dashboard.push(withHeld(row, outcome, held.get(commitment.id), locale));
  }

  // The calendar's own oddities come first: they concern every commitment.
  // The committee's own warnings, in its language (the master is).
  anomalies.unshift(...calendarAnomalies(config, rosterCells));
  return {
    committeeName: config.committee.name,
    terms: { currency: config.committee.currency, logoName: config.charter.logoName },
    generatedAt: now,
    today,
    round,
    dashboard,
    totals: totalsOf(dashboard),
    recordSets,
    widths,
    indicators,
    anomalies,
    calendar: calendarRows(config, today, sent),
    roster: rosterByRole(config),
  };
}

/**
 * The calendar's warnings as anomalies: at the committee workbook's sheet and cell when the
 * people and plan come from it (the file named by `roster:`), else at committee.yaml.
 */
function calendarAnomalies(config: CommitteeConfig, cells: RosterCells): AnomalyRow[] {
  const tag = config.committee.tag;
  const roster = config.roster;
  const source = roster
    ? 'workbook' in roster
      ? roster.workbook
      : roster.sheet
    : 'committee.yaml';
  return placedCalendarWarnings(config, roster ? cells : {}).map(({ at, message }) => {
    const issue = makeIssue('calendar-warning', {}, render(tag, message));
    const row = at ? /^([A-Z]+)(\d+)$/.exec(at.cell) : null;
    return {
      commitmentId: null,
      institution: translate(tag, 'calendar.configuration'),
      source,
      issue: at
        ? { ...issue, sheet: at.sheet, cell: at.cell, column: row?.[1] ?? null, row: row ? Number(row[2]) : null } // prettier-ignore
        : issue,
      link: null,
    };
  });
}

function dashboardRow(
  commitment: Commitment,
  outcome: SourceOutcome,
  issues: readonly Issue[],
  round: CampaignRound | null,
  today: IsoDate,
  timeZone: string,
  locale: LocaleTag,
): DashboardRow {
  const dated = outcome.kind === 'fresh' || outcome.kind === 'stale' ? outcome : null;
  const counts = countIssues(issues);
  const summary = dated?.summary;
  const progress = summary?.progress ?? [];
  const submittedOn = dated?.submittedOn ?? null;
  const sheet = dated ? 'read' : outcome.kind === 'unreadable' ? 'unreadable' : 'none';
  const status = statusInRound({ sheet, submittedOn, errors: counts.errors }, round);
  const inRound = round ? receivedIn(submittedOn, round) : dated !== null;
  const receivedLate = round !== null && inRound && (submittedOn as IsoDate) > round.due;
  return {
    id: commitment.id,
    title: commitment.title,
    institution: commitment.institution,
    focalPoint: commitment.focalPoint.name,
    status,
    sheet,
    lastUpdate: submittedOn,
    // One status never contradicts the other: a valid sheet for this round is never late.
    late: round ? today > round.due && status !== 'received' : null,
    actionsPlanned: summary?.actions ?? 0,
    actionsDone: summary?.actionsDone ?? 0,
    budget: summary?.budget ?? 0,
    milestonesAchieved: summary?.milestonesAchieved ?? 0,
    // Without a sheet, the milestones the plan gives it: none achieved of them.
    milestonesTotal: summary?.milestones ?? commitment.milestones?.length ?? 0,
    averageProgress: progress.length ? round1(sum(progress) / progress.length) : null,
    errors: counts.errors,
    warnings: counts.warnings,
    remark: remarkFor(outcome, status, round, receivedLate, timeZone, locale),
    completion: commitment.completion?.level ?? completionOf(summary?.milestoneProgress ?? []),
    completionSetBy: commitment.completion?.justification ?? null,
    axis: commitment.axis ?? null,
  };
}

/** An email held for the secretariat: the day it came and its key, as `intake --release` takes it. */
interface HeldMessage {
  day: IsoDate;
  key: string;
}

/**
 * A commitment whose email is held for the secretariat: its remark says so, with the command
 * that releases it, and no longer that no sheet came (one may be in that email).
 */
function withHeld(
  row: DashboardRow,
  outcome: SourceOutcome,
  held: HeldMessage | undefined,
  locale: LocaleTag,
): DashboardRow {
  if (!held) return row;
  const said = translate(locale, 'dashboard.held', {
    day: held.day,
    // The command as the secretariat types it, on its own line and never isolated.
    command: command(releaseCommand(held.key)),
  });
  const before = outcome.kind === 'missing' ? remarkOfMissing(outcome, locale, true) : row.remark;
  return { ...row, remark: [before, said].filter(Boolean).join(' ') };
}

/** What a commitment without a sheet shows: why, and, unless an email of theirs is held, that none came. */
function remarkOfMissing(
  outcome: Extract<SourceOutcome, { kind: 'missing' }>,
  locale: LocaleTag,
  held: boolean,
): string | null {
  if (outcome.problem) {
    return translate(locale, 'dashboard.missingWith', {
      problem: issueShown(locale, outcome.problem.message),
      held,
    });
  }
  // The prefilled template still in its place says nothing of a filled one held by email.
  if (outcome.template)
    return held ? null : translate(locale, 'dashboard.templateUntouched', { held });
  if (!outcome.source) return translate(locale, 'dashboard.noSource');
  return held ? null : translate(locale, 'dashboard.noSheet');
}

function remarkFor(
  outcome: SourceOutcome,
  status: SubmissionStatus,
  round: CampaignRound | null,
  receivedLate: boolean,
  timeZone: string,
  locale: LocaleTag,
): string | null {
  const parts: string[] = [];
  switch (outcome.kind) {
    case 'stale': {
      // Inside the remark's own sentence: « Source illisible aujourd'hui (fichier introuvable…) »,
      // the reason alone, without « Fichier illisible : » before it.
      const reason = issueText(locale, unreadableReason(outcome.problem));
      const problem = reason.charAt(0).toLocaleLowerCase(locale) + reason.slice(1);
      parts.push(
        translate(locale, 'dashboard.stale', {
          problem,
          readOn: localDateAt(new Date(outcome.readAt), timeZone),
        }),
      );
      break;
    }
    case 'unreadable':
      parts.push(issueText(locale, outcome.problem.message));
      break;
    case 'missing':
      parts.push(remarkOfMissing(outcome, locale, false) ?? '');
      break;
    default:
      break;
  }
  const dated = outcome.kind === 'fresh' || outcome.kind === 'stale' ? outcome : null;
  if (dated?.viaMail) {
    const at = new Date(dated.viaMail.receivedAt);
    const day = localDateAt(at, timeZone);
    const time = new Date(at.getTime() + zoneOffsetMs(at, timeZone)).toISOString().slice(11, 16);
    parts.push(translate(locale, 'dashboard.viaMail', { day, time, from: dated.viaMail.from }));
  }
  if (dated?.submittedOn && round) {
    if (status === 'to-update') {
      parts.push(
        translate(locale, 'dashboard.notUpdated', { sheetDate: dated.submittedOn, due: round.due }),
      );
    } else if (receivedLate) {
      parts.push(
        translate(locale, 'dashboard.receivedLate', { date: dated.submittedOn, due: round.due }),
      );
    }
  }
  return parts.length ? parts.join(' ') : null;
}

/** What a commitment's status in a round is made of. */
export interface SheetFacts {
  /** A sheet read (now or earlier), a file that came but never could be read, or nothing. */
  sheet: 'read' | 'unreadable' | 'none';
  /** The day the sheet read was submitted. */
  submittedOn: IsoDate | null;
  /** Its errors. */
  errors: number;
}

/**
 * A commitment's status in a round, the one definition: nothing came, « missing »; a file that
 * came but never could be read, « to-fix »; a sheet read, « to-update » until one is dated in
 * the round, then « to-fix » while it has errors, else « received ». The dashboard judges by
 * the round being collected; a reminder by the round it is for (due-emails.ts), so that the
 * next deadline's reminder, sent while the last one's late sheets are still chased, goes to
 * those who have not updated for it.
 */
export function statusInRound(facts: SheetFacts, round: CampaignRound | null): SubmissionStatus {
  if (facts.sheet === 'none') return 'missing';
  // A file that came but cannot be read was sent: it is to correct, not missing.
  if (facts.sheet === 'unreadable') return 'to-fix';
  if (round && !receivedIn(facts.submittedOn, round)) return 'to-update';
  return facts.errors > 0 ? 'to-fix' : 'received';
}

/** The facts of a dashboard row, to judge it in another round. */
export function sheetFactsOf(row: DashboardRow): SheetFacts {
  return { sheet: row.sheet, submittedOn: row.lastUpdate, errors: row.errors };
}

/** A submission counts for a round when dated after the previous round's deadline. */
function receivedIn(submittedOn: IsoDate | null, round: CampaignRound): boolean {
  return submittedOn !== null && (round.opensAfter === null || submittedOn > round.opensAfter);
}

function isAchieved(m: MilestoneRecord): boolean {
  return m.completion === 'complete' || (m.progress !== null && m.progress >= 100);
}

/** The indicators' key of actions of no known type, named in the committee's language later. */
const UNKNOWN_TYPE = '';

function indicatorRows(
  charter: CommitteeConfig['charter'],
  actions: readonly ActionRecord[],
): ReadingSummary['indicators'] {
  const byType = new Map<string, ActionRecord[]>();
  for (const action of actions) {
    const type = action.type ?? UNKNOWN_TYPE;
    const list = byType.get(type);
    if (list) list.push(action);
    else byType.set(type, [action]);
  }
  const order = charter.actionTypes.map((t) => t.name);
  return [...byType.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b) || a.localeCompare(b))
    .map(([type, list]) => ({
      type,
      indicator: charter.actionTypes.find((t) => t.name === type)?.indicator ?? '',
      planned: list.length,
      done: list.filter((a) => a.status === 'done').length,
      target: sum(list.map((a) => a.target)),
      achieved: sum(list.map((a) => a.achieved)),
      budget: sum(list.map((a) => a.budget)),
    }));
}

function rank(order: readonly string[], name: string): number {
  const index = order.indexOf(name);
  return index < 0 ? order.length : index;
}

/**
 * The plan's progress, the one figure of the master's totals row (« Avancement moyen »), the
 * status page (« Avancement global ») and the reports: the mean of the commitments' progress
 * (each its milestones' mean), a commitment that reported none counting 0 %, to a tenth. Null
 * for a plan without commitments.
 */
export function planProgress(
  rows: readonly Pick<DashboardRow, 'averageProgress'>[],
): number | null {
  if (rows.length === 0) return null;
  return round1(rows.reduce((total, d) => total + (d.averageProgress ?? 0), 0) / rows.length);
}

function totalsOf(dashboard: readonly DashboardRow[]): ConsolidatedModel['totals'] {
  const count = (status: SubmissionStatus) => dashboard.filter((d) => d.status === status).length;
  return {
    actionsPlanned: sum(dashboard.map((d) => d.actionsPlanned)),
    actionsDone: sum(dashboard.map((d) => d.actionsDone)),
    budget: sum(dashboard.map((d) => d.budget)),
    milestonesAchieved: sum(dashboard.map((d) => d.milestonesAchieved)),
    milestonesTotal: sum(dashboard.map((d) => d.milestonesTotal)),
    averageProgress: planProgress(dashboard),
    errors: sum(dashboard.map((d) => d.errors)),
    warnings: sum(dashboard.map((d) => d.warnings)),
    received: count('received'),
    toFix: count('to-fix'),
    toUpdate: count('to-update'),
    missing: count('missing'),
    late: dashboard.filter((d) => d.late).length,
  };
}

function calendarRows(
  config: CommitteeConfig,
  today: IsoDate,
  sent: readonly LedgerEntry[],
): CalendarRow[] {
  const timeZone = config.committee.timezone;
  const tag = config.committee.tag;
  // One row per email sent, or written to the outbox (by its Message-ID: a feedback merged
  // into a reminder is that reminder), with every recipient it reached.
  const deliveries = new Map<string, { entry: LedgerEntry; recipients: string[] }>();
  for (const entry of latestDeliveries(sent).values()) {
    if (!isSent(entry)) continue;
    const group = deliveries.get(entry.messageId) ?? { entry, recipients: [] };
    if (!group.recipients.includes(entry.recipient)) group.recipients.push(entry.recipient);
    deliveries.set(entry.messageId, group);
  }
  const rows: CalendarRow[] = [
    ...config.meetings.map((m) => ({
      date: m.date,
      time: m.time ?? null,
      // A training workshop is one, in the calendar's type column too.
      kind: m.kind === 'workshop' ? ('workshop' as const) : ('meeting' as const),
      title:
        m.kind === 'workshop'
          ? translate(tag, 'calendar.workshop', {
              titled: m.title !== undefined,
              title: m.title ?? '',
            })
          : translate(tag, 'calendar.meeting'),
      details: [m.place, m.agenda.join(' ; ')].filter(Boolean).join(' — '),
      past: m.date < today,
    })),
    ...campaignRounds(config).map((r) => ({
      date: r.due,
      time: null,
      kind: 'deadline' as const,
      title: r.title,
      details: r.meeting
        ? translate(tag, 'calendar.roundBeforeMeeting', { date: r.meeting })
        : translate(tag, 'calendar.roundForAll'),
      past: r.due < today,
    })),
    ...plannedSends(config, config.plan.start, config.plan.end).map((p) => ({
      date: p.day,
      time: p.time,
      kind: 'send-planned' as const,
      title: sendKindLabel(tag, p.kind, p.meeting?.kind === 'workshop'),
      details: `${render(tag, p.description)} — ${render(tag, p.audience)}`,
      past: p.day < today,
    })),
    ...[...deliveries.values()].map(({ entry, recipients }) => {
      const at = new Date(entry.at);
      return {
        date: localDateAt(at, timeZone),
        time: new Date(at.getTime() + zoneOffsetMs(at, timeZone)).toISOString().slice(11, 16),
        // Written to the outbox (no mail server set): nothing left, the calendar says so.
        kind: entry.transport === 'outbox' ? ('send-written' as const) : ('send-done' as const),
        title: entry.subject,
        details: `${sendKindName(tag, entry)} — ${recipients.join(', ')}`,
        past: true,
      };
    }),
  ];
  const order = (kind: CalendarKind) => CALENDAR_KINDS.indexOf(kind);
  return rows.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      order(a.kind) - order(b.kind) ||
      a.title.localeCompare(b.title),
  );
}

/** A kind of send as the calendar names it; a kind it does not know (an older ledger's) as it is. */
function sendKindName(tag: LocaleTag, { kind, key }: LedgerEntry): string {
  return (SEND_KINDS as readonly string[]).includes(kind)
    ? sendKindLabel(tag, kind as SendKind, isWorkshopInvitationKey(key))
    : kind;
}

function sum(values: readonly (number | null)[]): number {
  let total = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) total += v;
  return Math.round(total * 100) / 100;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
