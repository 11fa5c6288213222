/**
 * `npm run bench [-- --json] [-- --only load]`: measurements that are targets, not tests.
 * Each measure runs in a fresh Node process.
 *
 * - load: importing the built functions entry point (what a cold start pays), beside
 *   importing the per-API Sheets and Drive packages and the full `googleapis` bundle
 *   (installed on demand into .bench-cache/, never a dependency of the project).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { packageRoot } from '../src/adapters/package-files.js';

const run = promisify(execFile);
const ROOT = packageRoot();
const CACHE = join(ROOT, '.bench-cache');
/** The last googleapis release that runs on Node 20 (later ones need Node 22). */
const GOOGLEAPIS = 'googleapis@176.0.0';

export interface Measure {
  name: string;
  /** Median over the runs, milliseconds. */
  ms: number;
  runs: number[];
  /** Peak resident memory of the slowest run, MiB. */
  rssMiB?: number;
  note?: string;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Times `import(specifier)` in fresh processes, from `cwd`. */
async function timeImport(
  name: string,
  specifiers: string[],
  cwd: string,
  runs = 5,
): Promise<Measure> {
  const script = `const t=performance.now();${specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('')}process.stdout.write(String(performance.now()-t))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd });
    times.push(Number(stdout));
  }
  return { name, ms: Math.round(median(times)), runs: times.map(Math.round) };
}

function ensureGoogleapis(): string | null {
  const dir = join(CACHE, 'node_modules', 'googleapis');
  if (existsSync(dir)) return CACHE;
  mkdirSync(CACHE, { recursive: true });
  process.stderr.write(
    `Installation de ${GOOGLEAPIS} dans .bench-cache/ pour la comparaison (une fois)…\n`,
  );
  try {
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, GOOGLEAPIS],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    return CACHE;
  } catch {
    return null;
  }
}

export async function benchLoad(): Promise<Measure[]> {
  const entry = join(ROOT, 'dist', 'functions', 'index.js');
  if (!existsSync(entry)) throw new Error('Lancez « npm run build » avant le banc d’essai.');
  const measures = [
    await timeImport('functions entry point (dist/functions/index.js)', [entry], ROOT),
    await timeImport(
      'entry point + what its first call loads (jobs, exceljs, Google clients, nodemailer)',
      [
        entry,
        join(ROOT, 'dist', 'src', 'jobs', 'send-calendar.js'),
        join(ROOT, 'dist', 'src', 'adapters', 'google-sources.js'),
      ],
      ROOT,
    ),
    await timeImport(
      '@googleapis/sheets + @googleapis/drive',
      ['@googleapis/sheets', '@googleapis/drive'],
      ROOT,
    ),
  ];
  const cache = ensureGoogleapis();
  measures.push(
    cache
      ? await timeImport(`full bundle (${GOOGLEAPIS})`, ['googleapis'], cache)
      : {
          name: `full bundle (${GOOGLEAPIS})`,
          ms: Number.NaN,
          runs: [],
          note: 'not installed (no registry?)',
        },
  );
  return measures;
}

function table(title: string, measures: Measure[]): string {
  const rows = measures.map((m) => [
    m.name,
    Number.isNaN(m.ms) ? 'skipped' : `${m.ms} ms`,
    m.runs.join(' / '),
    m.note ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), 4));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [`## ${title}`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  const result: Record<string, Measure[]> = {};
  if (!values.only || values.only === 'load') result.load = await benchLoad();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ node: process.version, ...result }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`Node ${process.version}\n\n`);
  if (result.load) {
    process.stdout.write(
      `${table('Loading (cold start), median of 5 fresh processes', result.load)}\n`,
    );
    const [ours, , , full] = result.load;
    if (ours && full && !Number.isNaN(full.ms)) {
      process.stdout.write(
        `full googleapis / our entry point: ${(full.ms / Math.max(1, ours.ms)).toFixed(1)}×\n`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
}
