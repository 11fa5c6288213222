/**
 * `npm run bench [-- --json] [-- --only scale|corpus|google|load|intake] [-- --sizes 20,100,500] [-- --runs 3]`:
 * measurements that are targets, not tests. Every measure runs in a fresh process.
 *
 * - scale: N synthetic submissions (200 actions and 20 milestones each, cached in
 *   .bench-cache/) consolidated by ogp-tracker, copied by the floor (exceljs's streaming
 *   reader and writer, nothing else), and by the peer an analyst would write (pandas), when
 *   a python3 with pandas and openpyxl is on the machine. Wall time and peak RSS of each.
 * - corpus: the real-world workbooks of ../shared/realworld-xlsx read by our reader.
 * - google: 500 Google Sheet sources on the loopback Google server: a first run, one with
 *   nothing changed (no Sheets request), one with 10 changed (scripts/bench-google.ts).
 * - load: importing the built functions entry point (what a cold start pays), beside
 *   importing the per-API Sheets and Drive packages and the full `googleapis` bundle
 *   (installed on demand into .bench-cache/, never a dependency of the project).
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { writeBenchData } from './bench-data.js';
import { DEFAULT_FUNCTION_MEMORY, MALLOC_ENV, v8FlagsFor } from './function-memory.js';
import { benchGoogle, type GoogleRunMeasure } from './bench-google.js';
import { benchIntake, type IntakeIdleMeasure } from './bench-intake.js';

const run = promisify(execFile);
const ROOT = packageRoot();
/**
 * A tool built beside this script (dist-dev/scripts/, `npm run build:dev`), where the product
 * it measures is in dist/ (`npm run build`).
 */
const tool = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));
const CACHE = join(ROOT, '.bench-cache');
/** Bump when bench-data.ts changes what it writes: cached data is then regenerated. */
const DATA_VERSION = 1;
/** The last googleapis release that runs on Node 20 (later ones need Node 22). */
const GOOGLEAPIS = 'googleapis@176.0.0';
/**
 * The V8 flags the deployed function runs with (a 256Mi instance): ours and the floor run with
 * them, so that the peak measured is the function's.
 */
export const FUNCTION_FLAGS = v8FlagsFor(DEFAULT_FUNCTION_MEMORY);
/** The C allocator's settings the deployed function runs with (the deploy plan sets them too). */
export const FUNCTION_ENV: NodeJS.ProcessEnv = { ...MALLOC_ENV };
/** The shared corpus of real-world workbooks, beside the project. */
const CORPUS = join(ROOT, '..', 'shared', 'realworld-xlsx', 'files');
/** The functions' cold start target: importing their entry point, in milliseconds. */
const COLD_START_MS = 400;
/** A day inside the example's first campaign (due 09/01/2019). */
const NOW = '2019-01-08T09:00';

const MiB = 1024 * 1024;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const log = (text: string) => process.stderr.write(`${text}\n`);

// ---------------------------------------------------------------------------------------------
// Scale: ours, the floor and the peer on N submissions.

/** One contender at one N: median wall time and peak RSS (and the highest peak), rows it wrote. */
export interface ScaleMeasure {
  ms: number;
  rssMiB: number;
  rssMaxMiB: number;
  rows: number;
  runs: number[];
  /** Why it was not measured. */
  skipped?: string;
}

export interface ScaleRow {
  n: number;
  ours: ScaleMeasure;
  floor: ScaleMeasure;
  pandas: ScaleMeasure;
  /** The status page: median time to draw and write it within the consolidation, its size. */
  page: { ms: number; bytes: number };
  /** The open data: median time to write it within the consolidation. */
  openData: { ms: number };
}

export interface ProcessRun {
  ms: number;
  rssKiB: number;
  stdout: string;
  code: number;
}

