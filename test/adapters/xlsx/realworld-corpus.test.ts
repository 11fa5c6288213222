/**
 * The reader against workbooks nobody here wrote: the shared real-world corpus
 * (../shared/realworld-xlsx: Excel, LibreOffice, Google Sheets, WPS, .NET SDK, Strict OOXML…)
 * compared cell by cell with its independent oracle by the corpus's own script, on the built
 * reader (`npm test` builds first). Outside CI the test is skipped when the corpus is absent;
 * in CI it must be there.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/adapters/local/package-files.js';

const ROOT = packageRoot();
const CORPUS = join(ROOT, '..', 'shared', 'realworld-xlsx');
const present = existsSync(join(CORPUS, 'compare.sh'));
/** The built reader, `readXlsxFile(path, limits)`, as the corpus script calls it. */
const READER_MODULE = 'dist/src/adapters/xlsx/reader.js';
/** The script's closing line. */
const SUMMARY = /^files=(\d+) ok=(\d+) refused=(\d+) crashed=(\d+) cells=(\d+) mismatched=(\d+)$/m;
const describeCorpus = present || process.env.CI ? describe : describe.skip;

describeCorpus('the real-world corpus (../shared/realworld-xlsx)', () => {
  it('reads every file as its oracle does: nothing refused, crashed or different', async () => {
    expect(present, `${CORPUS} is missing`).toBe(true);
    const { stdout } = await promisify(execFile)('bash', [join(CORPUS, 'compare.sh'), ROOT], {
      cwd: ROOT,
      // The script's default is the reader's place before adapters had a folder per counterpart.
      env: { ...process.env, READER_MODULE },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((failure: { stdout?: string; message: string }) => ({
      stdout: failure.stdout ?? failure.message,
    }));
    const summary = SUMMARY.exec(stdout);
    expect(summary, stdout).not.toBeNull();
    const [, files, ok, refused, crashed, , mismatched] = summary!.map(Number);
    expect(files).toBeGreaterThan(0);
    // The whole report is the failure message: every mismatch with its file, sheet and cell.
    const clean = { refused: 0, crashed: 0, mismatched: 0, ok: files };
    expect({ refused, crashed, mismatched, ok }, stdout).toEqual(clean);
  });
});
