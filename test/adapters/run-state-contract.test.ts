/**
 * One contract, two run states: the local folder and Firestore (Google's own emulator).
 * Readings and the journal round-trip whole (Firestore splits them under its 1 MiB document
 * limit), deliveries are claimed once and settled, a claim or a lease is taken over only when
 * its run is gone or its time is up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import {
  openFirestoreState,
  type FirestoreState,
} from '../../src/adapters/google/firestore-state.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import type { RunRecord } from '../../src/core/journal.js';
import type { MeetingSnapshot } from '../../src/core/snapshot.js';
import type { DeliveryClaim } from '../../src/core/ledger.js';
import type { RunState, StoredReading, StoredRoster } from '../../src/core/run-state.js';
import { message, selector } from '../../src/core/catalogue/render.js';
import {
  describeWithFirestore,
  startFirestoreEmulator,
  type FirestoreEmulator,
} from '../helpers/firestore-emulator.js';

const PROJECT = 'demo-ogp-contract';
let root: string;
let emulator: FirestoreEmulator | null = null;
const opened: FirestoreState[] = [];
let serial = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-contract-'));
  emulator = await startFirestoreEmulator();
}, 60_000);
afterAll(async () => {
  for (const state of opened) await state.close();
  await emulator?.stop();
  await rm(root, { recursive: true, force: true });
});

/** A fresh state of each kind; `again` opens a second handle on the same one (another run). */
interface Kind {
  name: string;
  fresh(options?: {
    leaseMs?: number;
  }): Promise<{ state: RunState; again: () => Promise<RunState> }>;
}

const KINDS: Kind[] = [
  {
    name: 'a local folder',
    fresh: async () => {
      const dir = join(root, `local-${++serial}`);
      return { state: new LocalStore(dir), again: async () => new LocalStore(dir) };
    },
  },
  {
    name: 'Firestore (emulator)',
    fresh: async (options = {}) => {
      const prefix = `contract-${++serial}`;
      const open = async () => {
        const state = await openFirestoreState({ projectId: PROJECT, prefix, ...options });
        opened.push(state);
        return state;
      };
      return { state: await open(), again: open };
    },
  },
];

const claim = (n: number, key = `rappel|e${n}`): DeliveryClaim => ({
  key, recipient: `PF${n}@Example.org`, messageId: `<m${n}@example.org>`, kind: 'reminder', subject: `Rappel ${n}`, at: '2019-01-07T08:00:00.000Z', transport: 'smtp',
}); // prettier-ignore
const at = '2019-01-07T08:00:01.000Z';

function reading(commitmentId: number, rows: number): StoredReading {
  const actions = Array.from({ length: rows }, (_, i) => ({ row: i + 2, title: `Action ${i} — « ${'é'.repeat(40)} » 🙂`, date: '2019-01-09' }));
  return {
    version: 1, commitmentId, source: `submissions/engagement-${commitmentId}.xlsx`, readAt: '2019-01-07T08:00:00.000Z', submittedOn: '2019-01-06',
    modifiedAt: '2019-01-06T10:00:00.000Z', contentHash: 'a'.repeat(64),
    reading: { actions, milestones: [] } as unknown as StoredReading['reading'],
  };
} // prettier-ignore

