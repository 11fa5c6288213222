import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordFigures } from '../../scripts/chaos-figures.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile, parseConfigText } from '../../src/adapters/config-file.js';
import {
  commitmentNumberInName,
  discoverSubmissions,
  readDriveXlsx,
  readGoogleSheet,
} from '../../src/adapters/google-sources.js';
import { exampleConfigPath } from '../../src/adapters/package-files.js';
import { readXlsxFile } from '../../src/adapters/xlsx-reader.js';
import type { RawWorkbook } from '../../src/core/cells.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { consolidate } from '../../src/jobs/consolidate.js';
import { EXAMPLE_DIR } from '../helpers/example-copy.js';
import { startFakeGoogle, toSheetsValue, type FakeGoogle } from '../helpers/fake-google.js';

const SUBMISSIONS = join(EXAMPLE_DIR, 'submissions');
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let google: FakeGoogle;
let config: CommitteeConfig;
let root: string;

beforeAll(async () => {
  config = (await loadConfigFile(exampleConfigPath())).config;
  root = await mkdtemp(join(tmpdir(), 'ogp-google-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  google = await startFakeGoogle();
});
afterEach(async () => {
  await google.close();
});

/** An example submission as the Sheets values API would return it. */
async function asSpreadsheet(file: string): Promise<Record<string, unknown[][]>> {
  const read = await readXlsxFile(join(SUBMISSIONS, file));
  if (!read.ok) throw new Error(read.issue.message);
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of read.workbook.sheets) {
    if (sheet.hidden || sheet.name === "Mode d'emploi") continue;
    sheets[sheet.name] = sheet.rows.map((row) =>
      Array.from(row, (cell) => (cell?.error ? cell.error : toSheetsValue(cell?.value))),
    );
  }
  return sheets;
}

const context = (id: number) => ({
  charter: config.charter,
  plan: config.plan,
  today: '2019-01-07',
  expectedCommitmentId: id,
});

function tuples(workbook: RawWorkbook, id: number) {
  const reading = validateSubmission(workbook, context(id));
  return {
    issues: reading.issues.map((i) => [i.sheet, i.cell, i.code, i.message]),
    actions: reading.actions,
    milestones: reading.milestones,
  };
}

describe('a Google Sheet and an .xlsx file with the same content', () => {
  it.each([1, 3, 7, 10, 11, 12, 14, 16, 18])('give the same issues and rows (engagement %i)', async (id) => {
    const file = `engagement-${String(id).padStart(2, '0')}.xlsx`;
    google.spreadsheets.set(`sheet-${id}`, { sheets: await asSpreadsheet(file), modifiedTime: '2019-01-07T08:00:00.000Z' });
    const clients = google.clients();
    const fromSheets = await readGoogleSheet(clients, `sheet-${id}`);
    const fromFile = await readXlsxFile(join(SUBMISSIONS, file));
    if (!fromSheets.ok || !fromFile.ok) throw new Error('unreadable');
    expect(tuples(fromSheets.workbook, id)).toEqual(tuples(fromFile.workbook, id));
    expect(fromSheets.modifiedAt.toISOString()).toBe('2019-01-07T08:00:00.000Z');
    // One Sheets request (two more only where a template sheet is missing: engagement 16).
    expect(google.log.filter((r) => r.api === 'sheets')).toHaveLength(id === 16 ? 3 : 1);
    expect(google.log.filter((r) => r.api === 'drive')).toHaveLength(1);
  }); // prettier-ignore

  it('reads unformatted values: serial dates, fractions of percent, cell errors', async () => {
    google.spreadsheets.set('s', {
      modifiedTime: '2019-01-07T08:00:00Z',
      sheets: {
        Engagement: [['N° engagement', 3]],
        'Actions de communication': [['Réf.', 'Intitulé', 'Date prévue', 'Budget (MAD)'], ['A1', 'Atelier', 43474, '#REF!']],
        Jalons: [['Réf. jalon', 'Jalon', 'Avancement (%)'], ['J1', 'Référentiel', 0.45], ['J2', 'Guide', 45]],
      },
    });
    const read = await readGoogleSheet(google.clients(), 's');
    if (!read.ok) throw new Error(read.issue.message);
    const reading = validateSubmission(read.workbook, context(3));
    expect(reading.actions[0]?.plannedDate).toBe('2019-01-09');
    expect(reading.milestones.map((m) => m.progress)).toEqual([45, 45]);
    expect(reading.issues.filter((i) => i.cell === 'D2').map((i) => [i.code, i.message])).toEqual([
      ['formula-without-value', "D2 (Budget (MAD)) : la cellule renvoie l'erreur #REF! : saisissez la valeur elle-même, ou recalculez et enregistrez le fichier."],
    ]);
  }); // prettier-ignore
});

describe('faults and access', () => {
  const sheetIds = [3, 7, 11, 14];
  async function googleConfig(): Promise<CommitteeConfig> {
    for (const id of sheetIds) {
      google.spreadsheets.set(`sheet-${id}`, {
        sheets: await asSpreadsheet(`engagement-${String(id).padStart(2, '0')}.xlsx`),
        modifiedTime: '2019-01-06T10:00:00Z',
      });
    }
    const text = (await readFile(exampleConfigPath(), 'utf8')).replace(
      /source: \{ kind: xlsx, path: submissions\/engagement-(\d\d)\.xlsx \}/g,
      (line, n: string) => (sheetIds.includes(Number(n)) ? `source: { kind: google-sheet, spreadsheetId: sheet-${Number(n)} }` : line),
    );
    return parseConfigText(text.replace('dir: ./out', `dir: ${join(root, `out-${Math.random()}`)}`), join(EXAMPLE_DIR, 'committee.yaml')).config;
  } // prettier-ignore

  it('reads every spreadsheet with exactly one Sheets request', async () => {
    const { summary, model } = await consolidate(await googleConfig(), { now: new Date('2019-01-07T08:00:00Z'), google: google.clients() });
    const sheetsRequests = google.log.filter((r) => r.api === 'sheets').map((r) => r.path.split('/')[3]);
    expect(sheetsRequests.sort()).toEqual(['sheet-11', 'sheet-14', 'sheet-3', 'sheet-7'].map((s) => `${s}`).sort());
    expect(summary).toMatchObject({ actions: 49, milestones: 30, errors: 20, warnings: 8 });
    expect(model.anomalies.find((a) => a.commitmentId === 14)?.link).toBe(
      `https://docs.google.com/spreadsheets/d/sheet-14/edit#range=${encodeURIComponent("'Actions de communication'!F2")}`,
    );
  }); // prettier-ignore

  it('survives 429 (with and without Retry-After), 500, time-outs and dropped connections, losing nothing', async () => {
    const cfg = await googleConfig();
    google.faults.push(
      { match: /sheet-3\/values:batchGet/, status: 429, retryAfter: '1' },
      { match: /sheet-7\/values:batchGet/, status: 429, times: 2 },
      { match: /sheet-11\/values:batchGet/, status: 500 },
      { match: /sheet-14\/values:batchGet/, drop: true },
      { match: /files\/sheet-7$/, status: 503 },
      { match: /sheet-11\/values:batchGet/, hang: true },
    );
    const started = Date.now();
    const { summary } = await consolidate(cfg, { now: new Date('2019-01-07T08:00:00Z'), google: google.clients({}, 300) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950); // Retry-After: 1 was honoured
    expect(summary).toMatchObject({ actions: 49, milestones: 30, errors: 20, warnings: 8, stale: 0 });
    expect(google.log.filter((r) => r.api === 'sheets')).toHaveLength(4 + 6);
    const journal = JSON.parse(await readFile(join(cfg.storage.state.kind === 'local' ? cfg.storage.state.dir : '', 'state', 'journal.json'), 'utf8'));
    expect(journal[0].apiRequests).toBe(google.log.length);
    recordFigures({ scenario: 'Google 429, 500, 503, a time-out and a dropped connection', faults: 7, rowsLost: 49 + 30 - summary.actions - summary.milestones });
  }); // prettier-ignore

  it('turns a 403 into "share the sheet with …" for that commitment only', async () => {
    const cfg = await googleConfig();
    google.faults.push({ match: /files\/sheet-7$/, status: 403, times: 99 });
    const { model, summary } = await consolidate(cfg, { now: new Date('2019-01-07T08:00:00Z'), google: google.clients() });
    const anomaly = model.anomalies.find((a) => a.commitmentId === 7);
    expect(anomaly?.issue.code).toBe('file-unreadable');
    expect(anomaly?.issue.message).toBe('La feuille Google sheet-7 : accès refusé. Partagez-la avec ogp-tracker@comite-ogp.iam.gserviceaccount.com (lecture seule suffit).');
    expect(summary.actions).toBe(49 - 3);
    expect(model.dashboard.find((d) => d.id === 3)?.status).toBe('Reçue');
  }); // prettier-ignore

  it('gives up after the configured retries with a clear message', async () => {
    google.spreadsheets.set('s', {
      sheets: { Engagement: [] },
      modifiedTime: '2019-01-07T08:00:00Z',
    });
    google.faults.push({ match: /values:batchGet/, status: 503, times: 99 });
    const read = await readGoogleSheet(google.clients({ maxRetries: 2 }), 's');
    expect(read.ok === false && read.issue.message).toBe(
      'La feuille Google s : Google indisponible (HTTP 503) après 3 tentative(s) ; nouvel essai au prochain passage.',
    );
  });
});

describe('Drive', () => {
  it('discovers submissions in a folder across pages and maps them by name', async () => {
    google.pageSize = 2;
    const xlsx = await readFile(join(SUBMISSIONS, 'engagement-07.xlsx'));
    google.spreadsheets.set('a', { sheets: {}, modifiedTime: '2019-01-05T00:00:00Z', name: 'Engagement 03 - Archives du Maroc', parent: 'F' });
    google.spreadsheets.set('b', { sheets: {}, modifiedTime: '2019-01-06T00:00:00Z', name: 'Engagement n°3 (copie)', parent: 'F' });
    google.files.set('c', { name: 'engagement-07.xlsx', mimeType: XLSX_MIME, content: xlsx, modifiedTime: '2019-01-06T00:00:00Z', parent: 'F' });
    google.files.set('d', { name: 'Notes de réunion.docx', mimeType: 'application/msword', content: Buffer.alloc(1), modifiedTime: '2019-01-06T00:00:00Z', parent: 'F' });
    google.spreadsheets.set('e', { sheets: {}, modifiedTime: '2019-01-06T00:00:00Z', name: 'E14 ICPC', parent: 'F' });
    google.spreadsheets.set('f', { sheets: {}, modifiedTime: '2019-01-06T00:00:00Z', name: 'Engagement 15', parent: 'AUTRE' });
    const found = await discoverSubmissions(google.clients(), 'F');
    expect([...found].sort(([a], [b]) => a - b).map(([n, f]) => [n, f.id, f.kind])).toEqual([
      [3, 'b', 'google-sheet'], // the latest of two
      [7, 'c', 'drive-file'],
      [14, 'e', 'google-sheet'],
    ]);
    expect(google.log.filter((r) => r.path.startsWith('/drive/v3/files?'))).toHaveLength(3); // 5 files, 2 a page
  }); // prettier-ignore

  it('reads an .xlsx stored in Drive with the same code as a local file', async () => {
    google.files.set('x', { name: 'engagement-14.xlsx', mimeType: XLSX_MIME, content: await readFile(join(SUBMISSIONS, 'engagement-14.xlsx')), modifiedTime: '2019-01-07T07:00:00Z' });
    const fromDrive = await readDriveXlsx(google.clients(), 'x');
    const fromFile = await readXlsxFile(join(SUBMISSIONS, 'engagement-14.xlsx'));
    if (!fromDrive.ok || !fromFile.ok) throw new Error('unreadable');
    expect(tuples(fromDrive.workbook, 14)).toEqual(tuples(fromFile.workbook, 14));
  }); // prettier-ignore

  it.each([
    ['Engagement 07 - ICPC', 7],
    ['engagement-3.xlsx', 3],
    ['ENGAGEMENT N° 14', 14],
    ['Fiche E07 ICPC', 7],
    ['eng_18', 18],
    ['Charte de communication', null],
    ['Rapport 2019', null],
  ])('reads the commitment number in %j', (name, id) => {
    expect(commitmentNumberInName(name)).toBe(id);
  });
});
