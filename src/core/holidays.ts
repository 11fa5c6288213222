/**
 * A committee's holidays: its country's public holidays (from a {@link CountryFacts} source),
 * the country's own rules where the source falls short (Morocco's fixed holidays, its Eids
 * of two days), then the committee's corrections (`holidays: { add, remove }`). Holidays set
 * by moon sighting stay estimates until the committee lists their date in `add`.
 */
import type { IsoDate } from './calendar-date.js';
import { addDays, type Holiday, type IsoWeekday, type WorkingCalendar } from './working-days.js';

/** A public holiday as a country source gives it. */
export interface SourceHoliday {
  date: IsoDate;
  name: string;
  /**
   * The Islamic (Hijri) day it falls on, e.g. `1 Shawwal`, for a holiday set by moon
   * sighting: its date is the source's estimate.
   */
  hijri?: string;
}

/** What a committee's country brings: its holidays and its money (a port: see adapters/country). */
export interface CountryFacts {
  /** The subdivisions (states, regions) the source knows for `country`, or null when it has no data for it. */
  subdivisionsOf(country: string): readonly string[] | null;
  /** The public holidays of `year`, named in `language` where the source can. */
  holidaysOf(
    country: string,
    subdivision: string | undefined,
    year: number,
    language: string,
  ): readonly SourceHoliday[];
  /** The country's currency (ISO 4217), when known. */
  currencyOf(country: string): string | undefined;
  /** A subdivision's name (`SP` → São Paulo), when the source knows it. */
  subdivisionName(country: string, subdivision: string): string | undefined;
  /** The time zone of the country's capital (or of the subdivision), when known. */
  timeZoneOf(country: string, subdivision: string | undefined): string | undefined;
  /** The country's languages (ISO 639-1), the main one first. */
  languagesOf(country: string): readonly string[];
}

/** A source that knows no country: holidays come from the committee alone. */
export const NO_COUNTRY_FACTS: CountryFacts = {
  subdivisionsOf: () => null,
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

/** What a country's own law says where the common source is short or wrong. */
interface CountryRule {
  /** The fixed holidays, exactly: they replace the source's holidays that are not lunar. */
  fixed: readonly FixedHoliday[];
  /** Lunar holidays (by their Hijri day) that last two days: the day after is off too. */
  twoDays: readonly string[];
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

const COUNTRY_RULES: Readonly<Record<string, CountryRule>> = {
  MA: {
    fixed: MOROCCO_FIXED_HOLIDAYS,
    // Aïd al-Fitr (1–2 Chaoual), Aïd al-Adha (10–11 Dou al-Hijja) and Aïd al-Mawlid
    // (the Prophet's birthday and the day after) are two days off in the public service.
    twoDays: ['1 Shawwal', '10 Dhu al-Hijjah', '12 Rabi al-awwal'],
    source: 'liste des jours fériés de la fonction publique marocaine',
  },
};

/** A correction of the committee: one day or a span of days, with a name when it gives one. */
export interface HolidayCorrection {
  from: IsoDate;
  to: IsoDate;
  name?: string;
}

/** Everything a committee's working calendar is built from. */
export interface CalendarInput {
  /** ISO 3166-1 alpha-2 code, e.g. `MA`. */
  country: string;
  /** ISO 3166-2 subdivision without the country, e.g. `SP` for `BR-SP`. */
  subdivision?: string;
  weekend: readonly IsoWeekday[];
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

  const countryYears = new Map<number, ReadonlyMap<IsoDate, Holiday>>();
  /** The country's own holidays of a year, before the committee's corrections; worked out once. */
  const countryYear = (year: number): ReadonlyMap<IsoDate, Holiday> => {
    const known = countryYears.get(year);
    if (known) return known;
    const out = new Map<IsoDate, Holiday>();
    countryYears.set(year, out);
    const rule = COUNTRY_RULES[input.country];
    const listed = input.facts.holidaysOf(input.country, input.subdivision, year, input.language);
    for (const h of listed) {
      if (rule && !h.hijri) continue; // the rule's fixed list is exact
      out.set(h.date, {
        date: h.date,
        name: h.name,
        estimate: h.hijri !== undefined,
        origin: 'country',
      });
      if (h.hijri && rule?.twoDays.includes(h.hijri)) {
        const next = addDays(h.date, 1);
        if (!out.has(next))
          out.set(next, { date: next, name: h.name, estimate: true, origin: 'country' });
      }
    }
    for (const f of rule?.fixed ?? []) {
      if ((f.from ?? 0) > year) continue;
      const date = `${year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
      // The rule names its days in every language (the source lacks some, or names them in Arabic).
      const name = f.names[input.language as keyof FixedHoliday['names']] ?? f.names.fr;
      out.set(date, { date, name, estimate: false, origin: 'country' });
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

/** Whether ogp-tracker carries rules of its own for `country`'s holidays. */
export function hasCountryRule(country: string): boolean {
  return COUNTRY_RULES[country] !== undefined;
}
