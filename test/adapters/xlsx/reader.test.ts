import { unreadableIssue } from '../../../src/core/issue.js';
import { render } from '../../../src/core/catalogue/render.js';
import { unreadableMessage } from '../../../src/core/failure-message.js';
import { issueText } from '../../../src/core/issue-message.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, readFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_READ_LIMITS, readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import { cellAt } from '../../../src/core/cells.js';
import { composeInbound } from '../../helpers/inbound.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(
  name: string,
  fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Feuille'), workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function unreadableReason(path: string): Promise<string> {
  const reading = await readXlsxFile(path);
  if (reading.ok) throw new Error('expected file-unreadable');
  const issue = unreadableIssue(reading.failure);
  expect(issue).toMatchObject({
    code: 'file-unreadable',
    severity: 'error',
    sheet: null,
    cell: null,
  });
  return issueText('fr', issue.message);
}

describe('readXlsxFile on real workbooks', () => {
  it('reads every kind of cell exceljs writes into plain values', async () => {
    const path = await written('kinds.xlsx', (ws) => {
      ws.getCell('A1').value = 'texte';
      ws.getCell('B1').value = 1234.5;
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = new Date(Date.UTC(2019, 0, 9));
      ws.getCell('D1').numFmt = 'dd/mm/yyyy';
      ws.getCell('E1').value = {
        richText: [{ text: 'Atelier ', font: { bold: true } }, { text: 'régional' }],
      };
      ws.getCell('F1').value = { text: 'Article', hyperlink: 'https://www.example.org/a' };
      ws.getCell('G1').value = { formula: 'B1*2', result: 2469 } as ExcelJS.CellFormulaValue;
      ws.getCell('H1').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
      ws.getCell('I1').value = {
        formula: '1/0',
        result: { error: '#DIV/0!' },
      } as ExcelJS.CellFormulaValue;
      ws.getCell('J1').value = 0.45;
      ws.getCell('J1').numFmt = '0%';
      ws.getCell('A3').value = 'après une ligne vide';
    });
    const reading = await readXlsxFile(path);
    if (!reading.ok) throw new Error(render('fr', unreadableMessage(reading.failure)));
    const sheet = reading.workbook.sheets[0]!;
    expect(sheet.name).toBe('Feuille');
    expect(cellAt(sheet, 1, 1)).toEqual({ value: 'texte' });
    expect(cellAt(sheet, 1, 2)).toEqual({ value: 1234.5 });
    expect(cellAt(sheet, 1, 3)).toEqual({ value: true });
    expect(cellAt(sheet, 1, 4)).toEqual({
      value: new Date(Date.UTC(2019, 0, 9)),
      numFmt: 'dd/mm/yyyy',
    });
    expect(cellAt(sheet, 1, 5)).toEqual({ value: 'Atelier régional' });
    expect(cellAt(sheet, 1, 6)).toEqual({
      value: 'Article',
      hyperlink: 'https://www.example.org/a',
    });
    expect(cellAt(sheet, 1, 7)).toEqual({ value: 2469, formula: 'B1*2' });
    expect(cellAt(sheet, 1, 8)).toEqual({ value: null, formula: 'B1*2' });
    expect(cellAt(sheet, 1, 9)).toEqual({ value: null, formula: '1/0', error: '#DIV/0!' });
    expect(cellAt(sheet, 1, 10)).toEqual({ value: 0.45, numFmt: '0%' });
    expect(cellAt(sheet, 2, 1)).toBeUndefined();
    expect(cellAt(sheet, 3, 1)).toEqual({ value: 'après une ligne vide' });
    expect(reading.workbook.date1904).toBe(false);
    expect(reading.bytes.length).toBeGreaterThan(0);
    expect(reading.modifiedAt).toBeInstanceOf(Date);
  });

  it('keeps the 1904 date system flag and reads a merged area once', async () => {
    const path = await written('mac.xlsx', (ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell('A1').value = 'Titre fusionné';
      ws.mergeCells('A1:C1');
    });
    const reading = await readXlsxFile(path);
    if (!reading.ok) throw new Error(render('fr', unreadableMessage(reading.failure)));
    expect(reading.workbook.date1904).toBe(true);
    expect(reading.workbook.sheets[0]!.rows[0]!.filter(Boolean)).toEqual([
      { value: 'Titre fusionné' },
    ]);
  });
});

