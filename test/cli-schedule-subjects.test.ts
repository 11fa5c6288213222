/**
 * What `schedule` says of a report or an invitation is what the secretariat and the invitees
 * then read: its « Objet » column gives the email's own subject (« Bilan de l'échéance du
 * 09/01/2019 — Comité … », « Invitation : réunion le 07/03/2019 à 10:00 — Comité … »), where it
 * named them otherwise. Run through the command line on a copy of the example: schedule for a
 * day, then tick that day, whose emails are written to the outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { LoadedConfig } from '../src/adapters/config/committee-file.js';
import { exampleCopy } from './helpers/example-copy.js';
import { cli } from './helpers/run-cli.js';

let root: string;
let loaded: LoadedConfig;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-schedule-subjects-'));
  loaded = await exampleCopy(join(root, 'example'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The subjects of the emails of `kind` (the outbox file's prefix) a tick on `day` writes. */
async function subjectsSent(day: string, kind: string): Promise<Set<string>> {
  const outbox = join(loaded.dir, 'out', 'outbox');
  const before = new Set(await readdir(outbox).catch(() => []));
  await cli('tick', '--config', loaded.file, '--now', `${day}T09:00`, '--no-intake');
  const written = (await readdir(outbox)).filter((f) => !before.has(f) && f.startsWith(kind));
  const subjects = new Set<string>();
  for (const file of written) {
    subjects.add((await simpleParser(await readFile(join(outbox, file)))).subject ?? '');
  }
  return subjects;
}

describe('schedule’s subject', () => {
  it.each([
    ['the report after a deadline', '2019-01-10', 'report', "Bilan de l'échéance du 09/01/2019 — Comité d'implémentation OGP Maroc"],
    ['a workshop’s invitation', '2019-02-06', 'invitation', 'Invitation : atelier de formation « Principes du gouvernement ouvert et plan de communication » le 13/02/2019 à 09:30'],
    ['a meeting’s invitation', '2019-02-28', 'invitation', "Invitation : réunion le 07/03/2019 à 10:00 — Comité d'implémentation OGP Maroc"],
    ['the report before a meeting', '2019-03-05', 'report', "Synthèse avant la réunion du 07/03/2019 — Comité d'implémentation OGP Maroc"],
  ])('is the email’s own for %s', async (_, day, kind, subject) => {
    const schedule = await cli('schedule', '--config', loaded.file, '--from', day, '--to', day);
    const rows = schedule.stdout.split('\n').filter((l) => l.includes(subject));
    expect(rows).toHaveLength(1);
    // Those in the committee's language (invitees who read another get theirs).
    expect([...(await subjectsSent(day, kind))]).toContain(subject);
  }, 60_000); // prettier-ignore

  it('is the email’s own in English too', async () => {
    const schedule = await cli('schedule', '--config', loaded.file, '--from', '2019-03-01', '--to', '2019-03-05', '--locale', 'en'); // prettier-ignore
    expect(schedule.stdout).toContain(
      "Deadline review of 28/02/2019 — Comité d'implémentation OGP Maroc",
    );
    expect(schedule.stdout).toContain(
      "Summary before the meeting of 07/03/2019 — Comité d'implémentation OGP Maroc",
    );
    const invitation = await cli('schedule', '--config', loaded.file, '--from', '2019-02-28', '--to', '2019-02-28', '--locale', 'en'); // prettier-ignore
    expect(invitation.stdout).toContain(
      "Invitation: meeting on 07/03/2019 at 10:00 — Comité d'implémentation OGP Maroc",
    );
  });
});
