import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ACTION_COLUMNS, SHEET_NAMES } from '../../sheets-templates/submission-template.js';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { MASTER_SHEETS } from '../../src/adapters/documents/master-workbook.js';
import {
  buildTemplateWorkbook,
  writeWorkbookFile,
} from '../../src/adapters/documents/template-workbook.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import { issueText } from '../../src/core/issue-message.js';
import { consolidate } from '../../src/jobs/consolidate.js';
import { validateFiles } from '../../src/jobs/validate-files.js';
import { convertWithLibreOffice, describeWithLibreOffice } from '../helpers/libreoffice.js';
import { runCli } from '../../src/cli.js';
import { cli } from '../helpers/run-cli.js';
import { exampleCopy as copyExample } from '../helpers/example-copy.js';
import { recordFigures } from '../../scripts/chaos-figures.js';

const DAY1 = new Date('2019-01-07T08:00:00Z');
const DAY2 = new Date('2019-01-08T08:00:00Z');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-consolidate-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function exampleCopy(name: string): Promise<LoadedConfig> {
  return copyExample(join(root, name));
}

async function readMaster(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell value of a sheet, row by row (hyperlinks and rich text as they come). */
function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** The header row: the dashboard has a title row above it. */
function headerRow(ws: ExcelJS.Worksheet): number {
  return ws.name === 'Tableau de bord' ? 2 : 1;
}

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const values = (ws.getRow(headerRow(ws)).values as unknown[]).slice(1);
  const index = values.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index + 1;
}

