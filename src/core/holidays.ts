/**
 * A committee's days off: its country's holidays (from a {@link CountryFacts} source) of the
 * kinds its public administration does not work (`public`; in Brazil `bank` too, which is
 * Carnival), the country's own rules where the source falls short or is wrong (Morocco's fixed
 * holidays and its Eids of two days, Brazil's 20 November in every state, Ukraine's holidays
 * suspended under martial law), then the committee's corrections (`holidays: { add, remove }`).
 * Holidays set by moon sighting stay estimates until the committee lists their date in `add`.
 * A part of a day off (Ash Wednesday until 14:00, Christmas Eve from 14:00) is a working day:
 * the administration opens that day, and a reminder or a deadline on it can be met.
 */
import type { IsoDate } from './calendar-date.js';
import type { MessageValues } from './catalogue/generated.js';
import { translate } from './catalogue/render.js';
import type { LocaleTag } from './locale-tag.js';
import { addDays, type Holiday, type IsoWeekday, type WorkingCalendar } from './working-days.js';

/**
 * The kinds of holiday date-holidays tells apart: `public` (the law's), `bank` (banks and
 * offices closed: Brazil's Carnival Monday and Tuesday, its Corpus Christi), `optional` (most
 * people take the day off: the Philippines' special non-working days), `school`, and
 * `observance` (no day off).
 */
export const HOLIDAY_TYPES = ['public', 'bank', 'optional', 'school', 'observance'] as const;
export type HolidayType = (typeof HOLIDAY_TYPES)[number];

/** Whether `text` names one of the {@link HOLIDAY_TYPES}. */
export function isHolidayType(text: string): text is HolidayType {
  return (HOLIDAY_TYPES as readonly string[]).includes(text);
}

/**
 * The kinds of holiday a country's public administration does not work, where it is more
 * than `public`: Brazil's federal service stops for Carnival Monday and Tuesday and Corpus
 * Christi (ponto facultativo, typed `bank`: Portaria MGI of each year); the Philippines'
 * special non-working days (typed `optional`) are days off by proclamation.
 */
const DAYS_OFF_BY_COUNTRY: Readonly<Record<string, readonly HolidayType[]>> = {
  BR: ['public', 'bank'],
  PH: ['public', 'optional'],
};

/** The kinds of holiday that are days off in `country`'s public administration. */
export function daysOffTypes(country: string): readonly HolidayType[] {
  return DAYS_OFF_BY_COUNTRY[country] ?? ['public'];
}

/** A holiday as a country source gives it. */
export interface SourceHoliday {
  date: IsoDate;
  name: string;
  /** Its kind, as the source types it. */
  type: HolidayType;
  /** Off only part of the day (Ash Wednesday until 14:00): a working day. */
  partial?: boolean;
  /**
   * The Islamic (Hijri) day it falls on, e.g. `1 Shawwal`, for a holiday set by moon
   * sighting: its date is the source's estimate.
   */
  hijri?: string;
  /**
   * The source has no name for it in the language asked: `name` is in another (the
   * country's, else English).
   */
  foreignName?: true;
}

/** Where a committee is: a country, a subdivision of it (`SP`), a city or region of that (`SP`). */
export interface Place {
  /** ISO 3166-1 alpha-2, e.g. `BR`. */
  country: string;
  /** ISO 3166-2 subdivision without the country, e.g. `SP` for `BR-SP`. */
  subdivision?: string;
  /** A region or city of the subdivision as the source codes it, e.g. `SP` for `BR-SP-SP`. */
  region?: string;
}

/** What a committee's country brings: its holidays and its money (a port: see adapters/country). */
export interface CountryFacts {
  /** The subdivisions (states, regions) the source knows for `country`, or null when it has no data for it. */
  subdivisionsOf(country: string): readonly string[] | null;
  /** The regions or cities the source knows in a subdivision (none for most). */
  regionsOf(country: string, subdivision: string): readonly string[];
  /**
   * The holidays of `year` of every kind, named in `language` where the source can (else in
   * the country's language or English, marked `foreignName`).
   */
  holidaysOf(place: Place, year: number, language: string): readonly SourceHoliday[];
  /** The country's currency (ISO 4217), when known. */
  currencyOf(country: string): string | undefined;
  /** A subdivision's name (`SP` → São Paulo), or its region's when one is given. */
  subdivisionName(country: string, subdivision: string, region?: string): string | undefined;
  /** The time zone of the country's capital (or of the subdivision), when known. */
  timeZoneOf(country: string, subdivision: string | undefined): string | undefined;
  /** The country's languages (ISO 639-1), the main one first. */
  languagesOf(country: string): readonly string[];
}

