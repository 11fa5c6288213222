/**
 * A holiday is named in the committee's language: as date-holidays names it in that language,
 * else, for a holiday set by moon sighting, by the catalogue's name of its Islamic day
 * (Senegal's 10 Muharram is « Achoura » in French, where the library knows only « Day of
 * Ashura »), else as the library names it in the country's language or English.
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { render } from '../../src/core/catalogue/render.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import { plannedSends } from '../../src/core/schedule.js';
import { TEST_CHARTER } from '../helpers/raw-workbook.js';

function senegal(locale: string): CommitteeConfig {
  const result = parseCommitteeConfig(
    {
      committee: { name: 'Comité test', country: 'SN', locale },
      secretariat: { name: 'Secrétariat', emails: ['secretariat@example.org'] },
      plan: { name: 'Plan', start: '2027-01-01', end: '2028-12-31' },
      commitments: [
        {
          id: 1,
          title: 'Engagement 1',
          institution: 'Institution 1',
          focalPoint: { name: 'Point focal 1', email: 'pf1@example.org' },
        },
      ],
      charter: TEST_CHARTER,
    },
    libraryCountryFacts,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const nameOn = (config: CommitteeConfig, day: string) => config.calendar.holidayOn(day)?.name;

describe('the name of a holiday', () => {
  it('is the committee’s language’s, for a day the library names only in English', () => {
    expect(['fr', 'en', 'es', 'pt', 'ar'].map((l) => nameOn(senegal(l), '2027-06-15'))).toEqual([
      'Achoura',
      'Day of Ashura',
      'Día de Ashura',
      'Dia de Ashura',
      'عاشوراء',
    ]);
  });

  it('is the library’s where it has the committee’s language, and a country’s own name stays', () => {
    const french = senegal('fr');
    expect(['2027-03-09', '2027-05-16', '2027-07-22', '2027-08-14'].map((d) => nameOn(french, d))).toEqual([
      'Fête de fin du Ramadan',
      'Fête du mouton',
      'Magal de Touba',
      'Mawlid',
    ]);
  }); // prettier-ignore

  it('is the one schedule gives the secretariat to confirm', () => {
    const config = senegal('fr');
    const check = plannedSends(config, '2027-05-01', '2027-05-31').find(
      (s) => s.holiday?.first === '2027-06-15',
    );
    expect(check && render('fr', check.description)).toBe(
      'Achoura : date estimée le 15/06/2027, à confirmer',
    );
  });
});
