/**
 * The one table of codes ogp-tracker speaks: validation issue codes (data, returned) and
 * error codes (thrown for broken infrastructure, bad usage or bad configuration).
 * Codes are a public contract (SPEC §4): never rename one; add new ones at the end.
 */

import type { ErrorWords } from './catalogue/errors-shape.js';
import { errors as FRENCH_ERRORS } from './catalogue/errors/fr.js';

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

/** A validation issue code (SPEC §4). */
export type IssueCode = (typeof ISSUE_CODES)[number]['code'];

const severityByCode = new Map<string, Severity>(ISSUE_CODES.map((c) => [c.code, c.severity]));

/** The fixed severity of an issue code. */
export function severityOf(code: IssueCode): Severity {
  return severityByCode.get(code) as Severity;
}

/** Codes of thrown {@link OgpError}s: infrastructure, usage and configuration failures. */
export const ERROR_CODES = [
  { code: 'usage', exit: 2, about: 'the command line is wrong' },
  { code: 'config-not-found', exit: 2, about: 'the configuration file cannot be read' },
  { code: 'config-invalid', exit: 2, about: 'the configuration file does not match the schema' },
  { code: 'write-failed', exit: 1, about: 'a file could not be written' },
  { code: 'run-in-progress', exit: 1, about: 'another run holds the storage folder' },
  { code: 'mailbox-failed', exit: 1, about: 'the mailbox could not be read, or a message moved' },
  { code: 'internal', exit: 1, about: 'a bug: please report it' },
] as const satisfies readonly { code: string; exit: number; about: string }[];

/** A thrown error code. */
export type ErrorCode = (typeof ERROR_CODES)[number]['code'];

/** An error's words by their key, said in the reader's language (catalogue/errors/). */
export interface Said {
  key: keyof ErrorWords;
  /** Its parameters; one may be words too (what was being done when it failed). */
  params: readonly SaidParam[];
}
type SaidParam = string | number | boolean | null | Said;
type SaidParams<K extends keyof ErrorWords> = ErrorWords[K] extends (...args: infer A) => string
  ? { [I in keyof A]: A[I] | Said }
  : [];

/** Names an error's words, to be said in the reader's language. */
export function said<K extends keyof ErrorWords>(key: K, ...params: SaidParams<K>): Said {
  return { key, params: params as readonly SaidParam[] };
}

/** Says `s` with `words`. */
export function sayError(words: ErrorWords, s: Said): string {
  const params = s.params.map((p) =>
    p !== null && typeof p === 'object' ? sayError(words, p) : p,
  );
  const entry = words[s.key] as string | ((...args: unknown[]) => string);
  return typeof entry === 'function' ? entry(...params) : entry;
}

/**
 * An error for broken infrastructure, bad usage or bad configuration: a code from the table
 * and a message (said in French for logs; `said` lets the command line say it in its language).
 */
export class OgpError extends Error {
  readonly code: ErrorCode;
  /** Extra lines shown to the user (for example each configuration problem). */
  readonly details: readonly string[];
  /** The language the message is in, when it is not the command's (a configuration's own). */
  readonly locale: string | undefined;
  /** The message's words, when it has them: the reader's language says them. */
  readonly said: Said | undefined;

  constructor(
    code: ErrorCode,
    message: string | Said,
    options: { cause?: unknown; details?: readonly string[]; locale?: string } = {},
  ) {
    const text = typeof message === 'string' ? message : sayError(FRENCH_ERRORS, message);
    super(text, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OgpError';
    this.code = code;
    this.details = options.details ?? [];
    this.locale = options.locale;
    this.said = typeof message === 'string' ? undefined : message;
  }

  /** The process exit code this error maps to (SPEC §7). */
  get exitCode(): number {
    return ERROR_CODES.find((e) => e.code === this.code)?.exit ?? 1;
  }

  /** The message in `words`' language, when it has its words; else as it was written. */
  textIn(words: ErrorWords): string {
    return this.said ? sayError(words, this.said) : this.message;
  }
}
