/**
 * The committee workbook read where it lives, at every run: a real .xlsx written and changed on
 * disk, a real SMTP server for the secretariat's email, and the loopback Google server for the
 * Google Sheet form (its Drive and Sheets calls counted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { readXlsxFile } from '../../src/adapters/xlsx/reader.js';
import { message, render } from '../../src/core/catalogue/render.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { changeLine } from '../../src/core/roster/roster-changes.js';
import { sheetName } from '../../src/core/roster/roster-layout.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { spreadsheetOf, startFakeGoogle, type FakeGoogle } from '../helpers/fake-google.js';
import { asWrittenIn } from '../helpers/roster-as-written.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

import { EXAMPLE_ONE_FILE } from '../helpers/example-copy.js';
import { writeRosterProject } from '../helpers/roster-project.js';
const EXAMPLE = join(import.meta.dirname, '../../examples/maroc-2019/committee.yaml');
let root: string;
let example: CommitteeConfig;
let smtp: TestSmtp;
let google: FakeGoogle;
let serial = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-roster-'));
  example = (await loadConfigFile(EXAMPLE)).config;
  smtp = await startSmtp();
  google = await startFakeGoogle();
});
afterAll(async () => {
  await smtp.close();
  await google.close();
  await rm(root, { recursive: true, force: true });
});

/** committee.yaml's technical settings (the example's), naming the workbook instead of the people and plan. */
async function project(roster: Record<string, string>, keep: string[] = []): Promise<string> {
  // The example with its people and plan in YAML, to take out or keep.
  const dir = join(root, `p${++serial}`);
  await writeRosterProject(dir, { from: EXAMPLE_ONE_FILE, roster, keep });
  return dir;
}

const withFocal = (config: CommitteeConfig, id: number, email: string): CommitteeConfig => ({
  ...config,
  commitments: config.commitments.map((c) => (c.id === id ? { ...c, focalPoint: { ...c.focalPoint, email } } : c)),
}); // prettier-ignore
const focalOf = (config: CommitteeConfig, id: number) =>
  config.commitments.find((c) => c.id === id)?.focalPoint.email;

/** Writes a workbook and gives it a modification time of its own (a second apart). */
async function writeRoster(path: string, config: CommitteeConfig, at: number): Promise<void> {
  await writeRosterFile(path, asWrittenIn(config, join(EXAMPLE, '..')));
  await utimes(path, new Date(at), new Date(at));
}

/** Replaces one cell's text in a real .xlsx, as a person would in a spreadsheet program. */
async function replaceCell(path: string, from: string, to: string, at: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  let where = '';
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!where && cell.value === from) {
          cell.value = to;
          where = `${sheet.name}!${cell.address}`;
        }
      }),
    ),
  );
  await workbook.xlsx.writeFile(path);
  await utimes(path, new Date(at), new Date(at));
  return where;
}

