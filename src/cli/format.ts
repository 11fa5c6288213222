/**
 * What the command line prints for a person: each command's result in the words of the
 * language it speaks (the committee's, or `--locale`'s). `--json` prints the results as they are.
 */
import { relative, resolve } from 'node:path';
import type { CliWords } from '../core/catalogue/cli-shape.js';
import type { CalendarWords } from '../core/catalogue/calendar-shape.js';
import { countIssues } from '../core/issue.js';
import type { IsoDate } from '../core/calendar-date.js';
import type { EstimatedHoliday, PlannedSend } from '../core/schedule.js';
import type { ConsolidateSummary } from '../jobs/consolidate.js';
import type { InitResult } from '../jobs/init-project.js';
import type { IntakeSummary } from '../jobs/intake.js';
import type { MailCheckResult } from '../jobs/mail-check.js';
import type { CalendarRunSummary } from '../jobs/send-calendar.js';
import type { FileResult } from '../jobs/validate-files.js';

/** A path as the person typing sees it: from the current folder when it is below it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith('..') ? file : rel;
}

/** `validate`: one block per file, issues by cell, then a summary. */
export function formatValidation(
  results: readonly FileResult[],
  quiet: boolean,
  w: CliWords,
): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const counts = countIssues(result.issues);
    errors += counts.errors;
    warnings += counts.warnings;
    lines.push(
      w.fileLine(displayPath(result.file), result.commitment, { valid: result.valid, ...counts }),
    );
    if (quiet) continue;
    for (const issue of result.issues) {
      const sheet = issue.sheet ? `[${issue.sheet}] ` : '';
      lines.push(`    ${w.severity[issue.severity]} ${issue.code} — ${sheet}${issue.message}`);
    }
  }
  const valid = results.filter((r) => r.valid).length;
  lines.push(w.filesSummary(results.length, valid, errors, warnings));
  return `${lines.join('\n')}\n`;
}

/** `consolidate` (and the first part of the sends): where the outputs are, and the counts. */
export function formatConsolidation(
  summary: ConsolidateSummary,
  quiet: boolean,
  w: CliWords,
): string {
  const lines = [
    w.master(displayPath(summary.master)),
    w.page(displayPath(summary.page)),
    w.openData(displayPath(summary.openData)),
  ];
  if (!quiet) {
    lines.push(
      w.sheets(summary),
      w.records(summary.actions, summary.milestones, summary.errors, summary.warnings),
    );
    for (const problem of summary.sourceProblems) {
      lines.push(w.sourceProblem(problem.commitment, problem.message));
    }
    if (summary.stale > 0) lines.push(w.staleSources(summary.stale));
  }
  return `${lines.join('\n')}\n`;
}

