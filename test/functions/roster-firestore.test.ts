/**
 * The deployed form of the committee workbook: `config push` keeps committee.yaml in Firestore
 * (Google's emulator here) and the functions read the roster's Google Sheet (the loopback Google
 * server) at each run, so a focal point replaced this morning is in this afternoon's run; a local
 * workbook, which the functions do not have, is refused at push; a refused roster version is said
 * in the function's answer.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseDocument } from 'yaml';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { openFirestoreState } from '../../src/adapters/google/firestore-state.js';
import { readXlsxFile } from '../../src/adapters/xlsx/reader.js';
import { ROSTER_KEYS, type CommitteeConfig } from '../../src/core/config-schema.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { runJob } from '../../functions/run-job.js';
import { countryExampleCopy } from '../helpers/example-copy.js';
import { asWrittenIn } from '../helpers/roster-as-written.js';
import { spreadsheetOf, startFakeGoogle, type FakeGoogle } from '../helpers/fake-google.js';
import {
  describeWithFirestore,
  startFirestoreEmulator,
  type FirestoreEmulator,
} from '../helpers/firestore-emulator.js';
import { cli } from '../helpers/run-cli.js';

const PROJECT = 'demo-ogp-roster';
let root: string;
let example: CommitteeConfig;
let exampleYaml: string;
let google: FakeGoogle;
let emulator: FirestoreEmulator | null = null;
const saved = { ...process.env };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-roster-firestore-'));
  exampleYaml = join(await countryExampleCopy(root, 'maroc-2019'), 'committee.yaml');
  example = (await loadCommitteeConfig(exampleYaml, { alert: false })).config;
  google = await startFakeGoogle();
  emulator = await startFirestoreEmulator();
}, 60_000);
afterAll(async () => {
  process.env = saved;
  await emulator?.stop();
  await google.close();
  await rm(root, { recursive: true, force: true });
});

/** committee.yaml's technical settings naming `roster`, its state in Firestore under `prefix`. */
async function committeeFile(prefix: string, roster: Record<string, string>): Promise<string> {
  const doc = parseDocument(await readFile(exampleYaml, 'utf8'));
  for (const key of ROSTER_KEYS) doc.delete(key);
  doc.delete('intake');
  doc.set('roster', roster);
  doc.set('storage', {
    state: { kind: 'firestore', projectId: PROJECT, prefix },
    output: { kind: 'local', dir: join(root, prefix, 'out') },
  });
  await mkdir(join(root, prefix), { recursive: true });
  const file = join(root, prefix, 'committee.yaml');
  await writeFile(file, doc.toString());
  return file;
}

/** The workbook of `config` as the Google Sheet `id`, changed at `modifiedTime`. */
async function sheet(id: string, config: CommitteeConfig, modifiedTime: string): Promise<void> {
  const path = join(root, `${id}-${modifiedTime.slice(0, 13)}.xlsx`);
  await writeRosterFile(path, asWrittenIn(config, join(exampleYaml, '..')));
  const read = await readXlsxFile(path);
  if (!read.ok) throw new Error('unreadable');
  google.spreadsheets.set(id, {
    ...spreadsheetOf(read.workbook),
    modifiedTime,
    lastModifyingUser: { displayName: 'Latifa Mansouri', emailAddress: 'latifa.mansouri@example.org' },
    sharing: { permissions: [{ type: 'user', role: 'owner' }, { type: 'user', role: 'writer' }], seen: 'get' },
  });
} // prettier-ignore

const withFocal = (config: CommitteeConfig, id: number, name: string, email: string): CommitteeConfig => ({
  ...config,
  commitments: config.commitments.map((c) => (c.id === id ? { ...c, focalPoint: { ...c.focalPoint, name, email } } : c)),
}); // prettier-ignore

