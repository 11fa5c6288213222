/**
 * docs/validation-codes.md, written from the code table (src/core/codes.ts: each issue code
 * with its severity, each error code with its exit code and page) and from the catalogues
 * (src/core/catalogue/messages/*.json): what each code's messages say, in English and in
 * French, with the values they name left as ‹placeholders›.
 *
 * Issue messages are keyed by what they say, not by code (`cells.badDate` is an
 * `invalid-date`; `cells.required` and `cells.labelMissing` are both `value-required`): the
 * table below says which messages each code carries, read from the validator's calls. A
 * message of the validator's part (`cells.*`) that no code claims stops the page, so a new one
 * cannot be left out.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { MESSAGE_FILES, type MessageId } from '../../src/core/catalogue/generated.js';
import { ERROR_CODES, ISSUE_CODES, type ErrorCode, type IssueCode } from '../../src/core/codes.js';
import { code, Headings } from './markdown.js';

/** The page's path in the repository. */
export const CODES_PAGE = 'docs/validation-codes.md';

/** The two languages the page quotes: the catalogues' English, and their source, French. */
const LANGUAGES = [
  { tag: 'en', header: 'English' },
  { tag: 'fr', header: 'Français' },
] as const;

/** What each issue code says (its messages) and what the person who reads it does. */
const ISSUES: Record<IssueCode, { messages: MessageId[]; fix: string }> = {
  'file-unreadable': {
    messages: ['cells.unreadable', 'cells.fileMissing', 'cells.google'],
    fix: 'Save the sheet again as an .xlsx workbook from Excel or LibreOffice, within the limits the message gives, and send it again; for a Google Sheet or a Drive folder, share it with the service account the message names, or correct its id. Meanwhile the follow-up keeps the last sheet read of that commitment.',
  },
  'sheet-missing': {
    messages: ['cells.sheetMissing'],
    fix: 'Start again from the template the secretariat sent (`ogp-tracker template` writes it), or put the sheet back under its name.',
  },
  'column-missing': {
    messages: ['cells.columnMissing'],
    fix: 'Put the column back in the header row, with its header, even if it stays empty.',
  },
  'column-duplicate': {
    messages: ['cells.columnDuplicate'],
    fix: 'Delete one of the two columns, or rename the one that is not the template’s.',
  },
  'column-unknown': {
    messages: ['cells.columnUnknown'],
    fix: 'Nothing in that column is read: move what it holds into the template’s columns, or leave it there knowingly.',
  },
  'commitment-mismatch': {
    messages: ['cells.commitmentMismatch', 'cells.unknownCommitment'],
    fix: 'Correct the commitment number in the Engagement sheet, or send the file of the commitment it names.',
  },
  'value-required': {
    messages: ['cells.required', 'cells.labelMissing', 'cells.doneDateRequired'],
    fix: 'Fill in the cell; for a row missing from the Engagement sheet, put it back (its label in column A, its value in column B).',
  },
  'invalid-date': {
    messages: ['cells.badDate'],
    fix: 'Type the date as day/month/year (09/01/2019), or choose it in a date cell.',
  },
  'invalid-number': {
    messages: [
      'cells.notANumber',
      'cells.notFinite',
      'cells.dateForNumber',
      'cells.notAPercent',
      'cells.notACommitmentNumber',
    ],
    fix: 'Type a number alone, without words or units (a percentage as 45 or 45 %).',
  },
  'invalid-choice': {
    messages: ['cells.notAChoice', 'cells.notYesNo'],
    fix: 'Choose one of the values of the cell’s dropdown list; when one is close, the message names it.',
  },
  'invalid-url': {
    messages: ['cells.urlWithSpaces', 'cells.urlIncomplete', 'cells.notAUrl'],
    fix: 'Paste the whole address, starting with https:// (or http://), without spaces.',
  },
  'invalid-email': {
    messages: ['cells.notAnEmail'],
    fix: 'Type one email address, such as first.last@example.org.',
  },
  'out-of-range': {
    messages: ['cells.tooLong', 'cells.outOfRange'],
    fix: 'Shorten the text, or give a number within the bounds the message says.',
  },
  'duplicate-ref': {
    messages: ['cells.duplicateRef'],
    fix: 'Give each row its own reference.',
  },
  'date-order': {
    messages: ['cells.dateOrder'],
    fix: 'Correct the start date or the end date.',
  },
  'done-in-future': {
    messages: ['cells.doneInFuture', 'cells.updatedInFuture'],
    fix: 'Give a day already past: the day the action was done, or the sheet updated. A day and a month swapped often cause it.',
  },
  'result-missing': {
    messages: ['cells.resultMissing'],
    fix: 'For an action done, give the value its indicator reached.',
  },
  'indicator-mismatch': {
    messages: ['cells.indicatorMismatch'],
    fix: 'Choose the indicator the charter gives for that type of action (`charter.actionTypes` in committee.yaml).',
  },
  'missing-hashtag': {
    messages: ['cells.missingHashtag'],
    fix: 'Add the hashtags the message lists: the charter asks this type of action for all of them.',
  },
  'formula-without-value': {
    messages: ['cells.formulaWithoutValue'],
    fix: 'Type the value itself, or open the file, let it recalculate and save it (a file written by another program may hold formulas never computed).',
  },
  'logo-not-used': {
    messages: ['cells.logoNotUsed'],
    fix: 'If the logo the charter asks for was used, say so in the logo column; otherwise the warning stays, and the sheet is still valid.',
  },
  'evidence-missing': {
    messages: ['cells.actionEvidenceMissing', 'cells.milestoneEvidenceMissing'],
    fix: 'Add a link to evidence: an article, a post, a report.',
  },
  'milestone-late': {
    messages: ['cells.milestoneLate'],
    fix: 'Update the milestone’s progress and completion level; the warning goes once it is complete.',
  },
  'progress-inconsistent': {
    messages: ['cells.progressInconsistent'],
    fix: 'Make the progress percentage and the completion level agree.',
  },
  'outside-plan-period': {
    messages: ['cells.outsidePlan'],
    fix: 'Check the date: it is outside the action plan’s period (`plan.start` to `plan.end`).',
  },
  'dangerous-content': {
    messages: ['cells.formulaText', 'cells.bidiText'],
    fix: 'Nothing to do when the text is meant: it is kept as plain text and never computed; a character that reverses text is removed.',
  },
  'empty-submission': {
    messages: ['cells.emptySubmission', 'cells.templateAgain'],
    fix: 'Fill in at least one communication action or the progress of one milestone. A blank template sent again leaves the previous sheet in place.',
  },
  'calendar-warning': {
    messages: [
      'calendar.meetingOff',
      'calendar.meetingOutsidePlan',
      'calendar.meetingsSameDay',
      'calendar.milestoneOutsidePlan',
      'calendar.deadlineOff',
      'calendar.deadlineOutsidePlan',
      'calendar.deadlineAtMeeting',
      'calendar.noHolidays',
      'calendar.noHolidaysIn',
      'calendar.removalMatchesNothing',
    ],
    fix: 'About the committee’s own calendar, not a sheet: check the date at the sheet and cell of the committee workbook the warning names (or in committee.yaml), and move it, or leave it when it is meant.',
  },
  'milestone-missing': {
    messages: ['cells.milestoneMissing'],
    fix: 'Put the milestone back in the milestones sheet (the template lists it), with its progress.',
  },
  'percent-ambiguous': {
    messages: ['cells.percentAmbiguous'],
    fix: 'Type 45 (or 45 %) for forty-five percent: a bare 0.45 is read as 0.45 %.',
  },
  'too-many-issues': {
    messages: ['cells.tooManyIssues'],
    fix: 'Correct the issues listed: most often one mistake repeated on every row; the others show at the next reading.',
  },
};

