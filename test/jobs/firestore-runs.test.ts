/**
 * Whole `tick` processes keeping their state in Firestore (Google's emulator) and sending to
 * a real SMTP server: two started at once, and one killed in the middle of its sends. Over
 * the runs, every due email reaches every recipient exactly once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryFigures, recordFigures } from '../../scripts/chaos-figures.js';
import { packageRoot } from '../../src/adapters/local/package-files.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { exampleCopy } from '../helpers/example-copy.js';
import type { MessageSummary } from '../../src/core/mailbox.js';
import {
  describeWithFirestore,
  startFirestoreEmulator,
  type FirestoreEmulator,
} from '../helpers/firestore-emulator.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const PROJECT = 'demo-ogp-runs';
const NOW = '2019-01-07T09:00';
const now = new Date('2019-01-07T08:00:00Z'); // 09:00 in Casablanca

let root: string;
let emulator: FirestoreEmulator | null = null;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-firestore-runs-'));
  emulator = await startFirestoreEmulator();
}, 60_000);
afterAll(async () => {
  await emulator?.stop();
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
});

/** A copy of the example whose run state is in Firestore under `prefix`. */
const inFirestore = (name: string) =>
  exampleCopy(join(root, name), (text) =>
    text.replace(
      'storage: { kind: local, dir: ./out, keepHistory: 10 }',
      `storage: { state: { kind: firestore, projectId: ${PROJECT}, prefix: ${name} }, output: { kind: local, dir: ./out } }`,
    ),
  );

/** `tick` as its own process, as Cloud Scheduler or a person would start it. */
function tick(config: string) {
  const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'ogp-tracker.js'), 'tick', '--config', config, '--now', NOW, '--json'], {
    env: { ...process.env, SMTP_URL: smtp.url, METADATA_SERVER_DETECTION: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, out })),
  );
  return { child, exited };
} // prettier-ignore

/** What the example owes that morning, from a dry run on a local copy of its own. */
async function expectedPairs(name: string): Promise<string[]> {
  const copy = await exampleCopy(join(root, `${name}-expected`));
  const run = await runCalendar(copy.config, { command: 'tick', now, baseDir: copy.dir, dryRun: true }); // prettier-ignore
  return run.emails.flatMap((e) => [...e.to, ...e.cc].map((to) => `${e.messageId} ${to}`));
}

describeWithFirestore('ticks keeping their state in Firestore', () => {
  it('two started at once: every due email goes once', async () => {
    const loaded = await inFirestore('twice');
    const config = join(loaded.dir, 'committee.yaml');
    const runs = await Promise.all([tick(config).exited, tick(config).exited]);
    // One sends everything; the other finds the lease taken, or comes after and finds
    // nothing left (both exit 1: the example's submissions have errors, docs/command-line.md).
    const taken = "Une autre exécution d'ogp-tracker utilise ce stockage";
    const sent = runs.map((r) =>
      r.out.includes(taken)
        ? null
        : (JSON.parse(r.out.slice(r.out.indexOf('{'))) as { sent: number }).sent,
    );
    expect(sent.filter((n) => n !== null && n > 0)).toEqual([18]);
    const figures = deliveryFigures(await expectedPairs('twice'), smtp.pairs());
    expect(figures).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    recordFigures({ scenario: 'two ticks at once, state in Firestore', faults: 1, ...figures });
  }, 90_000);

  it('one killed in the middle of its sends: the next run finishes, nothing lost or doubled', async () => {
    const loaded = await inFirestore('killed');
    const config = join(loaded.dir, 'committee.yaml');
    const first = tick(config);
    // The 9th message has arrived but is not acknowledged when the process dies.
    smtp.beforeAccept = async (attempt) => {
      if (attempt !== 9) return true;
      first.child.kill('SIGKILL');
      await first.exited;
      return false;
    };
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(smtp.received).toHaveLength(8);
    smtp.beforeAccept = undefined;

    // The lease and the claims of a process gone from this machine are taken over at once.
    const second = await tick(config).exited;
    expect(second.code, second.out).toBe(1); // the example's submissions have errors (docs/command-line.md)
    const summary = JSON.parse(second.out.slice(second.out.indexOf('{'))) as { due: number; sent: number; failed: number; possiblyTwice: string[] };
    expect([summary.due, summary.sent, summary.failed]).toEqual([10, 10, 0]);
    // The one email the dead run had claimed is said, to each of its recipients: it may have
    // gone out (here it had not).
    expect(summary.possiblyTwice.length).toBeGreaterThan(0);
    expect(new Set(summary.possiblyTwice.map((d) => d.split(' → ')[0])).size).toBe(1);
    const figures = deliveryFigures(await expectedPairs('killed'), smtp.pairs());
    expect(figures).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    recordFigures({ scenario: 'tick killed after 8 sends, state in Firestore, run again', faults: 1, ...figures });
  }, 90_000); // prettier-ignore
});

describeWithFirestore('the mailbox intake with its memory in Firestore', () => {
  it('finishes a message whose run stopped before filing it away, without a second answer', async () => {
    const { writeFile, mkdir } = await import('node:fs/promises');
    const { FolderMailbox } = await import('../../src/adapters/mail/folder-mailbox.js');
    const { runIntake } = await import('../../src/jobs/intake.js');
    const { exampleReplyMessage } = await import('../../scripts/make-example.js');
    const loaded = await inFirestore('intake-crash');
    const inbox = join(loaded.dir, 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(join(inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    class Crashing extends FolderMailbox {
      moves = 0;
      override async markHandled(summary: MessageSummary) {
        if (++this.moves === 1) throw new Error('connexion perdue');
        return super.markHandled(summary);
      }
    }
    const mailbox = new Crashing(inbox);
    const options = { smtpUrl: smtp.url, baseDir: loaded.dir, mailbox };
    const at = (iso: string) => new Date(iso);
    await expect(
      runIntake(loaded.config, { ...options, now: at('2019-01-07T09:15:00Z') }),
    ).rejects.toThrow('connexion perdue');
    expect(smtp.received).toHaveLength(1);
    const next = await runIntake(loaded.config, { ...options, now: at('2019-01-07T09:20:00Z') });
    expect(next).toMatchObject({ answers: 0 });
    expect([mailbox.moves, smtp.received.length]).toEqual([2, 1]);
    // A third run, a fresh process's view from Firestore: nothing left to do.
    const third = await runIntake(loaded.config, {
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
      now: at('2019-01-07T09:25:00Z'),
    });
    expect(third).toMatchObject({ messages: 0, answers: 0 });
  }, 60_000);
});