describeWithFirestore('a committee workbook with the configuration kept in Firestore', () => {
  it('refuses a new version whose state Firestore cannot keep, keeps the last one running, and says what to do', async () => {
    await sheet('roster-full', example, '2019-03-01T09:00:00.000Z');
    const file = await committeeFile('full-roster', { sheet: 'roster-full' });
    const options = { google: google.clients(), now: new Date('2019-03-01T10:00:00Z') };
    await loadCommitteeConfig(file, options);
    const state = await openFirestoreState({ projectId: PROJECT, prefix: 'full-roster' });
    const stored = (await state.loadRoster())!;
    // A new version: its state would not fit. Refused, said, the last version running.
    // (Made large by who changed it, kept with the version and with each change: 9,000,000
    // characters, past what one Firestore blob holds; the emulator hangs on writes past 4 MiB.)
    await sheet('roster-full', withFocal(example, 5, 'Nadia Alaoui', 'nadia.alaoui@example.org'), '2019-03-12T08:30:00.000Z');
    google.spreadsheets.get('roster-full')!.lastModifyingUser = { displayName: 'x'.repeat(4_500_000) };
    for (const day of ['2019-03-12', '2019-03-13']) {
      const loaded = await loadCommitteeConfig(file, { ...options, now: new Date(`${day}T14:00:00Z`) });
      expect(loaded.config.commitments.find((c) => c.id === 5)?.focalPoint.name).toBe('Samira Chraibi');
      expect(loaded.roster?.refused?.problems).toEqual([expect.stringMatching(/^Cette version du classeur ne peut pas être conservée pour les prochains passages, elle n’est donc pas appliquée : roster est trop volumineux pour Firestore .* Si le classeur est trop volumineux, allégez-le/)]);
    }
    expect((await state.loadRoster())?.accepted.sha256).toBe(stored.accepted.sha256);
    await state.close();
  }, 120_000); // prettier-ignore

  it('refuses to push a local workbook the functions would not have, and says to use a Google Sheet', async () => {
    const file = await committeeFile('local-roster', { workbook: 'comite.xlsx' });
    const refused = await cli('config', 'push', '--config', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('nomme un classeur du comité local (comite.xlsx) : les fonctions déployées n’ont pas ce fichier');
    expect(refused.stderr).toContain('roster: { sheet: … }');
    const state = await openFirestoreState({ projectId: PROJECT, prefix: 'local-roster' });
    expect(await state.loadConfigDocument()).toBeNull();
    await state.close();
  }); // prettier-ignore

  it('reads the pushed Google Sheet roster at each run: a change this morning is in this afternoon’s run, a refused one is said in the answer', async () => {
    await sheet('roster-fs', example, '2019-03-01T09:00:00.000Z');
    const file = await committeeFile('sheet-roster', { sheet: 'roster-fs' });
    const pushed = await cli('config', 'push', '--config', file);
    expect([pushed.code, pushed.stderr]).toEqual([0, '']);
    expect(pushed.stdout).toContain('classeur du comité dans Google Sheets (roster-fs)');

    process.env.OGP_TRACKER_CONFIG = `firestore:${PROJECT}/sheet-roster`;
    delete process.env.SMTP_URL;
    const given = { google: google.clients() };
    const first = await runJob('consolidate', { now: new Date('2019-03-01T10:00:00Z'), dryRun: false }, given);
    expect(first).toMatchObject({ commitments: 18 });
    expect(first.rosterRefused).toBeUndefined();

    // Unchanged: one Drive call for the roster, no Sheets read.
    google.log.length = 0;
    await runJob('consolidate', { now: new Date('2019-03-11T10:00:00Z'), dryRun: false }, given);
    expect(google.log.filter((l) => l.api === 'sheets')).toHaveLength(0);
    expect(google.log.filter((l) => l.api === 'drive')).toHaveLength(1);

    // This morning, commitment 5's new focal point; this afternoon's run has her.
    await sheet('roster-fs', withFocal(example, 5, 'Nadia Alaoui', 'nadia.alaoui@example.org'), '2019-03-12T08:30:00.000Z');
    const afternoon = await runJob('consolidate', { now: new Date('2019-03-12T14:00:00Z'), dryRun: false }, given);
    expect(afternoon.rosterRefused).toBeUndefined();
    const state = await openFirestoreState({ projectId: PROJECT, prefix: 'sheet-roster' });
    const roster = await state.loadRoster();
    const focal5 = roster?.accepted.data.commitments?.find((c) => c.id === 5)?.focalPoint;
    expect(focal5).toMatchObject({ name: 'Nadia Alaoui', email: 'nadia.alaoui@example.org' });
    // The master's history names the change and who made it.
    const out = join(root, 'sheet-roster', 'out');
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(join(out, (await readdir(out)).find((f) => f.startsWith('suivi') && f.endsWith('.xlsx'))!));
    const row = master.getWorksheet('Historique du comité')?.getRow(2);
    expect([row?.getCell(2).value, row?.getCell(3).value]).toEqual(['Engagement 5 : point focal Samira Chraibi (samira.chraibi@example.org) → Nadia Alaoui (nadia.alaoui@example.org)', 'Latifa Mansouri']);

    // A wrong address: the run goes on with Nadia Alaoui and says what was refused, at its cell.
    await sheet('roster-fs', withFocal(example, 5, 'Nadia Alaoui', 'nadia.alaoui-example.org'), '2019-03-13T08:30:00.000Z');
    const broken = await runJob('consolidate', { now: new Date('2019-03-13T14:00:00Z'), dryRun: false }, given);
    expect(broken).toMatchObject({ commitments: 18 });
    expect(broken.rosterRefused).toEqual([expect.stringMatching(/^Feuille « .+ », cellule [A-Z]+\d+ : .*nadia\.alaoui-example\.org/)]);
    expect((await state.loadRoster())?.accepted.data.commitments?.find((c) => c.id === 5)?.focalPoint.email).toBe('nadia.alaoui@example.org');
    await state.close();
  }, 120_000); // prettier-ignore
});
