/**
 * The output in a shared-drive folder, against the local Google server (which answers as
 * Drive does: see the table in test/helpers/fake-google.ts): the master updated in place with
 * its versions kept, the outbox, creates that a retry cannot double, and one clear refusal
 * for a folder in somebody's My Drive.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DriveOutput } from '../../../src/adapters/google/drive-output.js';
import { runCalendar } from '../../../src/jobs/send-calendar.js';
import { storeFor } from '../../../src/jobs/stores.js';
import { exampleCopy } from '../../helpers/example-copy.js';
import { startFakeGoogle, type FakeGoogle } from '../../helpers/fake-google.js';

let google: FakeGoogle;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-drive-output-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  google = await startFakeGoogle();
  google.folders.set('PARTAGE', { name: 'Suivi OGP', driveId: 'DRIVE-COMITE' });
  google.folders.set('MON-DRIVE', { name: 'Suivi OGP (Mon Drive)' });
});
afterEach(async () => {
  await google.close();
});

const inFolder = (folder: string) => [...google.files.values()].filter((f) => f.parent === folder);
const LOCAL = 'storage: { kind: local, dir: ./out, keepHistory: 10 }';
const driveOutput = (folderId: string, extra = '') =>
  `storage: { state: { kind: local, dir: ./etat }, output: { kind: drive, folderId: ${folderId}${extra} } }`;
const SA = 'ogp-tracker@comite-ogp.iam.gserviceaccount.com';

describe('output in a shared-drive folder', () => {
  it('keeps the master (updated in place, versions kept) and the outbox there, the state elsewhere', async () => {
    const loaded = await exampleCopy(join(root, 'drive'), (text) => text.replace(LOCAL, driveOutput('PARTAGE')));
    expect(loaded.config.storage).toEqual({
      state: { kind: 'local', dir: join(loaded.dir, 'etat') },
      output: { kind: 'drive', folderId: 'PARTAGE', keepRevisions: 10 },
    });
    const run = async (now: string) =>
      runCalendar(loaded.config, { command: 'tick', now: new Date(now), baseDir: loaded.dir, store: await storeFor(loaded.config, google.clients()) });

    const first = await run('2019-01-07T08:00:00Z');
    expect([first.sent, first.master.startsWith('https://drive.google.com/file/d/gen-')]).toEqual([18, true]);
    const names = inFolder('PARTAGE').map((f) => f.name);
    expect(names.filter((n) => n === 'suivi-consolide.xlsx')).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('outbox-') && n.endsWith('.eml'))).toHaveLength(18);
    // No state in Drive: the master, the outbox and the open data people read, nothing else.
    expect(names.filter((n) => !n.startsWith('outbox-') && n !== 'suivi-consolide.xlsx')).toEqual(['donnees-ouvertes/engagements.csv', 'donnees-ouvertes/jalons.csv', 'donnees-ouvertes/actions.csv', 'donnees-ouvertes/datapackage.json', 'suivi.html']); // prettier-ignore
    // Every file was created under an id asked of Drive first.
    expect(inFolder('PARTAGE').every((f) => [...google.files].find(([, g]) => g === f)?.[0].startsWith('gen-'))).toBe(true);

    // A second run: nothing sent twice, the master gets new revisions, and a deleted
    // submission keeps its last good rows from the local state.
    await unlink(join(loaded.dir, 'submissions', 'engagement-03.xlsx'));
    const second = await run('2019-01-07T09:30:00Z');
    expect([second.stale, second.actions]).toEqual([1, 49]);
    expect(second.emails.map((e) => [e.key, e.delivered])).toEqual([
      ['reminder|fiche-communication@2019-01-09|e3|J-2', ['leila.tazi@example.org', 'suppleant.e03@example.org']],
    ]);
    const master = inFolder('PARTAGE').find((f) => f.name === 'suivi-consolide.xlsx')!;
    // Each run publishes (a version kept forever), then republishes in place after its sends.
    expect(master.revisionList?.map((r) => r.keepForever)).toEqual([true, false, true, false]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(master.content as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Tableau de bord')!.getRow(5).getCell(5).value).toBe('À corriger'); // row 1 is the title
    expect(google.log.filter((r) => r.method === 'DELETE')).toEqual([]); // nothing deleted, ever
  }); // prettier-ignore

  it('keeps only the newest versions forever, as many as keepRevisions says', async () => {
    const output = new DriveOutput(google.clients(), 'PARTAGE', 2);
    for (let i = 0; i < 4; i++)
      await output.publishMaster(async (out) => void out.end(`version ${i}`), {
        name: 'suivi-consolide.xlsx',
      });
    const master = inFolder('PARTAGE')[0]!;
    expect(master.content.toString()).toBe('version 3');
    expect(master.revisionList?.map((r) => r.keepForever)).toEqual([false, false, true, true]);
  });

  it('makes one file when the answer to a create is lost and the create is retried', async () => {
    // The first create takes effect, but its answer is lost: the retry gets 409, not a second file.
    google.faults.push({ match: /^\/upload\/drive\/v3\/files$/, dropAnswer: true });
    const output = new DriveOutput(google.clients(), 'PARTAGE');
    const created = google.files.size;
    await output.writeOutbox('essai.eml', Buffer.from('Subject: essai\r\n\r\nbonjour'));
    expect(google.files.size - created).toBe(1);
    expect(google.log.filter((r) => r.path.startsWith('/upload/'))).toHaveLength(2);
  });
});

describe('a folder that cannot hold the output', () => {
  it('refuses a folder in somebody’s My Drive at the first run, with what to do, and writes nothing', async () => {
    const loaded = await exampleCopy(join(root, 'mydrive'), (text) => text.replace(LOCAL, driveOutput('MON-DRIVE')));
    const attempt = runCalendar(loaded.config, { command: 'tick', now: new Date('2019-01-07T08:00:00Z'), store: await storeFor(loaded.config, google.clients()) });
    await expect(attempt).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(new RegExp(`^Le dossier Drive MON-DRIVE n'est pas dans un Drive partagé : le compte de service ${SA} n'a pas d'espace de stockage .* Drive partagé \\(Google Workspace\\), ajoutez-y ${SA} comme « Gestionnaire de contenu ».*storage\\.output: \\{ kind: local, dir: … \\}\\.$`)),
    });
    expect(google.files.size).toBe(0);
    expect(google.log.filter((r) => r.method !== 'GET')).toEqual([]);
  }); // prettier-ignore

  it('says the same, once, when Drive answers storageQuotaExceeded, and does not retry it', async () => {
    google.faults.push({ match: /^\/upload\/drive\/v3\/files$/, status: 403, reason: 'storageQuotaExceeded', times: 99 });
    const output = new DriveOutput(google.clients(), 'PARTAGE');
    await expect(output.writeOutbox('a.eml', Buffer.from('x'))).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringContaining("n'est pas dans un Drive partagé"),
    });
    expect(google.log.filter((r) => r.path.startsWith('/upload/'))).toHaveLength(1);
  }); // prettier-ignore

  it('retries a 403 that is a rate limit, by its reason', async () => {
    google.faults.push({ match: /^\/upload\/drive\/v3\/files$/, status: 403, reason: 'userRateLimitExceeded', times: 2 });
    const output = new DriveOutput(google.clients(), 'PARTAGE');
    await output.writeOutbox('b.eml', Buffer.from('x'));
    expect(google.log.filter((r) => r.path.startsWith('/upload/'))).toHaveLength(3);
    expect(inFolder('PARTAGE').map((f) => f.name)).toEqual(['outbox-b.eml']);
  }); // prettier-ignore

  it('says to share the folder when it is not shared with the account (Drive answers 404)', async () => {
    const output = new DriveOutput(google.clients(), 'INCONNU');
    await expect(output.writeOutbox('c.eml', Buffer.from('x'))).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(new RegExp(`^Le dossier de sortie Drive INCONNU \\(vérification du dossier\\) est introuvable, ou pas partagé avec ${SA} : vérifiez son identifiant et partagez-le avec cette adresse\\.$`)),
    });
  }); // prettier-ignore
});