/** Runs a command to its end; wall time from the parent, peak RSS as the child reports it. */
function measureProcess(
  command: string,
  args: string[],
  options: { rssFile?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      void (async () => {
        const rssKiB = options.rssFile
          ? Number(await readFile(options.rssFile, 'utf8').catch(() => 'NaN'))
          : Number.NaN;
        if (code !== 0 && code !== 1) {
          reject(new Error(`${command} ${args.join(' ')} : code ${code}\n${stderr.slice(-2000)}`));
        } else resolve({ ms, rssKiB, stdout, code: code ?? 0 });
      })();
    });
  });
}

/** A Node script run with the RSS reporter preloaded (the chaos script uses it too). */
export function measureNode(
  args: string[],
  v8Flags: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<ProcessRun> {
  const rssFile = join(tmpdir(), `ogp-bench-rss-${process.pid}-${Date.now()}`);
  const reporter = new URL('./bench-rss.js', import.meta.url).href;
  return measureProcess(process.execPath, [...v8Flags, '--import', reporter, ...args], {
    rssFile,
    env: { ...env, OGP_BENCH_RSS_FILE: rssFile },
  }).finally(() => rm(rssFile, { force: true }));
}

/** The generated data for N submissions, made once and kept in .bench-cache/. */
async function benchData(n: number): Promise<{ dir: string; config: string }> {
  const dir = join(CACHE, `data-v${DATA_VERSION}-${n}`);
  const config = join(dir, 'committee.yaml');
  const count = await readdir(join(dir, 'submissions')).then(
    (names) => names.filter((name) => name.endsWith('.xlsx')).length,
    () => 0,
  );
  if (existsSync(config) && count === n) return { dir, config };
  await rm(dir, { recursive: true, force: true });
  log(`Génération de ${n} fiches de test dans ${dir}…`);
  const started = performance.now();
  await writeBenchData(dir, n);
  log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, config };
}