for (const kind of KINDS) {
  const suite = kind.name.startsWith('Firestore') ? describeWithFirestore : describe;
  suite(`the run state in ${kind.name}`, () => {
    it('keeps readings and the journal whole, even a reading far over 1 MiB', async () => {
      const { state, again } = await kind.fresh();
      const big = reading(7, 24_000); // about 4 MiB of UTF-8: several Firestore documents
      expect(JSON.stringify(big).length).toBeGreaterThan(2 * 1024 * 1024);
      await state.saveReading(big);
      await state.saveReading(reading(8, 3));
      const runs: RunRecord[] = [{ at, command: 'tick', sources: 18, read: 16, actions: 49, milestones: 30, errors: 20, warnings: 8, durationMs: 1200, notes: ['une remarque'] }]; // prettier-ignore
      await state.saveJournal(runs);
      const other = await again();
      expect(await other.loadReading(7)).toEqual(big);
      expect(await other.loadReading(8)).toEqual(reading(8, 3));
      expect(await other.loadReading(9)).toBeNull();
      expect(await other.loadJournal()).toEqual(runs);
      // A smaller reading replaces a larger one whole: no part of the old one is read back.
      await other.saveReading(reading(7, 2));
      expect(await (await again()).loadReading(7)).toEqual(reading(7, 2));
    }, 60_000);

    it('keeps the snapshot of each pre-meeting report, for the next report', async () => {
      const { state, again } = await kind.fresh();
      expect(await state.loadSnapshots()).toEqual([]);
      const snapshots: MeetingSnapshot[] = [
        { version: 1, meeting: '2019-03-07', takenOn: '2019-03-05', commitments: [{ id: 3, status: 'received', lastUpdate: '2019-02-25', actionsDone: 2, actionsPlanned: 4, milestonesAchieved: 1, milestonesTotal: 3, averageProgress: 45.5, achieved: ['J1 — Adoption du référentiel'], errors: ['invalid-date|Actions de communication|F2'] }] },
      ]; // prettier-ignore
      await state.saveSnapshots(snapshots);
      expect(await (await again()).loadSnapshots()).toEqual(snapshots);
    }, 60_000);

    it('reads what an earlier version kept in French (« Reçue », « Réalisée », « Limité ») as the ids', async () => {
      const { state, again } = await kind.fresh();
      const snapshot = (status: string) => ({ version: 1, meeting: '2019-03-07', takenOn: '2019-03-05', commitments: [{ id: 3, status, lastUpdate: '2019-02-25', actionsDone: 2, actionsPlanned: 4, milestonesAchieved: 1, milestonesTotal: 3, averageProgress: 45.5, achieved: [], errors: [] }] }) as MeetingSnapshot;
      await state.saveSnapshots([snapshot('Reçue'), snapshot('À mettre à jour')]);
      const old = reading(4, 0);
      const action = (status: string, funding: string | null) => ({ row: 2, ref: 'A1', status, funding, invalid: {} });
      old.reading = {
        ...old.reading,
        actions: [action('Réalisée', "Budget de l'institution"), action('En cours', 'MRAFP'), action('Annulée', null)],
        milestones: [{ row: 2, ref: 'J1', completion: 'Limité', invalid: {} }, { row: 3, ref: 'J2', completion: null, invalid: {} }],
      } as unknown as StoredReading['reading'];
      await state.saveReading(old);
      const other = await again();
      expect((await other.loadSnapshots()).map((s) => s.commitments[0]?.status)).toEqual(['received', 'to-update']);
      const read = await other.loadReading(4);
      expect(read?.reading.actions.map((a) => [a.status, a.funding])).toEqual([['done', 'institution-budget'], ['in-progress', 'coordinating-ministry'], ['cancelled', null]]);
      expect(read?.reading.milestones.map((m) => m.completion)).toEqual(['limited', null]);
      // The rest of the record is as it was kept.
      expect({ ...read, reading: undefined }).toEqual({ ...old, reading: undefined });
    }, 60_000); // prettier-ignore

    it('keeps the committee workbook’s last accepted version, what was last seen, and its history', async () => {
      const { state, again } = await kind.fresh();
      expect(await state.loadRoster()).toBeNull();
      const roster: StoredRoster = {
        version: 1, source: '/srv/comite/comite.xlsx',
        accepted: { data: { commitments: [{ id: 5, title: 'Portail de l’intégrité', institution: 'ICPC', focalPoint: { name: 'Nadia Alaoui', email: 'n.alaoui@icpc.ma' } }] }, sha256: 'b'.repeat(64), modifiedTime: '2019-03-12T09:30:00.000Z', modifiedBy: 'Samira Chraibi', acceptedAt: '2019-03-12T10:00:00.000Z' },
        seen: { modifiedTime: '2019-03-13T08:00:00.000Z', size: 48_213, sha256: 'c'.repeat(64), problems: ['Feuille « Engagements », cellule E7 : adresse électronique attendue'] },
        changes: [{ change: message('roster-changes.personReplaced', { commitment: '5', role: selector('focal-point'), before: 'Samira Chraibi', beforeEmail: 's.chraibi@sddd.ma', after: 'Nadia Alaoui', afterEmail: 'n.alaoui@icpc.ma' }), on: '2019-03-12', by: null }],
      };
      await state.saveRoster(roster);
      expect(await (await again()).loadRoster()).toEqual(roster);
      // The next accepted version replaces it whole.
      const next = { ...roster, seen: { ...roster.seen, problems: [] }, changes: [] };
      await state.saveRoster(next);
      expect(await (await again()).loadRoster()).toEqual(next);
    }, 60_000); // prettier-ignore

    it('grants a delivery to one run only, and records how it ended', async () => {
      const { state, again } = await kind.fresh();
      const other = await again();
      expect(await state.claimDelivery(claim(1), 60_000)).toEqual({ granted: true, retaken: null });
      // The same delivery, whatever the address's case, is held by the first run.
      expect(await other.claimDelivery({ ...claim(1), recipient: 'pf1@example.org' }, 60_000)).toEqual({ granted: false, because: 'held' });
      await state.settleDelivery(claim(1).key, claim(1).recipient, { state: 'sent', answer: '250 2.0.0 OK', at });
      expect(await (await again()).claimDelivery(claim(1), 60_000)).toEqual({ granted: false, because: 'sent' });

      // A passing failure is taken again (same Message-ID); a final one never is.
      expect(await state.claimDelivery(claim(2), 60_000)).toMatchObject({ granted: true });
      await state.settleDelivery(claim(2).key, claim(2).recipient, { state: 'failed-temporary', answer: '451 4.3.0 plus tard', at });
      expect(await state.claimDelivery(claim(3), 60_000)).toMatchObject({ granted: true });
      await state.settleDelivery(claim(3).key, claim(3).recipient, { state: 'failed-permanent', answer: '550 5.1.1 inconnue', at });
      const next = await again();
      expect(await next.claimDelivery(claim(2), 60_000)).toEqual({ granted: true, retaken: 'failed' });
      expect(await next.claimDelivery(claim(3), 60_000)).toEqual({ granted: false, because: 'failed-permanent' });

      const ledger = await (await again()).loadLedger();
      const byRecipient = Object.fromEntries(ledger.map((e) => [e.recipient, [e.state, e.answer ?? null, e.messageId]]));
      expect(byRecipient).toEqual({
        'PF1@Example.org': ['sent', '250 2.0.0 OK', '<m1@example.org>'],
        'PF2@Example.org': ['claimed', null, '<m2@example.org>'],
        'PF3@Example.org': ['failed-permanent', '550 5.1.1 inconnue', '<m3@example.org>'],
      });
    }, 60_000); // prettier-ignore

    it('takes over a claim only once its lease is over', async () => {
      const { state, again } = await kind.fresh();
      expect(await state.claimDelivery(claim(4), 1_500)).toMatchObject({ granted: true });
      const other = await again();
      expect(await other.claimDelivery(claim(4), 60_000)).toEqual({
        granted: false,
        because: 'held',
      });
      await sleep(1_700);
      // The first run never settled it: it may have gone out, and that is said.
      expect(await other.claimDelivery(claim(4), 60_000)).toEqual({
        granted: true,
        retaken: 'expired',
      });
    }, 60_000);

    it('lets one run at a time hold the lease, and the next one after it', async () => {
      const { state, again } = await kind.fresh();
      const release = await state.lock();
      const other = await again();
      await expect(other.lock()).rejects.toMatchObject({ code: 'run-in-progress', message: expect.stringContaining(`processus ${process.pid} sur ${hostname()}`) });
      await release();
      const next = await other.lock();
      await next();
    }, 60_000); // prettier-ignore
  });
}