describe('a committee workbook on disk', () => {
  it('gives the next run the new address, and records who replaced whom', async () => {
    const dir = await project({ workbook: 'comite.xlsx' });
    const workbook = join(dir, 'comite.xlsx');
    await writeRoster(workbook, example, Date.UTC(2019, 2, 1, 9));
    const yaml = join(dir, 'committee.yaml');
    const first = await loadCommitteeConfig(yaml, { now: new Date('2019-03-01T10:00:00Z') });
    expect(focalOf(first.config, 1)).toBe('nadia.idrissi@example.org');
    expect(first.config.mail?.from).toContain('ogp@example.org'); // committee.yaml's own settings
    expect(first.roster).toMatchObject({ read: true, accepted: [], modifiedBy: null });

    // Unchanged: not read again.
    expect((await loadCommitteeConfig(yaml)).roster).toMatchObject({ read: false, sha256: first.roster?.sha256 });

    await writeRoster(workbook, withFocal(example, 1, 'n.alaoui@example.org'), Date.UTC(2019, 2, 12, 9));
    const next = await loadCommitteeConfig(yaml, { now: new Date('2019-03-12T10:00:00Z') });
    expect(focalOf(next.config, 1)).toBe('n.alaoui@example.org');
    expect(next.roster?.accepted.map((r) => render('fr', changeLine(r)))).toEqual([
      'Engagement 1 : adresse de Nadia El Idrissi nadia.idrissi@example.org → n.alaoui@example.org — modification du 12/03/2019',
    ]);
    // Kept in the run state for the master and the report.
    const kept = JSON.parse(await readFile(join(dir, 'out', 'state', 'roster.json'), 'utf8'));
    expect(kept.changes).toHaveLength(1);
  }, 60_000); // prettier-ignore

  it('keeps the newest 500 changes of the history, so the run state stays bounded', async () => {
    const dir = await project({ workbook: 'comite.xlsx' });
    const workbook = join(dir, 'comite.xlsx');
    await writeRoster(workbook, example, Date.UTC(2019, 2, 1, 9));
    const yaml = join(dir, 'committee.yaml');
    await loadCommitteeConfig(yaml, { now: new Date('2019-03-01T10:00:00Z') });
    // A long history already kept: 500 changes of earlier versions.
    const statePath = join(dir, 'out', 'state', 'roster.json');
    const kept = JSON.parse(await readFile(statePath, 'utf8'));
    const old = Array.from({ length: 500 }, (_, i) => ({ change: message('roster-changes.commitmentAdded', { commitment: 100 + i, title: `Engagement ${i}` }), on: '2019-02-01', by: null })); // prettier-ignore
    await writeFile(statePath, JSON.stringify({ ...kept, changes: old }));
    await writeRoster(workbook, withFocal(example, 1, 'n.alaoui@example.org'), Date.UTC(2019, 2, 12, 9));
    const next = await loadCommitteeConfig(yaml, { now: new Date('2019-03-12T10:00:00Z') });
    expect(next.roster?.accepted).toHaveLength(1);
    const changes = JSON.parse(await readFile(statePath, 'utf8')).changes;
    expect(changes).toHaveLength(500);
    expect(changes[0]).toEqual(old[1]);
    expect(changes[499]).toEqual(JSON.parse(JSON.stringify(next.roster?.accepted[0])));
  }, 60_000); // prettier-ignore

  it('keeps the previous address while a cell is wrong, names its sheet and cell, and tells the secretariat once', async () => {
    const dir = await project({ workbook: 'comite.xlsx' });
    const workbook = join(dir, 'comite.xlsx');
    await writeRoster(workbook, example, Date.UTC(2019, 2, 1, 9));
    const yaml = join(dir, 'committee.yaml');
    const options = { smtpUrl: smtp.url, now: new Date('2019-03-13T10:00:00Z'), alert: true };
    await loadCommitteeConfig(yaml, options);
    const where = await replaceCell(workbook, 'nadia.idrissi@example.org', 'nadia.idrissi-example.org', Date.UTC(2019, 2, 13, 9)); // prettier-ignore
    expect(where).not.toBe('');
    const [sheet, cell] = where.split('!') as [string, string];
    const before = smtp.received.length;
    const broken = await loadCommitteeConfig(yaml, options);
    expect(focalOf(broken.config, 1)).toBe('nadia.idrissi@example.org');
    expect(broken.roster?.refused?.problems.join('\n')).toContain(`Feuille « ${sheet} », cellule ${cell}`);
    // A second run: the same version, the same email, not sent again.
    const again = await loadCommitteeConfig(yaml, options);
    expect(again.roster?.refused?.problems).toEqual(broken.roster?.refused?.problems);
    const sent = smtp.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.mail.subject).toContain('Classeur du comité à corriger');
    expect(sent[0]?.mail.text).toContain(`Feuille « ${sheet} », cellule ${cell}`);
    expect(sent[0]?.envelope).toEqual(example.secretariat.emails);
  }, 60_000); // prettier-ignore

  it('refuses a broken workbook with every problem when no version was ever accepted', async () => {
    const dir = await project({ workbook: 'comite.xlsx' });
    const workbook = join(dir, 'comite.xlsx');
    await writeRoster(workbook, example, Date.UTC(2019, 2, 1, 9));
    await replaceCell(workbook, 'karim.bennani@example.org', 'karim', Date.UTC(2019, 2, 2, 9));
    await expect(loadCommitteeConfig(join(dir, 'committee.yaml'))).rejects.toMatchObject({
      code: 'config-invalid',
      details: [expect.stringMatching(/^Feuille « .+ », cellule [A-Z]+\d+ : /)],
    });
  }, 60_000);

  it('refuses committee.yaml that still holds the people and the plan, saying in which sheet each now lives', async () => {
    const dir = await project({ workbook: 'comite.xlsx' }, ['commitments', 'meetings']);
    await writeRoster(join(dir, 'comite.xlsx'), example, Date.UTC(2019, 2, 1, 9));
    const error = await loadCommitteeConfig(join(dir, 'committee.yaml')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'config-invalid' });
    const details = (error as { details: string[] }).details;
    expect(details).toHaveLength(2);
    expect(details[0]).toMatch(/committee\.yaml:\d+:\d+ : « commitments » est tenu dans le classeur du comité \(comite\.xlsx\), feuille « .+ »/);
    expect(details[1]).toContain('« meetings »');
  }, 60_000); // prettier-ignore

  it('works as before for a committee that keeps everything in committee.yaml', async () => {
    const dir = join(root, 'yaml-only');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    await copyFile(EXAMPLE_ONE_FILE, join(dir, 'committee.yaml'));
    const loaded = await loadCommitteeConfig(join(dir, 'committee.yaml'));
    expect(loaded.roster).toBeUndefined();
    expect(loaded.config.commitments).toEqual(example.commitments.map((c) => ({ ...c, source: c.source?.kind === 'xlsx' ? { ...c.source, path: c.source.path.replace(join(import.meta.dirname, '../../examples/maroc-2019'), dir) } : c.source }))); // prettier-ignore
  });
});

