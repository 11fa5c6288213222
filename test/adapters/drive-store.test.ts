import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DriveStore } from '../../src/adapters/drive-store.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { storeFor } from '../../src/jobs/consolidate.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { startFakeGoogle, type FakeGoogle } from '../helpers/fake-google.js';

let google: FakeGoogle;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-drive-store-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  google = await startFakeGoogle();
});
afterEach(async () => {
  await google.close();
});

const inFolder = (folder: string) => [...google.files.values()].filter((f) => f.parent === folder);

describe('storage in a Drive folder', () => {
  it('keeps the master (updated in place), the state, the ledger and the outbox in the folder', async () => {
    const loaded = await exampleCopy(join(root, 'drive'), (text) =>
      text.replace('storage: { kind: local, dir: ./out, keepHistory: 10 }', 'storage: { kind: drive, folderId: STOCKAGE }'),
    );
    expect(loaded.config.storage).toEqual({ kind: 'drive', folderId: 'STOCKAGE', keepHistory: 10 });
    const run = async (now: string) =>
      runCalendar(loaded.config, { command: 'tick', now: new Date(now), baseDir: loaded.dir, store: await storeFor(loaded.config, google.clients()) });

    const first = await run('2019-01-07T08:00:00Z');
    expect([first.sent, first.master.startsWith('https://drive.google.com/file/d/')]).toEqual([24, true]);
    const names = inFolder('STOCKAGE').map((f) => f.name);
    expect(names.filter((n) => n === 'suivi-consolide.xlsx')).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('ogp-etat-engagement-'))).toHaveLength(16);
    expect(names.filter((n) => n.startsWith('outbox-') && n.endsWith('.eml'))).toHaveLength(24);
    expect(names).toEqual(expect.arrayContaining(['ogp-etat-journal.json', 'ogp-etat-envois.jsonl']));

    // A second run: nothing sent twice, the master gets a new revision, and a deleted
    // submission keeps its last good rows from the state in Drive.
    await unlink(join(loaded.dir, 'submissions', 'engagement-03.xlsx'));
    const second = await run('2019-01-07T09:30:00Z');
    expect([second.stale, second.actions]).toEqual([1, 49]);
    // Its sheet can no longer be read, so commitment 3 now gets the J-2 reminder; nothing else goes twice.
    expect(second.emails.map((e) => [e.key, e.delivered])).toEqual([
      ['reminder|fiche-communication@2019-01-09|e3|J-2', ['leila.tazi@example.org', 'suppleant.e03@example.org']],
    ]);
    const master = inFolder('STOCKAGE').find((f) => f.name === 'suivi-consolide.xlsx')!;
    expect(master.revisions).toBe(3); // each run publishes, then republishes after its sends
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(master.content as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Tableau de bord')!.getRow(4).getCell(5).value).toBe('À corriger');
  }); // prettier-ignore

  it('says what to share when the folder is not shared with the service account', async () => {
    const loaded = await exampleCopy(join(root, 'denied'), (text) =>
      text.replace('storage: { kind: local, dir: ./out, keepHistory: 10 }', 'storage: { kind: drive, folderId: INTERDIT }'),
    );
    google.faults.push({ match: /^\/drive\/v3\/files$/, status: 403, times: 99 });
    await expect(
      runCalendar(loaded.config, { command: 'tick', now: new Date('2019-01-07T08:00:00Z'), store: await storeFor(loaded.config, google.clients()) }),
    ).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(/Le dossier de stockage Drive INTERDIT .*accès refusé\. Partagez-la avec ogp-tracker@comite-ogp\.iam\.gserviceaccount\.com \(en modification\)/),
    });
  }); // prettier-ignore
});

describe('the run lock in a Drive folder', () => {
  it('lets one run at a time in: the oldest lock file wins, the other withdraws its own', async () => {
    const first = new DriveStore(google.clients(), 'STOCKAGE');
    const second = new DriveStore(google.clients(), 'STOCKAGE');
    const locks = () => inFolder('STOCKAGE').filter((f) => f.name.startsWith('ogp-verrou-'));

    const release = await first.lock();
    await expect(second.lock()).rejects.toMatchObject({
      code: 'run-in-progress',
      message: expect.stringMatching(/^Une autre exécution d'ogp-tracker utilise ce stockage \(processus \d+ sur .+, depuis \d\d:\d\d:\d\d UTC\)/),
    });
    expect(locks()).toHaveLength(1);
    await release();
    expect(locks()).toHaveLength(0);
    const again = await second.lock();
    expect(locks()).toHaveLength(1);
    await again();
  });

  it('takes over a lock file left by a run that died more than 20 minutes ago', async () => {
    const store = new DriveStore(google.clients(), 'STOCKAGE');
    const release = await store.lock();
    const [left] = inFolder('STOCKAGE');
    left!.content = Buffer.from(JSON.stringify({ pid: 1, host: 'autre-machine', startedAt: new Date(Date.now() - 21 * 60_000).toISOString() }));
    const next = await new DriveStore(google.clients(), 'STOCKAGE').lock();
    await next();
    await release();
  });
}); // prettier-ignore