describe('consolidate on the bundled example', () => {
  let loaded: LoadedConfig;
  let master: ExcelJS.Workbook;
  let summary: Awaited<ReturnType<typeof consolidate>>['summary'];

  beforeAll(async () => {
    loaded = await exampleCopy('example');
    ({ summary } = await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir }));
    master = await readMaster(summary.master);
  });

  it('writes the master workbook into the storage folder with its eight sheets in order', () => {
    expect(summary.master).toBe(join(loaded.dir, 'out', 'suivi-consolide.xlsx'));
    expect(master.worksheets.map((w) => w.name)).toEqual([...MASTER_SHEETS]);
    for (const ws of master.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: headerRow(ws) });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getColumn(1).width, ws.name).toBeGreaterThan(0);
    }
    expect(master.title).toBe("Suivi consolidé — Comité d'implémentation OGP Maroc");
    expect(master.creator).toBe('ogp-tracker');
  });

  it('counts what the submissions hold: the same sums as validating each file', async () => {
    const files = loaded.config.commitments.flatMap((c) => (c.source?.kind === 'xlsx' ? [c.source.path] : []));
    const present = new Set(await readdir(join(loaded.dir, 'submissions')));
    // Commitment 12's file is the template as it was sent out, untouched: no submission.
    const results = (await validateFiles(files.filter((f) => present.has(f.split('/').pop() ?? '')), loaded.config, DAY1)).filter((r) => r.commitment !== 12);
    const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + f(r), 0);
    const expected = {
      commitments: 18,
      actions: sum((r) => r.reading?.actions.length ?? 0),
      milestones: sum((r) => r.reading?.milestones.length ?? 0),
      errors: sum((r) => r.issues.filter((i) => i.severity === 'error').length),
      warnings: sum((r) => r.issues.filter((i) => i.severity === 'warning').length),
    };
    expect(expected).toEqual({ commitments: 18, actions: 49, milestones: 30, errors: 19, warnings: 8 });
    expect(summary).toMatchObject({ ...expected, received: 10, toFix: 6, toUpdate: 0, missing: 2, late: 0, stale: 0, sent: 0 });

    // Read back from the workbook itself: a title row, the header, 18 rows, the totals.
    const dashboard = master.getWorksheet('Tableau de bord')!;
    const rows = sheetValues(dashboard);
    expect(rows[0]![0]).toBe("Comité d'implémentation OGP Maroc — Plan d'action national 2018-2020 — Suivi au 07/01/2019");
    const totals = rows[20]!;
    const col = (header: string) => columnOf(dashboard, header) - 1;
    expect(rows.slice(2, 20).map((r) => r[0])).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect([totals[col('Actions prévues')], totals[col('Erreurs')], totals[col('Avertissements')]]).toEqual([49, 19, 8]);
    expect(rows.slice(2, 20).map((r) => r[col('Statut de la fiche')])).toEqual([
      'Reçue', 'Reçue', 'Reçue', 'Reçue', 'Manquante', 'Reçue', 'Reçue', 'Reçue', 'Reçue',
      'À corriger', 'Reçue', 'Manquante', 'Reçue', 'À corriger', 'À corriger', 'À corriger', 'À corriger', 'À corriger',
    ]);
    expect(rows[13]![col('Remarque')]).toBe("Le modèle pré-rempli n'a pas encore été complété : aucune fiche reçue.");
    // No sheet: 0 %, as the totals row and the status page count it (never a blank beside a total that counts 0).
    expect([rows[6]![col('Avancement moyen (%)')], rows[13]![col('Avancement moyen (%)')]]).toEqual([0, 0]);
    expect(master.getWorksheet('Actions de communication')!.rowCount).toBe(1 + 49);
    expect(master.getWorksheet('Jalons')!.rowCount).toBe(1 + 30);
    // 19 errors and 8 warnings in the sheets, and the file of commitment 5 that is not there.
    expect(master.getWorksheet('Anomalies')!.rowCount).toBe(1 + 19 + 8 + 1);
    const indicators = sheetValues(master.getWorksheet('Indicateurs')!).slice(1);
    expect(indicators.reduce((n, r) => n + (r[4] as number), 0)).toBe(49);
  }); // prettier-ignore

  it('lays text out so that nothing runs into the next cell and no header breaks inside a word', () => {
    for (const ws of master.worksheets) {
      const head = headerRow(ws);
      const headers = (ws.getRow(head).values as unknown[]).slice(1);
      headers.forEach((header, c) => {
        const width = ws.getColumn(c + 1).width ?? 8.43;
        const longest = Math.max(...String(header).split(/\s+/).map((w) => w.length));
        expect(width, `${ws.name} « ${header} »`).toBeGreaterThan(longest);
      });
      ws.eachRow((row, n) => {
        if (n <= head) return;
        row.eachCell((cell, c) => {
          const text = typeof cell.value === 'string' ? cell.value : null;
          // Text wider than its column wraps inside it (a string never spills over its neighbour).
          if (text && text.length > (ws.getColumn(c).width ?? 8.43) - 1) expect(cell.alignment?.wrapText, `${ws.name}!${cell.address}`).toBe(true);
        });
      });
    }
    // Short values beside numbers are centred: « 0 / 2 » never reads as « 20,0000 / 2 ».
    const dashboard = master.getWorksheet('Tableau de bord')!;
    expect(dashboard.getCell(3, columnOf(dashboard, 'Jalons achevés / total')).alignment?.horizontal).toBe('center');
    expect(dashboard.getCell(3, columnOf(dashboard, 'Erreurs')).alignment?.horizontal).toBe('center');
  }); // prettier-ignore

  it("lays out the OGP self-assessment: dates, level and why, evidence, next steps", () => {
    const ws = master.getWorksheet('Auto-évaluation OGP')!;
    const rows = sheetValues(ws).slice(1);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const one = rows[0]!;
    expect(one.slice(0, 7)).toEqual([
      1, "Sensibiliser le public au droit d'accès à l'information", "Ministère de la Réforme de l'Administration et de la Fonction publique (MRAFP)",
      new Date('2018-09-01T00:00:00Z'), new Date('2020-06-30T00:00:00Z'), 'Limité', 'Déduit des jalons (0 achevé sur 2, avancement moyen 20\u00a0%)',
    ]);
    expect(String(one[9])).toContain("J2 — Guide pratique du citoyen pour les demandes d'information (fin 30/06/2020)");
    expect(rows[4]!.slice(5, 7)).toEqual(['Pas de données', 'Aucun jalon renseigné']); // commitment 5 sent nothing
  }); // prettier-ignore

  it('writes dates as dates, numbers as numbers, and keeps provenance', () => {
    const ws = master.getWorksheet('Actions de communication')!;
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe(1); // N° engagement
    expect(row.getCell(columnOf(ws, 'Date prévue')).value).toEqual(
      new Date('2018-11-20T00:00:00Z'),
    );
    expect(row.getCell(columnOf(ws, 'Date prévue')).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(columnOf(ws, 'Budget (MAD)')).value).toBe(20000);
    expect(row.getCell(columnOf(ws, 'Justificatif (lien)')).value).toEqual({
      text: 'https://www.example.org/ogp/e01/atelier-lancement',
      hyperlink: 'https://www.example.org/ogp/e01/atelier-lancement',
    });
    expect(row.getCell(columnOf(ws, 'Source')).value).toBe('submissions/engagement-01.xlsx');
    expect(row.getCell(columnOf(ws, 'Ligne')).value).toBe(2);
    expect(row.getCell(columnOf(ws, 'Lu le')).value).toEqual(new Date('2019-01-07T00:00:00Z'));
    // An unreadable cell keeps what the focal point typed.
    const e14 = sheetValues(ws).find((r) => r[0] === 14 && r[2] === 'A1')!;
    expect(e14[columnOf(ws, 'Date prévue') - 1]).toBe('31/02/2019');
  });

  it('lists the calendar and journals the run', () => {
    const calendar = sheetValues(master.getWorksheet('Calendrier')!).slice(1);
    // The five meetings, and the training workshop as one (titled as such).
    expect(calendar.filter((r) => r[2] === 'Réunion')).toHaveLength(5);
    expect(calendar.filter((r) => r[2] === 'Atelier de formation')).toHaveLength(1);
    expect(calendar.map((r) => r[3])).toContain(
      'Atelier de formation : Principes du gouvernement ouvert et plan de communication',
    );
    expect(calendar.filter((r) => r[2] === 'Échéance')).toHaveLength(6);
    const journal = sheetValues(master.getWorksheet('Journal')!).slice(1);
    expect(journal).toHaveLength(1);
    expect(journal[0]!.slice(0, 8)).toEqual([
      new Date('2019-01-07T09:00:00Z'),
      'consolidate',
      18,
      16,
      49,
      30,
      19,
      8,
    ]);
  });

  it('gives the same cell values for the same inputs and --now, and keeps the previous master', async () => {
    const again = await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir });
    const second = await readMaster(again.summary.master);
    for (const name of MASTER_SHEETS.filter((n) => n !== 'Journal')) {
      expect(sheetValues(second.getWorksheet(name)!), name).toEqual(
        sheetValues(master.getWorksheet(name)!),
      );
    }
    expect(sheetValues(second.getWorksheet('Journal')!).slice(1)).toHaveLength(2);
    expect(await readdir(join(loaded.dir, 'out', 'history'))).toHaveLength(1);
  });
});