describeWithFirestore('the run lease in Firestore', () => {
  it('is taken over only after it expires, or at once when its run is known dead', async () => {
    const prefix = `lease-${++serial}`;
    const first = await openFirestoreState({ projectId: PROJECT, prefix, leaseMs: 2_000 });
    opened.push(first);
    // A run that dies holding the lease: on another machine, only the time tells.
    const { Firestore } = await import('@google-cloud/firestore');
    const db = new Firestore({ projectId: PROJECT });
    const lease = db.collection('ogp-tracker').doc(prefix).collection('lease').doc('run');
    await lease.set({ pid: 4242, host: 'autre-machine', startedAt: new Date().toISOString(), runId: 'autre-machine:4242:abcd', until: new Date(Date.now() + 2_000).toISOString() });
    await expect(first.lock()).rejects.toMatchObject({ code: 'run-in-progress', message: expect.stringContaining('processus 4242 sur autre-machine') });
    await sleep(2_200);
    const release = await first.lock();
    await release();
    // On this machine, a process that is gone holds nothing.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await lease.set({ pid: dead.pid, host: hostname(), startedAt: new Date().toISOString(), runId: `${hostname()}:${dead.pid}:dead`, until: new Date(Date.now() + 600_000).toISOString() });
    const taken = await first.lock();
    await taken();
    await db.terminate();
  }, 60_000); // prettier-ignore

  it('is renewed while its run lasts', async () => {
    const prefix = `renew-${++serial}`;
    const first = await openFirestoreState({ projectId: PROJECT, prefix, leaseMs: 1_500 });
    const second = await openFirestoreState({ projectId: PROJECT, prefix, leaseMs: 1_500 });
    opened.push(first, second);
    const release = await first.lock();
    await sleep(3_000); // twice the lease: still held, renewed every half second
    await expect(second.lock()).rejects.toMatchObject({ code: 'run-in-progress' });
    await release();
    await (
      await second.lock()
    )();
  }, 60_000);
});

describe('the local lock', () => {
  it('is taken over at once when the process holding it is gone', async () => {
    const dir = join(root, 'dead-local');
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await mkdir(join(dir, 'state'), { recursive: true });
    await writeFile(join(dir, 'state', 'run.lock'), JSON.stringify({ pid: dead.pid, host: hostname(), startedAt: new Date().toISOString() }));
    await (await new LocalStore(dir).lock())();
  }); // prettier-ignore
});
