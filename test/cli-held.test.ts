/**
 * A message held for the secretariat (its sender not authenticated) is seen from the daily run
 * until it is released: every `intake` and `tick` says how many are held and the command that
 * releases each, and the master does not say that no sheet came for its commitment. Run
 * in-process through the command line on a copy of the example, whose server (authservId
 * mx.example.org) did not vouch for Samira Chraibi's reply (commitment 5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exampleCopy } from './helpers/example-copy.js';
import { cli } from './helpers/run-cli.js';
import { EXAMPLE_REPLY, exampleReplyMessage } from '../scripts/make-example.js';
import { releaseCommand } from '../src/core/release-command.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-held-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The remark of a commitment's row on the master's dashboard. */
async function remarkOf(master: string, id: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(master);
  const sheet = workbook.getWorksheet('Tableau de bord')!;
  const header = sheet.getRow(2).values as unknown[];
  const column = header.indexOf('Remarque');
  for (let r = 3; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(1).value === id) return String(sheet.getRow(r).getCell(column).value ?? ''); // prettier-ignore
  }
  throw new Error(`no row for commitment ${id}`);
}

describe('a message held for the secretariat', () => {
  it('is said by every intake and tick with the command that releases it, and the master says it is held', async () => {
    const loaded = await exampleCopy(join(root, 'held'));
    const master = join(loaded.dir, 'out', 'suivi-consolide.xlsx');
    await cli('tick', '--config', loaded.file, '--now', '2019-01-07T09:00', '--no-intake');
    expect(await remarkOf(master, 5)).toMatch(/aucune fiche reçue/);

    // Samira's reply, without the verdict of the secretariat's server: held.
    const reply = (await exampleReplyMessage(loaded.config)).toString('latin1').replace(/Authentication-Results:[^\r]*\r\n/, ''); // prettier-ignore
    await writeFile(join(loaded.inbox, 'reponse.eml'), Buffer.from(reply, 'latin1'));
    const held = await cli('intake', '--config', loaded.file, '--now', '2019-01-07T10:15');
    expect(held.stdout).toMatch(/1 retenu/);
    // Held, so answered by nobody: no count of answers « envoyées » while none went.
    expect(held.stdout).toMatch(/1 retenu, .*; aucune réponse\.$/m);
    const release = releaseCommand(EXAMPLE_REPLY.messageId);
    expect(held.stdout.split(release)).toHaveLength(2); // said once, under its line

    // The next morning: nothing new in the mailbox, the held message still said, with its command.
    const tick = await cli('tick', '--config', loaded.file, '--now', '2019-01-08T09:00');
    const lines = tick.stdout.split('\n');
    expect(lines[0]).toMatch(/^Boîte \(dossier .*inbox\) : 0 nouveau message\.$/);
    expect(lines.slice(1, 5)).toEqual([
      '⚠ 1 message retenu attend encore votre vérification :',
      '  Reçu le 07/01/2019 — samira.chraibi@example.org : « RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019 »',
      "    s'il vient bien de son expéditeur, acceptez-le avec :",
      `      ${release}`,
    ]);
    // The master says an email of hers is held, not that nothing came.
    const remark = await remarkOf(master, 5);
    expect(remark).not.toMatch(/aucune fiche reçue/);
    expect(remark).toContain(`Courriel du 07/01/2019 retenu, en attente du secrétariat ; s'il vient bien de son expéditeur, acceptez-le avec :\n${release}`);
    // An intake run says it too, in --quiet as well.
    const quiet = await cli('intake', '--config', loaded.file, '--now', '2019-01-08T09:30', '--quiet');
    expect(quiet.stdout).toContain('⚠ 1 message retenu attend encore votre vérification :');

    // Released: filed, and said no more.
    const released = await cli('intake', '--config', loaded.file, '--now', '2019-01-08T10:00', '--release', EXAMPLE_REPLY.messageId);
    expect(released.stdout).toMatch(/1 enregistré/);
    const after = await cli('tick', '--config', loaded.file, '--now', '2019-01-08T11:00');
    expect(after.stdout).not.toMatch(/retenu attend|--release/);
    expect(await remarkOf(master, 5)).not.toMatch(/retenu/);
  }, 120_000);
}); // prettier-ignore
