/**
 * Issue 32's « Done when », as the secretariat lives it: a committee `init --country MA` writes in
 * a new folder, and the Moroccan example copied into one; each committee workbook (comite.xlsx)
 * edited in LibreOffice — a real spreadsheet program, not our writer: saved as flat XML (.fods),
 * one cell's text changed, saved back as .xlsx over comite.xlsx — then the command line run
 * in-process as `npm start` runs it (`tick --now 2019-01-07T09:00 --no-intake`, then the mailbox
 * at 10:15). What is checked is what leaves: the .eml files of the outbox (parsed by mailparser,
 * their To and Cc headers), what the commands print, and the intake's record (out/state/intake.json).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { exampleReplyWorkbook } from '../scripts/make-example.js';
import { render } from '../src/core/catalogue/render.js';
import { changeLine, type RosterChangeRecord } from '../src/core/roster/roster-changes.js';
import { countryExampleCopy } from './helpers/example-copy.js';
import { composeInbound } from './helpers/inbound.js';
import { convertWithLibreOffice, describeWithLibreOffice } from './helpers/libreoffice.js';
import { cli } from './helpers/run-cli.js';

const OLD = 'samira.chraibi@example.org';
const NEW = 'nadia.alaoui@example.org';
/** What a hurried officer types: no « @ ». */
const WRONG = 'nadia.alaoui-example.org';
/** Commitment 1's focal point in the committee `init --country MA` writes, and her successor. */
const STARTER_OLD = 'point.focal.1@example.org';
const STARTER_NEW = 'amina.berrada@example.org';
/** The subject of the secretariat's email about a refused committee workbook (fr). */
const ROSTER_SUBJECT = /^Classeur du comité à corriger/;

let root: string;
/** comite.xlsx as LibreOffice saved it after each edit. */
let withNew: string;
let withWrong: string;
let initWithNew: string;
/** The folder `init --country MA` wrote. */
let started: string;
/** Where the example's commitment 5 focal point address sits: « sheet!cell ». */
let oldCell: { sheet: string; cell: string };

/** A day of 2019 as a file's modification time: a workbook saved that morning. */
const savedOn = (path: string, day: string) =>
  utimes(path, new Date(`${day}T08:00:00Z`), new Date(`${day}T08:00:00Z`));

/** The example in a folder of its own, the workbook dated before the first run. */
async function project(): Promise<{ dir: string; config: string; outbox: string }> {
  const dir = await countryExampleCopy(root, 'maroc-2019');
  await savedOn(join(dir, 'comite.xlsx'), '2018-12-20');
  return { dir, config: join(dir, 'committee.yaml'), outbox: join(dir, 'out', 'outbox') };
}

/** Puts LibreOffice's version in the place of comite.xlsx, saved on `day`. */
async function saveWorkbook(dir: string, version: string, day: string): Promise<void> {
  await copyFile(version, join(dir, 'comite.xlsx'));
  await savedOn(join(dir, 'comite.xlsx'), day);
}

