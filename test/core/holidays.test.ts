/**
 * A committee's holidays from its country (date-holidays), its country's own rules and the
 * committee's corrections; its weekend from CLDR. Morocco 2019–2026 against what was published.
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseConfigText } from '../../src/adapters/config/committee-file.js';
import { OgpError } from '../../src/core/codes.js';
import {
  buildWorkingCalendar,
  countryWeekend,
  type HolidayCorrection,
  type HolidayType,
} from '../../src/core/holidays.js';
import { isWorkingDay } from '../../src/core/working-days.js';

const day = (d: string): HolidayCorrection => ({ from: d, to: d });

function calendar(country: string, add: HolidayCorrection[] = [], remove: HolidayCorrection[] = [], language = 'fr', types?: HolidayType[]) {
  const [code = '', subdivision, region] = country.split('-');
  return buildWorkingCalendar({
    country: code,
    ...(subdivision ? { subdivision } : {}),
    ...(region ? { region } : {}),
    ...(types ? { types } : {}),
    weekend: countryWeekend(code),
    add,
    remove,
    language,
    facts: libraryCountryFacts,
    committeeHolidayName: 'jour férié du comité',
  });
} // prettier-ignore

/** Morocco's fixed public holidays (month-day), with the year each was first observed. */
const MOROCCO_FIXED: [string, number][] = [
  ['01-01', 0], ['01-11', 0], ['01-14', 2024], ['05-01', 0], ['07-30', 0], ['08-14', 0],
  ['08-20', 0], ['08-21', 0], ['10-31', 2026], ['11-06', 0], ['11-18', 0],
]; // prettier-ignore

/**
 * Morocco's lunar holidays as the Ministry of Habous and Islamic Affairs announced them after
 * moon sighting (first day; the Eids and the Mawlid are two days off in the public service),
 * where an announcement or a report of it is at hand:
 * - 2019: https://www.lesiteinfo.com/maroc/aid-al-adha-2019-bonne-nouvelle-pour-les-fonctionnaires-marocains/
 *   (Eid al-Adha 12–13 August, 1 Muharram 1 September, Mawlid 10–11 November); Eid al-Fitr
 *   Wednesday 5 June.
 * - 2020: https://www.lesiteinfo.com/maroc/jours-feries-au-maroc-ce-qui-est-prevu-pour-laid-al-mawlid-2020/
 *   (Mawlid Thursday 29 October, two days).
 * - 2023: https://bladi.net/badr-hari-mecque,41108.html (Eid al-Fitr Saturday 22 April).
 * - 2024: https://fr.le360.ma/societe/officiel-aid-al-fitr-sera-celebre-demain-mercredi-10-avril-au-maroc_5CUY6WXET5CNFM7357H5VR4SY4/
 *   (Eid al-Fitr Wednesday 10 April).
 * - 2025: https://www.challenge.ma/tag/jour-ferie (Eid al-Adha Saturday 7 June, and Monday
 *   9 June declared off by the government); https://fr.allafrica.com/stories/202508250232.html
 *   (Mawlid Friday 5 September).
 */
const PUBLISHED: { year: number; hijri: string; first: string; days: number }[] = [
  { year: 2019, hijri: '1 Shawwal', first: '2019-06-05', days: 2 },
  { year: 2019, hijri: '10 Dhu al-Hijjah', first: '2019-08-12', days: 2 },
  { year: 2019, hijri: '1 Muharram', first: '2019-09-01', days: 1 },
  { year: 2019, hijri: '12 Rabi al-awwal', first: '2019-11-10', days: 2 },
  { year: 2020, hijri: '12 Rabi al-awwal', first: '2020-10-29', days: 2 },
  { year: 2023, hijri: '1 Shawwal', first: '2023-04-22', days: 2 },
  { year: 2024, hijri: '1 Shawwal', first: '2024-04-10', days: 2 },
  { year: 2025, hijri: '10 Dhu al-Hijjah', first: '2025-06-07', days: 2 },
  { year: 2025, hijri: '12 Rabi al-awwal', first: '2025-09-05', days: 2 },
];

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const isFixed = (date: string) => MOROCCO_FIXED.some(([md]) => date.slice(5) === md);