/** Messages of the validator's part that are pieces of others, claimed by no code. */
const PIECES = new Set([
  'cells.at',
  'cells.cell',
  'cells.separator',
  'cells.serviceAccountUnnamed',
]);

/** What to do about each error, and some of the messages it comes with. */
const ERRORS: Record<ErrorCode, { messages: MessageId[]; fix: string }> = {
  usage: {
    messages: ['cli.unknownCommand', 'cli.badNow', 'cli.filesNeeded'],
    fix: 'Correct the command line: `ogp-tracker help COMMAND` gives its usage.',
  },
  'config-not-found': {
    messages: ['cli.noConfig', 'errors.noStoredConfig'],
    fix: 'Run the command in the committee’s folder, or name its file with `--config`; to start one, `ogp-tracker init`. Deployed, keep the configuration in Firestore with `ogp-tracker config push`.',
  },
  'config-invalid': {
    messages: ['errors.smtpUrlMissing', 'errors.intakeNotConfigured'],
    fix: 'Correct each problem listed under the error, at its line and key of committee.yaml (or at its sheet and cell of the committee workbook), then run the command again.',
  },
  'write-failed': {
    messages: ['errors.writeFailed', 'errors.firestoreTooLarge'],
    fix: 'Check that the storage folder exists, can be written to and has room (or that the service account may write to the Drive folder and Firestore); the cause is printed under the error.',
  },
  'run-in-progress': {
    messages: ['errors.runInProgress'],
    fix: 'Wait for the other run to end and try again; a lock left by a run that died expires by itself after the minutes the message says.',
  },
  'mailbox-failed': {
    messages: ['errors.inboxMissing', 'errors.mailServiceFailed'],
    fix: 'Check the mailbox’s settings and credentials with `ogp-tracker mail-check`, which says the server’s answer and what to change.',
  },
  internal: {
    messages: [],
    fix: 'A bug in ogp-tracker: report it with the command run and what it printed.',
  },
};

