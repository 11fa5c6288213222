import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ISSUE_CODES, OgpError, severityOf } from '../../src/core/codes.js';

describe('the code table', () => {
  it('pins every validation code and its severity (docs/validation-codes.md)', () => {
    expect(ISSUE_CODES.map((c) => [c.code, c.severity])).toEqual([
      ['file-unreadable', 'error'],
      ['sheet-missing', 'error'],
      ['column-missing', 'error'],
      ['column-duplicate', 'error'],
      ['column-unknown', 'warning'],
      ['commitment-mismatch', 'error'],
      ['value-required', 'error'],
      ['invalid-date', 'error'],
      ['invalid-number', 'error'],
      ['invalid-choice', 'error'],
      ['invalid-url', 'error'],
      ['invalid-email', 'error'],
      ['out-of-range', 'error'],
      ['duplicate-ref', 'error'],
      ['date-order', 'error'],
      ['done-in-future', 'error'],
      ['result-missing', 'error'],
      ['indicator-mismatch', 'error'],
      ['missing-hashtag', 'error'],
      ['formula-without-value', 'error'],
      ['logo-not-used', 'warning'],
      ['evidence-missing', 'warning'],
      ['milestone-late', 'warning'],
      ['progress-inconsistent', 'warning'],
      ['outside-plan-period', 'warning'],
      ['dangerous-content', 'warning'],
      ['empty-submission', 'error'],
      ['calendar-warning', 'warning'],
      ['milestone-missing', 'warning'],
      ['percent-ambiguous', 'warning'],
      ['too-many-issues', 'warning'],
    ]);
  });

  it('pins the thrown error codes, their exit codes and the page that explains each (docs/command-line.md)', () => {
    expect(ERROR_CODES.map((c) => [c.code, c.exit, c.page])).toEqual([
      ['usage', 2, 'docs/command-line.md'],
      ['config-not-found', 2, 'docs/configuration.md'],
      ['config-invalid', 2, 'docs/configuration.md'],
      ['write-failed', 1, null],
      ['run-in-progress', 1, 'docs/command-line.md'],
      ['mailbox-failed', 1, 'docs/mail-setup.md'],
      ['internal', 1, null],
    ]);
    expect(new OgpError('mailbox-failed', 'x').page).toBe('docs/mail-setup.md');
  });

  it('looks severities up from the table and maps errors to exit codes', () => {
    expect(severityOf('logo-not-used')).toBe('warning');
    expect(severityOf('invalid-date')).toBe('error');
    const cause = new Error('disk full');
    const error = new OgpError('config-invalid', 'bad', { cause, details: ['a'] });
    expect([error.code, error.exitCode, error.cause, error.details]).toEqual([
      'config-invalid',
      2,
      cause,
      ['a'],
    ]);
  });
});