/** `tick`, `remind`, `report`: the emails of the run, and how they went. */
export function formatSends(
  summary: CalendarRunSummary,
  quiet: boolean,
  w: CliWords,
  calendar: CalendarWords,
): string {
  const where =
    summary.transport === 'dry-run'
      ? w.dryRun
      : summary.transport === 'outbox'
        ? w.outbox(displayPath(summary.outbox))
        : w.via[summary.transport];
  const lines = [w.emails(summary.due, summary.sent, summary.failed, where)];
  if (!quiet) {
    for (const email of summary.emails) {
      const copies = email.cc.length ? w.copies(email.cc.join(', ')) : '';
      const state =
        summary.transport === 'dry-run'
          ? w.toSend
          : email.failed.length
            ? w.failedFor(email.failed.map((f) => `${f.address} (${f.reason})`).join(', '))
            : w.sent;
      lines.push(
        `  ${w.emailLine(calendar.kinds[email.kind], email.to.join(', '), copies, email.subject, state)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `intake`: what the mailbox held and what became of each message. */
export function formatIntake(summary: IntakeSummary, quiet: boolean, w: CliWords): string {
  if (summary.skipped) return `${w.intakeSkipped(summary.skipped)}\n`;
  // A folder of this machine is shown from here, as the other paths are.
  const where = summary.mailbox.startsWith('/') ? displayPath(summary.mailbox) : summary.mailbox;
  const lines = [w.intakeLine(where, summary.messages, summary)];
  if (!quiet) {
    for (const d of summary.details) {
      const what = d.filed?.length ? w.intakeCommitments(d.filed) : '';
      const note = [d.note, d.unauthenticated].filter(Boolean).join(' — ') || null;
      lines.push(
        `  ${w.intakeDetail(`${w.intakeOutcomes[d.outcome]}${what}`, d.from, d.subject, note)}`,
      );
      // What the secretariat does next, where it reads it.
      if (d.outcome === 'held') lines.push(`    ${w.releaseHint(d.messageId)}`);
    }
  }
  // Said on every run, quiet or not: what the configuration lets through.
  lines.push(...summary.warnings.map((warning) => `⚠ ${warning}`));
  if (summary.sheetFeedback) lines.push(w.sheetFeedback(summary.sheetFeedback));
  if (summary.master) lines.push(w.master(displayPath(summary.master)));
  return `${lines.join('\n')}\n`;
}

/** `mail-check`: what works, in order, then what failed and what to do. */
export function formatMailCheck(result: MailCheckResult, w: CliWords): string {
  const lines = [w.transport(result.transport), ...result.checked.map((l) => `✓ ${l}`)];
  if (result.sent)
    lines.push(w.testSent(result.sent.to, result.sent.messageId, result.sent.answer));
  if (result.failure) {
    lines.push(w.failure(result.failure.answer));
    if (result.failure.cause) lines.push(w.failureCause(result.failure.cause));
    if (result.failure.fix) lines.push(w.failureFix(result.failure.fix));
  }
  if (result.intake) {
    lines.push(w.inbox(result.intake.mailbox));
    lines.push(...result.intake.checked.map((l) => `✓ ${l}`));
    if (result.intake.failure) lines.push(w.inboxFailure(result.intake.failure));
    lines.push(...(result.intake.warnings ?? []).map((warning) => `⚠ ${warning}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `init`: what was written, what was kept, what the country gave. */
export function formatInit(result: InitResult, countryAsked: boolean, w: CliWords): string {
  const lines = [
    result.configWritten
      ? w.configWritten(displayPath(result.config))
      : w.configKept(displayPath(result.config), countryAsked),
  ];
  if (result.starter) lines.push(w.starter(result.starter));
  lines.push(w.sheetsWritten(result.written.length, result.kept.length));
  if (result.stale.length) {
    lines.push(w.staleSheets, ...result.stale.map((path) => `  ${displayPath(path)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `schedule`: a title, a table of the sends, then the estimated holidays of the period. */
export function formatSchedule(
  period: { from: IsoDate; to: IsoDate; toIsPlanEnd: boolean },
  sends: readonly PlannedSend[],
  estimated: readonly EstimatedHoliday[],
  w: CliWords,
  calendar: CalendarWords,
): string {
  const date = calendar.date;
  const rows = sends.map((s) => [
    date(s.day),
    s.time,
    calendar.kinds[s.kind],
    s.description,
    s.audience,
  ]);
  const head = [...w.scheduleHead];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const [first, last] = [date(period.from), date(period.to)];
  // A range that ends before it starts is no range: say what closed it.
  const title =
    period.from > period.to
      ? period.toIsPlanEnd
        ? w.scheduleEnded(last, first)
        : w.scheduleEmpty(last, first)
      : w.scheduleTitle(first, last, sends.length);
  const note = estimated.length
    ? [
        '',
        w.estimatedHolidays(estimated.length),
        ...estimated.map(
          (h) =>
            `  ${w.holidaySpan(date(h.first), h.last !== h.first ? date(h.last) : null, h.name)}`,
        ),
      ]
    : [];
  return (
    [title, line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line), ...note].join(
      '\n',
    ) + '\n'
  );
}
