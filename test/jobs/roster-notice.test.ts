/**
 * The secretariat's notice about a refused committee workbook, as a secretariat lives it: sent by
 * the runs that act only (tick, not schedule, validate or roster export), once per set of problems
 * (a workbook saved again unchanged tells nothing new), said beside the run's summary, naming the
 * workbook as committee.yaml does; and a committee folder moved elsewhere keeps what it accepted.
 * Real .xlsx files changed on disk (exceljs, as a person's spreadsheet program saves them), a real
 * SMTP server, the command line run in-process with its outbox read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { writeRosterProject } from '../helpers/roster-project.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/maroc-2019/committee.yaml');
/** Morocco's committee workbook as shipped (its submissions' paths relative to its folder). */
const WORKBOOK = join(import.meta.dirname, '../../examples/maroc-2019/comite.xlsx');
const SUBJECT = /^Classeur du comité à corriger — /;
let root: string;
let example: CommitteeConfig;
let smtp: TestSmtp;
let serial = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-roster-notice-'));
  example = (await loadConfigFile(EXAMPLE)).config;
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
  await rm(root, { recursive: true, force: true });
});

/** committee.yaml's technical settings (the example's) naming comite.xlsx, written beside it. */
async function project(transport: 'smtp' | 'outbox'): Promise<{ dir: string; yaml: string; workbook: string }> {
  const dir = join(root, `p${++serial}`, 'comite-ogp');
  const yaml = await writeRosterProject(dir, { from: EXAMPLE, roster: { workbook: 'comite.xlsx' }, transport });
  const workbook = join(dir, 'comite.xlsx');
  await copyFile(WORKBOOK, workbook);
  await savedOn(workbook, '2019-03-01');
  return { dir, yaml, workbook };
} // prettier-ignore

/** A workbook's modification time: saved that morning. */
const savedOn = (path: string, day: string) =>
  utimes(path, new Date(`${day}T09:00:00Z`), new Date(`${day}T09:00:00Z`));

/**
 * Opens the workbook, types `to` over the cell holding `from` (none: changes nothing a reader
 * reads), and saves it as a spreadsheet program does: new bytes, a new modification time.
 */
async function saveWith(path: string, day: string, from?: string, to?: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  let found = from === undefined;
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (from !== undefined && cell.value === from) [cell.value, found] = [to, true];
      }),
    ),
  );
  expect(found).toBe(true);
  book.lastModifiedBy = `Secrétariat ${day}`;
  book.modified = new Date(`${day}T09:00:00Z`);
  await book.xlsx.writeFile(path);
  await savedOn(path, day);
}

const focalOf = (config: CommitteeConfig, id: number) =>
  config.commitments.find((c) => c.id === id)?.focalPoint.email;