describe('a configured file that is not there', () => {
  it('is named, with the file meant when one is close (never a file another commitment reads), in the dashboard and the anomalies', async () => {
    const copy = await copyExample(join(root, 'introuvable'), (t) => t.replace('path: submissions/engagement-03.xlsx', 'path: submissions/engagment-03.xlsx'));
    const { model } = await consolidate(copy.config, { now: DAY1, baseDir: copy.dir });
    const row = (id: number) => model.dashboard.find((d) => d.id === id)!;
    expect([row(3).status, row(3).remark]).toEqual(['missing', 'Fichier introuvable : submissions/engagment-03.xlsx — vouliez-vous dire submissions/engagement-03.xlsx ? (aucune fiche reçue).']);
    // Commitment 5's file is not there either, and no file near its name is free: no guess.
    expect(row(5).remark).toBe('Fichier introuvable : submissions/engagement-05.xlsx (aucune fiche reçue).');
    expect(model.anomalies.filter((a) => issueText('fr', a.issue.message).startsWith('Fichier introuvable')).map((a) => a.commitmentId)).toEqual([3, 5]);
    const printed = await cli('consolidate', '--config', join(copy.dir, 'committee.yaml'), '--now', '2019-01-07T09:00');
    expect(printed.stdout).toContain('Engagement n° 3 : fichier introuvable : submissions/engagment-03.xlsx — vouliez-vous dire submissions/engagement-03.xlsx ?');
  }); // prettier-ignore
});

describe('a template sent back untouched', () => {
  it('is `missing` even when an earlier version kept it as a reading', async () => {
    const loaded = await exampleCopy('untouched-kept');
    // What an earlier version stored: commitment 12's untouched template, read as a sheet.
    const [twelve] = await validateFiles([join(loaded.dir, 'submissions', 'engagement-12.xlsx')], loaded.config, DAY1);
    await new LocalStore(join(loaded.dir, 'out')).saveReading({
      version: 1, commitmentId: 12, source: 'submissions/engagement-12.xlsx', readAt: DAY1.toISOString(), submittedOn: '2019-01-07',
      modifiedAt: DAY1.toISOString(), contentHash: 'x'.repeat(64), reading: twelve!.reading!,
    }); // prettier-ignore
    const { model } = await consolidate(loaded.config, { now: DAY2, baseDir: loaded.dir });
    const row = model.dashboard.find((d) => d.id === 12)!;
    expect([row.status, row.lastUpdate, row.errors, row.remark]).toEqual(['missing', null, 0, "Le modèle pré-rempli n'a pas encore été complété : aucune fiche reçue."]);
  }); // prettier-ignore
});