/** The machine's python3 with pandas and openpyxl, or why there is none. */
function findPandas(): { python: string; versions: string } | { skipped: string } {
  const candidates = [...new Set([process.env.BENCH_PYTHON, 'python3', '/usr/bin/python3'])];
  for (const python of candidates) {
    if (!python) continue;
    try {
      const versions = execFileSync(
        python,
        [
          '-c',
          'import pandas, openpyxl; print(f"pandas {pandas.__version__}, openpyxl {openpyxl.__version__}")',
        ],
        { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' },
      ).trim();
      return { python, versions };
    } catch {
      // Not this one.
    }
  }
  return {
    skipped:
      'no python3 with pandas and openpyxl (Debian: apt-get install python3-pandas python3-openpyxl)',
  };
}

const skipped = (why: string): ScaleMeasure => ({
  ms: Number.NaN,
  rssMiB: Number.NaN,
  rssMaxMiB: Number.NaN,
  rows: 0,
  runs: [],
  skipped: why,
});

async function repeat(
  times: number,
  once: () => Promise<{ ms: number; rssKiB: number; rows: number }>,
): Promise<ScaleMeasure> {
  const results = [];
  for (let i = 0; i < times; i++) results.push(await once());
  return {
    ms: Math.round(median(results.map((r) => r.ms))),
    rssMiB: Math.round(median(results.map((r) => r.rssKiB)) / 1024),
    rssMaxMiB: Math.round(Math.max(...results.map((r) => r.rssKiB)) / 1024),
    rows: results[0]?.rows ?? 0,
    runs: results.map((r) => Math.round(r.ms)),
  };
}

export async function benchScale(
  sizes: number[],
  runsFor: (n: number) => number,
): Promise<{ rows: ScaleRow[]; pandas: string }> {
  for (const file of ['bench-rss.js', 'bench-floor.js']) {
    if (!existsSync(tool(file)))
      throw new Error('Lancez « npm run build:dev » avant le banc d’essai.');
  }
  const peer = findPandas();
  const rows: ScaleRow[] = [];
  for (const n of sizes) {
    const { dir, config } = await benchData(n);
    const submissions = join(dir, 'submissions');
    const runs = runsFor(n);
    log(`N = ${n} : ${runs} passage(s) de chaque…`);

    const pageRuns: number[] = [];
    const openDataRuns: number[] = [];
    let pageBytes = 0;
    const ours = await repeat(runs, async () => {
      // Each run starts from an empty storage folder: no earlier readings, no history.
      await rm(join(dir, 'out'), { recursive: true, force: true });
      const result = await measureNode(
        [
          join(ROOT, 'bin', 'ogp-tracker.js'),
          'consolidate',
          '--config',
          config,
          '--json',
          '--now',
          NOW,
        ],
        FUNCTION_FLAGS,
        FUNCTION_ENV,
      );
      const summary = JSON.parse(result.stdout) as {
        actions: number;
        milestones: number;
        page: string;
        pageMs: number;
        openDataMs: number;
      };
      pageRuns.push(summary.pageMs);
      openDataRuns.push(summary.openDataMs);
      pageBytes = (await stat(summary.page)).size;
      return { ...result, rows: summary.actions + summary.milestones };
    });
    const page = { ms: median(pageRuns), bytes: pageBytes };
    const openData = { ms: median(openDataRuns) };
    log(
      `  ogp-tracker ${ours.ms} ms, ${ours.rssMiB} MiB (page de suivi ${page.ms} ms, ` +
        `${Math.round(page.bytes / 1024)} Kio ; données ouvertes ${openData.ms} ms)`,
    );

    const floorOut = join(dir, 'floor.xlsx');
    const floor = await repeat(runs, async () => {
      const result = await measureNode(
        [tool('bench-floor.js'), submissions, floorOut],
        FUNCTION_FLAGS,
        FUNCTION_ENV,
      );
      return { ...result, rows: Number(result.stdout.trim()) };
    });
    await rm(floorOut, { force: true });
    log(`  plancher ${floor.ms} ms, ${floor.rssMiB} MiB`);

    let pandas: ScaleMeasure;
    if ('skipped' in peer) pandas = skipped(peer.skipped);
    else {
      const pandasOut = join(dir, 'pandas.xlsx');
      pandas = await repeat(runs, async () => {
        const result = await measureProcess(peer.python, [
          join(ROOT, 'scripts', 'bench-pandas.py'),
          submissions,
          pandasOut,
        ]);
        const [written, rssKiB] = result.stdout.trim().split(/\s+/).map(Number);
        return { ms: result.ms, rssKiB: rssKiB ?? Number.NaN, rows: written ?? 0 };
      });
      await rm(pandasOut, { force: true });
      log(`  pandas ${pandas.ms} ms, ${pandas.rssMiB} MiB`);
    }
    rows.push({ n, ours, floor, pandas, page, openData });
  }
  return { rows, pandas: 'skipped' in peer ? peer.skipped : `${peer.python}: ${peer.versions}` };
}

/** A target of the performance issue, and whether this run meets it. */
export interface Target {
  name: string;
  value: number;
  limit: number;
  met: boolean | null;
}

function targetsOf(rows: ScaleRow[]): Target[] {
  const at = (n: number) => rows.find((r) => r.n === n);
  const target = (name: string, value: number | undefined, limit: number): Target => {
    const known = value !== undefined && Number.isFinite(value);
    return { name, value: known ? value : Number.NaN, limit, met: known ? value <= limit : null };
  };
  const r100 = at(100);
  const r500 = at(500);
  const outputs = (r: ScaleRow | undefined) => r && (r.page.ms + r.openData.ms) / r.ours.ms;
  return [
    target('ours / floor, wall time, N = 100', r100 && r100.ours.ms / r100.floor.ms, 1.25),
    target('ours / pandas, wall time, N = 100', r100 && r100.ours.ms / r100.pandas.ms, 0.45),
    target('ours, peak RSS at N = 500 (MiB)', r500?.ours.rssMiB, 200),
    target('ours, time growth N = 100 → 500', r100 && r500 && r500.ours.ms / r100.ours.ms, 5.5),
    target('status page + open data / consolidation, N = 100', outputs(r100), 0.1),
    target('status page + open data / consolidation, N = 500', outputs(r500), 0.1),
  ];
}

// ---------------------------------------------------------------------------------------------
// Corpus: the real-world workbooks of ../shared/realworld-xlsx read by our reader.

export interface CorpusMeasure {
  files: number;
  /** Time spent reading, all files, in one fresh process (median over the runs). */
  ms: number;
  refused: number;
  rssMiB: number;
  skipped?: string;
}

/** Reads every corpus file with our reader in a fresh process, three times. */
export async function benchCorpus(): Promise<CorpusMeasure> {
  if (!existsSync(CORPUS))
    return {
      files: 0,
      ms: Number.NaN,
      refused: 0,
      rssMiB: Number.NaN,
      skipped: `${CORPUS} absent`,
    };
  const runs: { files: number; ms: number; refused: number; rssKiB: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const result = await measureNode([tool('bench-corpus.js'), CORPUS]);
    runs.push({
      ...(JSON.parse(result.stdout) as { files: number; ms: number; refused: number }),
      rssKiB: result.rssKiB,
    });
  }
  const last = runs[runs.length - 1]!;
  return {
    files: last.files,
    refused: last.refused,
    ms: Math.round(median(runs.map((r) => r.ms))),
    rssMiB: Math.round(Math.max(...runs.map((r) => r.rssKiB)) / 1024),
  };
}

// ---------------------------------------------------------------------------------------------
// Load: cold-start imports.

export interface LoadMeasure {
  name: string;
  /** Median over the runs, milliseconds. */
  ms: number;
  runs: number[];
  /** Peak RSS of the process once loaded (highest over the runs), MiB. */
  rssMiB: number;
  note?: string;
}

/** Times `import(specifier)` in fresh processes, from `cwd`, with the peak RSS after it. */
async function timeImport(
  name: string,
  specifiers: string[],
  cwd: string,
  runs = 5,
): Promise<LoadMeasure> {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('');
  const report =
    'process.stdout.write(JSON.stringify([performance.now()-t,process.resourceUsage().maxRSS]))';
  const script = `const t=performance.now();${imports}${report}`;
  const times: number[] = [];
  let rssKiB = 0;
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd });
    const [ms, rss] = JSON.parse(stdout) as [number, number];
    times.push(ms);
    rssKiB = Math.max(rssKiB, rss);
  }
  return {
    name,
    ms: Math.round(median(times)),
    runs: times.map(Math.round),
    rssMiB: Math.round(rssKiB / 1024),
  };
}

