import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exampleConfigPath, packageRoot } from '../src/adapters/local/package-files.js';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { cli } from './helpers/run-cli.js';

const SUBMISSIONS = join(packageRoot(), 'examples', 'maroc-2019', 'submissions');
const A = 'Actions de communication';
const J = 'Jalons';
const E = 'Engagement';

/** What each example submission was written to show (scripts/make-example.ts), as of 07/01/2019. */
const EXPECTED: Record<string, [string | null, string | null, string][]> = {
  'engagement-01.xlsx': [],
  'engagement-02.xlsx': [],
  'engagement-03.xlsx': [],
  'engagement-04.xlsx': [],
  'engagement-06.xlsx': [],
  'engagement-07.xlsx': [
    [A, 'O2', 'logo-not-used'],
    [A, 'P3', 'evidence-missing'],
    [A, 'F4', 'outside-plan-period'],
    [J, 'D2', 'milestone-late'],
  ],
  'engagement-08.xlsx': [],
  'engagement-09.xlsx': [],
  'engagement-10.xlsx': [
    [E, 'B1', 'commitment-mismatch'],
    [A, 'R1', 'column-duplicate'],
  ],
  'engagement-11.xlsx': [],
  'engagement-12.xlsx': [[null, null, 'empty-submission']],
  'engagement-13.xlsx': [],
  'engagement-14.xlsx': [
    [A, 'F2', 'invalid-date'],
    [A, 'B3', 'invalid-choice'],
    [A, 'N4', 'missing-hashtag'],
    [A, 'K5', 'indicator-mismatch'],
    [A, 'M5', 'result-missing'],
    [A, 'G6', 'done-in-future'],
    [A, 'A7', 'duplicate-ref'],
  ],
  'engagement-15.xlsx': [
    [A, 'I2', 'invalid-number'],
    [A, 'C3', 'value-required'],
    [A, 'C4', 'dangerous-content'],
    [A, 'P4', 'invalid-url'],
    [A, 'I5', 'formula-without-value'],
    [J, 'E2', 'progress-inconsistent'],
    [J, 'D3', 'date-order'],
    [J, 'E4', 'out-of-range'],
  ],
  'engagement-16.xlsx': [
    [J, null, 'sheet-missing'],
    [A, null, 'column-missing'],
  ],
  'engagement-17.xlsx': [[null, null, 'file-unreadable']],
  'engagement-18.xlsx': [
    [E, 'B5', 'invalid-email'],
    [A, 'R1', 'column-unknown'],
    [J, 'G2', 'evidence-missing'],
  ],
};

describe('the bundled example (examples/maroc-2019)', () => {
  it('validate --json reports the codes each submission was written to show, at their cells, and nothing else', async () => {
    const files = (await readdir(SUBMISSIONS)).sort().map((n) => join(SUBMISSIONS, n));
    const { code, stdout } = await cli('validate', '--json', '--now', '2019-01-07T09:00', '--config', exampleConfigPath(), ...files);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { files: { file: string; valid: boolean; commitment: number; issues: { sheet: string; cell: string; code: string }[] }[] };
    const actual = Object.fromEntries(
      report.files.map((f) => [f.file.slice(SUBMISSIONS.length + 1), f.issues.map((i) => [i.sheet, i.cell, i.code])]),
    );
    expect(actual).toEqual(EXPECTED);
    const valid = report.files.filter((f) => f.valid).map((f) => f.commitment);
    expect(valid).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 11, 13]);
  }); // prettier-ignore

  it('shows at least ten different issue codes, and one commitment sends no file at all', async () => {
    const codes = new Set(Object.values(EXPECTED).flatMap((issues) => issues.map((i) => i[2])));
    expect(codes.size).toBeGreaterThanOrEqual(10);
    const { config } = await loadConfigFile(exampleConfigPath());
    const present = new Set(await readdir(SUBMISSIONS));
    const absent = config.commitments.filter(
      (c) => c.source?.kind === 'xlsx' && !present.has(c.source.path.split('/').pop() ?? ''),
    );
    expect(absent.map((c) => c.id)).toEqual([5]);
  });
});
