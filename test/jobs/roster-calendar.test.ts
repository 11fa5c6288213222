/**
 * A committee workbook's calendar warnings reach the secretariat at their sheet and cell: a real
 * committee.yaml naming a real .xlsx, loaded as every command loads it, at the run that reads
 * the workbook and at the next one, which does not (the cells come from the run state).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { translate } from '../../src/core/catalogue/render.js';
import { parseCommitteeConfig } from '../../src/core/config-schema.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { cli } from '../helpers/run-cli.js';

/** A meeting on a Sunday, a workshop on a Saturday, a milestone past the plan: all accepted. */
const ROSTER = {
  committee: { name: 'Comité OGP', country: 'MA', timezone: 'Africa/Casablanca', locale: 'fr' },
  secretariat: { name: 'MRAFP', emails: ['secretariat.ogp@example.org'] },
  plan: { name: "Plan d'action 2018-2020", start: '2018-09-01', end: '2020-08-31' },
  commitments: [
    {
      id: 5,
      title: 'Archives',
      institution: 'Archives du Maroc',
      focalPoint: { name: 'Samira Chraibi', email: 'samira@example.org' },
      milestones: [{ title: 'Portail', end: '2021-06-30' }],
    },
  ],
  meetings: [
    { date: '2019-03-10', time: '10:00' },
    { kind: 'workshop', title: 'Charte', date: '2019-02-16', invite: ['communication-officers'] },
  ],
};
const YAML = `roster: { workbook: comite.xlsx }
charter:
  actionTypes:
    - { name: Atelier, indicator: Nombre de participants }
storage: { kind: local, dir: ./out }
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-roster-calendar-'));
  const parsed = parseCommitteeConfig(
    { ...ROSTER, charter: { actionTypes: [{ name: 'A', indicator: 'B' }] } },
    libraryCountryFacts,
  );
  if (!parsed.ok) throw new Error('the roster does not load');
  await writeRosterFile(join(dir, 'comite.xlsx'), parsed.config);
  await writeFile(join(dir, 'committee.yaml'), YAML);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each warning at its cell, as the command line says it. */
const said = (sheet: string, cell: string, problem: string) =>
  translate('fr', 'cli.calendarWarning', {
    warning: translate('fr', 'roster.issueAt', { sheet, cell, problem }),
  });
const SAID = [
  said('Réunions et ateliers', 'C3', "Atelier de formation du 16/02/2019 : c'est un samedi. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."),
  said('Réunions et ateliers', 'C2', "Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."),
  said('Jalons', 'D2', 'Engagement 5, jalon « Portail » : se termine le 30/06/2021, après la fin du plan (31/08/2020).'),
]; // prettier-ignore

describe('a committee workbook’s calendar warnings', () => {
  it('accept the version and are said at their cells, read or not', async () => {
    const yaml = join(dir, 'committee.yaml');
    const loaded = await loadCommitteeConfig(yaml, { now: new Date('2019-01-07T08:00:00Z') });
    expect(loaded.roster).toMatchObject({ read: true });
    expect(loaded.roster?.refused).toBeUndefined();
    expect(loaded.config.meetings.map((m) => m.date)).toEqual(['2019-03-10', '2019-02-16']);
    const kept = JSON.parse(await readFile(join(dir, 'out', 'state', 'roster.json'), 'utf8'));
    expect(kept.accepted.cells['meetings.0.date']).toEqual({ sheet: 'Réunions et ateliers', cell: 'C2' }); // prettier-ignore

    // The next command: the workbook is not read again, its warnings still name their cells.
    const args = ['--from', '2019-01-01', '--to', '2019-01-31', '--dry-run'];
    const run = await cli('schedule', '--config', yaml, ...args);
    expect(run.stderr.trimEnd().split('\n')).toEqual(SAID);
    expect(SAID[0]).toMatch(
      /^Attention \(calendrier\) : .*Réunions et ateliers.*C3.* : Atelier de formation du 16\/02\/2019/,
    );
    expect((await loadCommitteeConfig(yaml)).roster).toMatchObject({ read: false });
  });

  it('are in the master’s anomalies at the workbook file, its sheet and its cell', async () => {
    const yaml = join(dir, 'committee.yaml');
    const run = await cli('consolidate', '--config', yaml, '--now', '2019-01-07T09:00');
    expect(run.code).toBe(0);
    const out = join(dir, 'out');
    const masters = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.xlsx'));
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(
      join(
        out,
        masters.find((f) => !f.includes('state'))!,
      ),
    );
    const rows: unknown[][] = [];
    master
      .getWorksheet('Anomalies')!
      .eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Sheet, cell, code, source: the workbook's, not committee.yaml with no cell.
    expect(rows.filter((r) => r[4] === 'calendar-warning').map((r) => [r[2], r[3], r[8]])).toEqual([
      ['Réunions et ateliers', 'C3', 'comite.xlsx'],
      ['Réunions et ateliers', 'C2', 'comite.xlsx'],
      ['Jalons', 'D2', 'comite.xlsx'],
    ]);
  });
});

describe('a deadline outside the plan', () => {
  it('is said once per run, with what it means for the sends and what to change; its reminders go', async () => {
    const here = await mkdtemp(join(tmpdir(), 'ogp-roster-outside-'));
    try {
      const roster = { ...ROSTER, meetings: [], campaigns: [{ id: 'c', title: 'Fiche', due: '2018-06-04' }] }; // prettier-ignore
      const parsed = parseCommitteeConfig({ ...roster, charter: { actionTypes: [{ name: 'A', indicator: 'B' }] } }, libraryCountryFacts); // prettier-ignore
      if (!parsed.ok) throw new Error('the roster does not load');
      await writeRosterFile(join(here, 'comite.xlsx'), parsed.config);
      await mkdir(join(here, 'inbox'));
      const mail = "mail: { from: 'Secrétariat <secretariat.ogp@example.org>' }";
      await writeFile(join(here, 'committee.yaml'), `${YAML}intake: { kind: folder, dir: inbox }\n${mail}\n`); // prettier-ignore
      const yaml = join(here, 'committee.yaml');
      const tick = await cli('tick', '--config', yaml, '--now', '2018-05-28T09:30');
      const warning = said('Campagnes', 'C2', "Échéance « Fiche » du 04/06/2018 en dehors du plan (du 01/09/2018 au 31/08/2020) : ses relances et son bilan partent quand même, à leurs dates. Si cette échéance est la bonne, avancez le début du plan (« Début du plan », feuille « Comité » du classeur du comité) ; sinon, corrigez sa date."); // prettier-ignore
      expect(tick.stderr.split('\n').filter((l) => l.includes('en dehors du plan'))).toEqual([warning]); // prettier-ignore
      // What it says is so: the J-7 reminder went.
      expect(tick.stdout).toMatch(/^Courriels : 1 dû, 1 écrit, 0 échec/m);
      const english = await cli('schedule', '--config', yaml, '--locale', 'en', '--from', '2018-05-28', '--to', '2018-06-30'); // prettier-ignore
      expect(english.stderr).toContain(
        "Deadline “Fiche” of 04/06/2018 outside the plan (01/09/2018 to 31/08/2020): its reminders and its review are still sent, on their dates. If this deadline is right, move the plan's start earlier (“Début du plan”, in the committee workbook’s “Comité” sheet); if not, correct its date.",
      );
    } finally {
      await rm(here, { recursive: true, force: true });
    }
  }, 60_000);
});
