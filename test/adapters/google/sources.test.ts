import { render } from '../../../src/core/catalogue/render.js';
import { unreadableMessage } from '../../../src/core/failure-message.js';
import { issueText } from '../../../src/core/issue-message.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordFigures } from '../../../scripts/chaos-figures.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile, parseConfigText } from '../../../src/adapters/config/committee-file.js';
import type { GoogleClients } from '../../../src/adapters/google/api.js';
import { listSpreadsheets } from '../../../src/adapters/sources/drive-folder.js';
import { readDriveXlsx as readDriveFile } from '../../../src/adapters/sources/drive-xlsx.js';
import { readGoogleSheet as readSheet } from '../../../src/adapters/sources/google-sheet.js';
import { SUBMISSION_SHEETS, submissionsByCommitment } from '../../../src/core/submission-sheets.js';
import { exampleConfigPath } from '../../../src/adapters/local/package-files.js';
import { commitmentNumberInName } from '../../../src/core/file-names.js';
import { readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import type { RawWorkbook } from '../../../src/core/cells.js';
import type { CommitteeConfig } from '../../../src/core/config-schema.js';
import { validateSubmission } from '../../../src/core/validate-submission.js';
import { consolidate } from '../../../src/jobs/consolidate.js';
import { EXAMPLE_DIR, EXAMPLE_ONE_FILE } from '../../helpers/example-copy.js';
import {
  startFakeGoogle,
  spreadsheetOf,
  type FakeGoogle,
  type FakeSpreadsheet,
} from '../../helpers/fake-google.js';

const SUBMISSIONS = join(EXAMPLE_DIR, 'submissions');

/** A submission's Google Sheet, read through the spreadsheet port's reader. */
const readGoogleSheet = (clients: GoogleClients, id: string) =>
  readSheet(clients, id, { sheets: SUBMISSION_SHEETS });
/** A submission's .xlsx file in Drive, read through the spreadsheet port's reader. */
const readDriveXlsx = (clients: GoogleClients, id: string) =>
  readDriveFile(clients, id, undefined, { sheets: SUBMISSION_SHEETS });
/** The submissions of a Drive folder, by commitment. */
async function discoverSubmissions(clients: GoogleClients, folderId: string) {
  const listing = await listSpreadsheets(clients, folderId);
  if (!listing.ok) throw new Error(`unlisted: ${listing.failure.kind}`);
  return submissionsByCommitment(listing.files);
}
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

/** An example submission as a Google Sheet holds it: values, and the number formats shown. */
async function asSpreadsheet(file: string): Promise<Pick<FakeSpreadsheet, 'sheets' | 'formats'>> {
  const read = await readXlsxFile(join(SUBMISSIONS, file));
  if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
  return spreadsheetOf(read.workbook, (sheet) => !sheet.hidden && sheet.name !== "Mode d'emploi");
}

const context = (id: number) => ({
  charter: config.charter,
  currency: config.committee.currency,
  plan: config.plan,
  today: '2019-01-07',
  expectedCommitmentId: id,
});

function tuples(workbook: RawWorkbook, id: number) {
  const reading = validateSubmission(workbook, context(id));
  return {
    issues: reading.issues.map((i) => [i.sheet, i.cell, i.code, issueText('fr', i.message)]),
    actions: reading.actions,
    milestones: reading.milestones,
  };
}

describe('a Google Sheet and an .xlsx file with the same content', () => {
  it.each([1, 3, 7, 10, 11, 12, 14, 16, 18])('give the same issues and rows (engagement %i)', async (id) => {
    const file = `engagement-${String(id).padStart(2, '0')}.xlsx`;
    google.spreadsheets.set(`sheet-${id}`, { ...(await asSpreadsheet(file)), modifiedTime: '2019-01-07T08:00:00.000Z' });
    const clients = google.clients();
    const fromSheets = await readGoogleSheet(clients, `sheet-${id}`);
    const fromFile = await readXlsxFile(join(SUBMISSIONS, file));
    if (!fromSheets.ok || !fromFile.ok) throw new Error('unreadable');
    expect(tuples(fromSheets.workbook, id)).toEqual(tuples(fromFile.workbook, id));
    expect(fromSheets.modifiedAt.toISOString()).toBe('2019-01-07T08:00:00.000Z');
    // One Sheets request, each cell's value and how it shows (two more only where a template sheet is missing: engagement 16).
    expect(google.log.filter((r) => r.api === 'sheets')).toHaveLength(id === 16 ? 3 : 1);
    expect(google.log.filter((r) => r.api === 'drive')).toHaveLength(1);
  }); // prettier-ignore

  it('reads unformatted values: serial dates, cell errors', async () => {
    google.spreadsheets.set('s', {
      modifiedTime: '2019-01-07T08:00:00Z',
      sheets: {
        Engagement: [['N° engagement', 3]],
        'Actions de communication': [['Réf.', 'Intitulé', 'Date prévue', 'Budget (MAD)'], ['A1', 'Atelier', 43474, '#REF!']],
        Jalons: [['Réf. jalon', 'Jalon', 'Avancement (%)'], ['J1', 'Référentiel', 45]],
      },
    });
    const read = await readGoogleSheet(google.clients(), 's');
    if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
    const reading = validateSubmission(read.workbook, context(3));
    expect(reading.actions[0]?.plannedDate).toBe('2019-01-09');
    expect(reading.issues.filter((i) => i.cell === 'D2').map((i) => [i.code, issueText('fr', i.message)])).toEqual([
      ['formula-without-value', "D2 (Budget en MAD) : la cellule renvoie l'erreur #REF! : saisissez la valeur elle-même, ou recalculez et enregistrez le fichier."],
    ]);
  }); // prettier-ignore

  // A cell showing 100 % holds 1 (UNFORMATTED_VALUE): only what it shows tells a percentage.
  it.each([
    ['45 % (0.45, percent format)', 0.45, '0%', 45],
    ['100 % (1, percent format)', 1, '0%', 100],
    ['0 % (0, percent format)', 0, '0%', 0],
    ['12,5 % (0.125, format 0.0%)', 0.125, '0.0%', 12.5],
    ['45 typed as a number', 45, undefined, 45],
    ['0.45 typed as a number, shown 0.45', 0.45, undefined, 0.45],
    ['"45 %" typed as text', '45 %', undefined, 45],
  ])('reads a progress of %s as people see it', async (_, value, format, expected) => {
    google.spreadsheets.set('p', {
      modifiedTime: '2019-01-07T08:00:00Z',
      sheets: { Engagement: [['N° engagement', 3]], 'Actions de communication': [['Réf.']], Jalons: [['Réf. jalon', 'Jalon', 'Avancement (%)'], ['J1', 'Référentiel', value]] },
      formats: { Jalons: [[], [undefined, undefined, format]] },
    });
    const read = await readGoogleSheet(google.clients(), 'p');
    if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
    expect(validateSubmission(read.workbook, context(3)).milestones.map((m) => m.progress)).toEqual([expected]);
  }); // prettier-ignore
});

describe('faults and access', () => {
  const sheetIds = [3, 7, 11, 14];
  async function googleConfig(): Promise<CommitteeConfig> {
    for (const id of sheetIds) {
      google.spreadsheets.set(`sheet-${id}`, {
        ...(await asSpreadsheet(`engagement-${String(id).padStart(2, '0')}.xlsx`)),
        modifiedTime: '2019-01-06T10:00:00Z',
      });
    }
    const text = (await readFile(EXAMPLE_ONE_FILE, 'utf8')).replace(
      /source: \{ kind: xlsx, path: submissions\/engagement-(\d\d)\.xlsx \}/g,
      (line, n: string) => (sheetIds.includes(Number(n)) ? `source: { kind: google-sheet, spreadsheetId: sheet-${Number(n)} }` : line),
    );
    return parseConfigText(text.replace('dir: ./out', `dir: ${join(root, `out-${Math.random()}`)}`), join(EXAMPLE_DIR, 'committee.yaml')).config;
  } // prettier-ignore

  it('reads every spreadsheet with one Sheets request', async () => {
    const { summary, model } = await consolidate(await googleConfig(), { now: new Date('2019-01-07T08:00:00Z'), google: google.clients() });
    const sheetsRequests = google.log.filter((r) => r.api === 'sheets').map((r) => r.path.split('?')[0]?.split('/')[3]);
    expect(sheetsRequests.sort()).toEqual(['sheet-11', 'sheet-14', 'sheet-3', 'sheet-7'].sort());
    expect(summary).toMatchObject({ actions: 49, milestones: 30, errors: 19, warnings: 8 });
    expect(model.anomalies.find((a) => a.commitmentId === 14)?.link).toBe(
      `https://docs.google.com/spreadsheets/d/sheet-14/edit#range=${encodeURIComponent("'Actions de communication'!F2")}`,
    );
  }); // prettier-ignore

  it('survives 429 (with and without Retry-After), 500, time-outs and dropped connections, losing nothing', async () => {
    const cfg = await googleConfig();
    google.faults.push(
      { match: /v4\/spreadsheets\/sheet-3$/, status: 429, retryAfter: '1' },
      { match: /v4\/spreadsheets\/sheet-7$/, status: 429, times: 2 },
      { match: /v4\/spreadsheets\/sheet-11$/, status: 500 },
      { match: /v4\/spreadsheets\/sheet-14$/, drop: true },
      { match: /files\/sheet-7$/, status: 503 },
      { match: /v4\/spreadsheets\/sheet-11$/, hang: true },
    );
    const started = Date.now();
    const { summary } = await consolidate(cfg, { now: new Date('2019-01-07T08:00:00Z'), google: google.clients({}, 300) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950); // Retry-After: 1 was honoured
    expect(summary).toMatchObject({ actions: 49, milestones: 30, errors: 19, warnings: 8, stale: 0 });
    expect(google.log.filter((r) => r.api === 'sheets')).toHaveLength(4 + 6);
    const journal = JSON.parse(await readFile(join(cfg.storage.state.kind === 'local' ? cfg.storage.state.dir : '', 'state', 'journal.json'), 'utf8'));
    expect(journal[0].apiRequests).toBe(google.log.length);
    recordFigures({ scenario: 'Google 429, 500, 503, a time-out and a dropped connection', faults: 7, rowsLost: 49 + 30 - summary.actions - summary.milestones });
  }); // prettier-ignore

  const SA = 'ogp-tracker@comite-ogp.iam.gserviceaccount.com';
  // Google tells these apart by reason, not by status, and each API its own way.
  it.each([
    ['Drive: a spreadsheet not shared answers 404 notFound', { match: /files\/sheet-7$/, status: 404, reason: 'notFound' }, `La feuille Google sheet-7 est introuvable, ou pas partagée avec ${SA} : vérifiez son identifiant et partagez-la avec cette adresse.`],
    ['Sheets: 403 PERMISSION_DENIED', { match: /v4\/spreadsheets\/sheet-7$/, status: 403 }, `La feuille Google sheet-7 n'est pas partagée avec ${SA} : partagez-la avec cette adresse (lecture seule suffit).`],
    ['Drive: 403 insufficientFilePermissions', { match: /files\/sheet-7$/, status: 403, reason: 'insufficientFilePermissions' }, `La feuille Google sheet-7 n'est pas partagée avec ${SA} : partagez-la avec cette adresse (lecture seule suffit).`],
    ['Drive: 403 userRateLimitExceeded, every time', { match: /files\/sheet-7$/, status: 403, reason: 'userRateLimitExceeded' }, 'La feuille Google sheet-7 : quota de requêtes Google dépassé après 6 tentatives ; nouvel essai au prochain passage.'],
  ] as const)('%s: says what to do, for that commitment only', async (_, fault, message) => {
    const cfg = await googleConfig();
    google.faults.push({ ...fault, times: 99 });
    const { model, summary } = await consolidate(cfg, { now: new Date('2019-01-07T08:00:00Z'), google: google.clients({ maxDelayMs: 5 }) });
    const anomaly = model.anomalies.find((a) => a.commitmentId === 7);
    expect(anomaly?.issue.code).toBe('file-unreadable');
    expect(anomaly && issueText('fr', anomaly.issue.message)).toBe(message);
    expect(summary.actions).toBe(49 - 3);
    expect(model.dashboard.find((d) => d.id === 3)?.status).toBe('received');
  }); // prettier-ignore

  it('says a Google Sheet declared as an .xlsx file in Drive is a Google Sheet (fileNotDownloadable)', async () => {
    google.spreadsheets.set('sheet-9', {
      sheets: { Engagement: [['N° engagement', 9]] },
      modifiedTime: '2019-01-07T08:00:00Z',
    });
    const read = await readDriveXlsx(google.clients(), 'sheet-9');
    expect(read.ok === false && render('fr', unreadableMessage(read.failure))).toBe(
      'Le fichier Drive sheet-9 est une feuille Google, pas un fichier .xlsx : déclarez-la avec source: { kind: google-sheet, spreadsheetId: … }.',
    );
  });

  it('gives up after the configured retries with a clear message', async () => {
    google.spreadsheets.set('s', {
      sheets: { Engagement: [] },
      modifiedTime: '2019-01-07T08:00:00Z',
    });
    google.faults.push({ match: /^\/v4\/spreadsheets\/s$/, status: 503, times: 99 });
    const read = await readGoogleSheet(google.clients({ maxRetries: 2 }), 's');
    expect(read.ok === false && render('fr', unreadableMessage(read.failure))).toBe(
      'La feuille Google s : Google indisponible (HTTP 503) après 3 tentatives ; nouvel essai au prochain passage.',
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
    ['compromiso-03.xlsx', 3],
    ['Compromisso nº 5', 5],
    ['commitment 12', 12],
    ['التزام 4', 4],
    ['Charte de communication', null],
    ['Rapport 2019', null],
  ])('reads the commitment number in %j', (name, id) => {
    expect(commitmentNumberInName(name)).toBe(id);
  });
});

describe('only what changed is read', () => {
  it('reads a Google Sheet again only once Drive says it changed, and re-checks the dates of one that did not', async () => {
    const cfg = await (async () => {
      for (const id of [3, 7]) {
        google.spreadsheets.set(`sheet-${id}`, { ...(await asSpreadsheet(`engagement-0${id}.xlsx`)), modifiedTime: '2019-01-06T10:00:00.000Z' });
      }
      const text = (await readFile(EXAMPLE_ONE_FILE, 'utf8')).replace(
        /source: \{ kind: xlsx, path: submissions\/engagement-0([37])\.xlsx \}/g,
        (_, n: string) => `source: { kind: google-sheet, spreadsheetId: sheet-${n} }`,
      );
      return parseConfigText(text.replace('dir: ./out', `dir: ${join(root, `out-${Math.random()}`)}`), join(EXAMPLE_DIR, 'committee.yaml')).config;
    })();
    const sheetsReads = () => google.log.filter((r) => r.api === 'sheets').map((r) => r.path.split('?')[0]?.split('/')[3]);
    const run = (now: string) => consolidate(cfg, { now: new Date(now), google: google.clients() });

    const first = await run('2019-01-07T08:00:00Z');
    expect(sheetsReads().sort()).toEqual(['sheet-3', 'sheet-7']);

    // Nothing changed: no Sheets request at all, the same result.
    google.log.length = 0;
    const second = await run('2019-01-07T09:00:00Z');
    expect(sheetsReads()).toEqual([]);
    expect(google.log.map((r) => r.path.split('?')[0]).sort()).toEqual(['/drive/v3/files/sheet-3', '/drive/v3/files/sheet-7']);
    // The same summary, but where the files went and how long the page took to draw.
    expect(second.summary).toEqual({ ...first.summary, master: second.summary.master, page: second.summary.page, openData: second.summary.openData, pageMs: second.summary.pageMs, openDataMs: second.summary.openDataMs }); // prettier-ignore

    // One changed: only it is read.
    const seven = google.spreadsheets.get('sheet-7')!;
    seven.modifiedTime = '2019-01-07T09:30:00.000Z';
    (seven.sheets['Actions de communication'] as unknown[][]).splice(2, 1);
    google.log.length = 0;
    const third = await run('2019-01-07T10:00:00Z');
    expect(sheetsReads()).toEqual(['sheet-7']);
    expect(third.summary.actions).toBe(first.summary.actions - 1);

    // Months later, unchanged: not read, but checked as of that day (J2 ended on 30/09/2019 at 10 %).
    const late = (result: typeof third) => result.model.anomalies.filter((a) => a.commitmentId === 7 && a.issue.code === 'milestone-late').map((a) => a.issue.cell);
    expect(late(third)).toEqual(['D2']);
    google.log.length = 0;
    const fourth = await run('2019-10-07T08:00:00Z');
    expect(sheetsReads()).toEqual([]);
    expect(late(fourth)).toEqual(['D2', 'D3']);
  }, 30_000); // prettier-ignore
});
