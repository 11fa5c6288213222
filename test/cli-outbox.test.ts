/**
 * With no mail server set, the emails are written to the outbox and nothing leaves the machine:
 * `intake` says its answers were written, not sent, and the master's « Calendrier » and
 * « Journal » sheets say the same of every email written (a state of their own, never « Envoi
 * effectué », and no count under « Courriels envoyés »). Run through the command line on a copy
 * of the example, whose folder inbox gets Samira Chraibi's reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { displayPath, formatIntake } from '../src/cli/format.js';
import type { IntakeSummary } from '../src/jobs/intake-run.js';
import { exampleReplyMessage } from '../scripts/make-example.js';
import { exampleCopy } from './helpers/example-copy.js';
import { cli } from './helpers/run-cli.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-outbox-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A sheet's rows as values, its header first. */
async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('emails written to the outbox', () => {
  it('are said written, not sent, by intake and in the master’s calendar and journal', async () => {
    const loaded = await exampleCopy(join(root, 'example'));
    const morning = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T09:00', '--no-intake'); // prettier-ignore
    expect(morning.stdout).toMatch(/^Courriels : \d+ dus, \d+ écrits, 0 échec \(fichiers \.eml/m);
    await mkdir(join(loaded.dir, 'inbox'), { recursive: true });
    await writeFile(join(loaded.dir, 'inbox', 'reponse.eml'), await exampleReplyMessage(loaded.config)); // prettier-ignore

    const intake = await cli('intake', '--config', loaded.file, '--now', '2019-01-07T10:15');
    const outbox = displayPath(join(loaded.dir, 'out', 'outbox'));
    expect(intake.stdout.split('\n')[0]).toMatch(
      `; 1 réponse écrite (fichiers .eml dans ${outbox} : aucun serveur d'envoi réglé, rien n'est parti).`,
    );
    expect(intake.stdout).not.toMatch(/envoyée/);

    const master = join(loaded.dir, 'out', 'suivi-consolide.xlsx');
    const calendar = await sheetRows(master, 'Calendrier');
    const kinds = new Set(calendar.map((r) => r[2]));
    expect(kinds.has('Envoi effectué')).toBe(false);
    const written = calendar.filter((r) => r[2] === 'Écrit dans outbox, non envoyé');
    // The morning's reminders, and the answer to Samira in her thread.
    expect(written.length).toBeGreaterThan(1);
    expect(written.some((r) => String(r[3]).startsWith('RE: Rappel'))).toBe(true);

    const journal = await sheetRows(master, 'Journal');
    const header = journal[0]!;
    const sentColumn = header.indexOf('Courriels envoyés');
    const notes = header.indexOf('Remarques');
    expect([sentColumn, notes].every((i) => i >= 0)).toBe(true);
    const [last, first] = [journal[1]!, journal.at(-1)!]; // newest first
    expect([last[1], last[sentColumn], last[notes]]).toEqual([
      'intake',
      0,
      "1 courriel écrit en fichier .eml dans outbox, non envoyé : aucun serveur d'envoi n'était réglé.",
    ]);
    expect(first[1]).toBe('tick');
    expect(first[sentColumn]).toBe(0);
    expect(String(first[notes])).toMatch(
      /^\d+ courriels écrits en fichiers \.eml dans outbox, non envoyés/,
    );
  }, 60_000);
});

describe('intake’s answers written to the outbox', () => {
  const summary = {
    mailbox: 'inbox', skipped: null, messages: 1, filed: 1, refused: 0, ignored: 0, held: 0,
    unknownSenders: 0, questions: 0, setAside: 0, answers: 1, outbox: '/srv/comite/out/outbox',
    sheetFeedback: 0, master: null, warnings: [], details: [], waiting: [],
  } as unknown as IntakeSummary; // prettier-ignore

  it.each([
    ['en', '; 1 answer written (.eml files in /srv/comite/out/outbox: no mail server set, nothing has left).'],
    ['es', '; 1 respuesta escrita (archivos .eml en /srv/comite/out/outbox: ningún servidor de envío configurado, nada ha salido).'],
    ['pt-BR', '; 1 resposta gravada (arquivos .eml em /srv/comite/out/outbox: nenhum servidor de envio configurado, nada saiu).'],
    ['ar', '؛ ردود كُتبت 1 (ملفات ‎.eml في \u2068/srv/comite/out/outbox\u2069: لم يُضبط خادم إرسال، ولم يخرج شيء).'],
  ] as const)('are said written in %s', (tag, end) => {
    expect(formatIntake(summary, true, tag).split('\n')[0]?.endsWith(end)).toBe(true);
  }); // prettier-ignore

  it('are said sent when a mail server took them', () => {
    const sent = formatIntake({ ...summary, outbox: null }, true, 'en').split('\n')[0];
    expect(sent?.endsWith('; 1 answer sent.')).toBe(true);
  });
});