/** A source that knows no country: holidays come from the committee alone. */
export const NO_COUNTRY_FACTS: CountryFacts = {
  subdivisionsOf: () => null,
  regionsOf: () => [],
  holidaysOf: () => [],
  currencyOf: () => undefined,
  subdivisionName: () => undefined,
  timeZoneOf: () => undefined,
  languagesOf: () => [],
};

/** A fixed public holiday: month, day, its name, and the first year it applies. */
export interface FixedHoliday {
  month: number;
  day: number;
  /** Its name in each language a committee may choose (French first: the law's). */
  names: { fr: string; en: string; ar: string; es: string; pt: string };
  from?: number;
}

/**
 * What a country's own law says where the common source is short or wrong. Each is reported
 * to date-holidays' maintainers; a rule stays until the library is right.
 */
interface CountryRule {
  /** The fixed holidays, exactly: they replace the source's holidays that are not lunar. */
  fixed?: readonly FixedHoliday[];
  /** Fixed holidays the source misses (in some of its subdivisions): added to its list. */
  added?: readonly FixedHoliday[];
  /** Lunar holidays (by their Hijri day) that last two days: the day after is off too. */
  twoDays?: readonly string[];
  /**
   * From this day (and until `to`, while it lasts), the law makes no holiday a day off: the
   * committee's own days (`holidays.add`) alone count.
   */
  suspended?: { from: IsoDate; to?: IsoDate };
  /** Where the rule comes from. */
  source: string;
}

/** Morocco's fixed public holidays. */
export const MOROCCO_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  {
    month: 1,
    day: 1,
    names: {
      fr: 'Nouvel An',
      en: "New Year's Day",
      ar: 'رأس السنة الميلادية',
      es: 'Año Nuevo',
      pt: 'Ano Novo',
    },
  },
  {
    month: 1,
    day: 11,
    names: {
      fr: "Manifeste de l'Indépendance",
      en: 'Anniversary of the Independence Manifesto',
      ar: 'ذكرى تقديم وثيقة الاستقلال',
      es: 'Aniversario del Manifiesto de la Independencia',
      pt: 'Aniversário do Manifesto da Independência',
    },
  },
  {
    month: 1,
    day: 14,
    names: {
      fr: 'Nouvel An amazigh',
      en: 'Amazigh New Year',
      ar: 'رأس السنة الأمازيغية',
      es: 'Año Nuevo amazigh',
      pt: 'Ano Novo amazigh',
    },
    from: 2024,
  },
  {
    month: 5,
    day: 1,
    names: {
      fr: 'Fête du Travail',
      en: 'Labour Day',
      ar: 'عيد الشغل',
      es: 'Día del Trabajo',
      pt: 'Dia do Trabalho',
    },
  },
  {
    month: 7,
    day: 30,
    names: {
      fr: 'Fête du Trône',
      en: 'Throne Day',
      ar: 'عيد العرش',
      es: 'Fiesta del Trono',
      pt: 'Festa do Trono',
    },
  },
  {
    month: 8,
    day: 14,
    names: {
      fr: "Allégeance d'Oued Eddahab",
      en: 'Anniversary of the Recovery of Oued Eddahab',
      ar: 'ذكرى استرجاع وادي الذهب',
      es: 'Aniversario de la recuperación de Oued Eddahab',
      pt: 'Aniversário da recuperação de Oued Eddahab',
    },
  },
  {
    month: 8,
    day: 20,
    names: {
      fr: 'Révolution du Roi et du Peuple',
      en: 'Revolution of the King and the People',
      ar: 'ذكرى ثورة الملك والشعب',
      es: 'Revolución del Rey y del Pueblo',
      pt: 'Revolução do Rei e do Povo',
    },
  },
  {
    month: 8,
    day: 21,
    names: {
      fr: 'Fête de la Jeunesse',
      en: 'Youth Day',
      ar: 'عيد الشباب',
      es: 'Día de la Juventud',
      pt: 'Dia da Juventude',
    },
  },
  {
    month: 10,
    day: 31,
    names: {
      fr: "Fête de l'Unité",
      en: 'Unity Day',
      ar: 'عيد الوحدة',
      es: 'Fiesta de la Unidad',
      pt: 'Festa da Unidade',
    },
    from: 2026,
  },
  {
    month: 11,
    day: 6,
    names: {
      fr: 'Marche Verte',
      en: 'Anniversary of the Green March',
      ar: 'ذكرى المسيرة الخضراء',
      es: 'Aniversario de la Marcha Verde',
      pt: 'Aniversário da Marcha Verde',
    },
  },
  {
    month: 11,
    day: 18,
    names: {
      fr: "Fête de l'Indépendance",
      en: 'Independence Day',
      ar: 'عيد الاستقلال',
      es: 'Día de la Independencia',
      pt: 'Dia da Independência',
    },
  },
];

