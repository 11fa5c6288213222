/**
 * The committee workbook's changes are history: a roster changed between two runs shows in the
 * master's « Historique du comité » sheet and in the secretariat's pre-meeting report (a real
 * .xlsx changed on disk, the master read back with exceljs, the report received by a real SMTP
 * server). And who may change a Google Sheet roster decides who is a known sender: a version
 * whose sharing Drive does not show this account is refused (the loopback Drive).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { readXlsxFile } from '../../src/adapters/xlsx/reader.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { plannedSends } from '../../src/core/schedule.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { countryExampleCopy } from '../helpers/example-copy.js';
import { spreadsheetOf, startFakeGoogle, type FakeGoogle } from '../helpers/fake-google.js';
import { asWrittenIn } from '../helpers/roster-as-written.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { writeRosterProject } from '../helpers/roster-project.js';

let root: string;
let example: CommitteeConfig;
let exampleYaml: string;
let smtp: TestSmtp;
let google: FakeGoogle;
let serial = 0;
const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-roster-history-'));
  // Morocco's example as it ships (its people and plan in YAML or in its workbook), in a copy.
  exampleYaml = join(await countryExampleCopy(root, 'maroc-2019'), 'committee.yaml');
  example = (await loadCommitteeConfig(exampleYaml, { alert: false })).config;
  smtp = await startSmtp();
  google = await startFakeGoogle();
}, 60_000);
afterAll(async () => {
  await smtp.close();
  await google.close();
  await rm(root, { recursive: true, force: true });
});

/** committee.yaml's technical settings (the example's) naming `roster`, in a folder of its own. */
async function project(roster: Record<string, string>): Promise<string> {
  const dir = join(root, `p${++serial}`);
  await writeRosterProject(dir, { from: exampleYaml, roster });
  return dir;
}

/** The configuration with commitment `id`'s focal point replaced. */
const withFocal = (config: CommitteeConfig, id: number, name: string, email: string): CommitteeConfig => ({
  ...config,
  commitments: config.commitments.map((c) => (c.id === id ? { ...c, focalPoint: { ...c.focalPoint, name, email } } : c)),
}); // prettier-ignore

async function writeRoster(path: string, config: CommitteeConfig, day: string): Promise<void> {
  await writeRosterFile(path, asWrittenIn(config, join(exampleYaml, '..')));
  const time = new Date(`${day}T09:00:00Z`);
  await utimes(path, time, time);
}

/** A sheet's rows below its header, each cell's text ('' for an empty one). */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
    rows.push(
      values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
    );
  });
  return rows;
}

describe('the roster’s changes as history', () => {
  it('shows a change between two runs in the master and, since the last meeting, in the pre-meeting report', async () => {
    const dir = await project({ workbook: 'comite.xlsx' });
    const yaml = join(dir, 'committee.yaml');
    const workbook = join(dir, 'comite.xlsx');
    const load = (now: string) => loadCommitteeConfig(yaml, { now: new Date(now), alert: false });
    await writeRoster(workbook, example, '2019-03-01');
    await load('2019-03-01T10:00:00Z');
    // Before the 7 March meeting: in the master's history, not in the next meeting's report.
    const before = withFocal(example, 2, 'Karim Bennani', 'k.bennani@example.org');
    await writeRoster(workbook, before, '2019-03-05');
    await load('2019-03-05T10:00:00Z');
    // After it: a new focal point for commitment 5.
    await writeRoster(workbook, withFocal(before, 5, 'Nadia Alaoui', 'nadia.alaoui@example.org'), '2019-03-12');
    const loaded = await load('2019-03-12T10:00:00Z');
    expect(loaded.roster?.accepted).toHaveLength(1);

    // The report before the 2 May meeting.
    const report = plannedSends(loaded.config, '2019-03-13', '2019-05-02').find((s) => s.kind === 'report-meeting');
    expect(report?.meeting?.date).toBe('2019-05-02');
    const summary = await runCalendar(loaded.config, {
      command: 'report',
      now: at(`${report!.day}T${report!.time}`),
      smtpUrl: smtp.url,
      baseDir: dir,
    });
    expect(summary.emails.filter((e) => e.kind === 'report-meeting')).toHaveLength(1);

    const sent = smtp.received.find((r) => r.mail.subject?.startsWith('Synthèse avant la réunion') || r.mail.text?.includes('au classeur du comité'));
    expect(sent?.envelope).toEqual(example.secretariat.emails);
    const text = sent!.mail.text ?? '';
    expect(text).toContain('1 changement apporté au classeur du comité (personnes, réunions, plan) depuis la dernière réunion :');
    expect(text).toContain('Engagement 5 : point focal Samira Chraibi (samira.chraibi@example.org) → Nadia Alaoui (nadia.alaoui@example.org) — modification du 12/03/2019');
    expect(text).not.toContain('k.bennani@example.org'); // before the 7 March meeting
    expect(sent!.mail.html).toContain('Engagement 5 : point focal Samira Chraibi (samira.chraibi@example.org) → Nadia Alaoui (nadia.alaoui@example.org)');

    // The master: every change, newest first, with its day.
    const files = await readdir(join(dir, 'out'));
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(join(dir, 'out', files.find((f) => f.endsWith('.xlsx') && f.startsWith('suivi'))!));
    const history = master.getWorksheet('Historique du comité');
    expect(history?.getRow(1).values).toEqual([undefined, 'Jour du changement', 'Changement', 'Modifié par']);
    expect(rowsOf(history!)).toEqual([
      ['2019-03-12', 'Engagement 5 : point focal Samira Chraibi (samira.chraibi@example.org) → Nadia Alaoui (nadia.alaoui@example.org)', ''],
      ['2019-03-05', 'Engagement 2 : adresse de Karim Bennani karim.bennani@example.org → k.bennani@example.org', ''],
    ]);
    expect(history?.pageSetup).toMatchObject({ orientation: 'landscape' });
  }, 120_000); // prettier-ignore
});