describe('« Dernière mise à jour »', () => {
  it('is the day a version was first dated, never each day it is read again', async () => {
    const loaded = await copyExample(join(root, 'dated'), (t) => t.replace('submissionDate: declared', 'submissionDate: modified'));
    // A file whose modification time is ahead of the day evaluated (here, a run in 2019).
    const file = join(loaded.dir, 'submissions', 'engagement-03.xlsx');
    await utimes(file, new Date('2026-11-26T10:00:00Z'), new Date('2026-11-26T10:00:00Z'));
    const first = await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir });
    const second = await consolidate(loaded.config, { now: DAY2, baseDir: loaded.dir });
    const day = (r: typeof first) => r.model.dashboard.find((d) => d.id === 3)!.lastUpdate;
    expect([day(first), day(second)]).toEqual(['2019-01-07', '2019-01-07']);
  }); // prettier-ignore
});

describe('nothing lost', () => {
  it('keeps the last good rows of a deleted or corrupted submission, dated, and flags the source', async () => {
    const loaded = await exampleCopy('stale');
    await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir });
    await unlink(join(loaded.dir, 'submissions', 'engagement-03.xlsx'));
    await writeFile(join(loaded.dir, 'submissions', 'engagement-07.xlsx'), 'PK\u0003\u0004 abîmé');

    const { summary } = await consolidate(loaded.config, { now: DAY2, baseDir: loaded.dir });
    expect(summary).toMatchObject({ stale: 2, actions: 49, milestones: 30, errors: 21 });
    const master = await readMaster(summary.master);
    const dashboard = sheetValues(master.getWorksheet('Tableau de bord')!).slice(1);
    const remark = columnOf(master.getWorksheet('Tableau de bord')!, 'Remarque') - 1;
    expect(dashboard[3]![4]).toBe('À corriger');
    expect(dashboard[3]![remark]).toMatch(/^Source illisible aujourd'hui \(fichier introuvable : submissions\/engagement-03\.xlsx\) : données de la lecture du 07\/01\/2019\.$/);
    expect(dashboard[7]![remark]).toMatch(/corrompu.*données de la lecture du 07\/01\/2019/);

    const actions = master.getWorksheet('Actions de communication')!;
    const readOn = columnOf(actions, 'Lu le') - 1;
    const rows = sheetValues(actions).slice(1);
    expect(rows.filter((r) => r[0] === 3).map((r) => r[readOn])).toEqual(Array(4).fill(new Date('2019-01-07T00:00:00Z')));
    expect(rows.filter((r) => r[0] === 1).map((r) => r[readOn])).toEqual(Array(3).fill(new Date('2019-01-08T00:00:00Z')));

    const anomalies = sheetValues(master.getWorksheet('Anomalies')!).slice(1);
    expect(anomalies.filter((r) => r[4] === 'file-unreadable').map((r) => [r[0], r[6]])).toEqual([
      [3, 'Fichier introuvable : submissions/engagement-03.xlsx'],
      [5, 'Fichier introuvable : submissions/engagement-05.xlsx'],
      [7, expect.stringMatching(/corrompu ou incomplet/)],
      [17, expect.stringMatching(/CSV/)],
    ]);
  }); // prettier-ignore

  it('leaves the previous master intact when the new one cannot be written', async () => {
    const loaded = await exampleCopy('write-failure');
    const { summary } = await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir });
    const before = await readFile(summary.master);
    // The temporary file's path is taken by a folder: the write fails before any rename.
    await mkdir(`${summary.master}.${process.pid}.tmp`);
    await expect(
      consolidate(loaded.config, { now: DAY2, baseDir: loaded.dir }),
    ).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(/le précédent est intact/),
    });
    expect((await readFile(summary.master)).equals(before)).toBe(true);
    recordFigures({
      scenario: 'master write failed: the previous one intact',
      faults: 1,
      rowsLost: 0,
    });
  });
});