interface Sent {
  file: string;
  mail: ParsedMail;
  to: string[];
  cc: string[];
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  [field ?? []].flat().flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

/** The outbox's .eml files not in `seen`, parsed; `seen` gains them. */
async function newlySent(outbox: string, seen: Set<string>): Promise<Sent[]> {
  const files = (await readdir(outbox).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')); // prettier-ignore
  const sent: Sent[] = [];
  for (const file of files.filter((f) => !seen.has(f)).sort()) {
    seen.add(file);
    const mail = await simpleParser(await readFile(join(outbox, file)));
    sent.push({ file, mail, to: addresses(mail.to), cc: addresses(mail.cc) });
  }
  return sent;
}

/** The sends that reach `address`, in To or Cc. */
const reaching = (sent: Sent[], address: string) =>
  sent.filter((s) => s.to.includes(address) || s.cc.includes(address));

/** The reminders about commitment 5 (its subject names it). */
const aboutFive = (sent: Sent[]) => sent.filter((s) => /engagement n° 5,/.test(s.mail.subject ?? '')); // prettier-ignore

/** The starter's pre-filled sheet as a focal point sends it back: dated, one action planned (Excel's part: exceljs). */
async function filledStarterSheet(path: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  book.getWorksheet('Engagement')!.getCell('C6').value = new Date(Date.UTC(2019, 3, 22));
  const actions = book.getWorksheet('Actions de communication')!;
  const row = actions.getRow(3);
  row.getCell(2).value = 'A1';
  row.getCell(3).value = 'Atelier';
  row.getCell(4).value = 'Atelier de présentation de l’engagement';
  row.getCell(7).value = new Date(Date.UTC(2019, 4, 15));
  row.getCell(9).value = 'Prévue';
  row.commit();
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeWithLibreOffice('issue 32, done when: the committee workbook edited in LibreOffice', () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ogp-roster-done-'));
    const example = await countryExampleCopy(root, 'maroc-2019');
    // Where the address is, found by exceljs (not by the product's reader).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(example, 'comite.xlsx'));
    const found: { sheet: string; cell: string }[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.text === OLD) found.push({ sheet: sheet.name, cell: cell.address });
        }),
      ),
    );
    expect(found).toHaveLength(1);
    oldCell = found[0]!;

    // A new committee, as `init --country MA` writes it (its plan from the day it is run).
    started = join(root, 'nouveau-comite');
    const init = await cli('init', '--country', 'MA', '--now', '2019-01-02T09:00', started);
    expect(init.code).toBe(0);

    // One LibreOffice run to flat XML, one to bring the three edited versions back to .xlsx.
    const lo = join(root, 'libreoffice');
    await mkdir(lo);
    await copyFile(join(example, 'comite.xlsx'), join(lo, 'comite.xlsx'));
    await copyFile(join(started, 'comite.xlsx'), join(lo, 'init.xlsx'));
    await convertWithLibreOffice([join(lo, 'comite.xlsx'), join(lo, 'init.xlsx')], lo, 'fods');
    const xml = await readFile(join(lo, 'comite.fods'), 'utf8');
    expect(xml.split(OLD)).toHaveLength(2); // once: commitment 5's focal point
    await writeFile(join(lo, 'comite-new.fods'), xml.replace(OLD, NEW));
    await writeFile(join(lo, 'comite-wrong.fods'), xml.replace(OLD, WRONG));
    const initXml = await readFile(join(lo, 'init.fods'), 'utf8');
    expect(initXml.split(STARTER_OLD)).toHaveLength(2);
    await writeFile(join(lo, 'init-new.fods'), initXml.replace(STARTER_OLD, STARTER_NEW));
    await convertWithLibreOffice(
      ['comite-new', 'comite-wrong', 'init-new'].map((name) => join(lo, `${name}.fods`)),
      lo,
      'xlsx:Calc MS Excel 2007 XML',
    );
    withNew = join(lo, 'comite-new.xlsx');
    withWrong = join(lo, 'comite-wrong.xlsx');
    initWithNew = join(lo, 'init-new.xlsx');
  }, 120_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('in a new folder, init --country MA writes the workbook and a short committee.yaml; a focal point changed there is reminded, her reply filed, the old one a stranger', async () => {
    const yaml = await readFile(join(started, 'committee.yaml'), 'utf8');
    expect(yaml).toMatch(/^roster: \{ workbook: '?comite\.xlsx'? \}$/m);
    for (const key of [
      'committee',
      'secretariat',
      'plan',
      'commitments',
      'meetings',
      'campaigns',
    ]) {
      expect(yaml).not.toMatch(new RegExp(`^${key}:`, 'm'));
    }
    const dir = started;
    await savedOn(join(dir, 'comite.xlsx'), '2019-01-02');
    const config = join(dir, 'committee.yaml');
    const outbox = join(dir, 'out', 'outbox');
    const seen = new Set<string>();
    const aboutOne = (sent: Sent[]) => sent.filter((s) => /engagement n° 1,/.test(s.mail.subject ?? '')); // prettier-ignore

    // 17 April (J-7 of the update before the 2 May meeting): the starter's focal point reminded.
    await cli('tick', '--config', config, '--now', '2019-04-17T09:00', '--no-intake');
    expect(aboutOne(await newlySent(outbox, seen)).map((s) => s.to)).toEqual([[STARTER_OLD]]);

    await saveWorkbook(dir, initWithNew, '2019-04-18');
    const next = await cli('tick', '--config', config, '--now', '2019-04-22T09:00', '--no-intake'); // prettier-ignore
    expect(next.stderr).not.toMatch(/classeur du comité/);
    const sent = await newlySent(outbox, seen);
    const one = aboutOne(sent);
    expect(one.map((s) => s.to)).toEqual([[STARTER_NEW]]);
    expect(reaching(sent, STARTER_OLD)).toEqual([]);

    // Both answer the reminder with commitment 1's sheet: the new one is filed, the old one is not known.
    const sheet = await filledStarterSheet(join(dir, 'submissions', 'engagement-01.xlsx'));
    const answer = (from: string, id: string) =>
      composeInbound({
        from,
        subject: `RE: ${one[0]!.mail.subject}`,
        inReplyTo: one[0]!.mail.messageId!,
        messageId: `<${id}@example.org>`,
        receivedAt: '2019-04-22T09:30:00Z',
        attachments: [{ filename: 'engagement-01.xlsx', content: sheet }],
      });
    await writeFile(join(dir, 'inbox', 'nouvelle.eml'), await answer(STARTER_NEW, 'nouvelle'));
    await writeFile(join(dir, 'inbox', 'ancienne.eml'), await answer(STARTER_OLD, 'ancienne'));
    const intake = await cli('intake', '--config', config, '--now', '2019-04-22T10:15', '--json');
    const summary = JSON.parse(intake.stdout) as { messages: number; filed: number; unknownSenders: number; details: { filed?: number[] }[] }; // prettier-ignore
    expect(summary).toMatchObject({ messages: 2, filed: 1, unknownSenders: 1 });
    expect(summary.details.flatMap((d) => d.filed ?? [])).toEqual([1]);
    const state = JSON.parse(await readFile(join(dir, 'out', 'state', 'intake.json'), 'utf8'));
    expect(state.messages['<nouvelle@example.org>']).toMatchObject({ outcome: 'filed' });
    expect(state.messages['<ancienne@example.org>']).toMatchObject({ outcome: 'unknown-sender' });
    const answers = await newlySent(outbox, seen);
    expect(reaching(answers, STARTER_NEW)).toHaveLength(1);
    expect(reaching(answers, STARTER_OLD)).toEqual([]);
  }, 120_000);

  it('a new focal point address typed in the workbook is reminded at the next tick, and only her replies are filed', async () => {
    const { dir, config, outbox } = await project();
    const seen = new Set<string>();

    // 2 January (J-7): the workbook as shipped, Samira Chraibi reminded.
    const first = await cli('tick', '--config', config, '--now', '2019-01-02T09:00', '--no-intake'); // prettier-ignore
    expect(first.stderr).not.toMatch(/classeur du comité/);
    const before = aboutFive(await newlySent(outbox, seen));
    expect(before.map((s) => s.to)).toEqual([[OLD]]);

    // 4 January: the secretariat types her successor's address in LibreOffice.
    await saveWorkbook(dir, withNew, '2019-01-04');
    expect((await loadConfigFile(config)).config.commitments.find((c) => c.id === 5)?.focalPoint.email).toBe(NEW); // prettier-ignore

    // 7 January, 09:00 (J-2): the new address is reminded, the old one gets nothing at all.
    const morning = await cli('tick', '--config', config, '--now', '2019-01-07T09:00', '--no-intake'); // prettier-ignore
    expect(morning.stderr).not.toMatch(/classeur du comité/);
    expect(morning.stdout).toContain(`Relance → ${NEW}`);
    const sent = await newlySent(outbox, seen);
    const five = aboutFive(sent);
    expect(five).toHaveLength(1);
    expect(five[0]!.to).toEqual([NEW]);
    expect(five[0]!.cc).toEqual(['suppleant.e05@example.org']);
    expect(reaching(sent, OLD)).toEqual([]);
    // The change is journaled with the day the workbook was saved.
    const roster = JSON.parse(await readFile(join(dir, 'out', 'state', 'roster.json'), 'utf8'));
    expect(
      (roster.changes as RosterChangeRecord[]).map((r) => render('fr', changeLine(r))),
    ).toEqual([
      `Engagement 5 : adresse de Samira Chraibi ${OLD} → ${NEW} — modification du 04/01/2019`,
    ]);

    // 10:15: the mailbox. The example's inbox holds Samira's reply (in the J-2 reminder's thread,
    // her sheet attached); her successor answers that reminder with her sheet too.
    const reply = await composeInbound({
      from: `Nadia Alaoui <${NEW}>`,
      subject: `RE: ${five[0]!.mail.subject}`,
      inReplyTo: five[0]!.mail.messageId!,
      references: [five[0]!.mail.messageId!],
      messageId: '<reponse-e05-nadia@example.org>',
      receivedAt: '2019-01-07T09:40:00Z',
      attachments: [
        { filename: 'engagement-05.xlsx', content: await exampleReplyWorkbook((await loadConfigFile(config)).config) }, // prettier-ignore
      ],
    });
    await writeFile(join(dir, 'inbox', 'reponse-nadia.eml'), reply);
    const later = await cli('tick', '--config', config, '--now', '2019-01-07T10:15');
    expect(later.stdout).toMatch(/^Boîte .*: 2 nouveaux messages — 1 enregistré, 0 refusé, 0 retenu, 1 expéditeur inconnu,/m); // prettier-ignore
    expect(later.stdout).toContain(`Enregistré (engagement n° 5) — ${NEW}`);
    expect(later.stdout).toContain(`Expéditeur inconnu — ${OLD}`);
    const state = JSON.parse(await readFile(join(dir, 'out', 'state', 'intake.json'), 'utf8'));
    expect(state.messages['<reponse-e05-nadia@example.org>']).toMatchObject({ outcome: 'filed', filed: [5] }); // prettier-ignore
    expect(state.messages['<reponse-e05-20190107@example.org>']).toMatchObject({ outcome: 'unknown-sender', from: OLD }); // prettier-ignore
    expect(state.messages['<reponse-e05-20190107@example.org>'].filed).toBeUndefined();
    // Her answer goes to the new address; the old one, a stranger now, is not answered.
    const answers = await newlySent(outbox, seen);
    expect(answers.map((s) => s.to)).toEqual([[NEW]]);
    expect(reaching(answers, OLD)).toEqual([]);
    // The sheet she sent is kept as commitment 5's newest version.
    expect(await readdir(join(dir, 'out', 'courriels'))).toEqual([expect.stringMatching(/^engagement-05-2019-01-07-/)]); // prettier-ignore
  }, 120_000);

  it('a wrong address is said at its sheet and cell, the last accepted one is still reminded, and the secretariat is told once', async () => {
    const { dir, config, outbox } = await project();
    const seen = new Set<string>();
    await cli('tick', '--config', config, '--now', '2019-01-02T09:00', '--no-intake');
    await newlySent(outbox, seen);

    // 5 January: a typo saved over the address.
    await saveWorkbook(dir, withWrong, '2019-01-05');
    const morning = await cli('tick', '--config', config, '--now', '2019-01-07T09:00', '--no-intake'); // prettier-ignore
    expect(morning.stderr).toContain('la dernière version de comite.xlsx n’est pas appliquée (1 problème) ; la dernière version acceptée (modifiée le 20/12/2018) reste en service'); // prettier-ignore
    expect(morning.stdout).toContain('Secrétariat prévenu → secretariat.ogp@example.org : Classeur du comité à corriger'); // prettier-ignore
    expect(morning.stderr).toContain(`Feuille « ${oldCell.sheet} », cellule ${oldCell.cell}`);
    expect(morning.stderr).toContain(WRONG);
    const sent = await newlySent(outbox, seen);
    const five = aboutFive(sent);
    expect(five.map((s) => s.to)).toEqual([[OLD]]);
    expect(reaching(sent, WRONG)).toEqual([]);
    const told = sent.filter((s) => ROSTER_SUBJECT.test(s.mail.subject ?? ''));
    expect(told).toHaveLength(1);
    expect(told[0]!.to).toEqual(['secretariat.ogp@example.org']);
    expect(told[0]!.mail.text).toContain(`Feuille « ${oldCell.sheet} », cellule ${oldCell.cell}`);

    // A second tick the same day: still said on stderr, the email not sent again.
    const later = await cli('tick', '--config', config, '--now', '2019-01-07T10:15');
    expect(later.stderr).toContain(`Feuille « ${oldCell.sheet} », cellule ${oldCell.cell}`);
    const laterSent = await newlySent(outbox, seen);
    expect(laterSent.filter((s) => ROSTER_SUBJECT.test(s.mail.subject ?? ''))).toEqual([]);
    expect(later.stdout).not.toContain('Secrétariat prévenu');
    // The known senders are the accepted version's too: Samira's reply is filed, not the typo's.
    expect(later.stdout).toContain(`Enregistré (engagement n° 5) — ${OLD}`);
    expect(reaching(laterSent, OLD)).toHaveLength(1);

    // Fixed on 8 January: the day-J reminder of the 9th goes to the address now typed.
    await saveWorkbook(dir, withNew, '2019-01-08');
    const fixed = await cli('tick', '--config', config, '--now', '2019-01-09T09:00', '--no-intake'); // prettier-ignore
    expect(fixed.stderr).not.toMatch(/classeur du comité/);
    const dayJ = await newlySent(outbox, seen);
    expect(aboutFive(dayJ).map((s) => s.to)).toEqual([[NEW]]);
    expect(reaching(dayJ, OLD)).toEqual([]);
    // Over the three ticks, one email about the workbook.
    expect(await readdir(outbox)).toHaveLength(seen.size);
    const everything = await Promise.all([...seen].map(async (f) => (await simpleParser(await readFile(join(outbox, f)))).subject ?? '')); // prettier-ignore
    expect(everything.filter((subject) => ROSTER_SUBJECT.test(subject))).toHaveLength(1);
  }, 120_000);
});
