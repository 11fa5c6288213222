/**
 * The one table of codes ogp-tracker speaks: validation issue codes (data, returned) and
 * error codes (thrown for broken infrastructure, bad usage or bad configuration).
 * Codes are a public contract (docs/validation-codes.md, docs/command-line.md): never rename
 * one; add new ones at the end.
 */

import { render, type Message } from './catalogue/render.js';
import type { DocPage } from './doc-pages.js';
import type { LocaleTag } from './locale-tag.js';

/** Severity of a validation issue. A submission is valid when it has no `error`. */
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every validation issue code, its severity and what it means (English, for the docs). */
export const ISSUE_CODES = [
  {
    code: 'file-unreadable',
    severity: 'error',
    about: 'not an .xlsx file, corrupt, encrypted or over the size limits',
  },
  { code: 'sheet-missing', severity: 'error', about: 'a required sheet is absent' },
  { code: 'column-missing', severity: 'error', about: 'a template column is absent' },
  { code: 'column-duplicate', severity: 'error', about: 'a column header appears twice' },
  { code: 'column-unknown', severity: 'warning', about: 'a header the template does not know' },
  {
    code: 'commitment-mismatch',
    severity: 'error',
    about: 'the commitment number does not match the configured commitment',
  },
  { code: 'value-required', severity: 'error', about: 'a required value is empty' },
  { code: 'invalid-date', severity: 'error', about: 'not a readable date' },
  { code: 'invalid-number', severity: 'error', about: 'not a readable number' },
  { code: 'invalid-choice', severity: 'error', about: 'not one of the allowed values' },
  { code: 'invalid-url', severity: 'error', about: 'not an http(s) link' },
  { code: 'invalid-email', severity: 'error', about: 'not an email address' },
  { code: 'out-of-range', severity: 'error', about: 'a number or a length outside its bounds' },
  { code: 'duplicate-ref', severity: 'error', about: 'a reference used twice' },
  { code: 'date-order', severity: 'error', about: 'an end date before its start date' },
  { code: 'done-in-future', severity: 'error', about: 'a completion date after today' },
  {
    code: 'result-missing',
    severity: 'error',
    about: 'a realised action without its achieved value',
  },
  {
    code: 'indicator-mismatch',
    severity: 'error',
    about: 'not the unified indicator of the type of action',
  },
  {
    code: 'missing-hashtag',
    severity: 'error',
    about: 'a charter hashtag is missing where the type requires them',
  },
  {
    code: 'formula-without-value',
    severity: 'error',
    about: 'a formula with no computed value (or an error value)',
  },
  {
    code: 'logo-not-used',
    severity: 'warning',
    about: 'a realised action without the OGP Morocco logo where its type requires it',
  },
  {
    code: 'evidence-missing',
    severity: 'warning',
    about: 'no evidence link on a realised action or achieved milestone',
  },
  {
    code: 'milestone-late',
    severity: 'warning',
    about: 'a milestone past its end date and not achieved',
  },
  {
    code: 'progress-inconsistent',
    severity: 'warning',
    about: 'progress percentage and completion level disagree',
  },
  {
    code: 'outside-plan-period',
    severity: 'warning',
    about: 'a planned date outside the action plan period',
  },
  {
    code: 'dangerous-content',
    severity: 'warning',
    about: 'text starting with = + - @, kept as inert text',
  },
  { code: 'empty-submission', severity: 'error', about: 'no action and no milestone' },
  {
    code: 'calendar-warning',
    severity: 'warning',
    about:
      'a meeting or deadline on a day off, outside the plan, doubled, or a deadline on or after its meeting',
  },
  {
    code: 'milestone-missing',
    severity: 'warning',
    about: 'a milestone the configuration lists is not in the submission',
  },
  {
    code: 'percent-ambiguous',
    severity: 'warning',
    about: 'a bare number between 0 and 1 in a percent column, read as that many percent',
  },
  {
    code: 'too-many-issues',
    severity: 'warning',
    about: 'more issues than a sheet lists: the first ones are kept, the rest counted',
  },
] as const satisfies readonly { code: string; severity: Severity; about: string }[];

/** A validation issue code (docs/validation-codes.md). */
export type IssueCode = (typeof ISSUE_CODES)[number]['code'];

const severityByCode = new Map<string, Severity>(ISSUE_CODES.map((c) => [c.code, c.severity]));

/** The fixed severity of an issue code. */
export function severityOf(code: IssueCode): Severity {
  return severityByCode.get(code) as Severity;
}

/**
 * Codes of thrown {@link OgpError}s: infrastructure, usage and configuration failures, each
 * with its exit code and the page of docs/ that explains what to do (the command line names it
 * under the error). Null when no page says more than the message: a file not written (the
 * message names the file and its cause), a bug.
 */
export const ERROR_CODES = [
  { code: 'usage', exit: 2, page: 'docs/command-line.md', about: 'the command line is wrong' },
  {
    code: 'config-not-found',
    exit: 2,
    page: 'docs/configuration.md',
    about: 'the configuration file cannot be read',
  },
  {
    code: 'config-invalid',
    exit: 2,
    page: 'docs/configuration.md',
    about: 'the configuration file does not match the schema',
  },
  { code: 'write-failed', exit: 1, page: null, about: 'a file could not be written' },
  {
    code: 'run-in-progress',
    exit: 1,
    page: 'docs/command-line.md',
    about: 'another run holds the storage folder',
  },
  {
    code: 'mailbox-failed',
    exit: 1,
    page: 'docs/mail-setup.md',
    about: 'the mailbox could not be read, or a message moved',
  },
  { code: 'internal', exit: 1, page: null, about: 'a bug: please report it' },
] as const satisfies readonly {
  code: string;
  exit: number;
  page: DocPage | null;
  about: string;
}[];

/** A thrown error code. */
export type ErrorCode = (typeof ERROR_CODES)[number]['code'];

/**
 * An error for broken infrastructure, bad usage or bad configuration: a code from the table
 * and what to tell the person, as a message descriptor rendered where it is shown, in the
 * reader's language (the command line's; `message` holds it in French, for logs and the
 * functions' answers). Text already written (a part of the catalogues not yet a descriptor)
 * is kept as it is.
 */
export class OgpError extends Error {
  readonly code: ErrorCode;
  /** Extra lines shown to the user (for example each configuration problem). */
  readonly details: readonly string[];
  /** The language the message is in, when it is not the command's (a configuration's own). */
  readonly locale: string | undefined;
  /** What to tell the reader, when it is a message of the catalogues. */
  readonly descriptor: Message | undefined;

  constructor(
    code: ErrorCode,
    message: Message | string,
    options: { cause?: unknown; details?: readonly string[]; locale?: string } = {},
  ) {
    const text = typeof message === 'string' ? message : render('fr', message);
    super(text, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OgpError';
    this.code = code;
    this.details = options.details ?? [];
    this.locale = options.locale;
    this.descriptor = typeof message === 'string' ? undefined : message;
  }

  /** The process exit code this error maps to (docs/command-line.md). */
  get exitCode(): number {
    return ERROR_CODES.find((e) => e.code === this.code)?.exit ?? 1;
  }

  /** The page of docs/ that explains this error, when one does. */
  get page(): DocPage | null {
    return ERROR_CODES.find((e) => e.code === this.code)?.page ?? null;
  }

  /** The message for a reader of `tag`; as it was written when it is no descriptor. */
  textIn(tag: LocaleTag): string {
    return this.descriptor ? render(tag, this.descriptor) : this.message;
  }
}
