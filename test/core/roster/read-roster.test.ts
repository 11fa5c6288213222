/**
 * The committee workbook's problems, each at its sheet and cell: a real workbook written for
 * Morocco's example, changed cell by cell as a secretariat would (exceljs), saved, and read
 * back with the bounded reader.
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
import { readRoster } from '../../../src/core/roster/read-roster.js';
import type { RosterReading } from '../../../src/core/roster/roster-data.js';
import { rosterIssueText } from '../../../src/core/roster/roster-issue-text.js';

/** A French committee of five commitments, each with a focal point and a substitute. */
const FIXTURE = {
  committee: { name: 'Comité OGP', country: 'MA', timezone: 'Africa/Casablanca', locale: 'fr' },
  secretariat: { name: 'MRAFP', emails: ['secretariat.ogp@example.org'] },
  plan: { name: "Plan d'action 2018-2020", start: '2018-09-01', end: '2020-08-31' },
  commitments: [1, 2, 3, 4, 5].map((id) => ({
    id,
    title: `Engagement ${id}`,
    institution: 'MRAFP',
    focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
    substitutes: [{ name: `Suppléance ${id}`, email: `suppleant${id}@example.org` }],
    ...(id === 1
      ? {
          milestones: [
            { title: 'Campagne', start: '2018-09-01', end: '2019-06-30' },
            { title: 'Guide', end: '2020-06-30' },
          ],
        }
      : {}),
  })),
  meetings: ['2019-03-07', '2019-05-02', '2019-07-04'].map((date) => ({ date, time: '10:00' })),
  campaigns: [{ id: 'avant-reunion', title: 'Mise à jour', dueBeforeEachMeeting: 5 }],
  holidays: { add: ['2019-06-05/2019-06-06'], remove: ['2019-06-04', '2019-08-11'] },
  charter: { actionTypes: [{ name: 'Atelier', indicator: 'Nombre de participants' }] },
};

let dir: string;
let base: string;
let config: CommitteeConfig;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-roster-read-'));
  const parsed = parseCommitteeConfig(FIXTURE, libraryCountryFacts);
  if (!parsed.ok) throw new Error('the example does not load');
  config = parsed.config;
  base = join(dir, 'comite.xlsx');
  await writeRosterFile(base, config);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;