function ensureGoogleapis(): string | null {
  const dir = join(CACHE, 'node_modules', 'googleapis');
  if (existsSync(dir)) return CACHE;
  mkdirSync(CACHE, { recursive: true });
  log(`Installation de ${GOOGLEAPIS} dans .bench-cache/ pour la comparaison (une fois)…`);
  try {
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, GOOGLEAPIS],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return CACHE;
  } catch {
    return null;
  }
}

export async function benchLoad(): Promise<LoadMeasure[]> {
  const entry = join(ROOT, 'dist', 'functions', 'index.js');
  if (!existsSync(entry)) throw new Error('Lancez « npm run build » avant le banc d’essai.');
  const measures = [
    await timeImport('functions entry point (dist/functions/index.js)', [entry], ROOT),
    await timeImport(
      'entry point + what its first call loads (jobs, exceljs, Google clients)',
      [
        entry,
        join(ROOT, 'dist', 'src', 'jobs', 'send-calendar.js'),
        join(ROOT, 'dist', 'src', 'adapters', 'google', 'clients.js'),
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
          rssMiB: Number.NaN,
          note: 'not installed (no registry?)',
        },
  );
  return measures;
}

// ---------------------------------------------------------------------------------------------
// Report.

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'skipped');
const mib = (value: number) => (Number.isFinite(value) ? `${value} MiB` : '');
const peak = (m: ScaleMeasure) =>
  Number.isFinite(m.rssMiB) ? `${m.rssMiB} MiB (${m.rssMaxMiB})` : '';
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : '–');

