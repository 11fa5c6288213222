/**
 * A mail server that cannot be reached (nothing listens on its port): the run stops trying at
 * once instead of waiting through its retries, says it once with its cause and what to do, and
 * counts emails as it counts them when due; the next run, with the server up, delivers every
 * email exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { deliveryFigures } from '../../scripts/chaos-figures.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtp } from '../helpers/smtp.js';

const NOW = '2019-01-07T09:00';
const now = new Date('2019-01-07T08:00:00Z'); // 09:00 in Casablanca (UTC+1)

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-unreachable-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A port of this machine where nothing listens: a connection to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('a mail server that refuses the connection', () => {
  it('stops the sends at once, every email failed and counted once; the next run delivers each exactly once', async () => {
    const loaded = await exampleCopy(join(root, 'refused'));
    const refused = `smtp://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    // The default waits (5 s, 30 s, 2 min) are not shortened: none is spent on a refused connection.
    const first = await runCalendar(loaded.config, { command: 'tick', now, baseDir: loaded.dir, smtpUrl: refused });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect([first.due, first.sent, first.failed]).toEqual([18, 0, 18]);
    expect(first.unreachable?.answer).toMatch(/ECONNREFUSED/);
    for (const email of first.emails) {
      expect(email.delivered).toEqual([]);
      expect(email.failed.map((f) => f.address)).toEqual([...email.to, ...email.cc]);
    }

    const smtp = await startSmtp();
    try {
      const second = await runCalendar(loaded.config, { command: 'tick', now, baseDir: loaded.dir, smtpUrl: smtp.url });
      expect([second.due, second.sent, second.failed, second.unreachable]).toEqual([18, 18, 0, undefined]);
      const due = first.emails.flatMap((e) => [...e.to, ...e.cc].map((to) => `${e.messageId} ${to}`));
      expect(deliveryFigures(due, smtp.pairs())).toEqual({ emailsDue: 32, delivered: 32, duplicated: 0, lost: 0 });
    } finally {
      await smtp.close();
    }
  }, 20_000);

  it('is said once by tick, in plain words with what to do, each email « non envoyé »', async () => {
    const loaded = await exampleCopy(join(root, 'said'));
    const saved = process.env.SMTP_URL;
    const port = await closedPort();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    try {
      const run = await cli('tick', '--config', join(loaded.dir, 'committee.yaml'), '--now', NOW, '--no-intake');
      expect(run.code).toBe(1);
      const lines = run.stdout.split('\n');
      const at = lines.findIndex((l) => l.startsWith('Courriels :'));
      expect(lines[at]).toBe('Courriels : 18 dus, 0 envoyé, 18 échecs (par SMTP).');
      expect(lines[at + 1]).toBe(`✗ Aucun courriel n'est parti : le serveur d'envoi n'a pas pu être joint (ESOCKET connect ECONNREFUSED 127.0.0.1:${port}). Ils seront essayés de nouveau au prochain passage.`);
      expect(lines[at + 2]).toBe('  Cause : le serveur refuse la connexion sur ce port.');
      expect(lines[at + 3]).toMatch(/^ {2}À faire : vérifiez le port/);
      expect(lines[at + 4]).toMatch(/^ {2}Son adresse et son port sont dans la variable d'environnement SMTP_URL : vérifiez-les, puis testez la connexion \(voir .*docs\/mail-setup\.md\) avec :$/);
      expect(lines[at + 5]).toBe('  ogp-tracker mail-check');
      const emails = lines.slice(at + 6).filter((l) => l.startsWith('  ') && l.includes(' → '));
      expect(emails).toHaveLength(18);
      for (const line of emails) expect(line).toMatch(/ — non envoyé$/);
      expect(run.stdout.split('ECONNREFUSED')).toHaveLength(2); // the server's answer, once
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
    }
  }, 20_000);
}); // prettier-ignore
