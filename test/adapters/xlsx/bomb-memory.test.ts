/**
 * The memory bombs read as the deployed function reads them: in a child `node` under the
 * function's V8 flags (NODE_OPTIONS) and allocator settings (scripts/function-memory.ts),
 * one after the other, then a real submission. Each must be refused with its reason, the
 * process must end by itself (V8 aborts when its heap is exhausted), and its peak resident
 * memory (VmHWM) must stay under the instance's 256 MiB. The built reader is used, as the
 * function runs it (`npm test` builds first; READER_MODULE names another build).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FUNCTION_MEMORY,
  MALLOC_ENV,
  memoryMiB,
  v8FlagsFor,
} from '../../../scripts/function-memory.js';
import { packageRoot } from '../../../src/adapters/local/package-files.js';
import { BOMBS, manyParts } from './bomb-files.js';

const ROOT = packageRoot();
const READER = resolve(ROOT, process.env.READER_MODULE ?? 'dist/src/adapters/xlsx/reader.js');
const BAD = join(ROOT, 'test', 'fixtures', 'bad');
const SUBMISSION = join(ROOT, 'examples', 'maroc-2019', 'submissions', 'engagement-01.xlsx');

/** Reads each file named in FILES with the reader, then prints its own peak memory. */
const CHILD = `
import { readFileSync } from 'node:fs';
const { readXlsxFile } = await import(process.env.READER);
for (const file of JSON.parse(process.env.FILES)) {
  const started = performance.now();
  const reading = await readXlsxFile(file);
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ file, kind: reading.ok ? null : reading.failure.kind, ms }));
}
const status = readFileSync('/proc/self/status', 'utf8');
console.log(JSON.stringify({ peakKiB: Number(/VmHWM:\\s+(\\d+)/.exec(status)[1]) }));
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-bombs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the memory bombs under the deployed function’s flags', () => {
  it('are each refused with its reason, in one process that stays under 256 MiB, which then reads a submission', async () => {
    expect(existsSync(READER), `${READER} is missing: npm run build`).toBe(true);
    const parts = join(dir, 'many-parts.xlsx');
    await writeFile(parts, manyParts(10_001));
    const files = [...BOMBS.map(([file]) => join(BAD, file)), parts, SUBMISSION];
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, ['--input-type=module', '-e', CHILD], {
        env: {
          ...process.env,
          NODE_OPTIONS: v8FlagsFor(DEFAULT_FUNCTION_MEMORY).join(' '),
          ...MALLOC_ENV,
          READER: pathToFileURL(READER).href,
          FILES: JSON.stringify(files),
        },
        maxBuffer: 1024 * 1024,
      }, (error, stdout, stderr) => done({ code: error ? (error.code as number | null) ?? 1 : 0, stdout, stderr }));
    });
    expect({ code, stderr: stderr.slice(-2_000) }).toEqual({ code: 0, stderr: '' });

    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { file?: string; kind?: string | null; peakKiB?: number });
    const kinds = lines.filter((l) => l.file).map((l) => [l.file!.split('/').pop(), l.kind]);
    expect(kinds).toEqual([...BOMBS.map(([file, kind]) => [file, kind]), ['many-parts.xlsx', 'too-many-parts'], ['engagement-01.xlsx', null]]);
    const peakMiB = (lines.at(-1)?.peakKiB ?? Infinity) / 1024;
    expect(peakMiB).toBeLessThan(memoryMiB(DEFAULT_FUNCTION_MEMORY));
  }, 180_000);
}); // prettier-ignore
