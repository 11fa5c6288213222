/**
 * `ogp-tracker tick` on a committee that reads a mailbox (`intake:`): the mailbox is read
 * first, and what it held is said before the tick's own summary — a focal point who answered
 * is filed, answered and no longer counted missing. Skipped outside the mailbox's hours, on a
 * trial run, or with --no-intake; in --json, under `intake`, the tick's keys unchanged. Run
 * in-process through the command line (test/helpers/run-cli.ts), on a copy of the example
 * whose folder inbox gets Samira Chraibi's reply (commitment 5, which had sent nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedConfig } from '../src/adapters/config/committee-file.js';
import { storeFor } from '../src/jobs/stores.js';
import { exampleCopy } from './helpers/example-copy.js';
import { cli } from './helpers/run-cli.js';
import { exampleReplyMessage } from '../scripts/make-example.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-tick-intake-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The example, its morning tick done without the mailbox, then Samira's reply in its inbox. */
async function afterTheMorning(name: string): Promise<LoadedConfig> {
  const loaded = await exampleCopy(join(root, name));
  const morning = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T09:00', '--no-intake'); // prettier-ignore
  expect(morning.stdout).not.toMatch(/^Boîte/m);
  expect(morning.stdout).toMatch(/2 manquantes/);
  await mkdir(join(loaded.dir, 'inbox'), { recursive: true });
  await writeFile(join(loaded.dir, 'inbox', 'reponse.eml'), await exampleReplyMessage(loaded.config)); // prettier-ignore
  return loaded;
}

describe('tick on a committee that reads a mailbox', () => {
  it('reads the mailbox first: the reply is filed and answered, said before the tick, and the sheet is no longer missing', async () => {
    const loaded = await afterTheMorning('reply');
    const outbox = join(loaded.dir, 'out', 'outbox');
    const before = (await readdir(outbox)).length;
    const run = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T10:15');
    expect(run.code).toBe(1); // the example's submissions have errors, on purpose
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      "Boîte (dossier inbox) : 1 nouveau message — 1 enregistré, 0 refusé, 0 retenu, 0 expéditeur inconnu, 0 ignoré (automatiques ou les nôtres), 0 question ; 1 réponse écrite (fichiers .eml dans out/outbox : aucun serveur d'envoi réglé, rien n'est parti).".replace('inbox', join(loaded.dir, 'inbox').replace(`${process.cwd()}/`, '')).replace('out/outbox', outbox.replace(`${process.cwd()}/`, '')),
    ); // prettier-ignore
    expect(lines[1]).toMatch(/^ {2}Enregistré \(engagement n° 5\) — samira\.chraibi@example\.org : « RE: Rappel/); // prettier-ignore
    // Then the tick, which counts her sheet: one missing left (commitment 12's untouched template).
    expect(lines.findIndex((l) => l.startsWith('Classeur de suivi consolidé : '))).toBeGreaterThan(
      1,
    );
    expect(run.stdout).toMatch(/10 fiches reçues, 7 à corriger, 0 à mettre à jour, 1 manquante/);
    // The master is said once, by the tick.
    expect(run.stdout.match(/^Classeur de suivi/gm)).toHaveLength(1);
    // Her answer went to the outbox; the tick sent nothing more that day.
    expect(run.stdout).toMatch(/^Courriels : 0 dû, 0 écrit, 0 échec/m);
    expect((await readdir(outbox)).length - before).toBe(1);

    // Again: the mailbox has nothing new, and says so in one line.
    const again = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T10:20', '--quiet'); // prettier-ignore
    expect(again.stdout.split('\n')[0]).toMatch(
      /^Boîte \(dossier .*inbox\) : 0 nouveau message\.$/,
    );
  }, 60_000);

  it('--json keeps the tick’s keys and adds the intake’s summary under `intake`', async () => {
    const loaded = await afterTheMorning('json');
    const run = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T10:15', '--json');
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      due: 0,
      sent: 0,
      failed: 0,
      missing: 1,
      transport: 'outbox',
      intake: { messages: 1, filed: 1, answers: 1, skipped: null },
    });
    expect((summary.intake as { details: { filed?: number[] }[] }).details[0]?.filed).toEqual([5]);
  }, 60_000);

  it('says in one line why the mailbox was not read: outside its hours, a trial run; --no-intake leaves it alone', async () => {
    const loaded = await afterTheMorning('skipped');
    const evening = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T19:00');
    const [first, ...rest] = evening.stdout.split('\n');
    expect(first).toBe(
      'Boîte de réception non lue : hors des heures de lecture (19:00) : la boîte est lue de 08:00 à 18:00, les jours ouvrés.',
    );
    expect(rest.filter((l) => /^Boîte/.test(l))).toEqual([]);
    expect(evening.stdout).toMatch(/2 manquantes/);

    const trial = await cli('tick', '--config', loaded.file, '--now', '2019-01-08T10:00', '--dry-run', '--json'); // prettier-ignore
    expect(JSON.parse(trial.stdout)).toMatchObject({
      missing: 2,
      intake: { messages: 0, skipped: "essai (--dry-run) : rien n'est enregistré ni répondu." },
    });

    const without = await cli('tick', '--config', loaded.file, '--now', '2019-01-08T10:00', '--no-intake', '--json'); // prettier-ignore
    expect(JSON.parse(without.stdout)).not.toHaveProperty('intake');
    expect(JSON.parse(without.stdout)).toMatchObject({ missing: 2 });

    // Another run holds the storage: the mailbox waits for the next run, the tick says why it stops.
    const store = await storeFor(loaded.config);
    const release = await store.lock();
    try {
      const busy = await cli('tick', '--config', loaded.file, '--now', '2019-01-08T10:00');
      expect(busy.stdout).toBe(
        'Boîte de réception non lue : une autre exécution utilise le stockage : la suivante lira la boîte.\n',
      );
      expect(busy.stderr).toMatch(/^Erreur \(run-in-progress\)/m);
      expect(busy.code).toBe(1);
    } finally {
      await release();
    }

    // In the language of the command: --locale.
    const english = await cli('tick', '--config', loaded.file, '--now', '2019-01-08T19:00', '--locale', 'en'); // prettier-ignore
    expect(english.stdout.split('\n')[0]).toMatch(/^Mailbox not read: /);
  }, 60_000);

  it('remind and report do not read the mailbox', async () => {
    const loaded = await afterTheMorning('remind');
    for (const command of ['remind', 'report']) {
      const run = await cli(command, '--config', loaded.file, '--now', '2019-01-07T10:15', '--json'); // prettier-ignore
      expect(JSON.parse(run.stdout)).not.toHaveProperty('intake');
    }
  }, 60_000);
});