/**
 * Brazil's 20 November, Black Awareness Day, a national holiday from 2024 (Lei nº 14.759 of
 * 21 December 2023). date-holidays 3.37 has it nationally, but the states that had it before
 * (São Paulo, Amazonas, Mato Grosso) override it with their older rule, which ends on
 * 2023-12-21: their committees would lose it.
 */
export const BRAZIL_BLACK_AWARENESS_DAY: FixedHoliday = {
  month: 11,
  day: 20,
  names: {
    fr: 'Journée de la conscience noire',
    en: 'Black Awareness Day',
    ar: 'يوم الوعي الأسود',
    es: 'Día de la Conciencia Negra',
    pt: 'Dia da Consciência Negra',
  },
  from: 2024,
};

const COUNTRY_RULES: Readonly<Record<string, CountryRule>> = {
  MA: {
    fixed: MOROCCO_FIXED_HOLIDAYS,
    // Aïd al-Fitr (1–2 Chaoual), Aïd al-Adha (10–11 Dou al-Hijja) and Aïd al-Mawlid
    // (the Prophet's birthday and the day after) are two days off in the public service.
    twoDays: ['1 Shawwal', '10 Dhu al-Hijjah', '12 Rabi al-awwal'],
    source: 'liste des jours fériés de la fonction publique marocaine',
  },
  BR: {
    added: [BRAZIL_BLACK_AWARENESS_DAY],
    source: 'Lei nº 14.759, de 21 de dezembro de 2023',
  },
  UA: {
    // Article 6 of the Law « On the organisation of labour relations under martial law »
    // suspends article 73 of the Labour Code (holidays and non-working days) while martial
    // law lasts: 8 March 2022, before the law, was the last holiday off.
    suspended: { from: '2022-03-15' },
    source: 'Закон України № 2136-IX від 15.03.2022, стаття 6',
  },
};

/** A correction of the committee: one day or a span of days, with a name when it gives one. */
export interface HolidayCorrection {
  from: IsoDate;
  to: IsoDate;
  name?: string;
}

/** Everything a committee's working calendar is built from. */
export interface CalendarInput extends Place {
  weekend: readonly IsoWeekday[];
  /** The kinds of holiday that are days off; the country's ({@link daysOffTypes}) by default. */
  types?: readonly HolidayType[];
  add: readonly HolidayCorrection[];
  remove: readonly HolidayCorrection[];
  /** The language holiday names are given in. */
  language: string;
  facts: CountryFacts;
  /** The name of a holiday the committee adds without naming it. */
  committeeHolidayName: string;
}

/** The committee's weekend from its country, as CLDR has it (`Intl.Locale#getWeekInfo`). */
export function countryWeekend(country: string): IsoWeekday[] {
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & {
    getWeekInfo?: () => { weekend: number[] };
    weekInfo?: { weekend: number[] };
  };
  // Node 24 has the method; Node 22's V8 had the earlier getter.
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  return (info?.weekend ?? [6, 7]) as IsoWeekday[];
}

/**
 * A source holiday's name in the committee's language: the source's when it has one in it;
 * else, for a holiday set by moon sighting, the catalogue's name of its Islamic day (Senegal's
 * 10 Muharram, « Day of Ashura » in the source, is « Achoura » in French); else the source's,
 * in the country's language or English.
 */
function nameIn(language: string, holiday: SourceHoliday): string {
  if (!holiday.foreignName || !holiday.hijri) return holiday.name;
  // `10 Muharram` → `muharram_10`: the catalogue's case for that day.
  const [day, ...month] = holiday.hijri.toLowerCase().split(' ');
  const key = `${month.join('_').replaceAll('-', '_')}_${day}`;
  const named = translate(language as LocaleTag, 'calendar.hijriHoliday', {
    day: key as MessageValues['calendar.hijriHoliday']['day'],
  });
  return named || holiday.name;
}