/** The base workbook changed by `edit`, saved, and read back. */
async function readChanged(edit: (wb: ExcelJS.Workbook) => void): Promise<RosterReading> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(base);
  edit(workbook);
  const file = join(dir, `changed-${++count}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const read = await readXlsxFile(file);
  if (!read.ok) throw new Error('unreadable');
  return readRoster(read.workbook, 'fr');
}

const set = (sheet: string, cell: string, value: ExcelJS.CellValue) => (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.getCell(cell).value = value;
};

const MEETINGS = 'Réunions et ateliers';

// prettier-ignore
const CASES: { what: string; edit: (wb: ExcelJS.Workbook) => void; sheet: string; cell: string | null; id: string; says: RegExp }[] = [
  { what: 'an email that is not one', edit: set('Personnes', 'D2', 'nadia.idrissi-at-example.org'), sheet: 'Personnes', cell: 'D2', id: 'cells.notAnEmail', says: /« nadia\.idrissi-at-example\.org » n'est pas une adresse email/ },
  { what: 'a commitment without a focal point', edit: set('Personnes', 'B2', 'Suppléant'), sheet: 'Engagements', cell: 'A2', id: 'roster.noFocalPoint', says: /L'engagement 1 n'a pas de point focal/ },
  { what: 'two focal points', edit: set('Personnes', 'B3', 'Point focal'), sheet: 'Personnes', cell: 'B3', id: 'roster.twoFocalPoints', says: /déjà un point focal \(ligne 2\)/ },
  { what: 'a person of an unknown commitment', edit: set('Personnes', 'A3', 99), sheet: 'Personnes', cell: 'A3', id: 'roster.unknownCommitment', says: /Aucun engagement n'a le numéro 99/ },
  { what: 'a duplicate commitment number', edit: set('Engagements', 'A3', 1), sheet: 'Engagements', cell: 'A3', id: 'roster.duplicateNumber', says: /Le numéro 1 est déjà celui de la ligne 2/ },
  { what: 'an unknown language', edit: set('Personnes', 'E2', 'klingon'), sheet: 'Personnes', cell: 'E2', id: 'roster.unknownLanguage', says: /« klingon » n'est pas une langue de l'outil/ },
  { what: 'an unknown country', edit: set('Comité', 'B3', 'Atlantide'), sheet: 'Comité', cell: 'B3', id: 'roster.unknownCountry', says: /« Atlantide » n'est pas un pays/ },
  { what: 'an unknown role', edit: set('Personnes', 'B3', 'Chef'), sheet: 'Personnes', cell: 'B3', id: 'roster.notInList', says: /« Chef » n'est pas une valeur admise : attendu Point focal, Suppléant ou Responsable communication/ },
  { what: 'a date cell that is not a date', edit: set(MEETINGS, 'C2', 'bientôt'), sheet: MEETINGS, cell: 'C2', id: 'cells.badDate', says: /« bientôt »/ },
  { what: 'a time that is not one', edit: set(MEETINGS, 'D2', '25:00'), sheet: MEETINGS, cell: 'D2', id: 'roster.badTime', says: /« 25:00 » n'est pas une heure/ },
  { what: 'a meeting with nobody invited', edit: (wb) => { for (const c of ['G2', 'H2']) set(MEETINGS, c, 'Non')(wb); }, sheet: MEETINGS, cell: 'G2', id: 'roster.nobodyInvited', says: /Personne n'est invité : attendu « Oui »/ },
  { what: 'a missing sheet', edit: (wb) => { const ws = wb.getWorksheet('Jalons'); if (ws) wb.removeWorksheet(ws.id); }, sheet: 'Jalons', cell: null, id: 'roster.sheetMissing', says: /La feuille « Jalons » manque/ },
  { what: 'a file path leaving the committee folder', edit: set('Engagements', 'F2', '../autre-comite/submissions/engagement-03.xlsx'), sheet: 'Engagements', cell: 'F2', id: 'roster.sourceOutsideFolder', says: /« \.\.\/autre-comite\/submissions\/engagement-03\.xlsx » sort du dossier du comité : attendu un chemin sous le dossier de committee\.yaml.*par exemple submissions\/engagement-03\.xlsx/ },
  { what: 'an absolute file path', edit: (wb) => { set('Engagements', 'E3', 'Fichier .xlsx')(wb); set('Engagements', 'F3', '/dev/zero')(wb); }, sheet: 'Engagements', cell: 'F3', id: 'roster.sourceOutsideFolder', says: /« \/dev\/zero » sort du dossier du comité/ },
  { what: 'a Windows path climbing out', edit: set('Engagements', 'F4', 'submissions\\..\\..\\x.xlsx'), sheet: 'Engagements', cell: 'F4', id: 'roster.sourceOutsideFolder', says: /sort du dossier du comité/ },
  { what: 'a formula in an email cell', edit: set('Personnes', 'D2', { formula: '"pf1@example.org"', result: 'intrus@evil.example' }), sheet: 'Personnes', cell: 'D2', id: 'roster.formulaCell', says: /contient une formule.*tapez l'adresse elle-même/ },
  { what: 'a formula in a name cell', edit: set('Personnes', 'C2', { formula: 'UPPER("Point focal 1")', result: 'Intrus' }), sheet: 'Personnes', cell: 'C2', id: 'roster.formulaCell', says: /tapez le nom lui-même/ },
  { what: 'a formula in the secretariat\'s addresses', edit: set('Comité', 'B10', { formula: '"secretariat.ogp@example.org"', result: 'intrus@evil.example' }), sheet: 'Comité', cell: 'B10', id: 'roster.formulaCell', says: /tapez l'adresse elle-même/ },
  { what: 'a hidden People sheet', edit: (wb) => { const ws = wb.getWorksheet('Personnes'); if (ws) ws.state = 'hidden'; }, sheet: 'Personnes', cell: null, id: 'roster.sheetHidden', says: /La feuille « Personnes » est masquée : affichez-la ou supprimez-la/ },
  { what: 'a name longer than 200 characters', edit: set('Personnes', 'C2', 'N'.repeat(201)), sheet: 'Personnes', cell: 'C2', id: 'roster.tooLong', says: /Texte trop long : 201 caractères, 200 au plus/ },
  { what: 'a title longer than 500 characters', edit: set('Engagements', 'B2', 'T'.repeat(501)), sheet: 'Engagements', cell: 'B2', id: 'roster.tooLong', says: /501 caractères, 500 au plus/ },
  { what: 'a meeting place longer than 500 characters', edit: set(MEETINGS, 'E2', 'P'.repeat(600)), sheet: MEETINGS, cell: 'E2', id: 'roster.tooLong', says: /600 caractères, 500 au plus/ },
  { what: 'more than 200 commitments', edit: (wb) => { const ws = wb.getWorksheet('Engagements'); for (let id = 6; id <= 201; id++) ws!.getRow(id + 1).getCell(1).value = id; }, sheet: 'Engagements', cell: 'A202', id: 'roster.tooManyRows', says: /la feuille « Engagements » en admet 200 au plus/ },
  { what: 'a weekday that is none', edit: set('Comité', 'B7', 'samedi, dimancho'), sheet: 'Comité', cell: 'B7', id: 'roster.badWeekday', says: /« dimancho » n'est pas un jour de la semaine/ },
];

describe('the problems of a committee workbook', () => {
  for (const c of CASES) {
    it(`says ${c.what} at its sheet and cell`, async () => {
      const reading = await readChanged(c.edit);
      const found = reading.issues.find((i) => i.message.id === c.id);
      expect(found, JSON.stringify(reading.issues)).toMatchObject({ sheet: c.sheet, cell: c.cell });
      if (!found) return;
      const text = rosterIssueText('fr', found);
      expect(
        text.startsWith(
          c.cell ? `Feuille « ${c.sheet} », cellule ${c.cell} : ` : `Feuille « ${c.sheet} » : `,
        ),
      ).toBe(true);
      expect(text).toMatch(c.says);
    });
  }

  it('reads the untouched workbook without a problem', async () => {
    const reading = await readChanged(() => {});
    expect(reading.issues).toEqual([]);
  });
});

describe('what a person opening the workbook does not see, and its size', () => {
  it('refuses a veryHidden « People » sheet placed before the visible « Personnes », naming both', async () => {
    const reading = await readChanged((wb) => {
      const hidden = wb.addWorksheet('People', { state: 'veryHidden' });
      hidden.addRow(['Commitment', 'Role', 'Name', 'Email', 'Language']);
      hidden.addRow([1, 'Focal point', 'Intrus', 'intrus@evil.example', 'français (fr)']);
      // First in the file: the one a reader taking the first match would read.
      // exceljs writes sheets by `orderNo`, which its type declarations leave out.
      (hidden as ExcelJS.Worksheet & { orderNo: number }).orderNo = -1;
    });
    const read = await readXlsxFile(join(dir, `changed-${count}.xlsx`));
    expect(read.ok && read.workbook.sheets[0]).toMatchObject({ name: 'People', hidden: true });
    const twice = reading.issues.find((i) => i.message.id === 'roster.sheetTwice');
    expect(twice).toMatchObject({ sheet: 'People', cell: null });
    if (twice) expect(rosterIssueText('fr', twice)).toMatch(/Les feuilles « People » et « Personnes » tiennent le même rôle/); // prettier-ignore
    expect(JSON.stringify(reading.data)).not.toContain('intrus@evil.example');
  });

  it('refuses a roster of 5,000 people with 1,700-character names with a bounded list of problems', async () => {
    const reading = await readChanged((wb) => {
      const people = wb.getWorksheet('Personnes');
      for (let n = 0; n < 5_000; n++) {
        people?.addRow([1 + (n % 5), 'Suppléant', `${'N'.repeat(1_690)} ${n}`, `p${n}@example.org`, 'français (fr)']); // prettier-ignore
      }
    });
    const ids = new Set(reading.issues.map((i) => i.message.id));
    expect(ids).toContain('roster.tooLong');
    expect(ids).toContain('roster.tooMuchText');
    // The budget stops the reading: about 200,000 characters' worth of rows, not 5,000.
    expect(reading.issues.length).toBeLessThan(200);
    expect(JSON.stringify(reading.data).length).toBeLessThan(450_000);
  }, 60_000);
});

describe('reading a committee workbook', () => {
  it('places every configuration path at its cell', async () => {
    const reading = await readChanged(() => {});
    expect(reading.cellOf(['commitments', 4, 'focalPoint', 'email'])).toEqual({ sheet: 'Personnes', cell: 'D10' }); // prettier-ignore
    expect(reading.cellOf(['commitments', 4, 'substitutes', 0, 'name'])).toEqual({ sheet: 'Personnes', cell: 'C11' }); // prettier-ignore
    expect(reading.cellOf(['meetings', 2, 'date'])).toEqual({ sheet: MEETINGS, cell: 'C4' });
    expect(reading.cellOf(['committee', 'country'])).toEqual({ sheet: 'Comité', cell: 'B3' });
    expect(reading.cellOf(['commitments', 0, 'milestones', 1, 'end'])).toEqual({ sheet: 'Jalons', cell: 'D3' }); // prettier-ignore
    expect(reading.cellOf(['holidays', 'remove', 1])).toEqual({
      sheet: 'Jours chômés',
      cell: 'A4',
    });
    // A key the schema finds missing is said at its row.
    expect(reading.cellOf(['commitments', 4, 'focalPoint', 'locale'])).toEqual({ sheet: 'Personnes', cell: 'E10' }); // prettier-ignore
  });

  it('skips the untouched example row, and reads it once filled in', async () => {
    const untouched = await readChanged(() => {});
    expect(untouched.data.committees).toEqual({ steering: [], implementation: [] });
    const filled = await readChanged(set('Comités', 'B2', 'Amina Berrada'));
    expect(filled.data.committees?.steering).toEqual([
      {
        name: 'Amina Berrada',
        email: 'prenom.nom@example.org',
        institution: "Exemple d'institution",
      },
    ]);
  });

  it('reads the sheets and words of another language', async () => {
    const reading = await readChanged((wb) => {
      const people = wb.getWorksheet('Personnes');
      if (!people) return;
      people.name = 'People';
      people.getCell('B1').value = 'Role';
      people.getCell('B3').value = 'Substitute';
      people.getCell('E2').value = 'árabe (ar)';
    });
    expect(reading.issues).toEqual([]);
    const first = reading.data.commitments?.[0];
    expect(first?.focalPoint.locale).toBe('ar');
    expect(first?.substitutes?.[0]?.email).toBe('suppleant1@example.org');
  });

  it('reads the words a secretariat types and those of earlier workbooks as the current ones', async () => {
    const reading = await readChanged((wb) => {
      set('Personnes', 'B3', 'Chargée de communication')(wb);
      // « … invités » columns as an earlier version headed them.
      set(MEETINGS, 'I1', 'Chargés de communication invités')(wb);
      set(MEETINGS, 'K1', 'Comité de mise en œuvre invités')(wb);
    });
    expect(reading.issues).toEqual([]);
    const first = reading.data.commitments?.[0];
    expect(first?.communicationOfficers?.map((p) => p.email)).toEqual(['suppleant1@example.org']);
    expect(first?.substitutes ?? []).toEqual([]);
  });

  it("reads a file path below the committee folder as the commitment's source", async () => {
    const reading = await readChanged(set('Engagements', 'F2', 'submissions/engagement-03.xlsx'));
    expect(reading.issues).toEqual([]);
    expect(reading.data.commitments?.[0]?.source).toEqual({ kind: 'xlsx', path: 'submissions/engagement-03.xlsx' }); // prettier-ignore
  });

  it('reads typed text dates and times as Excel would not have them', async () => {
    const reading = await readChanged((wb) => {
      set(MEETINGS, 'C2', '07/03/2019')(wb);
      set(MEETINGS, 'D2', 0.4375)(wb);
    });
    expect(reading.issues).toEqual([]);
    expect(reading.data.meetings?.[0]).toMatchObject({ date: '2019-03-07', time: '10:30' });
  });
});
