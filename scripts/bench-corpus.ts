/**
 * `node dist-dev/scripts/bench-corpus.js FOLDER`: reads every .xlsx of FOLDER with our reader (the
 * row, column and cell caps lifted, as the corpus's compare.sh does), and prints the files
 * read, the time spent reading and how many were refused, as JSON. Run by `npm run bench`.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS, readXlsxFile } from '../src/adapters/xlsx/reader.js';

const LIFTED = {
  ...DEFAULT_READ_LIMITS,
  maxFileBytes: 500 * 1024 * 1024,
  maxUncompressedBytes: 4 * 1024 * 1024 * 1024,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxCellText: 10_000_000,
  maxCells: 100_000_000,
};

const folder = process.argv[2] ?? '.';
const files = (await readdir(folder)).filter((name) => name.endsWith('.xlsx')).sort();
let refused = 0;
const started = performance.now();
for (const name of files) if (!(await readXlsxFile(join(folder, name), LIFTED)).ok) refused++;
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ files: files.length, ms, refused })}\n`);
