/**
 * The calendar's warnings of a committee whose people and plan come from its workbook, each at
 * the sheet and cell it is about (« Réunions!A3 : Réunion du 10/03/2019 : … est un dimanche »),
 * as a submission's problems are. They stay warnings (see {@link calendarFindings}): the version
 * is accepted and the secretariat told. The cells of the dated values are kept with the accepted
 * version, so that a run which does not read the workbook again still names them.
 */
import { calendarFindings, type CalendarPath } from '../calendar-checks.js';
import { render, type Message } from '../catalogue/render.js';
import type { CommitteeConfig } from '../config-schema.js';
import type { LocaleTag } from '../locale-tag.js';
import type { RosterCell, RosterReading } from './roster-data.js';
import { rosterIssueText } from './roster-issue-text.js';

/** Where each dated value of the roster was read, by its configuration path (`meetings.2.date`). */
export type RosterCells = Record<string, RosterCell>;

/** A calendar warning at the workbook's cell it is about (null: no one cell). */
export interface PlacedCalendarWarning {
  at: RosterCell | null;
  message: Message;
}

const keyOf = (path: CalendarPath): string => path.join('.');

/**
 * The cells of every dated value of a configuration read from the workbook: the plan's bounds,
 * meetings, dated deadlines and campaigns before meetings, milestones, days off removed.
 * `config` is the one merged from `reading` (its lists in the workbook's row order).
 */
export function datedCells(config: CommitteeConfig, cellOf: RosterReading['cellOf']): RosterCells {
  const paths: CalendarPath[] = [
    ['plan', 'start'],
    ['plan', 'end'],
  ];
  config.meetings.forEach((_, i) => paths.push(['meetings', i, 'date']));
  config.campaigns.forEach((c, i) =>
    paths.push(['campaigns', i, 'due' in c ? 'due' : 'dueBeforeEachMeeting']),
  );
  config.commitments.forEach((c, i) =>
    c.milestones?.forEach((_, j) => {
      paths.push(['commitments', i, 'milestones', j, 'start']);
      paths.push(['commitments', i, 'milestones', j, 'end']);
    }),
  );
  config.holidays.remove.forEach((_, k) => paths.push(['holidays', 'remove', k]));
  const cells: RosterCells = {};
  for (const path of paths) {
    const cell = cellOf(path);
    if (cell) cells[keyOf(path)] = { sheet: cell.sheet, cell: cell.cell };
  }
  return cells;
}

/** The calendar's warnings, each at the cell of the value it is about when the workbook gave it. */
export function placedCalendarWarnings(
  config: CommitteeConfig,
  cells: RosterCells,
): PlacedCalendarWarning[] {
  return calendarFindings(config).map((finding) => ({
    at: (finding.path && cells[keyOf(finding.path)]) || null,
    message: finding.message,
  }));
}

/** A placed warning as a person reads it: « Réunions!A3 : … », or the warning alone. */
export function placedWarningText(tag: LocaleTag, warning: PlacedCalendarWarning): string {
  return warning.at
    ? rosterIssueText(tag, { ...warning.at, message: warning.message })
    : render(tag, warning.message);
}