describe("Morocco's holidays, 2019 to 2026", () => {
  it.each(YEARS)('%i: the fixed holidays exactly, none of them an estimate', (year) => {
    const fixed = calendar('MA').holidaysBetween(`${year}-01-01`, `${year}-12-31`).filter((h) => !h.estimate);
    const expected = MOROCCO_FIXED.filter(([, from]) => from <= year).map(([md]) => `${year}-${md}`);
    expect(fixed.map((h) => h.date)).toEqual(expected);
  }); // prettier-ignore

  it.each(YEARS)('%i: every lunar holiday an estimate until confirmed, the Eids and the Mawlid two days', (year) => {
    const lunar = calendar('MA').holidaysBetween(`${year}-01-01`, `${year}-12-31`).filter((h) => h.estimate);
    // 1 Muharram one day; Eid al-Fitr, Eid al-Adha and the Mawlid two each (a day may fall
    // on a fixed holiday: 2022's 1 Muharram was on the Throne Day, 30 July).
    expect(lunar.length).toBeGreaterThanOrEqual(6);
    expect(lunar.length).toBeLessThanOrEqual(7);
  }); // prettier-ignore

  it.each(PUBLISHED)('$first ($hijri): exact once the committee corrects the estimate', ({ year, first, days }) => {
    const estimated = calendar('MA').holidaysBetween(`${year}-01-01`, `${year}-12-31`).filter((h) => h.estimate);
    const span: HolidayCorrection = { from: first, to: days === 2 ? addDay(first) : first };
    // The estimates of this holiday: those within three days of the published date.
    const near = estimated.filter((h) => Math.abs(Date.parse(h.date) - Date.parse(first)) <= 3 * 86_400_000);
    expect(near.length).toBe(days);
    const published = new Set([span.from, span.to]);
    const remove = near.filter((h) => !published.has(h.date)).map((h) => day(h.date));
    const corrected = calendar('MA', [span], remove).holidaysBetween(addDay(first, -3), addDay(first, 3)).filter((h) => !isFixed(h.date));
    expect(corrected.map((h) => [h.date, h.estimate])).toEqual([...published].map((d) => [d, false]));
  }); // prettier-ignore

  it('has date-holidays put 2019 a day early, so that the committee is warned', () => {
    const lunar = calendar('MA').holidaysBetween('2019-01-01', '2019-12-31').filter((h) => h.estimate);
    expect(lunar.map((h) => h.date)).toEqual(['2019-06-04', '2019-06-05', '2019-08-11', '2019-08-12', '2019-08-31', '2019-11-09', '2019-11-10']);
  }); // prettier-ignore

  it('names the holidays in the committee’s language', () => {
    expect(calendar('MA', [], [], 'ar').holidayOn('2019-07-30')?.name).toBe('عيد العرش');
    expect(calendar('MA', [], [], 'fr').holidayOn('2019-07-30')?.name).toBe('Fête du Trône');
    expect(calendar('MA', [], [], 'en').holidayOn('2019-06-04')?.name).toBe(
      'End of Ramadan (Eid al-Fitr)',
    );
    // Days the source lacks (or names in Arabic for want of the language) are named by Morocco's rule.
    expect(calendar('MA', [], [], 'ar').holidayOn('2025-01-14')?.name).toBe('رأس السنة الأمازيغية');
    expect(calendar('MA', [], [], 'es').holidayOn('2026-10-31')?.name).toBe('Fiesta de la Unidad');
    expect(calendar('MA', [], [], 'pt').holidayOn('2019-08-20')?.name).toBe(
      'Revolução do Rei e do Povo',
    );
  });
});

