import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { authorize } from '../../functions/http-auth.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';

let root: string;
let configFile: string;
const servers: Server[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-functions-'));
  configFile = (await exampleCopy(join(root, 'committee'))).file;
  process.env.OGP_TRACKER_CONFIG = configFile;
  process.env.OGP_TRACKER_TOKEN = 'jeton-secret-de-test';
  delete process.env.SMTP_URL;
  delete process.env.K_SERVICE;
  await import('../../functions/index.js');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  process.env = saved;
  await rm(root, { recursive: true, force: true });
});

/** Serves a registered function on 127.0.0.1 and returns its base URL. */
async function serve(name: string): Promise<string> {
  const server = getTestServer(name);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('the functions, served by functions-framework', () => {
  it('refuses an unauthenticated or wrongly authenticated call to a private function', async () => {
    const url = await serve('consolidate');
    const none = await fetch(url, { method: 'POST' });
    expect(none.status).toBe(401);
    const wrong = await fetch(url, {
      method: 'POST',
      headers: { 'x-ogp-tracker-token': 'jeton-faux' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      error: 'Jeton absent ou invalide (en-tête x-ogp-tracker-token).',
    });
  });

  it('consolidates on demand over HTTP and logs structured JSON', async () => {
    const url = await serve('consolidate');
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'x-ogp-tracker-token': 'jeton-secret-de-test',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ now: '2019-01-07T08:00:00Z' }),
      });
    } finally {
      spy.mockRestore();
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      commitments: 18,
      actions: 49,
      milestones: 30,
      errors: 19,
      warnings: 8,
    });
    const entries = writes.filter((w) => w.startsWith('{')).map((w) => JSON.parse(w));
    expect(entries).toContainEqual(
      expect.objectContaining({
        severity: 'INFO',
        message: 'consolidate: terminé',
        component: 'ogp-tracker',
      }),
    );
    expect(writes.join('')).not.toContain('jeton-secret-de-test');
  });

  it('answers bad requests clearly', async () => {
    const url = await serve('remind');
    const auth = {
      'x-ogp-tracker-token': 'jeton-secret-de-test',
      'content-type': 'application/json',
    };
    expect((await fetch(url, { method: 'GET', headers: auth })).status).toBe(405);
    const bad = await fetch(url, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ now: 'hier' }),
    });
    const body = (await bad.json()) as { error: string };
    expect([bad.status, body.error]).toEqual([
      400,
      'now : date ISO attendue, par exemple 2019-01-07T08:00:00Z.',
    ]);
  });

  it('answers 409 with Retry-After while another run holds the storage', async () => {
    const url = await serve('report');
    const release = await new LocalStore(join(configFile, '..', 'out')).lock();
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const busy = await fetch(url, { method: 'POST', headers: { 'x-ogp-tracker-token': 'jeton-secret-de-test' } });
      const body = (await busy.json()) as { code: string; error: string };
      expect([busy.status, busy.headers.get('retry-after'), body.code]).toEqual([409, '60', 'run-in-progress']);
      expect(body.error).toMatch(/^Une autre exécution d'ogp-tracker utilise ce stockage/);
    } finally {
      spy.mockRestore();
      await release();
    }
  }); // prettier-ignore

  /** A call shaped like Cloud Scheduler's: its headers, its OIDC token, an empty body. */
  const scheduler = (scheduleTime: string) => ({
    method: 'POST',
    headers: {
      'x-cloudscheduler': 'true',
      'x-cloudscheduler-jobname': 'ogp-tracker-tick',
      'x-cloudscheduler-scheduletime': scheduleTime,
      'x-ogp-tracker-token': 'jeton-secret-de-test',
      'user-agent': 'Google-Cloud-Scheduler',
    },
  });

  it('runs tick as Cloud Scheduler calls it, at the time the run was scheduled for', async () => {
    const url = await serve('tick');
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const response = await fetch(url, scheduler('2019-01-07T08:00:00Z')).finally(() => spy.mockRestore());
    expect(response.status).toBe(200);
    const summary = (await response.json()) as { sent: number; due: number };
    expect([summary.due, summary.sent]).toEqual([18, 18]);
    const outbox = await readdir(join(root, 'committee', 'out', 'outbox'));
    expect(outbox).toHaveLength(18);
    const ledger = await new LocalStore(join(root, 'committee', 'out')).loadLedger();
    // 10 feedbacks, 8 reminders to a focal point and a substitute, 5 feedbacks in reminders,
    // and the six communication officers copied on their commitment's email.
    expect(ledger.filter((e) => e.state === 'sent')).toHaveLength(10 + 8 * 2 + 5 + 6);
    // The sends are dated by the scheduled time, not by the clock of the call.
    expect(new Set(ledger.map((e) => e.at))).toEqual(new Set(['2019-01-07T08:00:00.000Z']));
  }); // prettier-ignore

  it('answers 409 to a tick while another run holds the state: Cloud Scheduler retries later', async () => {
    const url = await serve('tick');
    const release = await new LocalStore(join(root, 'committee', 'out')).lock();
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      const response = await fetch(url, scheduler('2019-01-07T09:00:00Z'));
      expect([response.status, response.headers.get('retry-after')]).toEqual([409, '60']);
    } finally {
      spy.mockRestore();
      await release();
    }
    const logged = writes.map((w) => JSON.parse(w) as { severity: string; message: string; code?: string });
    expect(logged.at(-1)).toMatchObject({ severity: 'WARNING', message: 'tick: une autre exécution est en cours', code: 'run-in-progress' });
  }); // prettier-ignore
});

describe('access rules', () => {
  it.each([
    [{ OGP_TRACKER_TOKEN: 's' }, 's', true],
    [{ OGP_TRACKER_TOKEN: 's' }, 's2', false],
    [{ OGP_TRACKER_TOKEN: 's' }, undefined, false],
    // On Cloud Run, IAM checked the caller's Google token before the request reached us.
    [{ K_SERVICE: 'ogp-tracker-remind' }, undefined, true],
    [{ OGP_TRACKER_TOKEN: 's', K_SERVICE: 'ogp-tracker-remind' }, undefined, true],
    [{}, 'anything', false], // neither: refused
  ])('env %j, X-OGP-Tracker-Token %j → allowed %s', (env, token, allowed) => {
    expect(authorize(token, env as NodeJS.ProcessEnv).ok).toBe(allowed);
  });
});
