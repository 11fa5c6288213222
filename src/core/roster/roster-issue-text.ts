/** A problem of the committee workbook as a person reads it: « Feuille « Personnes », cellule D9 : … ». */
import { render, translate } from '../catalogue/render.js';
import type { LocaleTag } from '../locale-tag.js';
import type { RosterIssue } from './roster-data.js';

/** The problem with its sheet and cell (or its sheet alone), said for a reader of `tag`. */
export function rosterIssueText(tag: LocaleTag, issue: RosterIssue): string {
  const problem = render(tag, issue.message);
  return issue.cell === null
    ? translate(tag, 'roster.issueAtSheet', { sheet: issue.sheet, problem })
    : translate(tag, 'roster.issueAt', { sheet: issue.sheet, cell: issue.cell, problem });
}
