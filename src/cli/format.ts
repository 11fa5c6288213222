/**
 * What the command line prints for a person: each command's result in the words of the
 * language it speaks (the committee's, or `--locale`'s). `--json` prints the results as they are.
 */
import { relative, resolve } from 'node:path';
import {
  formatDay,
  formatNumber,
  formatWeekday,
  render,
  selector,
  translate,
} from '../core/catalogue/render.js';
import { formattingLocale, type LocaleTag } from '../core/locale-tag.js';
import { countIssues } from '../core/issue.js';
import { issueShown } from '../core/issue-message.js';
import type { IsoDate } from '../core/calendar-date.js';
import type { EstimatedHoliday, PlannedSend } from '../core/schedule.js';
import { isWorkshopInvitationKey, sendKindLabel } from '../core/value-labels.js';
import { adviseMailFailure } from '../core/mail-advice.js';
import { releaseCommand } from '../core/release-command.js';
import { sheetName } from '../core/roster/roster-layout.js';
import type { DaysOffPlace } from '../core/roster/days-off-place.js';
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
  tag: LocaleTag,
): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const counts = countIssues(result.issues);
    errors += counts.errors;
    warnings += counts.warnings;
    lines.push(
      translate(tag, 'cli.fileLine', {
        verdict: !result.valid ? 'invalid' : counts.warnings ? 'warned' : 'valid',
        file: displayPath(result.file),
        numbered: result.commitment !== null,
        commitment: result.commitment ?? '',
        ...counts,
      }),
    );
    if (quiet) continue;
    for (const issue of result.issues) {
      const { severity, code, sheet, message } = issue;
      const line = translate(tag, 'cli.issueLine', {
        severity,
        code,
        placed: Boolean(sheet),
        sheet: sheet ?? '',
        // The template's words it names (a column, a list's values) as the reader's writes them.
        message: issueShown(tag, message),
      });
      lines.push(`    ${line}`);
    }
  }
  const valid = results.filter((r) => r.valid).length;
  const files = results.length;
  lines.push(
    translate(tag, 'cli.filesSummary', { files, valid, toFix: files - valid, errors, warnings }),
  );
  return `${lines.join('\n')}\n`;
}

