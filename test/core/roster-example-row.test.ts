/**
 * The committee workbook's example rows speak the committee's language, the example address
 * too (« nombre.apellido@example.org » in Spanish), and are still recognised as examples when
 * an earlier version wrote them (« prenom.nom@example.org » in every language); a campaign's id
 * is a technical key, and the Campaigns sheet's note says so rather than translating it.
 */
import { describe, expect, it } from 'vitest';
import { buildRosterWorkbook } from '../../src/adapters/documents/roster-workbook.js';
import { readXlsxBytes } from '../../src/adapters/xlsx/reader.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import { translate } from '../../src/core/catalogue/render.js';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { readRoster } from '../../src/core/roster/read-roster.js';
import { exampleRow } from '../../src/core/roster/roster-examples.js';
import { starterCommittee, starterRoster } from '../../src/core/starter-committee.js';
import { parse } from 'yaml';

const PLAN = { start: '2027-01-01', end: '2028-12-31' } as const;

/** Costa Rica's starter committee, as init writes it: no committee member yet. */
function costaRica(): CommitteeConfig {
  const input = {
    country: 'CR', placeName: 'Costa Rica', locale: 'es', timeZone: 'America/Costa_Rica', currency: 'CRC', weekend: [6, 7],
    plan: PLAN, meeting: '2027-04-01',
  } as Parameters<typeof starterRoster>[0]; // prettier-ignore
  // committee.yaml's settings with the people and the plan, as init writes the workbook.
  const settings = parse(starterCommittee(input, 'comite.xlsx')) as Record<string, unknown>;
  delete settings.roster;
  const parsed = parseCommitteeConfig({ ...settings, ...starterRoster(input) }, libraryCountryFacts, 'es');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
} // prettier-ignore

describe('the Committees sheet’s example row', () => {
  it.each([
    ['fr', 'prenom.nom@example.org'],
    ['en', 'first.last@example.org'],
    ['es', 'nombre.apellido@example.org'],
    ['pt', 'nome.sobrenome@example.org'],
    ['ar', 'name.surname@example.org'],
    ['ar-MA', 'name.surname@example.org'],
  ] as const)('%s: gives an address in the reader’s words', (tag, email) => {
    expect(exampleRow(tag, 'committees', PLAN)?.email).toBe(email);
  });

  it('is written in the committee’s language, and skipped when read back, as an earlier version wrote it too', async () => {
    const workbook = buildRosterWorkbook(costaRica());
    const sheet = workbook.getWorksheet(translate('es', 'roster.sheet', { sheet: 'committees' }))!;
    const emailColumn = (sheet.getRow(1).values as unknown[]).indexOf(translate('es', 'roster.column', { column: 'email' }));
    expect(sheet.getRow(2).getCell(emailColumn).value).toBe('nombre.apellido@example.org');
    const read = async () => {
      const bytes = await readXlsxBytes(Buffer.from(await workbook.xlsx.writeBuffer()));
      if (!bytes.ok) throw new Error(JSON.stringify(bytes.failure));
      return readRoster(bytes.workbook, 'es');
    };
    expect((await read()).data.committees).toEqual({ steering: [], implementation: [] });
    // The row an earlier version wrote, the French address in a Spanish workbook: still an example.
    sheet.getRow(2).getCell(emailColumn).value = 'prenom.nom@example.org';
    const earlier = await read();
    expect(earlier.issues).toEqual([]);
    expect(earlier.data.committees).toEqual({ steering: [], implementation: [] });
  }); // prettier-ignore
});

describe('a campaign’s id', () => {
  it('is the starter’s technical key in every language, and the sheet’s note says it is not to be translated', () => {
    const campaigns = costaRica().campaigns;
    expect(campaigns.map((c) => c.id)).toEqual(['update']);
    const note = translate('es', 'roster.columnNote', { column: 'campaign_id', sheet: 'Campañas' });
    expect(note).toContain('una clave técnica, no una palabra para traducir (así «update», la del comité inicial)');
  }); // prettier-ignore
});