function scaleReport(rows: ScaleRow[], pandas: string): string {
  const contenders = ['ours', 'floor', 'pandas'] as const;
  const body = rows.map((r) => [
    String(r.n),
    ...contenders.flatMap((c) => [seconds(r[c].ms), peak(r[c])]),
    ratio(r.ours.ms, r.floor.ms),
    ratio(r.ours.ms, r.pandas.ms),
    String(r.ours.rows),
    `${seconds(r.page.ms)}, ${Math.round(r.page.bytes / 1024)} KiB`,
    seconds(r.openData.ms),
  ]);
  const out = [
    table(
      [
        'N',
        'ours',
        'RSS',
        'floor',
        'RSS',
        'pandas',
        'RSS',
        'ours/floor',
        'ours/pandas',
        'rows',
        'suivi.html',
        'open data',
      ],
      body,
    ),
  ];
  const r100 = rows.find((r) => r.n === 100);
  const r500 = rows.find((r) => r.n === 500);
  if (r100 && r500) {
    out.push(
      '',
      'Growth from N = 100 to N = 500 (time ×, peak RSS ×):',
      ...contenders.map(
        (c) =>
          `  ${c.padEnd(6)} ${ratio(r500[c].ms, r100[c].ms)}×  ${ratio(r500[c].rssMiB, r100[c].rssMiB)}×`,
      ),
    );
  }
  out.push('', `pandas: ${pandas}`, '', 'Targets:');
  for (const t of targetsOf(rows)) {
    const mark = t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED';
    out.push(
      `  ${t.name}: ${Number.isFinite(t.value) ? t.value.toFixed(2) : '–'} (≤ ${t.limit}) ${mark}`,
    );
  }
  return out.join('\n');
}

function loadReport(measures: LoadMeasure[]): string {
  const out = [
    table(
      ['import', 'median', 'peak RSS', 'runs'],
      measures.map((m) => [
        m.name,
        Number.isNaN(m.ms) ? 'skipped' : `${m.ms} ms`,
        mib(m.rssMiB),
        m.note ?? m.runs.join(' / '),
      ]),
    ),
  ];
  const [ours, , , full] = measures;
  if (ours && full && !Number.isNaN(full.ms)) {
    out.push(`full googleapis / our entry point: ${(full.ms / Math.max(1, ours.ms)).toFixed(1)}×`);
  }
  if (ours) {
    // Every function is in the one entry point (tick, intake, consolidate, remind, report).
    const met = ours.ms < COLD_START_MS ? 'met' : 'MISSED';
    out.push(
      '',
      'Target:',
      `  functions' cold start (the entry point of all five, intake included): ${ours.ms} ms (< ${COLD_START_MS}) ${met}`,
    );
  }
  return out.join('\n');
}

function machine() {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 / MiB),
  };
}

/** An idle run ends within a second; the largest message stays within a 256 MiB function. */
function intakeTarget(m: IntakeIdleMeasure): string {
  if (m.skipped) return '–';
  if (m.note) return m.rssMiB <= 256 ? '✓ ≤ 256 MiB' : '✗ > 256 MiB';
  return m.ms < 1000 ? '✓ < 1 s' : '✗ ≥ 1 s';
}

