/**
 * The committee configuration outside the deployed code: `ogp-tracker config push` checks it
 * and keeps it in Firestore (Google's emulator here); the functions read it at each run. A
 * version there that no longer passes leaves the last valid one running, and the secretariat
 * gets its problems, with their lines, once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStoredConfig } from '../../src/adapters/config/firestore-copy.js';
import { openFirestoreState } from '../../src/adapters/google/firestore-state.js';
import { runJob } from '../../functions/run-job.js';
import { EXAMPLE_ONE_FILE } from '../helpers/example-copy.js';
import {
  describeWithFirestore,
  startFirestoreEmulator,
  type FirestoreEmulator,
} from '../helpers/firestore-emulator.js';
import { cli } from '../helpers/run-cli.js';

const PROJECT = 'demo-ogp-config';
let root: string;
let emulator: FirestoreEmulator | null = null;
const saved = { ...process.env };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-config-store-'));
  emulator = await startFirestoreEmulator();
}, 60_000);
afterAll(async () => {
  process.env = saved;
  await emulator?.stop();
  await rm(root, { recursive: true, force: true });
});

/** The example's configuration, its state in Firestore under `prefix`, its files in `out`. */
async function committeeFile(prefix: string, edit: (text: string) => string = (t) => t): Promise<string> {
  const text = (await readFile(EXAMPLE_ONE_FILE, 'utf8')).replace(
    'storage: { kind: local, dir: ./out, keepHistory: 10 }',
    `storage: { state: { kind: firestore, projectId: ${PROJECT}, prefix: ${prefix} }, output: { kind: local, dir: ${join(root, prefix, 'out')} } }`,
  );
  const file = join(root, `${prefix}.yaml`);
  await writeFile(file, edit(text));
  return file;
} // prettier-ignore

describeWithFirestore('the configuration kept in Firestore', () => {
  it('is checked before it is pushed: an invalid one is refused with its lines, nothing kept', async () => {
    const bad = await committeeFile('refus', (t) => t.replace('timezone: Africa/Casablanca', 'timezone: Mars/Olympus'));
    const refused = await cli('config', 'push', '--config', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refus\.yaml:\d+:\d+ : committee\.timezone — fuseau horaire IANA inconnu/);
    const state = await openFirestoreState({ projectId: PROJECT, prefix: 'refus' });
    expect(await state.loadConfigDocument()).toBeNull();
    await state.close();
  }); // prettier-ignore

  it('is read by the functions at each run; a version that no longer passes is reported once, the last valid one runs', async () => {
    const file = await committeeFile('maroc');
    const pushed = await cli('config', 'push', '--config', file);
    expect([pushed.code, pushed.stdout]).toEqual([0, expect.stringContaining('ogp-tracker/maroc/config/current')]);
    process.env.OGP_TRACKER_CONFIG = `firestore:${PROJECT}/maroc`;
    delete process.env.SMTP_URL;
    const first = await runJob('consolidate', { now: new Date('2019-01-07T08:00:00Z'), dryRun: false });
    expect(first).toMatchObject({ commitments: 18 });
    expect(first.configRefused).toBeUndefined();

    // A version written by hand (or by an older release) that does not pass.
    const state = await openFirestoreState({ projectId: PROJECT, prefix: 'maroc' });
    const current = (await state.loadConfigDocument())!;
    const broken = current.text.replace('timezone: Africa/Casablanca', 'timezone: Mars/Olympus');
    await state.saveConfigDocument({ ...current, text: broken, sha256: 'version-cassee', file: 'committee.yaml (modifié le 08/01)' });
    const second = await runJob('consolidate', { now: new Date('2019-01-08T08:00:00Z'), dryRun: false });
    expect(second).toMatchObject({ commitments: 18 }); // the last valid configuration ran
    expect(second.configRefused).toEqual([expect.stringMatching(/^committee\.yaml \(modifié le 08\/01\):\d+:\d+ : committee\.timezone — fuseau horaire IANA inconnu/)]);
    const outbox = join(root, 'maroc', 'out', 'outbox');
    const mails = await readdir(outbox);
    expect(mails).toHaveLength(1);
    const mail = await readFile(join(outbox, mails[0]!), 'utf8');
    expect(mail).toMatch(/Subject: Configuration refus=C3=A9e|Subject: =\?UTF-8\?/);
    expect(mail).toContain('committee.timezone');

    // Reported once: the next run says it again in its answer, but emails nobody.
    const third = await runJob('consolidate', { now: new Date('2019-01-09T08:00:00Z'), dryRun: false });
    expect(third.configRefused).toHaveLength(1);
    expect(await readdir(outbox)).toHaveLength(1);
    expect((await loadStoredConfig(state)).config.meetings).toHaveLength(6); // 5 meetings and a training workshop
    await state.close();
  }, 60_000); // prettier-ignore
});