describe('a committee workbook kept as a Google Sheet', () => {
  /** The example's workbook as a Google Sheet on the loopback server. */
  async function sheet(id: string, config: CommitteeConfig, modifiedTime: string) {
    const path = join(root, `${id}.xlsx`);
    await writeRosterFile(path, asWrittenIn(config, join(EXAMPLE, '..')));
    const read = await readXlsxFile(path);
    if (!read.ok) throw new Error('unreadable');
    google.spreadsheets.set(id, {
      ...spreadsheetOf(read.workbook),
      modifiedTime,
      lastModifyingUser: { displayName: 'Samira Chraibi', emailAddress: 's.chraibi@example.org' },
      sharing: { permissions: [{ type: 'user', role: 'owner' }], seen: 'get' },
    });
  }

  it('costs one Drive call and no Sheets read while unchanged, and records who changed it', async () => {
    await sheet('roster-1', example, '2019-03-01T09:00:00.000Z');
    const dir = await project({ sheet: 'roster-1' });
    const yaml = join(dir, 'committee.yaml');
    const options = { google: google.clients(), now: new Date('2019-03-01T10:00:00Z') };
    const first = await loadCommitteeConfig(yaml, options);
    expect(first.roster).toMatchObject({ read: true, modifiedBy: 'Samira Chraibi <s.chraibi@example.org>' });
    expect(focalOf(first.config, 1)).toBe('nadia.idrissi@example.org');

    google.log.length = 0;
    const unchanged = await loadCommitteeConfig(yaml, options);
    expect(unchanged.roster?.read).toBe(false);
    const calls = { drive: google.log.filter((l) => l.api === 'drive').length, sheets: google.log.filter((l) => l.api === 'sheets').length }; // prettier-ignore
    expect(calls).toEqual({ drive: 1, sheets: 0 });

    await sheet('roster-1', withFocal(example, 1, 'n.alaoui@example.org'), '2019-03-12T09:00:00.000Z');
    const next = await loadCommitteeConfig(yaml, options);
    expect(focalOf(next.config, 1)).toBe('n.alaoui@example.org');
    expect(next.roster?.accepted.map((r) => render('fr', changeLine(r)))).toEqual([
      'Engagement 1 : adresse de Nadia El Idrissi nadia.idrissi@example.org → n.alaoui@example.org — modification du 12/03/2019, par Samira Chraibi',
    ]);
  }, 60_000); // prettier-ignore

  it('asks Sheets for the roster’s sheets only, and refuses a roster sheet past the read budget as too large, the last version running', async () => {
    const big = (rows: number) => Array.from({ length: rows }, (_, r) => Array.from({ length: 52 }, (_, c) => r * 52 + c));
    await sheet('roster-big', example, '2019-03-01T09:00:00.000Z');
    const spreadsheet = google.spreadsheets.get('roster-big')!;
    // Two sheets of 6,000 × 52 cells beside the roster's: never asked for.
    spreadsheet.sheets = { ...spreadsheet.sheets, Brouillon: big(6_000), Archive: big(6_000) };
    const dir = await project({ sheet: 'roster-big' });
    const yaml = join(dir, 'committee.yaml');
    const options = { google: google.clients(), now: new Date('2019-03-01T10:00:00Z') };
    google.log.length = 0;
    const first = await loadCommitteeConfig(yaml, options);
    expect(first.roster?.refused).toBeUndefined();
    const grids = google.log.filter((l) => l.api === 'sheets' && l.path.includes('includeGridData=true'));
    expect(grids).toHaveLength(1);
    const asked = new URL(`http://x${grids[0]!.path}`).searchParams.getAll('ranges').map((r) => r.replace(/^'(.*)'!.*$/, '$1'));
    expect(asked).toEqual(expect.arrayContaining([sheetName('fr', 'commitments'), sheetName('fr', 'people'), sheetName('fr', 'meetings')]));
    expect(asked).not.toContain('Brouillon');
    expect(asked).not.toContain('Archive');

    // A roster sheet itself of 6,000 × 52 cells: refused as too large, said to the person.
    spreadsheet.sheets = { ...spreadsheet.sheets, [sheetName('fr', 'milestones')]: big(6_000) };
    spreadsheet.modifiedTime = '2019-03-05T09:00:00.000Z';
    const refused = await loadCommitteeConfig(yaml, options);
    expect(focalOf(refused.config, 1)).toBe('nadia.idrissi@example.org');
    expect(refused.roster?.refused?.problems).toEqual([expect.stringContaining('illisible : le classeur a plus de 250\u202f000 cellules remplies')]);
  }, 60_000); // prettier-ignore

  it('refuses a sheet anyone with the link may edit, and keeps the last accepted version', async () => {
    await sheet('roster-2', example, '2019-03-01T09:00:00.000Z');
    const dir = await project({ sheet: 'roster-2' });
    const yaml = join(dir, 'committee.yaml');
    const options = {
      google: google.clients(),
      now: new Date('2019-03-01T10:00:00Z'),
      alert: false,
    };
    await loadCommitteeConfig(yaml, options);
    await sheet(
      'roster-2',
      withFocal(example, 1, 'intrus@example.com'),
      '2019-03-05T09:00:00.000Z',
    );
    const spreadsheet = google.spreadsheets.get('roster-2');
    if (spreadsheet) spreadsheet.sharing = { permissions: [{ type: 'user', role: 'owner' }, { type: 'anyone', role: 'writer' }], seen: 'get' }; // prettier-ignore
    const refused = await loadCommitteeConfig(yaml, options);
    expect(focalOf(refused.config, 1)).toBe('nadia.idrissi@example.org');
    expect(refused.roster?.refused?.problems).toEqual([expect.stringContaining('Toute personne disposant du lien, ou tout le monde dans l’organisation, peut modifier ce classeur')]); // prettier-ignore
  }, 60_000);
});