describe('the notice about a refused committee workbook', () => {
  it('is sent only when asked (by a run that acts), once per set of problems, naming the workbook as committee.yaml does', async () => {
    const { dir, yaml, workbook } = await project('smtp');
    const load = (day: string, alert?: boolean) => loadCommitteeConfig(yaml, { smtpUrl: smtp.url, now: new Date(`${day}T10:00:00Z`), ...(alert === undefined ? {} : { alert }) }); // prettier-ignore
    await load('2019-03-01', true);
    const before = smtp.received.length;
    await saveWith(
      workbook,
      '2019-03-12',
      'samira.chraibi@example.org',
      'samira.chraibi-example.org',
    );

    // A command that only reads or shows (no `alert`): the problems said, nobody emailed.
    const shown = await load('2019-03-12');
    expect(shown.roster?.refused?.problems).toHaveLength(1);
    expect(shown.told).toBeUndefined();
    expect(smtp.received.length).toBe(before);

    // A run that acts: the secretariat told, and the run knows it did.
    const acted = await load('2019-03-12', true);
    expect(acted.told).toEqual([{ kind: 'roster-refused', subject: expect.stringMatching(SUBJECT), to: example.secretariat.emails }]); // prettier-ignore
    const first = smtp.received.slice(before);
    expect(first.map((m) => m.mail.subject)).toEqual([expect.stringMatching(SUBJECT)]);
    const text = first[0]!.mail.text ?? '';
    expect(text).toContain('La dernière version du classeur du comité (comite.xlsx) n’est pas appliquée : 1 problème à corriger.'); // prettier-ignore
    expect(text).toContain(
      'La dernière version acceptée (modifiée le 01/03/2019) reste en service',
    );
    expect(text).not.toContain(dir);

    // Saved again the next day, nothing fixed: a new version (its bytes), the same problems, no email.
    await saveWith(workbook, '2019-03-13');
    const again = await load('2019-03-13', true);
    expect(again.roster?.read).toBe(true);
    expect(again.roster?.refused?.sha256).not.toBe(acted.roster?.refused?.sha256);
    expect(again.roster?.refused?.problems).toEqual(acted.roster?.refused?.problems);
    expect(again.told).toBeUndefined();
    expect(smtp.received.length).toBe(before + 1);

    // Another mistake besides: a different set of problems, told again, with both.
    await saveWith(workbook, '2019-03-14', 'suppleant.e02@example.org', 'suppleant');
    const other = await load('2019-03-14', true);
    expect(other.roster?.refused?.problems).toHaveLength(2);
    expect(other.told).toHaveLength(1);
    const second = smtp.received.slice(before + 1);
    expect(second).toHaveLength(1);
    expect(second[0]?.mail.text).toContain('2 problèmes à corriger');

    // Fixed (the very file accepted first), then the first mistake made again: news again, since
    // a version was accepted in between.
    await copyFile(WORKBOOK, workbook);
    await savedOn(workbook, '2019-03-15');
    expect((await load('2019-03-15', true)).roster?.refused).toBeUndefined();
    await saveWith(
      workbook,
      '2019-03-16',
      'samira.chraibi@example.org',
      'samira.chraibi-example.org',
    );
    expect((await load('2019-03-16', true)).told).toHaveLength(1);
    expect(smtp.received.length).toBe(before + 3);
  }, 60_000);

  it('keeps what was accepted when the committee folder is moved, migrating the state an earlier version kept by absolute path', async () => {
    const { dir, yaml, workbook } = await project('smtp');
    const now = new Date('2019-03-01T10:00:00Z');
    await loadCommitteeConfig(yaml, { now });
    // A change accepted: the history the master shows.
    await saveWith(workbook, '2019-03-05', 'samira.chraibi@example.org', 'n.alaoui@example.org');
    expect((await loadCommitteeConfig(yaml, { now })).roster?.accepted).toHaveLength(1);
    const state = join(dir, 'out', 'state', 'roster.json');
    const kept = JSON.parse(await readFile(state, 'utf8'));
    expect(kept.source).toBe('comite.xlsx');
    // As an earlier version of the tool kept it: the workbook's absolute path.
    await writeFile(state, JSON.stringify({ ...kept, source: workbook }));

    // The folder copied elsewhere, and a mistake typed in the copy's workbook.
    const moved = join(root, 'ailleurs', 'comite-ogp');
    await cp(dir, moved, { recursive: true });
    await saveWith(join(moved, 'comite.xlsx'), '2019-03-12', 'n.alaoui@example.org', 'n.alaoui-example.org'); // prettier-ignore
    const loaded = await loadCommitteeConfig(join(moved, 'committee.yaml'), { now });
    expect(focalOf(loaded.config, 5)).toBe('n.alaoui@example.org'); // the last accepted version
    expect(loaded.roster).toMatchObject({ source: 'comite.xlsx', label: 'comite.xlsx' });
    expect(loaded.roster?.refused?.problems).toHaveLength(1);
    expect(loaded.roster?.changes).toHaveLength(1); // the history moved with the folder
    const migrated = JSON.parse(await readFile(join(moved, 'out', 'state', 'roster.json'), 'utf8'));
    expect(migrated).toMatchObject({ source: 'comite.xlsx', changes: [expect.anything()] });

    // Moved once more, now in the new form, then fixed: the history goes on.
    const again = join(root, 'encore', 'comite-ogp');
    await cp(moved, again, { recursive: true });
    await saveWith(join(again, 'comite.xlsx'), '2019-03-13', 'n.alaoui-example.org', 'nadia.alaoui@example.org'); // prettier-ignore
    const fixed = await loadCommitteeConfig(join(again, 'committee.yaml'), { now });
    expect(fixed.roster?.refused).toBeUndefined();
    expect(fixed.roster?.changes).toHaveLength(2);
  }, 60_000);
});

