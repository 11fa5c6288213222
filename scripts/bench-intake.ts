/**
 * `npm run bench -- --only intake`: what a run of the mailbox intake costs when it finds
 * nothing new — the case of nearly every five-minute run. The example's inbox is read once
 * (its reply filed and answered), then fresh processes run the intake again, as a function's
 * cold start does: wall time from the parent (loading included), peak RSS, and, against a
 * real IMAP server (Debian's Dovecot, when installed), the IMAP commands each run sends,
 * counted by a loopback proxy in front of the server.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { runIntake } from '../src/jobs/intake.js';
import { buildMime } from '../src/adapters/mail/transports.js';
import { connectImap, startDovecot } from '../test/helpers/dovecot.js';
import { exampleReplyMessage } from './make-example.js';

/** The idle runs of one kind of mailbox, and the run that reads the largest message. */
export interface IntakeIdleMeasure {
  kind: 'folder' | 'imap' | 'largest message';
  /** Median wall time of a fresh process (cold start included), and each run's. */
  ms: number;
  runs: number[];
  rssMiB: number;
  /** IMAP commands a run sent (the first run's, by name), when measured. */
  commands?: string[];
  /** What the run read, when it is not an idle one. */
  note?: string;
  skipped?: string;
}

type Measure = (args: string[]) => Promise<{ ms: number; rssKiB: number; stdout: string }>;

const NOW = '2019-01-07T10:15:00+01:00';
const LATER = '2019-01-07T10:20:00+01:00';
/** One intake run in a fresh process: the script built beside this one (dist-dev/scripts/). */
const RUN_SCRIPT = fileURLToPath(new URL('./bench-intake-run.js', import.meta.url));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A copy of the example whose inbox is read by `intake`. */
async function exampleWith(dir: string, intake: string): Promise<string> {
  const example = join(packageRoot(), 'examples', 'maroc-2019');
  await cp(example, dir, { recursive: true, filter: (path) => !path.includes(`${example}/out`) });
  const file = join(dir, 'committee.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(
      'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
      `intake: ${intake}`,
    ),
  );
  return file;
}

/** A proxy that counts the IMAP commands its clients send (the tagged lines). */
async function countingProxy(
  port: number,
): Promise<{ port: number; commands: string[]; server: Server }> {
  const commands: string[] = [];
  const server = createServer((client) => {
    const upstream = createConnection(port, '127.0.0.1');
    let pending = '';
    client.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      const lines = pending.split('\r\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^[A-Za-z0-9.]+ (UID [A-Z]+|[A-Z]+)/.exec(line);
        if (m) commands.push(m[1] as string);
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, commands, server };
}

async function idleRuns(
  measure: Measure,
  config: string,
  runs: number,
  imapUrl?: string,
): Promise<{ runs: number[]; rssMiB: number }> {
  const times: number[] = [];
  let rssKiB = 0;
  for (let i = 0; i < runs; i++) {
    const args = [RUN_SCRIPT, config, LATER];
    const result = await measure(imapUrl ? [...args, imapUrl] : args);
    const summary = JSON.parse(result.stdout) as { messages: number; skipped: string | null };
    if (summary.messages !== 0 || summary.skipped) {
      throw new Error(`an idle intake run found something: ${result.stdout}`);
    }
    times.push(Math.round(result.ms));
    rssKiB = Math.max(rssKiB, result.rssKiB);
  }
  return { runs: times, rssMiB: Math.round(rssKiB / 1024) };
}

/**
 * A run that reads a message just under `intake.maxMessageMiB` whole (a workbook and a large
 * annex), files the workbook and answers: the intake's peak memory in a fresh process.
 */
async function largestMessage(measure: Measure, dir: string): Promise<IntakeIdleMeasure> {
  const config = await exampleWith(dir, '{ kind: folder, dir: inbox, authservId: mx.example.org }');
  const { config: committee } = await loadConfigFile(config);
  const max = committee.intake?.maxMessageMiB ?? 15;
  const annex = Buffer.alloc(Math.floor(((max - 1) * 1024 * 1024 * 3) / 4), 3); // base64: 4 of 3
  const workbook = await readFile(join(dir, 'submissions', 'engagement-07.xlsx'));
  const raw = await buildMime({
    from: 'Hind Berrada <hind.berrada@example.org>',
    to: 'secretariat.ogp@example.org',
    subject: 'Fiche et annexe',
    text: 'Bonjour, la fiche et son annexe.',
    date: new Date('2019-01-07T09:12:00Z'),
    attachments: [
      { filename: 'engagement-07.xlsx', content: workbook },
      { filename: 'annexe.pdf', content: annex },
    ],
  });
  await rm(join(dir, 'inbox'), { recursive: true, force: true });
  await mkdir(join(dir, 'inbox'));
  const trace = 'Authentication-Results: mx.example.org; dmarc=pass header.from=example.org\r\n';
  await writeFile(join(dir, 'inbox', 'grand.eml'), Buffer.concat([Buffer.from(trace), raw]));
  const result = await measure([RUN_SCRIPT, config, NOW]);
  const summary = JSON.parse(result.stdout) as { messages: number; answers: number };
  if (summary.messages !== 1) throw new Error(`the largest message was not read: ${result.stdout}`);
  return {
    kind: 'largest message',
    ms: Math.round(result.ms),
    runs: [Math.round(result.ms)],
    rssMiB: Math.round(result.rssKiB / 1024),
    note: `${(raw.length / 1024 / 1024).toFixed(1)} MiB read whole (maxMessageMiB ${max})`,
  };
}

/** The idle cost of the intake on a folder of .eml files and on IMAP. */
export async function benchIntake(measure: Measure, runs = 5): Promise<IntakeIdleMeasure[]> {
  const work = await mkdtemp(join(tmpdir(), 'ogp-bench-intake-'));
  const measures: IntakeIdleMeasure[] = [];
  try {
    const folder = await exampleWith(
      join(work, 'folder'),
      '{ kind: folder, dir: inbox, authservId: mx.example.org }',
    );
    const loaded = await loadConfigFile(folder);
    await runIntake(loaded.config, { now: new Date(NOW), baseDir: loaded.dir });
    const idle = await idleRuns(measure, folder, runs);
    measures.push({ kind: 'folder', ms: median(idle.runs), ...idle });
    measures.push(await largestMessage(measure, join(work, 'largest')));

    if (!existsSync('/usr/sbin/dovecot') || process.getuid?.() !== 0) {
      measures.push({
        kind: 'imap',
        ms: Number.NaN,
        runs: [],
        rssMiB: Number.NaN,
        skipped: 'Dovecot absent, or not root (apt-get install dovecot-imapd; run as root)',
      });
      return measures;
    }
    const imap = await startDovecot();
    const proxy = await countingProxy(imap.port);
    try {
      const config = await exampleWith(join(work, 'imap'), '{ kind: imap }');
      const { config: committee, dir } = await loadConfigFile(config);
      const mailer = await connectImap(imap);
      await mailer.append('INBOX', await exampleReplyMessage(committee));
      await mailer.logout();
      const url = imap.url.replace(`:${imap.port}`, `:${proxy.port}`);
      await runIntake(committee, { now: new Date(NOW), baseDir: dir, imapUrl: url });
      proxy.commands.length = 0;
      const idle = await idleRuns(measure, config, runs, url);
      const perRun = proxy.commands.length / runs;
      measures.push({
        kind: 'imap',
        ms: median(idle.runs),
        ...idle,
        commands: proxy.commands.slice(0, perRun),
      });
    } finally {
      proxy.server.close();
      await imap.stop();
    }
    return measures;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