describe('user text in the master', () => {
  it('comes out as plain text: no formula, no markup', async () => {
    const loaded = await exampleCopy('inert');
    const commitment = loaded.config.commitments.find((c) => c.id === 3)!;
    const workbook = buildTemplateWorkbook({
      // The focal point wrote over the example row.
      exampleRow: false,
      committeeName: 'x',
      planName: 'y',
      plan: loaded.config.plan,
      charter: loaded.config.charter,
      currency: loaded.config.committee.currency,
      commitment,
    });
    const hostile = ['=HYPERLINK("https://evil.example","clic")', '+212 5 37 00 00 00', '-2+3', '@SUM(A1:A9)', '<script>alert("x")</script><b>gras</b>'];
    const ws = workbook.getWorksheet(SHEET_NAMES.actions)!;
    const col = (field: string) => ACTION_COLUMNS.findIndex((c) => c.field === field) + 1;
    hostile.forEach((text, i) => {
      ws.getCell(i + 2, col('ref')).value = `A${i + 1}`;
      ws.getCell(i + 2, col('type')).value = 'Atelier';
      ws.getCell(i + 2, col('title')).value = text;
      ws.getCell(i + 2, col('comment')).value = text;
      ws.getCell(i + 2, col('plannedDate')).value = new Date('2019-03-01T00:00:00Z');
    });
    await writeWorkbookFile(workbook, commitment.source?.kind === 'xlsx' ? commitment.source.path : '');
    const { summary } = await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir });

    const master = await readMaster(summary.master);
    const actions = master.getWorksheet('Actions de communication')!;
    const titles = sheetValues(actions).filter((r) => r[0] === 3).map((r) => r[columnOf(actions, 'Intitulé') - 1]);
    expect(titles).toEqual(hostile);
    // No formula anywhere in the workbook's XML.
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await readFile(summary.master));
    const sheets = Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'));
    for (const name of sheets) expect(await zip.file(name)!.async('string'), name).not.toMatch(/<f[ >]/);
    const anomalies = sheetValues(master.getWorksheet('Anomalies')!).filter((r) => r[0] === 3).map((r) => r[4]);
    expect(anomalies.filter((c) => c === 'dangerous-content')).toHaveLength(8); // four starts × two text columns
  }); // prettier-ignore
});

describe('ogp-tracker consolidate', () => {
  it('prints the JSON summary (docs/command-line.md) and exits 1 when errors were found', async () => {
    const loaded = await exampleCopy('cli');
    const { code, stdout } = await cli(
      'consolidate',
      '--config',
      loaded.file,
      '--now',
      '2019-01-07T09:00',
      '--json',
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      master: join(loaded.dir, 'out', 'suivi-consolide.xlsx'),
      commitments: 18,
      actions: 49,
      milestones: 30,
      errors: 19,
      warnings: 8,
      sent: 0,
      received: 10,
      toFix: 6,
      toUpdate: 0,
      missing: 2,
      late: 0,
    });
    const human = await cli('consolidate', '--config', loaded.file, '--now', '2019-01-07T09:00');
    expect(human.stdout).toMatch(
      /18 engagements : 10 fiches reçues, 6 à corriger, 0 à mettre à jour, 2 manquantes ; 0 en retard\./,
    );
    expect(human.stderr).toBe(''); // no progress bar when stderr is not a terminal
  });

  it('shows a progress bar on a terminal', async () => {
    const loaded = await exampleCopy('tty');
    let stderr = '';
    const argv = ['consolidate', '--config', loaded.file, '--now', '2019-01-07T09:00'];
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => {
        stderr += t;
      },
      interactive: true,
    };
    expect(await runCli(argv, io)).toBe(1);
    expect(stderr).toContain('\rLecture des fiches [#');
    expect(stderr).toContain('] 18/18');
    stderr = '';
    expect(await runCli([...argv, '--quiet'], io)).toBe(1);
    expect(stderr).toBe('');
  });
});

describeWithLibreOffice('the master in a real spreadsheet program', () => {
  it('converts to PDF with LibreOffice without error', async () => {
    const loaded = await exampleCopy('pdf');
    const { summary } = await consolidate(loaded.config, { now: DAY1, baseDir: loaded.dir });
    const out = join(root, 'pdf-out');
    await mkdir(out, { recursive: true });
    await convertWithLibreOffice([summary.master], out, 'pdf');
    const pdf = await readFile(join(out, 'suivi-consolide.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});