describe('the command line and a refused committee workbook', () => {
  /** The outbox's .eml files, parsed: their file name and subject. */
  async function outbox(dir: string): Promise<{ file: string; subject: string; text: string }[]> {
    const folder = join(dir, 'out', 'outbox');
    const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')); // prettier-ignore
    return Promise.all(
      files.sort().map(async (file) => {
        const mail = await simpleParser(await readFile(join(folder, file)));
        return { file, subject: mail.subject ?? '', text: mail.text ?? '' };
      }),
    );
  }

  it('is never kept by a trial: --dry-run reads, checks and uses the new version, and keeps nothing of it', async () => {
    const { dir, yaml, workbook } = await project('outbox');
    expect((await cli('schedule', '--config', yaml, '--now', '2019-03-01T10:00')).code).toBe(0);
    const statePath = join(dir, 'out', 'state', 'roster.json');
    const before = await readFile(statePath, 'utf8');
    await saveWith(workbook, '2019-03-12', 'samira.chraibi@example.org', 'samira.chraibi@example.ma');
    for (const run of [
      await cli('consolidate', '--config', yaml, '--now', '2019-03-12T10:00', '--dry-run'),
      await cli('tick', '--config', yaml, '--now', '2019-03-12T10:00', '--dry-run', '--no-intake'),
    ]) {
      expect(run.code).toBe(0);
    }
    // Nothing accepted, seen or journaled: the state is as it was.
    expect(await readFile(statePath, 'utf8')).toBe(before);
    // The first real run accepts it, with its change.
    expect((await cli('schedule', '--config', yaml, '--now', '2019-03-12T11:00')).code).toBe(0);
    const after = JSON.parse(await readFile(statePath, 'utf8'));
    expect(after.changes).toHaveLength(1);
    expect(after.seen.modifiedTime).toBe('2019-03-12T09:00:00.000Z');
  }, 120_000); // prettier-ignore

  it('is said by every command, and emailed by the one that acts: tick says so beside its emails due', async () => {
    const { dir, yaml, workbook } = await project('outbox');
    const first = await cli('schedule', '--config', yaml, '--now', '2019-03-01T10:00');
    expect(first.code).toBe(0);
    await saveWith(
      workbook,
      '2019-03-12',
      'samira.chraibi@example.org',
      'samira.chraibi-example.org',
    );
    const said = 'Attention (classeur du comité) : la dernière version de comite.xlsx n’est pas appliquée (1 problème) ; la dernière version acceptée (modifiée le 01/03/2019) reste en service.'; // prettier-ignore

    // Read-only commands, and a trial: said on stderr (the workbook as committee.yaml names it), nobody emailed.
    const schedule = await cli('schedule', '--config', yaml, '--now', '2019-03-12T10:00');
    expect(schedule.stderr).toContain(said);
    expect(schedule.stderr).not.toContain(dir);
    for (const run of [
      await cli('validate', '--config', yaml, join(dir, 'absente.xlsx')),
      await cli('roster', 'export', '--config', yaml, '--out', join(dir, 'copie.xlsx')),
      await cli('roster', 'import', '--config', yaml, '--out', join(dir, 'copie.yaml')),
      await cli('consolidate', '--config', yaml, '--now', '2019-03-12T10:00', '--dry-run'),
      await cli('tick', '--config', yaml, '--now', '2019-03-12T10:00', '--dry-run', '--no-intake'),
    ]) {
      expect(run.stderr).toContain(said);
    }
    expect(await outbox(dir)).toEqual([]);

    // tick acts: the notice goes, and its summary says so apart from the emails due.
    const tick = await cli('tick', '--config', yaml, '--now', '2019-03-12T10:00', '--no-intake');
    expect(tick.stderr).toContain(said);
    const sent = await outbox(dir);
    const notices = sent.filter((m) => SUBJECT.test(m.subject));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.file).toMatch(/^roster-refused-/);
    expect(notices[0]!.text).toContain('(comite.xlsx)');
    const due = sent.length - 1;
    expect(tick.stdout).toMatch(new RegExp(`^Courriels : ${due} (dû|dus), ${due} écrits?,`, 'm'));
    expect(tick.stdout).toContain(`Secrétariat prévenu → secretariat.ogp@example.org : ${notices[0]!.subject} (en plus des courriels dus).`); // prettier-ignore

    // The next tick: still said, not sent again, nothing told.
    const next = await cli('tick', '--config', yaml, '--now', '2019-03-12T11:00', '--no-intake', '--json'); // prettier-ignore
    expect(next.stderr).toContain(said);
    expect(JSON.parse(next.stdout).secretariatTold).toBeUndefined();
    expect((await outbox(dir)).filter((m) => SUBJECT.test(m.subject))).toHaveLength(1);
  }, 120_000);
});