/** What `npm run bench -- --help` prints (developers read it in English, as docs/benchmarks.md). */
const USAGE = [
  'npm run bench [-- --json] [-- --only scale|corpus|google|load|intake] [-- --sizes 20,100,500] [-- --runs 3]',
  '  --only    one measure: scale (N submissions consolidated, beside the floor and pandas),',
  '            corpus (../shared/realworld-xlsx), google (500 Google Sheets on a loopback server),',
  '            load (cold start of the functions), intake (mailbox runs, Dovecot)',
  '  --sizes   the N of the scale measure (default 20,100,500)',
  '  --runs    fresh processes per measure (default 3)',
  '  --json    the figures as JSON on standard output',
  'Measures the product built in dist/ with the tools built in dist-dev/ (tsconfig.dev.json).',
].join('\n');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      sizes: { type: 'string', default: '20,100,500' },
      runs: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const started = performance.now();
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes : des entiers, ex. 20,100,500');
  // Three runs of each, side by side: the median is what the targets read.
  const runsFor = () => (values.runs ? Number(values.runs) : 3);
  const result: {
    machine: ReturnType<typeof machine>;
    scale?: { rows: ScaleRow[]; pandas: string; targets: Target[]; v8Flags: string[] };
    corpus?: CorpusMeasure;
    google?: GoogleRunMeasure[];
    load?: LoadMeasure[];
    intake?: IntakeIdleMeasure[];
    seconds?: number;
  } = { machine: machine() };
  if (!values.only || values.only === 'scale') {
    const scale = await benchScale(sizes, runsFor);
    result.scale = { ...scale, targets: targetsOf(scale.rows), v8Flags: FUNCTION_FLAGS };
  }
  if (!values.only || values.only === 'corpus') result.corpus = await benchCorpus();
  if (!values.only || values.only === 'google') {
    log('N = 500 feuilles Google (serveur Google local)…');
    result.google = await benchGoogle((await benchData(500)).dir);
  }
  if (!values.only || values.only === 'load') result.load = await benchLoad();
  if (!values.only || values.only === 'intake') {
    log('Relève de la boîte sans rien de nouveau (processus neufs)…');
    result.intake = await benchIntake((args) => measureNode(args, FUNCTION_FLAGS, FUNCTION_ENV));
  }
  result.seconds = Math.round((performance.now() - started) / 1000);

  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const m = result.machine;
  const parts = [`Node ${m.node}, ${m.platform}, ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB`];
  if (result.scale) {
    parts.push(
      '',
      `## Consolidation of N submissions (200 actions + 20 milestones each): wall time, peak RSS; median of fresh processes`,
      `ours and the floor run as the deployed function (${DEFAULT_FUNCTION_MEMORY}): ${FUNCTION_FLAGS.join(' ')}, ` +
        Object.entries(FUNCTION_ENV)
          .map(([key, value]) => `${key}=${value}`)
          .join(' '),
      'RSS: median peak of the runs (the highest in brackets)',
      scaleReport(result.scale.rows, result.scale.pandas),
    );
  }
  if (result.corpus) {
    const c = result.corpus;
    parts.push(
      '',
      '## Real-world corpus (../shared/realworld-xlsx), read by our reader in one process, median of 3',
      c.skipped
        ? `skipped: ${c.skipped}`
        : `${c.files} files in ${c.ms} ms (${(c.ms / Math.max(1, c.files)).toFixed(2)} ms per ` +
            `file), ${c.refused} refused, peak RSS ${c.rssMiB} MiB`,
    );
  }
  if (result.google) {
    parts.push(
      '',
      '## 500 Google Sheet sources (loopback Google server): requests and time; the real quota is 60 Sheets reads a minute',
      table(
        [
          'run',
          'Sheets requests',
          'Drive requests',
          'wall time (loopback)',
          'least time under the real quota',
        ],
        result.google.map((g) => [
          g.name,
          String(g.sheetsRequests),
          String(g.driveRequests),
          seconds(g.ms),
          seconds(g.quotaMs),
        ]),
      ),
    );
  }
  if (result.load) {
    parts.push('', '## Loading (cold start), median of 5 fresh processes', loadReport(result.load));
  }
  if (result.intake) {
    parts.push(
      '',
      "## Mailbox intake: finding nothing new, and reading the largest message it takes whole; a fresh process each run (cold start included), the function's V8 flags",
      table(
        ['run', 'median', 'runs', 'peak RSS', 'IMAP commands a run, or what was read', 'target'],
        result.intake.map((m) => [
          m.kind,
          m.skipped ? `skipped: ${m.skipped}` : `${m.ms} ms`,
          m.runs.join(' / '),
          Number.isFinite(m.rssMiB) ? `${m.rssMiB} MiB` : '–',
          m.commands ? `${m.commands.length}: ${m.commands.join(', ')}` : (m.note ?? '–'),
          intakeTarget(m),
        ]),
      ),
    );
  }
  parts.push('', `(${result.seconds} s in all)`);
  process.stdout.write(`${parts.join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
}