describe('readXlsxFile on files that are not readable workbooks', () => {
  it.each([
    [
      'random bytes',
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      /contenu non reconnu/,
    ],
    ['an empty file', () => Buffer.alloc(0), /vide \(0 octet\)/],
    ['a CSV export', () => Buffer.from("Réf.;Type d'action;Intitulé\nA1;Atelier;Atelier\n"), /CSV/],
    [
      'a tab-separated export in UTF-16 (Excel’s « Unicode text »)',
      () =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from('Réf.\tType\r\nA1\tAtelier\r\n', 'utf16le'),
        ]),
      /fichier texte \(CSV\)/,
    ],
    [
      'a note in plain text, a comma on one line only',
      () => Buffer.from('Bonjour,\nVoici la fiche demandée.\nCordialement\n'),
      /^Fichier illisible : c'est un fichier texte, pas un classeur \.xlsx : il faut la fiche elle-même, enregistrée au format \.xlsx\.$/,
    ],
    [
      'an email saved as .eml (Thunderbird, Outlook, Gmail’s « Download message »)',
      () =>
        Buffer.from(
          'Received: from mx.example.org by mail.example.org; Tue, 12 Jan 2027 09:40:00 +0000\r\n' +
            'From: Mariam Traore <mariam.traore@example.org>\r\nTo: secretariat@example.org\r\n' +
            'Subject: RE: Rappel, fiche\r\nMIME-Version: 1.0\r\n\r\nBonjour, la fiche est jointe.\r\n',
        ),
      /^Fichier illisible : c'est un courriel enregistré \(\.eml\), pas un classeur : ouvrez-le et enregistrez sa pièce jointe, la fiche \.xlsx\.$/,
    ],
    [
      'an HTML sharing page',
      () => Buffer.from('<!DOCTYPE html><html><body>Partage</body></html>'),
      /page HTML/,
    ],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%...'), /document PDF/],
    [
      'an empty zip',
      () => Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]),
      /archive est vide/,
    ],
  ])('%s', async (_name, bytes, reason) => {
    const path = join(dir, `bad-${_name.replace(/\W+/g, '-')}.xlsx`);
    await writeFile(path, bytes());
    expect(await unreadableReason(path)).toMatch(reason);
  });

  it('an email composed by a mail program, its workbook attached, renamed .xlsx', async () => {
    const workbook = await written('jointe.xlsx', (ws) => {
      ws.getCell('A1').value = 'Réf.';
    });
    const eml = await composeInbound({
      from: 'Mariam Traore <mariam.traore@example.org>',
      to: 'secretariat@example.org',
      subject: 'RE: Rappel : Fiche des actions de communication',
      receivedAt: '2027-01-12T09:40:00Z',
      attachments: [{ filename: 'engagement-03.xlsx', path: workbook }],
    });
    const path = join(dir, 'v2-e02.xlsx');
    await writeFile(path, eml);
    const reason = await unreadableReason(path);
    expect(reason).toMatch(/courriel enregistré \(\.eml\)/);
    expect(reason).not.toMatch(/CSV/);
  });

  it('a truncated workbook', async () => {
    const good = await written('whole.xlsx', (ws) => {
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = [`A${r}`, 'Atelier', r];
    });
    const bytes = await readFile(good);
    const path = join(dir, 'truncated.xlsx');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await unreadableReason(path)).toMatch(/corrompu ou incomplet/);
  });

  it('a password-protected workbook', async () => {
    expect(await unreadableReason('test/fixtures/bad/encrypted.xlsx')).toMatch(
      /protégé par un mot de passe/,
    );
  });

  it('an Excel 97-2003 file renamed .xlsx', async () => {
    expect(await unreadableReason('test/fixtures/bad/legacy-excel-97.xlsx')).toMatch(
      /Excel 97-2003 \(\.xls\)/,
    );
  });

  it('a missing file, a folder, and a file over the size limit', async () => {
    expect(await unreadableReason(join(dir, 'absent.xlsx'))).toMatch(/introuvable/);
    await mkdir(join(dir, 'dossier.xlsx'));
    expect(await unreadableReason(join(dir, 'dossier.xlsx'))).toMatch(/dossier/);
    const big = join(dir, 'big.xlsx');
    await writeFile(big, Buffer.alloc(2048, 1));
    const reading = await readXlsxFile(big, { ...DEFAULT_READ_LIMITS, maxFileBytes: 1024 });
    expect(reading.ok === false && render('fr', unreadableMessage(reading.failure))).toMatch(
      /trop volumineux/,
    );
  });

  // A path in the committee workbook is typed by people: it may name anything on the disk.
  it('refuses a named pipe at once, without waiting for a writer', { timeout: 5_000 }, async () => {
    const fifo = join(dir, 'tube.xlsx');
    execFileSync('mkfifo', [fifo]);
    const reading = await readXlsxFile(fifo);
    expect(reading.ok === false && reading.failure).toEqual({ kind: 'special-file' });
    expect(await unreadableReason(fifo)).toMatch(/pas un fichier ordinaire mais un tube nommé/);
  });

  it('refuses a device such as /dev/zero, whose size says 0', { timeout: 5_000 }, async () => {
    const reading = await readXlsxFile('/dev/zero', { ...DEFAULT_READ_LIMITS, maxFileBytes: 1024 });
    expect(reading.ok === false && reading.failure).toEqual({ kind: 'special-file' });
  });

  it.runIf(existsSync('/proc/self/maps'))(
    'reads no more than the limit of a regular file whose size understates it',
    async () => {
      // /proc/self/maps is a regular file of size 0 holding kilobytes: only the limit bounds it.
      const limits = { ...DEFAULT_READ_LIMITS, maxFileBytes: 64 };
      const reading = await readXlsxFile('/proc/self/maps', limits);
      expect(reading.ok === false && reading.failure).toEqual({
        kind: 'too-large',
        size: 65,
        limit: 64,
      });
    },
  );
});
