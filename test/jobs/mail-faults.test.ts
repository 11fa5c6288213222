/**
 * Email under faults, against a real SMTP server: dropped connections, 4xx answers, a
 * refused recipient, and a `tick` process killed in the middle of its sends. Over the runs,
 * every due email reaches every recipient exactly once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/adapters/local/package-files.js';
import { runCalendar, type CalendarRunSummary } from '../../src/jobs/send-calendar.js';
import { deliveryFigures, recordFigures } from '../../scripts/chaos-figures.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const NOW = '2019-01-07T09:00';
const now = new Date('2019-01-07T08:00:00Z'); // 09:00 in Casablanca (UTC+1)
const QUICK = [10, 20, 40];

let root: string;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-faults-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
});

/** The `message-id recipient` pairs a run had to deliver. */
const duePairs = (run: CalendarRunSummary) =>
  run.emails.flatMap((e) => [...e.to, ...e.cc].map((to) => `${e.messageId} ${to}`));

/** What the example owes on the morning of 07/01/2019, from a dry run on a copy of its own. */
async function expectedPairs(name: string): Promise<string[]> {
  const copy = await exampleCopy(join(root, `${name}-expected`));
  return duePairs(
    await runCalendar(copy.config, { command: 'tick', now, baseDir: copy.dir, dryRun: true }),
  );
}

describe('SMTP faults', () => {
  it('a connection dropped in the middle of two messages: both go again in the same run, once', async () => {
    const loaded = await exampleCopy(join(root, 'drop'));
    smtp.faults.dropAt = new Set([3, 11]);
    const run = await runCalendar(loaded.config, { command: 'tick', now, baseDir: loaded.dir, smtpUrl: smtp.url, retryDelaysMs: QUICK });
    expect([run.due, run.sent, run.failed]).toEqual([18, 18, 0]);
    const figures = deliveryFigures(await expectedPairs('drop'), smtp.pairs());
    expect(figures).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    recordFigures({ scenario: 'SMTP connection dropped mid-message (×2)', faults: 2, ...figures });
  }, 30_000);

  it('4xx answers, then the server recovers: delivered in the same run, once', async () => {
    const loaded = await exampleCopy(join(root, 'tempfail'));
    smtp.faults.tempFailAt = new Set([1, 2, 5]);
    smtp.faults.tempFailRecipient.set('nadia.idrissi@example.org', 2);
    const run = await runCalendar(loaded.config, { command: 'tick', now, baseDir: loaded.dir, smtpUrl: smtp.url, retryDelaysMs: QUICK });
    expect([run.sent, run.failed]).toEqual([18, 0]);
    const figures = deliveryFigures(await expectedPairs('tempfail'), smtp.pairs());
    expect(figures).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    recordFigures({ scenario: 'SMTP 451 on three messages and twice on one recipient', faults: 5, ...figures });
  }, 30_000);

  it('a recipient refused for good: reported, never tried again; the corrected address gets it the next run', async () => {
    const loaded = await exampleCopy(join(root, 'refused'));
    smtp.refuse.add('nadia.idrissi@example.org');
    const options = { command: 'tick' as const, baseDir: loaded.dir, smtpUrl: smtp.url, retryDelaysMs: QUICK };
    const first = await runCalendar(loaded.config, { ...options, now });
    const refused = first.emails.flatMap((e) => e.failed.map((f) => `${e.messageId} ${f.address}`));
    expect(refused).toHaveLength(1);
    expect(first.emails.flatMap((e) => e.failed.map((f) => f.reason))).toEqual([expect.stringMatching(/^550 5\.1\.1 Boîte aux lettres inconnue/)]);
    // No second attempt at a 5xx in the same run.
    expect(smtp.recipientsTried.filter((to) => to === 'nadia.idrissi@example.org')).toHaveLength(1);

    smtp.refuse.clear();
    const later = { ...options, now: new Date(now.getTime() + 3_600_000) };
    const second = await runCalendar(loaded.config, later);
    expect([second.due, second.sent, second.failed]).toEqual([0, 0, 0]);
    // The secretariat corrects the address: a new delivery, sent once.
    const corrected = await exampleCopy(join(root, 'refused'), (text) => text.replace('nadia.idrissi@example.org', 'n.idrissi@example.org'));
    const third = await runCalendar(corrected.config, later);
    expect(third.emails.flatMap((e) => e.delivered)).toEqual(['n.idrissi@example.org']);
    const expected = (await expectedPairs('refused')).map((p) => p.replace('nadia.idrissi@example.org', 'n.idrissi@example.org'));
    const figures = deliveryFigures(expected, smtp.pairs());
    expect(figures).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    recordFigures({ scenario: 'SMTP 550 for one recipient, never retried; its corrected address served the next run', faults: 1, ...figures });
  }, 30_000);
}); // prettier-ignore

describe('a tick killed in the middle of its sends', () => {
  it('is run again: every due email delivered exactly once over the two runs', async () => {
    const loaded = await exampleCopy(join(root, 'killed'));
    const child = spawn(
      process.execPath,
      [join(packageRoot(), 'bin', 'ogp-tracker.js'), 'tick', '--config', join(loaded.dir, 'committee.yaml'), '--now', NOW],
      { env: { ...process.env, SMTP_URL: smtp.url }, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // The 9th message has arrived but is not acknowledged when the process dies.
    smtp.beforeAccept = async (attempt) => {
      if (attempt !== 9) return true;
      child.kill('SIGKILL');
      await exited;
      return false;
    };
    expect(await exited).toBe('SIGKILL');
    expect(smtp.received).toHaveLength(8);
    smtp.beforeAccept = undefined;

    const second = await runCalendar(loaded.config, { command: 'tick', now, baseDir: loaded.dir, smtpUrl: smtp.url, retryDelaysMs: QUICK });
    expect([second.due, second.sent, second.failed]).toEqual([10, 10, 0]);
    const figures = deliveryFigures(await expectedPairs('killed'), smtp.pairs());
    expect(figures).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    recordFigures({ scenario: 'tick process killed after 8 sends, run again', faults: 1, ...figures });
  }, 60_000);
}); // prettier-ignore

describe('the SMTP password', () => {
  it('is used, and never printed, journaled or recorded, even when it is refused', async () => {
    const secret = 's3cr3t-Mot-de-passe';
    const locked = await startSmtp({ user: 'ogp', pass: secret });
    const saved = process.env.SMTP_URL;
    try {
      const loaded = await exampleCopy(join(root, 'secret'));
      const config = join(loaded.dir, 'committee.yaml');
      const port = new URL(locked.url).port;

      process.env.SMTP_URL = `smtp://ogp:wrong-${secret}@127.0.0.1:${port}`;
      const refused = await cli('tick', '--config', config, '--now', NOW, '--json');
      expect(JSON.parse(refused.stdout)).toMatchObject({ sent: 0, failed: 18 });
      expect(refused.stdout).toMatch(/535 5\.7\.8 Identifiants refusés/);

      process.env.SMTP_URL = `smtp://ogp:${secret}@127.0.0.1:${port}`;
      const accepted = await cli('tick', '--config', config, '--now', NOW, '--json');
      expect(JSON.parse(accepted.stdout)).toMatchObject({ sent: 18, failed: 0 });
      expect(locked.received).toHaveLength(18);

      const state = await Promise.all(
        ['state/journal.json', 'state/ledger.jsonl'].map((f) => readFile(join(loaded.dir, 'out', f), 'utf8')),
      );
      for (const text of [refused.stdout, refused.stderr, accepted.stdout, accepted.stderr, ...state]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
      await locked.close();
    }
  }, 60_000);
}); // prettier-ignore
