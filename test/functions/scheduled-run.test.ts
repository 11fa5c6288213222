/**
 * End to end on loopback, as deployed: an HTTP call shaped like Cloud Scheduler's → the tick
 * function served by functions-framework → its state in Google's Firestore emulator → a real
 * SMTP server. The scheduled run sends what is due; Cloud Scheduler's retry of the same run
 * (same scheduled time), and a doubled call, send nothing more.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { exampleCopy } from '../helpers/example-copy.js';
import {
  describeWithFirestore,
  startFirestoreEmulator,
  type FirestoreEmulator,
} from '../helpers/firestore-emulator.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { exampleReplyMessage } from '../../scripts/make-example.js';

let root: string;
let emulator: FirestoreEmulator | null = null;
let smtp: TestSmtp;
let server: Server | null = null;
let inbox: string;
let reply: Buffer;
const saved = { ...process.env };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-scheduled-'));
  emulator = await startFirestoreEmulator();
  smtp = await startSmtp();
  const loaded = await exampleCopy(join(root, 'committee'), (text) =>
    text.replace('storage: { kind: local, dir: ./out, keepHistory: 10 }', 'storage: { state: { kind: firestore, projectId: demo-ogp-scheduled, prefix: maroc-2019 }, output: { kind: local, dir: ./out } }'),
  );
  process.env.OGP_TRACKER_CONFIG = loaded.file;
  inbox = join(loaded.dir, 'inbox');
  reply = await exampleReplyMessage(loaded.config);
  process.env.SMTP_URL = smtp.url;
  process.env.K_SERVICE = 'ogp-tracker-tick'; // as on Cloud Run: IAM has checked the caller
  await import('../../functions/index.js');
}, 60_000); // prettier-ignore
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  await smtp.close();
  await emulator?.stop();
  process.env = saved;
  await rm(root, { recursive: true, force: true });
});

/** What Cloud Scheduler sends: its headers, its OIDC token (checked by Cloud Run), no body. */
const scheduledCall = (scheduleTime: string) => ({
  method: 'POST',
  headers: {
    authorization: 'Bearer jeton-oidc-de-cloud-scheduler',
    'x-cloudscheduler': 'true',
    'x-cloudscheduler-jobname': 'ogp-tracker-tick',
    'x-cloudscheduler-scheduletime': scheduleTime,
    'user-agent': 'Google-Cloud-Scheduler',
  },
});

describeWithFirestore('a scheduled tick, deployed', () => {
  it('sends what is due once; a retry of the same run and a doubled call send nothing more', async () => {
    server = getTestServer('tick');
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const first = await fetch(url, scheduledCall('2019-01-07T08:00:00Z'));
      expect(first.status).toBe(200);
      expect(((await first.json()) as { sent: number }).sent).toBe(18);
      expect(smtp.received).toHaveLength(18);

      // Cloud Scheduler retries the same run (say its answer was lost), and the call comes twice.
      const again = await Promise.all([fetch(url, scheduledCall('2019-01-07T08:00:00Z')), fetch(url, scheduledCall('2019-01-07T08:00:00Z'))]);
      for (const response of again) {
        expect([200, 409]).toContain(response.status);
        if (response.status === 200) expect(((await response.json()) as { sent: number }).sent).toBe(0);
      }
      expect(smtp.received).toHaveLength(18);
      const pairs = smtp.pairs();
      expect(new Set(pairs).size).toBe(pairs.length); // nobody got the same email twice
    } finally {
      spy.mockRestore();
    }
  }, 90_000); // prettier-ignore
});

describeWithFirestore('the scheduled intake, deployed', () => {
  it('files the reply and answers it once, its memory in Firestore; a doubled call answers nothing more, and outside its hours nothing is read', async () => {
    const intake = getTestServer('intake');
    await new Promise<void>((resolve) => intake.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(intake.address() as AddressInfo).port}/`;
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await mkdir(inbox, { recursive: true });
      await writeFile(join(inbox, 'reponse.eml'), reply);
      const before = smtp.received.length;
      // Cloud Scheduler's at-least-once: the same five-minute run, twice at once.
      const calls = await Promise.all([
        fetch(url, scheduledCall('2019-01-07T09:15:00Z')),
        fetch(url, scheduledCall('2019-01-07T09:15:00Z')),
      ]);
      const bodies = (await Promise.all(calls.map((r) => r.json()))) as { filed: number; skipped: string | null }[];
      expect(calls.map((r) => r.status)).toEqual([200, 200]);
      // One of them filed it; the other found the storage taken, or nothing new.
      expect(bodies.map((b) => b.filed).sort()).toEqual([0, 1]);
      expect(smtp.received.length - before).toBe(1);
      expect(smtp.received.at(-1)?.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');

      // The next run, after the evening's hours, reads nothing; the next morning's finds nothing new.
      const evening = await fetch(url, scheduledCall('2019-01-07T18:00:00Z'));
      expect(((await evening.json()) as { skipped: string }).skipped).toMatch(/hors des heures/);
      const morning = await fetch(url, scheduledCall('2019-01-08T08:05:00Z'));
      expect((await morning.json()) as object).toMatchObject({ messages: 0, answers: 0, skipped: null });
      expect(smtp.received.length - before).toBe(1);
    } finally {
      spy.mockRestore();
      await new Promise((resolve) => intake.close(resolve));
    }
  }, 90_000); // prettier-ignore
});
