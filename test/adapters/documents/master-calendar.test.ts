/**
 * A training workshop is one in the master's calendar: its row's type, its invitation planned
 * and its invitation sent say « atelier de formation », never « réunion ». The master is written
 * to a real .xlsx and read back with exceljs, in French and in Morocco's Arabic.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../../src/adapters/config/committee-file.js';
import { writeMasterWorkbook } from '../../../src/adapters/documents/master-workbook.js';
import { translate } from '../../../src/core/catalogue/render.js';
import { buildConsolidation } from '../../../src/core/consolidation.js';
import type { LedgerEntry } from '../../../src/core/ledger.js';
import { invitationKeyOf } from '../../../src/core/roles.js';

const yaml = (locale: string) => `
committee: { name: Comité OGP, country: MA, locale: ${locale} }
secretariat: { name: MRAFP, emails: [secretariat@example.org] }
plan: { name: Plan, start: 2018-09-01, end: 2020-08-31 }
commitments:
  - { id: 5, title: Archives, institution: Archives du Maroc, focalPoint: { name: Leila Tazi, email: leila@example.org } }
meetings:
  - { date: 2019-03-07, time: "10:00" }
  - { kind: workshop, title: Charte graphique, date: 2019-02-13, time: "09:30", invite: [communication-officers] }
charter:
  actionTypes:
    - { name: Atelier, indicator: Nombre de participants }
`;

/** The workshop's invitation, sent on 6 February to the secretariat (the ledger's entry). */
const SENT: LedgerEntry = {
  key: `${invitationKeyOf({ kind: 'workshop', date: '2019-02-13' })}|secretariat`,
  recipient: 'secretariat@example.org',
  messageId: '<w1@example.org>',
  kind: 'invitation',
  subject: 'Atelier de formation « Charte graphique »',
  at: '2019-02-06T09:00:00Z',
  transport: 'smtp',
  state: 'sent',
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-master-calendar-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The master's calendar sheet, written in the committee's language, as rows of texts. */
async function calendarOf(locale: string): Promise<string[][]> {
  const { config } = parseConfigText(yaml(locale), '/cfg/committee.yaml');
  const now = new Date('2019-02-10T09:00:00Z');
  const model = buildConsolidation(config, new Map(), now, () => null, [SENT]);
  const file = join(dir, `master-${locale}.xlsx`);
  const out = createWriteStream(file);
  await writeMasterWorkbook(
    {
      model,
      journal: [],
      timeZone: config.committee.timezone,
      secretariatName: config.secretariat.name,
      planName: config.plan.name,
      tag: config.committee.tag,
      locale: config.committee.locale,
      loadRecords: async () => null,
    },
    out,
  );
  await finished(out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(translate(config.committee.tag, 'master.sheetCalendar'));
  if (!sheet) throw new Error('no calendar sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => v ?? '');
    rows.push(values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))));
  });
  return rows;
}

describe('the master’s calendar', () => {
  it('says a training workshop is one: its row, its invitation planned and sent', async () => {
    const rows = await calendarOf('fr');
    const on = (date: string) => rows.filter((r) => r[0] === date).map((r) => r.slice(2, 5));
    expect(on('2019-02-13')).toEqual([['Atelier de formation', 'Atelier de formation : Charte graphique', '']]); // prettier-ignore
    expect(on('2019-03-07')).toEqual([['Réunion', 'Réunion du comité de suivi', '']]);
    // Its invitation, planned five working days before and sent that day.
    const invitations = on('2019-02-06');
    expect(invitations).toContainEqual(['Envoi prévu', "Invitation à l'atelier de formation", expect.stringContaining("Invitation : atelier de formation « Charte graphique » le 13/02/2019 à 09:30")]); // prettier-ignore
    expect(invitations).toContainEqual(['Envoi effectué', 'Atelier de formation « Charte graphique »', "Invitation à l'atelier de formation — secretariat@example.org"]); // prettier-ignore
    // The meeting's invitation still says it is the meeting's.
    expect(rows.filter((r) => r[4]?.startsWith('Invitation : réunion le 07/03/2019')).map((r) => r[3])).toEqual(['Invitation à la réunion']); // prettier-ignore
    expect(rows.some((r) => r[0] === '2019-02-13' && r[2] === 'Réunion')).toBe(false);
  });

  it('says it in Morocco’s Arabic words', async () => {
    const rows = await calendarOf('ar');
    const workshop = rows.find((r) => r[0] === '2019-02-13');
    // The Latin title isolated inside the Arabic (FSI … PDI).
    expect(workshop?.slice(2, 4)).toEqual([
      'ورشة تكوينية',
      'ورشة تكوينية: \u2068Charte graphique\u2069',
    ]);
    expect(rows.filter((r) => r[0] === '2019-02-06').map((r) => r[3])).toContain('دعوة إلى الورشة التكوينية'); // prettier-ignore
  });
});