describe('a refused roster on the command line', () => {
  it('is said with each problem, the last accepted version in use', async () => {
    const dir = await project({ workbook: 'comite.xlsx' });
    const yaml = join(dir, 'committee.yaml');
    const workbook = join(dir, 'comite.xlsx');
    await writeRoster(workbook, example, '2019-03-01');
    await loadCommitteeConfig(yaml, { now: new Date('2019-03-01T10:00:00Z'), alert: false });
    await writeRoster(workbook, withFocal(example, 5, 'Nadia Alaoui', 'nadia.alaoui-example.org'), '2019-03-12');
    const run = await cli('consolidate', '--config', yaml, '--dry-run', '--now', '2019-03-12T10:00');
    // The workbook as committee.yaml names it, not where this machine keeps it.
    expect(run.stderr).toContain('Attention (classeur du comité) : la dernière version de comite.xlsx n’est pas appliquée (1 problème) ; la dernière version acceptée (modifiée le 01/03/2019) reste en service.');
    expect(run.stderr).not.toContain(dir);
    expect(run.stderr).toMatch(/\n {2}Feuille « .+ », cellule [A-Z]+\d+ : .*nadia\.alaoui-example\.org/);
  }, 60_000); // prettier-ignore
});

describe('a Google Sheet roster whose sharing this account cannot see', () => {
  /** The example's workbook as a Google Sheet on the loopback server, shared as `sharing`. */
  async function sheet(id: string, config: CommitteeConfig, modifiedTime: string, seen: 'get' | 'list' | 'none') {
    const path = join(root, `${id}-${modifiedTime.slice(0, 10)}.xlsx`);
    await writeRosterFile(path, asWrittenIn(config, join(exampleYaml, '..')));
    const read = await readXlsxFile(path);
    if (!read.ok) throw new Error('unreadable');
    google.spreadsheets.set(id, {
      ...spreadsheetOf(read.workbook),
      modifiedTime,
      lastModifyingUser: { displayName: 'Samira Chraibi', emailAddress: 's.chraibi@example.org' },
      sharing: { permissions: [{ type: 'user', role: 'owner' }, { type: 'user', role: 'writer' }], seen },
    });
  } // prettier-ignore

  it('is refused, saying to share it with the service account as Editor, and accepted at the next run once shared', async () => {
    await sheet('roster-unknown', example, '2019-03-01T09:00:00.000Z', 'get');
    const dir = await project({ sheet: 'roster-unknown' });
    const yaml = join(dir, 'committee.yaml');
    const options = { google: google.clients(), now: new Date('2019-03-01T10:00:00Z'), alert: false };
    await loadCommitteeConfig(yaml, options);

    // A new version, and the account now a reader: Drive shows it neither permissions nor their list.
    await sheet('roster-unknown', withFocal(example, 5, 'Intrus', 'intrus@example.com'), '2019-03-12T09:00:00.000Z', 'none');
    const refused = await loadCommitteeConfig(yaml, options);
    expect(refused.config.commitments.find((c) => c.id === 5)?.focalPoint.email).toBe('samira.chraibi@example.org');
    expect(refused.roster?.refused?.problems).toEqual([
      expect.stringMatching(/^Le compte de service ne voit pas qui peut modifier ce classeur Google Sheets.*Partagez le classeur avec ce compte comme « Éditeur »/),
    ]);

    // Shared as Editor: the file keeps its modifiedTime (sharing is no edit), and is accepted.
    google.spreadsheets.get('roster-unknown')!.sharing!.seen = 'get';
    const accepted = await loadCommitteeConfig(yaml, options);
    expect(accepted.roster?.refused).toBeUndefined();
    expect(accepted.config.commitments.find((c) => c.id === 5)?.focalPoint.email).toBe('intrus@example.com');

    // Accepted: the next unchanged run costs one Drive call again.
    google.log.length = 0;
    expect((await loadCommitteeConfig(yaml, options)).roster?.read).toBe(false);
    expect(google.log.map((l) => l.api)).toEqual(['drive']);
  }, 60_000); // prettier-ignore

  it('is accepted in a shared drive, where Drive lists the permissions instead', async () => {
    await sheet('roster-shared-drive', example, '2019-03-01T09:00:00.000Z', 'list');
    const dir = await project({ sheet: 'roster-shared-drive' });
    const loaded = await loadCommitteeConfig(join(dir, 'committee.yaml'), {
      google: google.clients(),
      alert: false,
    });
    expect(loaded.roster).toMatchObject({ read: true });
    expect(loaded.roster?.refused).toBeUndefined();
  }, 60_000);
});