/** docs/validation-codes.md, before prettier formats it. */
export function codesPage(): string {
  checkEveryMessageClaimed();
  const headings = new Headings();
  const out: string[] = [
    '<!-- Generated from src/core/codes.ts and the catalogues by `npm run docs`: do not edit by hand. -->',
    '',
    '# Validation codes and error codes',
    '',
    'Each problem ogp-tracker finds in a commitment’s sheet is an **issue**: a code, a severity,',
    'the sheet and cell it is about, and a message. The message is written for whoever reads it,',
    'in their language: the focal point in the feedback email, the secretariat in the master',
    'workbook’s « Anomalies » sheet ([workbooks.md](workbooks.md)) and on the command line',
    '(`ogp-tracker validate`, see [command-line.md](command-line.md)). A sheet is **valid** when',
    'it has no issue of severity `error`; a `warning` is said and the sheet still counts. The codes',
    'are a contract: JSON outputs and the master carry them, and none is ever renamed.',
    '',
    'A message about one cell starts with the cell and its column, as the reader’s template',
    'names it: « F12 (Planned date): … », « F12 (Date prévue) : … ». Below, the values a message',
    'fills in are shown as ‹placeholders›, and where a message says one of several things, the',
    'first is shown.',
    '',
    'When a command cannot do its work at all — a wrong command line, a configuration missing or',
    'refused, a file it cannot write — it stops with an **error code** and an exit code instead:',
    'see [Error codes](#error-codes).',
    '',
  ];
  out.push(headings.line(2, 'Issue codes').line, '');
  out.push('| code | severity | what it means |', '| --- | --- | --- |');
  for (const issue of ISSUE_CODES) {
    out.push(`| [${code(issue.code)}](#${issue.code}) | ${issue.severity} | ${issue.about} |`);
  }
  out.push('');
  for (const issue of ISSUE_CODES) {
    const { messages, fix } = ISSUES[issue.code];
    out.push(headings.line(3, code(issue.code)).line, '');
    out.push(`**${capitalised(issue.severity)}**: ${issue.about}.`, '');
    out.push(`What to do: ${fix}`, '');
    out.push(...messageTable(messages), '');
    if (issue.code === 'file-unreadable') {
      out.push(
        'The reasons an .xlsx file gives (‹reason› above):',
        '',
        ...messageTable(cellsReasons()),
        '',
      );
    }
  }
  out.push(headings.line(2, 'Error codes').line, '');
  out.push(
    'A command that stops prints « Error (‹code›): ‹message› » on stderr, in the language it',
    'speaks, each detail on its own line below, then the page of this documentation that says',
    'what to do, as a path on the machine. Its exit code says the kind of failure',
    '([command-line.md](command-line.md#exit-codes)).',
    '',
    '| code | exit code | what it means | page |',
    '| --- | --- | --- | --- |',
  );
  for (const error of ERROR_CODES) {
    const page = error.page ? `[${error.page.slice('docs/'.length)}](${error.page.slice('docs/'.length)})` : '—'; // prettier-ignore
    out.push(
      `| [${code(error.code)}](#${error.code}) | ${error.exit} | ${error.about} | ${page} |`,
    );
  }
  out.push('');
  for (const error of ERROR_CODES) {
    const { messages, fix } = ERRORS[error.code];
    out.push(headings.line(3, code(error.code)).line, '');
    out.push(`**Exit code ${error.exit}**: ${error.about}.`, '');
    out.push(`What to do: ${fix}`, '');
    if (messages.length > 0) out.push('For example:', '', ...messageTable(messages), '');
  }
  out.push(
    '---',
    '',
    'This page is written by `npm run docs` from [src/core/codes.ts](../src/core/codes.ts) and the catalogues of [src/core/catalogue/messages/](../src/core/catalogue/messages/); a test fails when it is not current.',
    '',
  );
  return out.join('\n');
}

