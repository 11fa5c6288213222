/**
 * The secretariat's files in a shared-drive folder under their name in the committee's
 * language, against the local Google server: a master, a page and the open data left under the
 * French names are renamed in place (a metadata update of the same file id, so the link people
 * keep still opens it, with its revisions), never deleted nor duplicated.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidate } from '../../../src/jobs/consolidate.js';
import { storeFor } from '../../../src/jobs/stores.js';
import { exampleCopy } from '../../helpers/example-copy.js';
import { startFakeGoogle, type FakeGoogle } from '../../helpers/fake-google.js';
import { loadConfigFile } from '../../../src/adapters/config/committee-file.js';
import { readFile, writeFile } from 'node:fs/promises';

let google: FakeGoogle;
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-drive-names-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  google = await startFakeGoogle();
  google.folders.set('PARTAGE', { name: 'Suivi OGP', driveId: 'DRIVE-COMITE' });
});
afterEach(async () => {
  await google.close();
});

const LOCAL = 'storage: { kind: local, dir: ./out, keepHistory: 10 }';
const DRIVE =
  'storage: { state: { kind: local, dir: ./etat }, output: { kind: drive, folderId: PARTAGE } }';
const idOf = (name: string) =>
  [...google.files].filter(([, f]) => f.parent === 'PARTAGE' && f.name === name).map(([id]) => id);

describe('the secretariat’s files in Drive, in the committee’s language', () => {
  it('renames the French master, page and open data of the same ids when the committee writes Spanish', async () => {
    const loaded = await exampleCopy(join(root, 'drive'), (text) => text.replace(LOCAL, DRIVE));
    const run = async (config: typeof loaded.config, now: string) =>
      consolidate(config, { now: new Date(now), baseDir: loaded.dir, store: await storeFor(config, google.clients()) });

    const french = await run(loaded.config, '2019-01-07T09:00:00Z');
    const [master] = idOf('suivi-consolide.xlsx');
    const [page] = idOf('suivi.html');
    const OPEN = ['engagements.csv', 'jalons.csv', 'actions.csv', 'datapackage.json'];
    const open = OPEN.map((f) => idOf(`donnees-ouvertes/${f}`));
    expect(open.every((ids) => ids.length === 1)).toBe(true);
    expect([master, page].every((id) => id?.startsWith('gen-'))).toBe(true);
    expect([french.summary.master, french.summary.page]).toEqual([`https://drive.google.com/file/d/${master}`, `https://drive.google.com/file/d/${page}`]);
    const revisions = google.files.get(master!)!.revisionList!.length;

    const file = join(loaded.dir, 'committee.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('locale: fr', 'locale: es'));
    const spanish = await run((await loadConfigFile(file)).config, '2019-01-08T09:00:00Z');

    // The same files, renamed: the links printed and mailed before still open them.
    expect([idOf('seguimiento-consolidado.xlsx'), idOf('seguimiento.html')]).toEqual([[master], [page]]);
    expect([idOf('suivi-consolide.xlsx'), idOf('suivi.html')]).toEqual([[], []]);
    expect([spanish.summary.master, spanish.summary.page]).toEqual([french.summary.master, french.summary.page]);
    // The new master is a new revision of that file, the French one kept among its revisions.
    expect(google.files.get(master!)!.revisionList!.length).toBe(revisions + 1);
    expect(google.files.get(page!)!.content.toString()).toMatch(/<html lang="es"/);
    // The open data's files too, each in the Spanish « folder » (Drive has none: their names).
    expect(OPEN.map((f) => idOf(`datos-abiertos/${f}`))).toEqual(open);
    expect(OPEN.flatMap((f) => idOf(`donnees-ouvertes/${f}`))).toEqual([]);
    expect(google.files.get(open[2]![0]!)!.content.toString().split('\r\n')[0]).toMatch(/^engagement,reference,/);
    // Renamed by a metadata update (no upload, no delete).
    expect(google.log.filter((r) => r.method === 'PATCH' && !r.path.startsWith('/upload/')).map((r) => r.path.split('?')[0]).sort()).toEqual([master, page, ...open.flat()].map((id) => `/drive/v3/files/${id}`).sort());
    expect(google.log.filter((r) => r.method === 'DELETE')).toEqual([]);
  }, 60_000); // prettier-ignore
});
