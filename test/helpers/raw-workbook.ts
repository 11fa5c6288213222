/** Builds in-memory RawWorkbooks for core tests, from rows of plain values or RawCells. */
import { ACTION_COLUMNS, MILESTONE_COLUMNS } from '../../sheets-templates/submission-template.js';
import type { CellScalar, RawCell, RawSheet, RawWorkbook } from '../../src/core/cells.js';
import type { Charter } from '../../src/core/config-schema.js';
import type { SubmissionContext } from '../../src/core/validate-submission.js';

export type CellInput = CellScalar | RawCell;

function toCell(input: CellInput): RawCell | undefined {
  if (input === null) return undefined;
  if (typeof input === 'object' && !(input instanceof Date)) return input;
  return { value: input };
}

export function sheet(name: string, rows: CellInput[][]): RawSheet {
  return { name, rows: rows.map((row) => row.map(toCell)) };
}

export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const TEST_CHARTER: Charter = {
  logoName: 'logo Gouvernement ouvert Maroc',
  hashtags: ['#OGPMaroc', '#GouvernementOuvert'],
  actionTypes: [
    { name: 'Atelier', indicator: 'Nombre de participants', hashtags: false, logo: true },
    {
      name: 'Publication réseaux sociaux',
      indicator: "Nombre d'impressions",
      hashtags: true,
      logo: true,
    },
    {
      name: 'Passage média (radio, TV)',
      indicator: 'Nombre de passages',
      hashtags: false,
      logo: false,
    },
  ],
};

export const TEST_CONTEXT: SubmissionContext = {
  charter: TEST_CHARTER,
  currency: 'MAD',
  plan: { start: '2018-09-01', end: '2020-08-31' },
  today: '2019-01-07',
  expectedCommitmentId: 3,
};

/** A complete, valid submission: one realised and one planned action, one milestone. */
export function validWorkbook(): RawWorkbook {
  return {
    date1904: false,
    sheets: [
      sheet('Engagement', [
        ['N° engagement', 3],
        ["Intitulé de l'engagement", 'Gestion des archives publiques'],
        ['Institution', 'Archives du Maroc'],
        ['Point focal', 'Leila Tazi'],
        ['Email', 'leila.tazi@example.org'],
        ['Date de mise à jour', day('2019-01-07')],
      ]),
      sheet('Actions de communication', [
        ACTION_COLUMNS.map((c) => c.header),
        [
          'A1', 'Atelier', 'Atelier de lancement', 'Société civile', 'Présentiel, Rabat',
          day('2018-11-20'), day('2018-11-20'), 'Réalisée', 20000, "Budget de l'institution",
          'Nombre de participants', 60, 72, null, 'Oui', 'https://www.example.org/a1', null,
        ],
        [
          'A2', 'Publication réseaux sociaux', 'Campagne en ligne', 'Jeunes', 'Facebook',
          day('2019-02-15'), null, 'Prévue', 0, 'Sans coût', "Nombre d'impressions", 50000, null,
          '#OGPMaroc #GouvernementOuvert', 'Oui', null, null,
        ],
      ]),
      sheet('Jalons', [
        MILESTONE_COLUMNS.map((c) => c.header),
        ['J1', 'Adoption du référentiel', day('2018-09-01'), day('2019-06-30'), 40, 'Limité', null, null, null],
      ]),
    ],
  }; // prettier-ignore
}

/** Sets a cell (`'F2'`) of a sheet of the workbook; null empties it. */
export function setCell(
  workbook: RawWorkbook,
  sheetName: string,
  address: string,
  value: CellInput,
): void {
  const target = workbook.sheets.find((s) => s.name === sheetName);
  if (!target) throw new Error(`no sheet ${sheetName}`);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  while (target.rows.length < row) target.rows.push([]);
  const cells = target.rows[row - 1] ?? [];
  cells[col - 1] = toCell(value);
  target.rows[row - 1] = cells;
}