/** Every day of a correction. */
function daysOf(correction: HolidayCorrection): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = correction.from; day <= correction.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Builds the committee's working calendar; each year's holidays are worked out when first asked. */
export function buildWorkingCalendar(input: CalendarInput): WorkingCalendar & {
  /** Days the committee removes that are no holiday: probably a typo. */
  removalsMatchingNothing(): IsoDate[];
} {
  const added = new Map<IsoDate, string | undefined>();
  for (const correction of input.add)
    for (const day of daysOf(correction)) added.set(day, correction.name);
  const removed = new Set(input.remove.flatMap(daysOf));
  const years = new Map<number, Map<IsoDate, Holiday>>();
  const types = new Set(input.types ?? daysOffTypes(input.country));

  const countryYears = new Map<number, ReadonlyMap<IsoDate, Holiday>>();
  /** The country's own holidays of a year, before the committee's corrections; worked out once. */
  const countryYear = (year: number): ReadonlyMap<IsoDate, Holiday> => {
    const known = countryYears.get(year);
    if (known) return known;
    const out = new Map<IsoDate, Holiday>();
    countryYears.set(year, out);
    const rule = COUNTRY_RULES[input.country];
    const listed = input.facts.holidaysOf(placeOf(input), year, input.language);
    for (const h of listed) {
      if (!types.has(h.type) || h.partial) continue;
      if (rule?.fixed && !h.hijri) continue; // the rule's fixed list is exact
      const name = nameIn(input.language, h);
      out.set(h.date, {
        date: h.date,
        name,
        estimate: h.hijri !== undefined,
        origin: 'country',
      });
      if (h.hijri && rule?.twoDays?.includes(h.hijri)) {
        const next = addDays(h.date, 1);
        if (!out.has(next)) out.set(next, { date: next, name, estimate: true, origin: 'country' });
      }
    }
    for (const f of [...(rule?.fixed ?? []), ...(rule?.added ?? [])]) {
      if ((f.from ?? 0) > year) continue;
      const date = `${year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
      // A day the source has keeps its name; the rule names its own in every language.
      if (out.has(date) && !rule?.fixed?.includes(f)) continue;
      const name = f.names[input.language as keyof FixedHoliday['names']] ?? f.names.fr;
      out.set(date, { date, name, estimate: false, origin: 'country' });
    }
    const suspended = rule?.suspended;
    if (suspended) {
      for (const day of out.keys()) {
        if (day >= suspended.from && (!suspended.to || day <= suspended.to)) out.delete(day);
      }
    }
    return out;
  };

  const yearOf = (year: number): Map<IsoDate, Holiday> => {
    let days = years.get(year);
    if (days) return days;
    days = new Map([...countryYear(year)].filter(([day]) => !removed.has(day)));
    for (const [day, name] of added) {
      if (Number(day.slice(0, 4)) !== year) continue;
      const known = days.get(day);
      // Listed by the committee: a lunar date the source estimated is now confirmed.
      days.set(
        day,
        known
          ? { ...known, name: name ?? known.name, estimate: false }
          : {
              date: day,
              name: name ?? input.committeeHolidayName,
              estimate: false,
              origin: 'committee',
            },
      );
    }
    years.set(year, days);
    return days;
  };

  return {
    weekend: input.weekend,
    holidayOn: (date) => yearOf(Number(date.slice(0, 4))).get(date),
    holidaysBetween: (from, to) => {
      const out: Holiday[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const h of yearOf(year).values()) if (h.date >= from && h.date <= to) out.push(h);
      }
      return out.sort((a, b) => a.date.localeCompare(b.date));
    },
    removalsMatchingNothing: () =>
      [...removed]
        .filter((day) => {
          const year = Number(day.slice(0, 4));
          return !countryYear(year).has(day);
        })
        .sort(),
  };
}

/** The place of a calendar, as a country source is asked for it. */
function placeOf(input: Place): Place {
  return {
    country: input.country,
    ...(input.subdivision ? { subdivision: input.subdivision } : {}),
    ...(input.subdivision && input.region ? { region: input.region } : {}),
  };
}

/**
 * Whether ogp-tracker carries Morocco's kind of rule for `country`: its own complete list of
 * fixed holidays, which makes the country's holidays known without the source.
 */
export function hasCountryRule(country: string): boolean {
  return COUNTRY_RULES[country]?.fixed !== undefined;
}
