/**
 * The calendar's warnings of a committee workbook, each at its sheet and cell: a real workbook
 * written for a French committee, one date changed as a secretariat would (exceljs), saved, read
 * back with the bounded reader and merged as the configuration.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../../src/adapters/country/country-facts.js';
import { writeRosterFile } from '../../../src/adapters/documents/roster-workbook.js';
import { readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../../src/core/config-schema.js';
import { translate } from '../../../src/core/catalogue/render.js';
import { readRoster } from '../../../src/core/roster/read-roster.js';
import {
  datedCells,
  placedCalendarWarnings,
  placedWarningText,
} from '../../../src/core/roster/roster-calendar.js';

const CHARTER = { actionTypes: [{ name: 'Atelier', indicator: 'Nombre de participants' }] };

/** Two commitments with a milestone each, a meeting, a workshop, a dated campaign: nothing odd. */
const FIXTURE = {
  committee: { name: 'Comité OGP', country: 'MA', timezone: 'Africa/Casablanca', locale: 'fr' },
  secretariat: { name: 'MRAFP', emails: ['secretariat.ogp@example.org'] },
  plan: { name: "Plan d'action 2018-2020", start: '2018-09-01', end: '2020-08-31' },
  commitments: [1, 2].map((id) => ({
    id,
    title: `Engagement ${id}`,
    institution: 'MRAFP',
    focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
    milestones: [{ title: `Jalon ${id}`, start: '2018-09-01', end: '2019-06-30' }],
  })),
  meetings: [
    { date: '2019-03-07', time: '10:00' },
    { kind: 'workshop', title: 'Charte', date: '2019-02-13', invite: ['communication-officers'] },
  ],
  campaigns: [{ id: 'fiche', title: 'Fiche', due: '2019-01-09' }],
  charter: CHARTER,
};

const MEETINGS = 'Réunions et ateliers';
let dir: string;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-roster-calendar-'));
  const parsed = parseCommitteeConfig(FIXTURE, libraryCountryFacts);
  if (!parsed.ok) throw new Error('the fixture does not load');
  base = join(dir, 'comite.xlsx');
  await writeRosterFile(base, parsed.config);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;

/** The warnings of the workbook with `cell` of `sheet` set to `day`, as the CLI says them. */
async function warningsWith(sheet: string, cell: string, day: string | null): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(base);
  if (day) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(cell).value = new Date(`${day}T00:00:00Z`);
  }
  const file = join(dir, `changed-${++count}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const read = await readXlsxFile(file);
  if (!read.ok) throw new Error('unreadable');
  const reading = readRoster(read.workbook, 'fr');
  expect(reading.issues).toEqual([]);
  // As committee.yaml names the workbook: a warning says what to change in the workbook.
  const roster = { workbook: 'comite.xlsx' };
  const parsed = parseCommitteeConfig({ ...reading.data, charter: CHARTER, roster }, libraryCountryFacts); // prettier-ignore
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const config: CommitteeConfig = parsed.config;
  // As a later run has them: the cells kept with the accepted version, not the reading.
  const cells = JSON.parse(JSON.stringify(datedCells(config, reading.cellOf)));
  return placedCalendarWarnings(config, cells).map((w) => placedWarningText('fr', w));
}

describe('the committee workbook’s calendar', () => {
  it.each([
    ['a meeting on a Sunday', MEETINGS, 'C2', '2019-03-10', "Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."],
    ['a meeting on a Saturday', MEETINGS, 'C2', '2019-03-09', "Réunion du 09/03/2019 : c'est un samedi. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."],
    ['a workshop on Labour Day', MEETINGS, 'C3', '2019-05-01', "Atelier de formation du 01/05/2019 : c'est un jour férié (Fête du Travail). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."],
    ['a meeting outside the plan', MEETINGS, 'C2', '2021-03-04', 'Réunion du 04/03/2021 en dehors du plan (du 01/09/2018 au 31/08/2020) : les envois qui la préparent partent quand même, à leurs dates. Si cette date est la bonne, repoussez la fin du plan (« Fin du plan », feuille « Comité » du classeur du comité) ; sinon, corrigez-la.'],
    ['a workshop outside the plan', MEETINGS, 'C3', '2018-06-07', 'Atelier de formation du 07/06/2018 en dehors du plan (du 01/09/2018 au 31/08/2020) : les envois qui le préparent partent quand même, à leurs dates. Si cette date est la bonne, avancez le début du plan (« Début du plan », feuille « Comité » du classeur du comité) ; sinon, corrigez-la.'],
    ['a milestone starting before the plan', 'Jalons', 'C2', '2018-06-01', 'Engagement 1, jalon « Jalon 1 » : commence le 01/06/2018, avant le début du plan (01/09/2018).'],
    ['a milestone ending after the plan', 'Jalons', 'D3', '2021-06-30', 'Engagement 2, jalon « Jalon 2 » : se termine le 30/06/2021, après la fin du plan (31/08/2020).'],
    ['a campaign due on a Saturday', 'Campagnes', 'C2', '2019-01-12', "Échéance « Fiche » du 12/01/2019 : c'est un samedi."],
    ['a campaign due on Independence Day', 'Campagnes', 'C2', '2019-11-18', "Échéance « Fiche » du 18/11/2019 : c'est un jour férié (Fête de l'Indépendance)."],
    ['a campaign due after the plan', 'Campagnes', 'C2', '2020-10-01', 'Échéance « Fiche » du 01/10/2020 en dehors du plan (du 01/09/2018 au 31/08/2020) : ses relances et son bilan partent quand même, à leurs dates. Si cette échéance est la bonne, repoussez la fin du plan (« Fin du plan », feuille « Comité » du classeur du comité) ; sinon, corrigez sa date.'],
  ])('says %s at its sheet and cell', async (_, sheet, cell, day, problem) => {
    const expected = translate('fr', 'roster.issueAt', { sheet, cell, problem });
    expect(await warningsWith(sheet, cell, day)).toEqual([expected]);
  }); // prettier-ignore

  it('says nothing of a calendar with nothing odd', async () => {
    expect(await warningsWith(MEETINGS, 'C2', null)).toEqual([]);
  });

  it('says a warning without a cell as it is (a roster kept before cells were)', async () => {
    const parsed = parseCommitteeConfig({ ...FIXTURE, meetings: [{ date: '2019-03-10' }] }, libraryCountryFacts); // prettier-ignore
    if (!parsed.ok) throw new Error('the fixture does not load');
    const said = placedCalendarWarnings(parsed.config, {}).map((w) => placedWarningText('fr', w));
    expect(said).toEqual([
      "Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là.",
    ]);
  });
});