function addDay(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('other countries', () => {
  it('takes the weekend from CLDR: Friday–Saturday in Jordan, Saturday–Sunday in Mexico', () => {
    expect(countryWeekend('JO')).toEqual([5, 6]);
    expect(countryWeekend('MX')).toEqual([6, 7]);
    expect(countryWeekend('BR')).toEqual([6, 7]);
  });

  it('knows a state’s holidays (São Paulo’s 9 July), not another state’s', () => {
    expect(calendar('BR-SP').holidayOn('2026-07-09')?.name).toBe('Revolução Constitucionalista');
    expect(calendar('BR-RJ').holidayOn('2026-07-09')).toBeUndefined();
    expect(calendar('BR').holidayOn('2026-04-21')?.estimate).toBe(false); // Tiradentes
  });

  it('knows the city of São Paulo (BR-SP-SP): its 25 January and Corpus Christi, Brazil’s 20 November and Carnival', () => {
    const city = calendar('BR-SP-SP', [], [], 'pt');
    const off = (d: string) => !isWorkingDay(d, city);
    // City anniversary, Carnival Monday and Tuesday (ponto facultativo, typed bank), Corpus
    // Christi (a city holiday), Black Awareness Day (national since Lei 14.759/2023).
    for (const date of ['2025-01-25', '2025-03-03', '2025-03-04', '2025-06-19', '2025-11-20', '2026-01-26', '2026-02-16', '2026-02-17', '2026-06-04', '2026-11-20']) {
      expect([date, off(date)]).toEqual([date, !date.startsWith('2026-01-26')]);
    }
    expect(city.holidayOn('2025-11-20')?.name).toBe('Dia da Consciência Negra');
    expect(city.holidayOn('2025-03-04')?.name).toBe('Carnaval');
    // Part of a day off is a working day: Ash Wednesday until 14:00, Christmas and New Year's
    // Eves from 14:00 (typed optional, lasting 14 and 10 hours).
    for (const date of ['2025-03-05', '2026-02-18', '2025-12-24', '2025-12-31']) expect([date, off(date)]).toEqual([date, false]);
  }); // prettier-ignore

  it('keeps 20 November off in the states whose own older rule ends in 2023 (São Paulo, Amazonas, Mato Grosso)', () => {
    for (const state of ['BR-SP', 'BR-AM', 'BR-MT', 'BR-RJ', 'BR']) {
      expect([state, calendar(state).holidayOn('2025-11-20')?.estimate]).toEqual([state, false]);
      expect([state, calendar(state).holidayOn('2026-11-20')?.estimate]).toEqual([state, false]);
    }
    // Before Lei 14.759/2023 the state kept it only in 2023's short rule: 2022 was worked in São Paulo state.
    expect(calendar('BR-SP').holidayOn('2022-11-20')).toBeUndefined();
  }); // prettier-ignore

  it('counts the kinds of holiday the committee names: `types: [public]` works through Carnival', () => {
    expect(calendar('BR-SP-SP').holidayOn('2025-03-04')).toBeDefined();
    expect(calendar('BR-SP-SP', [], [], 'fr', ['public']).holidayOn('2025-03-04')).toBeUndefined();
    // Observances are never days off unless named (Mother's Day falls on a Sunday anyway).
    expect(calendar('BR', [], [], 'fr', ['public', 'observance']).holidayOn('2025-06-12')).toBeDefined();
    expect(calendar('BR').holidayOn('2025-06-12')).toBeUndefined();
  }); // prettier-ignore

  it('gives the Philippines their special non-working days (typed optional by the library)', () => {
    const manila = calendar('PH', [], [], 'en');
    for (const date of ['2025-01-29', '2025-08-21', '2025-12-08', '2025-04-09', '2025-12-30']) {
      expect([date, isWorkingDay(date, manila)]).toEqual([date, false]);
    }
    // José Rizal's birthday is an observance: a working day.
    expect(isWorkingDay('2025-06-19', manila)).toBe(true);
  }); // prettier-ignore

  it('gives Ukraine no day off under martial law (Law 2136-IX, from 15/03/2022), and the committee’s own', () => {
    const kyiv = calendar('UA');
    expect(kyiv.holidaysBetween('2022-03-15', '2026-12-31')).toEqual([]);
    // 8 March 2022 came before the law; 9 May and Independence Day since are worked.
    expect(kyiv.holidayOn('2022-03-08')?.estimate).toBe(false);
    for (const date of ['2025-05-08', '2025-05-09', '2025-08-25', '2025-12-25']) expect(isWorkingDay(date, kyiv)).toBe(true);
    expect(calendar('UA', [day('2025-12-25')]).holidayOn('2025-12-25')?.origin).toBe('committee');
  }); // prettier-ignore

  it('starts Jordan, which the library does not know, from the committee’s holidays', () => {
    const jordan = calendar('JO', [day('2026-05-25'), { from: '2026-05-26', to: '2026-05-30', name: 'Eid al-Adha' }]);
    expect(jordan.holidaysBetween('2026-01-01', '2026-12-31').map((h) => [h.date, h.name])).toEqual([
      ['2026-05-25', 'jour férié du comité'],
      ['2026-05-26', 'Eid al-Adha'], ['2026-05-27', 'Eid al-Adha'], ['2026-05-28', 'Eid al-Adha'],
      ['2026-05-29', 'Eid al-Adha'], ['2026-05-30', 'Eid al-Adha'],
    ]);
  }); // prettier-ignore
});

const BASE = `
secretariat: { name: S, emails: [s@example.org] }
plan: { name: Plan, start: 2026-01-01, end: 2027-12-31 }
commitments:
  - { id: 1, title: T, institution: I, focalPoint: { name: P, email: p@example.org } }
charter:
  actionTypes:
    - { name: Atelier, indicator: Participants }
`;

function problems(committee: string, extra = ''): string[] {
  try {
    parseConfigText(`committee: ${committee}\n${BASE}${extra}`, '/cfg/committee.yaml');
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(OgpError);
    return [...(error as OgpError).details];
  }
}

describe('committee.country, currency, weekend and holidays in committee.yaml', () => {
  it.each([
    ['{ name: C, country: BR-SP, timezone: America/Sao_Paulo }', '', []],
    ['{ name: C, country: br-sp }', '', []],
    ['{ name: C, country: BR-ZP }', '', ['/cfg/committee.yaml:1:32 : committee.country — subdivision ZP inconnue pour BR : vouliez-vous dire BR-AP ? (connues : AC, AL, AM, AP, BA, CE, DF, ES, GO, MA, MG, MS, MT, PA, PB, PE, PI, PR, RJ, RN, RO, RR, RS, SC, SE, SP, TO)']],
    ['{ name: C, country: JO-AM }', '', ['/cfg/committee.yaml:1:32 : committee.country — pas de jours fériés connus pour JO, ni donc pour ses subdivisions : écrivez country: JO et donnez les jours fériés dans holidays.add']],
    ['{ name: C, country: XX }', '', ['/cfg/committee.yaml:1:32 : committee.country — code pays ISO 3166-1 inconnu (par exemple MA, MX, JO, BR)']],
    ['{ name: C, country: Maroc }', '', ['/cfg/committee.yaml:1:32 : committee.country — code pays ISO 3166-1 attendu, par exemple MA, MX, ou BR-SP pour un État (BR-SP-SP pour sa ville)']],
    ['{ name: C, currency: XYZ }', '', ['/cfg/committee.yaml:1:33 : committee.currency — code de monnaie ISO 4217 inconnu (par exemple MAD, MXN, JOD, BRL)']],
    ['{ name: C, weekend: [5, 8] }', '', ['/cfg/committee.yaml:1:36 : committee.weekend[1] — jour ISO attendu : 1 (lundi) à 7 (dimanche)']],
    ['{ name: C, weekend: [5, 6, 7] }', '', ['/cfg/committee.yaml:1:32 : committee.weekend — un ou deux jours attendus, par exemple [5, 6] pour vendredi et samedi']],
    ['{ name: C }', 'holidays: [2026-05-26/2026-05-20]\n', ['/cfg/committee.yaml:10:12 : holidays[0] — 2026-05-26/2026-05-20 : une période va d\'une date à une date qui la suit, sur 31 jours au plus']],
    ['{ name: C }', 'holidays: { add: [26/05/2026] }\n', ['/cfg/committee.yaml:10:19 : holidays.add[0] — "26/05/2026" : date AAAA-MM-JJ ou période AAAA-MM-JJ/AAAA-MM-JJ attendue (par exemple 2019-06-05/2019-06-06)']],
    ['{ name: C }', 'holidays: { ad: [2026-05-26] }\n', ["/cfg/committee.yaml:10:13 : holidays.ad — clé inconnue : vouliez-vous dire add ?"]],
    ['{ name: C, country: BR-SP-SP }', '', []],
    ['{ name: C, country: br-sp-sp }', 'holidays: { types: [public, bank] }\n', []],
    ['{ name: C, country: BR-SP-SQ }', '', ['/cfg/committee.yaml:1:32 : committee.country — ville ou région SQ inconnue pour BR-SP : écrivez BR-SP (ses jours fériés) ou vouliez-vous dire BR-SP-SP ? (connues : SP)']],
    ['{ name: C, country: BR-GO-GOIANIA }', '', []],
    ['{ name: C, country: BR-BA-SSA }', '', ['/cfg/committee.yaml:1:32 : committee.country — ville ou région SSA inconnue pour BR-BA : écrivez BR-BA (ses jours fériés) (connues : aucune)']],
    ['{ name: C, country: ZZ }', '', ['/cfg/committee.yaml:1:32 : committee.country — code pays ISO 3166-1 inconnu (par exemple MA, MX, JO, BR)']],
    ['{ name: C, country: BR }', 'holidays: { types: [public, bnak] }\n', ['/cfg/committee.yaml:10:29 : holidays.types[1] — type de jour férié inconnu : vouliez-vous dire bank ? (types : public, bank, optional, school, observance)']],
    ['{ name: C, country: BR }', 'holidays: { types: [] }\n', ['/cfg/committee.yaml:10:20 : holidays.types — liste des types de jours fériés chômés attendue, par exemple [public, bank] (types : public, bank, optional, school, observance)']],
    ['{ name: C, country: BR }', 'holidays: { type: [public] }\n', ['/cfg/committee.yaml:10:13 : holidays.type — clé inconnue : vouliez-vous dire types ?']],
    ['{ name: C, country: UA, timezone: Europe/Kyiv }', '', []],
    ['{ name: C, country: UA, timezone: Europe/Kiev }', '', []],
  ])('%s %s', (committee, extra, expected) => {
    expect(problems(committee, extra)).toEqual(expected);
  }); // prettier-ignore

  it('defaults the currency and the weekend from the country, and lets the committee set them', () => {
    const load = (committee: string) => parseConfigText(`committee: ${committee}\n${BASE}`, '/cfg/c.yaml').config.committee;
    expect(load('{ name: C, country: JO }')).toMatchObject({ currency: 'JOD', weekend: [5, 6] });
    expect(load('{ name: C, country: MX }')).toMatchObject({ currency: 'MXN', weekend: [6, 7] });
    expect(load('{ name: C, country: BR-SP }')).toMatchObject({ currency: 'BRL', weekend: [6, 7] });
    expect(load('{ name: C, country: MA, currency: EUR, weekend: [7] }')).toMatchObject({ currency: 'EUR', weekend: [7] });
    // The logo the charter asks for, when not named: Morocco's own, else in the committee's language.
    const logo = (committee: string) => parseConfigText(`committee: ${committee}\n${BASE}`, '/cfg/c.yaml').config.charter.logoName;
    expect([logo('{ name: C }'), logo('{ name: C, country: MX, locale: es }'), logo('{ name: C, country: JO, locale: ar }')]).toEqual(['logo Gouvernement ouvert Maroc', 'logo de gobierno abierto', 'شعار شراكة الحكومات الشفافة']);
  }); // prettier-ignore
});