/** A table of messages, one row each: English, then French. */
function messageTable(ids: readonly string[]): string[] {
  const rows = ids.flatMap((id) => {
    // A message that says one of several problems (`problem`) is shown once for each.
    const problems = problemsOf(messageText('en', id));
    return problems.map(
      (problem) =>
        `| ${LANGUAGES.map(({ tag }) => cell(readable(messageText(tag, id), problem))).join(' | ')} |`,
    );
  });
  // Two problems said alike (`failed`, `other`) are one row.
  return [
    `| ${LANGUAGES.map((l) => l.header).join(' | ')} |`,
    `| ${LANGUAGES.map(() => '---').join(' | ')} |`,
    ...new Set(rows),
  ];
}

/** The reasons of the `cells.unreadable` message, in the catalogue's order. */
function cellsReasons(): string[] {
  const cells = MESSAGE_FILES.en?.cells ?? {};
  return Object.keys(cells)
    .filter((key) => key.startsWith('reason'))
    .map((key) => `cells.${key}`);
}

/** Every message of the validator's part is some code's, a reason or a piece of another. */
function checkEveryMessageClaimed(): void {
  const claimed = new Set<string>([...Object.values(ISSUES).flatMap((i) => i.messages), ...PIECES]); // prettier-ignore
  for (const key of Object.keys(MESSAGE_FILES.fr?.cells ?? {})) {
    const id = `cells.${key}`;
    if (!claimed.has(id) && !key.startsWith('reason')) {
      throw new Error(`${id} is no issue code's message: add it to ISSUES in scripts/docs/codes-page.ts`); // prettier-ignore
    }
  }
}

/** A message's ICU text in a catalogue. */
function messageText(tag: string, id: string): string {
  const dot = id.indexOf('.');
  const text = MESSAGE_FILES[tag]?.[id.slice(0, dot)]?.[id.slice(dot + 1)];
  if (text === undefined) throw new Error(`No message ${id} in the ${tag} catalogue`);
  return text;
}

/** The problems a message selects on (`problem`), in its order; [null] when it has none. */
function problemsOf(icu: string): (string | null)[] {
  const options = findSelect(parse(icu, { ignoreTag: true }), 'problem');
  return options ? Object.keys(options) : [null];
}

/**
 * A message as a person reads it, its values as ‹placeholders›: a select on `problem` on the
 * one given, each other `select` on its first choice (the same wherever the message selects
 * on that value again), a plural on its `other` form.
 */
export function readable(icu: string, problem: string | null = null): string {
  const chosen = new Map<string, string>();
  if (problem !== null) chosen.set('problem', problem);
  return said(parse(icu, { ignoreTag: true }), chosen, null)
    .replace(/\s+/g, ' ')
    .trim();
}

function findSelect(
  elements: readonly MessageFormatElement[],
  name: string,
): Record<string, unknown> | null {
  for (const element of elements) {
    if (element.type === TYPE.select) {
      if (element.value === name) return element.options;
      for (const option of Object.values(element.options)) {
        const found = findSelect(option.value, name);
        if (found) return found;
      }
    }
    if (element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) {
        const found = findSelect(option.value, name);
        if (found) return found;
      }
    }
  }
  return null;
}

function said(
  elements: readonly MessageFormatElement[],
  chosen: Map<string, string>,
  counted: string | null,
): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          return element.value;
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          return `‹${element.value}›`;
        case TYPE.pound:
          return `‹${counted ?? 'count'}›`;
        case TYPE.select: {
          const keys = Object.keys(element.options);
          const key = chosen.get(element.value) ?? keys[0] ?? 'other';
          if (!chosen.has(element.value)) chosen.set(element.value, key);
          const option = element.options[key] ?? element.options.other;
          return option ? said(option.value, chosen, counted) : '';
        }
        case TYPE.plural: {
          const option = element.options.other ?? Object.values(element.options).at(-1);
          return option ? said(option.value, chosen, element.value) : '';
        }
        case TYPE.tag:
          return said(element.children, chosen, counted);
      }
      return '';
    })
    .join('');
}

/** Text made safe in a table cell: no `|`, no HTML, no emphasis by accident. */
function cell(text: string): string {
  return text.replace(/[\\|<*`]/g, (c) => `\\${c}`);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