/** `consolidate` (and the first part of the sends): where the outputs are, and the counts. */
export function formatConsolidation(
  summary: ConsolidateSummary,
  quiet: boolean,
  tag: LocaleTag,
): string {
  // The files' names are the ones storage gives them: shown as paths, never translated here.
  const lines = [
    translate(tag, 'cli.master', { file: displayPath(summary.master) }),
    translate(tag, 'cli.page', { file: displayPath(summary.page) }),
    translate(tag, 'cli.openData', { file: displayPath(summary.openData) }),
  ];
  if (!quiet) {
    const { commitments, received, toFix, toUpdate, missing, late } = summary;
    const { actions, milestones, errors, warnings } = summary;
    lines.push(
      translate(tag, 'cli.sheets', { commitments, received, toFix, toUpdate, missing, late }),
      translate(tag, 'cli.records', { actions, milestones, errors, warnings }),
    );
    for (const problem of summary.sourceProblems) {
      lines.push(
        translate(tag, 'cli.sourceProblem', {
          commitment: problem.commitment,
          problem: afterColon(problem.message),
        }),
      );
    }
    if (summary.stale > 0) lines.push(translate(tag, 'cli.staleSources', { count: summary.stale }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A sentence continued after « : », as French, Spanish, Portuguese and English write it: its
 * first letter small, unless the word is an acronym (« IMAP »). Scripts without case are kept.
 */
function afterColon(sentence: string): string {
  return /^\p{Lu}\p{Ll}/u.test(sentence)
    ? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`
    : sentence;
}

/** `tick`, `remind`, `report`: the emails of the run, and how they went. */
export function formatSends(
  summary: CalendarRunSummary,
  quiet: boolean,
  tag: LocaleTag,
  /** The installed docs/mail-setup.md, named when the mail server could not be reached. */
  mailSetup?: string,
): string {
  const { due, sent, failed, unreachable } = summary;
  const lines = [
    translate(tag, 'cli.emails', {
      due,
      sent,
      failed,
      transport: selector(summary.transport),
      outbox: displayPath(summary.outbox),
    }),
  ];
  if (unreachable) {
    lines.push(...unreachableLines(unreachable.answer, summary.transport, tag, mailSetup));
  }
  if (!quiet) {
    for (const email of summary.emails) {
      // The server that could not be reached is said once, above: not again for each email.
      const unsent =
        unreachable !== undefined &&
        email.delivered.length === 0 &&
        email.failed.every((f) => f.reason === unreachable.answer);
      const line = translate(tag, 'cli.emailLine', {
        kind: sendKindLabel(tag, email.kind, isWorkshopInvitationKey(email.key)),
        to: email.to.join(', '),
        copied: email.cc.length > 0,
        copies: email.cc.join(', '),
        subject: email.subject,
        // Written to the outbox is not sent: nothing left the machine.
        state:
          summary.transport === 'dry-run'
            ? 'pending'
            : unsent
              ? 'unsent'
              : email.failed.length
                ? 'failed'
                : summary.transport === 'outbox'
                  ? 'written'
                  : 'sent',
        failures: email.failed.map((f) => `${f.address} (${f.reason})`).join(', '),
      });
      lines.push(`  ${line}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The mail server that could not be reached, said once: its answer as received, its cause and
 * fix when known (as `mail-check` says them), where its address and port are set, and how to
 * check them.
 */
function unreachableLines(
  answer: string,
  transport: CalendarRunSummary['transport'],
  tag: LocaleTag,
  mailSetup: string | undefined,
): string[] {
  const lines = [translate(tag, 'cli.sendUnreachable', { answer })];
  const advice = adviseMailFailure({ text: answer });
  if (advice) {
    lines.push(translate(tag, 'cli.failureCause', { cause: render(tag, advice.cause) }));
    lines.push(translate(tag, 'cli.failureFix', { fix: render(tag, advice.fix) }));
  }
  lines.push(
    translate(tag, 'cli.sendUnreachableWhere', {
      // SMTP by password takes its server from SMTP_URL; every other from mail.transport.
      where: transport === 'smtp' ? 'smtp_url' : 'other',
      paged: mailSetup !== undefined,
      page: mailSetup ?? '',
    }),
  );
  return lines;
}

/** `intake`: what the mailbox held and what became of each message. */
export function formatIntake(summary: IntakeSummary, quiet: boolean, tag: LocaleTag): string {
  if (summary.skipped) return `${translate(tag, 'cli.intakeSkipped', { why: summary.skipped })}\n`;
  // A folder of this machine is shown from here, as the other paths are.
  const folder = summary.mailbox.startsWith('/');
  const where = folder ? displayPath(summary.mailbox) : summary.mailbox;
  const { messages, filed, refused, held, unknownSenders, ignored, questions } = summary;
  const lines = [
    translate(tag, 'cli.intakeLine', {
      // A folder's name is not a mailbox's: « Buzón (carpeta inbox) ».
      folder,
      mailbox: where,
      messages,
      filed,
      refused,
      held,
      unknownSenders,
      ignored,
      questions,
      setAside: summary.setAside,
      answers: summary.answers,
      // Written to the outbox is not sent: nothing left the machine.
      written: summary.outbox !== null && summary.answers > 0,
      outbox: summary.outbox ? displayPath(summary.outbox) : '',
    }),
  ];
  if (!quiet) {
    for (const d of summary.details) {
      const note = [d.note, d.unauthenticated].filter(Boolean).join(' — ');
      const line = translate(tag, 'cli.intakeDetail', {
        outcome: selector(d.outcome),
        commitments: d.filed?.length ?? 0,
        ids: numberList(tag, d.filed ?? []),
        from: d.from,
        subject: d.subject,
        noted: note !== '',
        note,
      });
      lines.push(`  ${line}`);
      // What the secretariat does next, where it reads it: the command, quoted for a shell.
      if (d.outcome === 'held') lines.push(...releaseLines(d.messageId, tag));
    }
  }
  // Said on every run, quiet or not, until released: the messages held by an earlier run.
  lines.push(...waitingLines(summary, tag));
  // Said on every run, quiet or not: what the configuration lets through.
  lines.push(...summary.warnings.map((warning) => `⚠ ${warning}`));
  if (summary.sheetFeedback) {
    const outbox = summary.outbox ? displayPath(summary.outbox) : '';
    const written = summary.outbox !== null;
    lines.push(
      translate(tag, 'cli.sheetFeedback', { sent: summary.sheetFeedback, written, outbox }),
    );
  }
  if (summary.master) {
    lines.push(translate(tag, 'cli.master', { file: displayPath(summary.master) }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * What releases a held message: the hint, then the command alone on its own line. A line of its
 * own is left to right by itself: no direction mark goes around it, which a copy would take
 * along (the shell then answers « command not found »).
 */
function releaseLines(messageId: string, tag: LocaleTag): string[] {
  return [`    ${translate(tag, 'cli.releaseHint')}`, `      ${releaseCommand(messageId)}`];
}

/**
 * The messages an earlier run held that still wait for the secretariat, each with the command
 * that releases it (this run's own are said under their line).
 */
function waitingLines(summary: IntakeSummary, tag: LocaleTag): string[] {
  const held = summary.details.filter((d) => d.outcome === 'held');
  const shown = new Set(held.map((d) => d.messageId));
  const waiting = summary.waiting.filter((w) => !shown.has(w.messageId));
  if (waiting.length === 0) return [];
  const lines = [translate(tag, 'cli.heldWaiting', { count: waiting.length })];
  for (const w of waiting) {
    const { receivedOn: day, from, subject } = w;
    lines.push(`  ${translate(tag, 'cli.heldWaitingLine', { day, from, subject })}`);
    lines.push(...releaseLines(w.messageId, tag));
  }
  return lines;
}

/** Numbers as a list the reader writes (« 2 et 3 », « 2 y 3 », « 2 و3 »). */
function numberList(tag: LocaleTag, numbers: readonly number[]): string {
  return new Intl.ListFormat(formattingLocale(tag), { type: 'conjunction' }).format(
    numbers.map((n) => formatNumber(tag, n)),
  );
}

/** `mail-check`: what works, in order, then what failed and what to do. */
export function formatMailCheck(result: MailCheckResult, tag: LocaleTag): string {
  const lines = [
    translate(tag, 'cli.transport', { name: result.transport }),
    ...result.checked.map((l) => `✓ ${l}`),
  ];
  if (result.sent) {
    const { to, messageId, answer } = result.sent;
    lines.push(translate(tag, 'cli.testSent', { to, messageId, answer }));
  }
  if (result.failure) {
    const { answer, cause, fix } = result.failure;
    lines.push(translate(tag, 'cli.failure', { answer }));
    if (cause) lines.push(translate(tag, 'cli.failureCause', { cause }));
    if (fix) lines.push(translate(tag, 'cli.failureFix', { fix }));
  }
  if (result.intake) {
    lines.push(translate(tag, 'cli.inbox', { mailbox: result.intake.mailbox }));
    lines.push(...result.intake.checked.map((l) => `✓ ${l}`));
    if (result.intake.failure) {
      lines.push(translate(tag, 'cli.inboxFailure', { failure: result.intake.failure }));
    }
    lines.push(...(result.intake.warnings ?? []).map((warning) => `⚠ ${warning}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `init`: what was written, what was kept, what the country gave. */
export function formatInit(result: InitResult, countryAsked: boolean, tag: LocaleTag): string {
  const file = displayPath(result.config);
  const lines = [
    result.configWritten
      ? translate(tag, 'cli.configWritten', { file })
      : translate(tag, 'cli.configKept', { file, countryIgnored: countryAsked }),
  ];
  // The people and the plan: in the workbook committee.yaml names.
  if (result.workbook) {
    lines.push(
      translate(tag, 'cli.initRoster', {
        file: displayPath(result.workbook),
        written: result.workbookWritten === true,
      }),
    );
  }
  const starter = result.starter;
  if (starter) {
    const locale = formattingLocale(tag);
    lines.push(
      translate(tag, 'cli.starter', {
        name: starter.name,
        country: starter.country,
        // The language and the weekend's days as the reader's language names them (CLDR).
        language:
          new Intl.DisplayNames(locale, { type: 'language' }).of(starter.locale) ?? starter.locale,
        currency: starter.currency,
        timeZone: starter.timeZone,
        weekend: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
          starter.weekend.map((d) => formatWeekday(tag, d)),
        ),
        holidaysKnown: starter.holidaysKnown,
        sheet: sheetName(tag, 'daysOff'),
      }),
    );
  }
  lines.push(
    translate(tag, 'cli.sheetsWritten', {
      written: result.written.length,
      kept: result.kept.length,
    }),
  );
  if (result.stale.length) {
    lines.push(
      translate(tag, 'cli.staleSheets'),
      ...result.stale.map((path) => `  ${displayPath(path)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `schedule`: a title, a table of the sends, then the estimated holidays of the period. */
export function formatSchedule(
  period: { from: IsoDate; to: IsoDate; toIsPlanEnd: boolean },
  sends: readonly PlannedSend[],
  estimated: readonly EstimatedHoliday[],
  tag: LocaleTag,
  /** Where the estimates are confirmed: the workbook's days-off sheet, or committee.yaml. */
  daysOff: DaysOffPlace,
): string {
  const date = (iso: IsoDate) => formatDay(tag, iso);
  const rows = sends.map((s) => [
    date(s.day),
    s.time,
    sendKindLabel(tag, s.kind, s.meeting?.kind === 'workshop'),
    render(tag, s.description),
    render(tag, s.audience),
  ]);
  const head = [
    translate(tag, 'cli.scheduleDay'),
    translate(tag, 'cli.scheduleTime'),
    translate(tag, 'cli.scheduleKind'),
    translate(tag, 'cli.scheduleSubject'),
    translate(tag, 'cli.scheduleAudience'),
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const { from, to } = period;
  // A range that ends before it starts is no range: say what closed it.
  const title =
    from > to
      ? period.toIsPlanEnd
        ? translate(tag, 'cli.scheduleEnded', { end: to, from })
        : translate(tag, 'cli.scheduleEmpty', { to, from })
      : translate(tag, 'cli.scheduleTitle', { from, to, count: sends.length });
  const note = estimated.length
    ? [
        '',
        translate(tag, 'cli.estimatedHolidays', {
          count: estimated.length,
          workbook: daysOff.workbook,
          sheet: daysOff.sheet,
        }),
        ...estimated.map((h) => {
          const span = { span: h.last !== h.first, first: h.first, last: h.last, name: h.name };
          return `  ${translate(tag, 'cli.holidaySpan', span)}`;
        }),
      ]
    : [];
  return (
    [title, line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line), ...note].join(
      '\n',
    ) + '\n'
  );
}
