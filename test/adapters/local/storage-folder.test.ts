import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFigures } from '../../../scripts/chaos-figures.js';
import { LocalStore } from '../../../src/adapters/local/storage-folder.js';
import type { DeliveryClaim } from '../../../src/core/ledger.js';
import { runCalendar } from '../../../src/jobs/send-calendar.js';
import { exampleCopy } from '../../helpers/example-copy.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-store-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const claim = (n: number): DeliveryClaim => ({
  key: `rappel|e${n}`,
  recipient: `pf${n}@example.org`,
  messageId: `<m${n}@example.org>`,
  kind: 'reminder',
  subject: `Rappel ${n}`,
  at: '2019-01-07T08:00:00.000Z',
  transport: 'smtp',
});
const sent = { state: 'sent', answer: '250 OK', at: '2019-01-07T08:00:01.000Z' } as const;

/** Claims then settles a delivery, as a run does. */
async function deliver(store: LocalStore, n: number): Promise<void> {
  expect(await store.claimDelivery(claim(n), 60_000)).toEqual({ granted: true, retaken: null });
  await store.settleDelivery(claim(n).key, claim(n).recipient, sent);
}

describe('the ledger of deliveries', () => {
  it('skips a line cut by a crash and keeps what is appended after it', async () => {
    const dir = join(root, 'torn');
    await deliver(new LocalStore(dir), 1);
    // A process killed in the middle of its next write.
    await appendFile(join(dir, 'state', 'ledger.jsonl'), JSON.stringify(claim(2)).slice(0, 40));
    const store = new LocalStore(dir);
    await deliver(store, 3);
    await deliver(store, 4);
    const ledger = await new LocalStore(dir).loadLedger();
    expect(ledger.map((e) => [e.recipient, e.state])).toEqual([['pf1@example.org', 'sent'], ['pf3@example.org', 'sent'], ['pf4@example.org', 'sent']]);
    // Two lines a delivery (claimed, then sent), the torn one, and the last line break.
    expect((await readFile(join(dir, 'state', 'ledger.jsonl'), 'utf8')).split('\n')).toHaveLength(8);
  });
}); // prettier-ignore

describe('the run lock in a local folder', () => {
  const lockFile = (dir: string) => join(dir, 'state', 'run.lock');
  const deadPid = async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    return child.pid!;
  };

  it('lets one run at a time in, and the next one after it', async () => {
    const dir = join(root, 'lock');
    const release = await new LocalStore(dir).lock();
    expect(JSON.parse(await readFile(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(new LocalStore(dir).lock()).rejects.toMatchObject({
      code: 'run-in-progress',
      message: expect.stringContaining(`processus ${process.pid} sur ${hostname()}`),
    });
    await release();
    await expect(readFile(lockFile(dir))).rejects.toMatchObject({ code: 'ENOENT' });
    await (await new LocalStore(dir).lock())();
  });

  it.each([
    ['a process of this machine that is gone', true, async () => ({ pid: await deadPid(), host: hostname(), startedAt: new Date().toISOString() })],
    ['another machine, 21 minutes ago', true, async () => ({ pid: 1, host: 'autre-machine', startedAt: new Date(Date.now() - 21 * 60_000).toISOString() })],
    ['another machine, a minute ago', false, async () => ({ pid: 1, host: 'autre-machine', startedAt: new Date(Date.now() - 60_000).toISOString() })],
    ['something that is not a lock', true, async () => 'illisible'],
  ])('with a lock left by %s: taken over = %s', async (_what, takenOver, holder) => {
    const dir = await mkdtemp(join(root, 'left-'));
    await mkdir(join(dir, 'state'));
    await writeFile(lockFile(dir), JSON.stringify(await holder()));
    const attempt = new LocalStore(dir).lock();
    if (takenOver) await (await attempt)();
    else await expect(attempt).rejects.toMatchObject({ code: 'run-in-progress' });
  });
}); // prettier-ignore

describe('two ticks at once on the same storage', () => {
  it('one sends everything, the other refuses to start: nothing goes twice', async () => {
    const loaded = await exampleCopy(join(root, 'twice'));
    const run = () => runCalendar(loaded.config, { command: 'tick', now: new Date('2019-01-07T08:00:00Z'), baseDir: loaded.dir });
    const results = await Promise.allSettled([run(), run()]);
    const done = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code: string }] : []));
    expect([done.length, refused.map((e) => e.code)]).toEqual([1, ['run-in-progress']]);
    expect(done[0]!.sent).toBe(18);
    const ledger = await new LocalStore(join(loaded.dir, 'out')).loadLedger();
    expect(new Set(ledger.map((e) => `${e.key} ${e.recipient}`)).size).toBe(ledger.length);
    recordFigures({ scenario: 'two ticks at once on one storage folder', faults: 1, duplicated: ledger.length - new Set(ledger.map((e) => `${e.key} ${e.recipient}`)).size });
  });
}); // prettier-ignore

describe('readings in a local folder', () => {
  const stored = (commitmentId: number, title: string) => ({
    version: 1 as const,
    commitmentId,
    source: `submissions/engagement-${commitmentId}.xlsx`,
    readAt: '2019-01-07T08:00:00.000Z',
    submittedOn: '2019-01-06',
    modifiedAt: '2019-01-06T10:00:00.000Z',
    contentHash: 'b'.repeat(64),
    reading: { actions: [{ row: 2, title }], milestones: [] } as never,
  });

  it('still reads the JSON an earlier version wrote, and replaces it at the next save', async () => {
    const dir = join(root, 'legacy-readings');
    const readings = join(dir, 'state', 'readings');
    await mkdir(readings, { recursive: true });
    // As ogp-tracker wrote it before readings were serialized with node:v8.
    const legacy = stored(3, 'Atelier régional — « données ouvertes »');
    await writeFile(join(readings, 'engagement-03.json'), JSON.stringify(legacy, null, 1));
    const store = new LocalStore(dir);
    expect(await store.loadReading(3)).toEqual(legacy);

    const next = stored(3, 'Séminaire national');
    await store.saveReading(next);
    expect(await readdir(readings)).toEqual(['engagement-03.v8']);
    expect(await new LocalStore(dir).loadReading(3)).toEqual(next);
  });

  it('sets a damaged reading aside, kept for inspection, and reads it as absent', async () => {
    const dir = join(root, 'damaged-reading');
    const store = new LocalStore(dir);
    await store.saveReading(stored(4, 'Formation'));
    const path = join(dir, 'state', 'readings', 'engagement-04.v8');
    await writeFile(path, (await readFile(path)).subarray(0, 10));
    expect(await store.loadReading(4)).toBeNull();
    const names = await readdir(join(dir, 'state', 'readings'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^engagement-04\.v8\.endommage-\d+$/);
  });
});
