/**
 * What a country brings to a committee, from kept libraries: its holidays from
 * `date-holidays` (207 countries, their states and some of their cities, from each country's
 * published law), every kind of them with its type (which are days off is core's decision,
 * holidays.ts), and its currency from `country-to-currency`. `date-holidays` costs some 150 ms and 30 MB to
 * load (moment-timezone and every country's data): it is loaded when a configuration first
 * asks for a year's holidays, not before.
 */
import { createRequire } from 'node:module';
import type DateHolidays from 'date-holidays';
import countryToCurrency from 'country-to-currency';
import {
  isHolidayType,
  type CountryFacts,
  type Place,
  type SourceHoliday,
} from '../../core/holidays.js';

type HolidaysClass = typeof DateHolidays;

const require = createRequire(import.meta.url);
let library: HolidaysClass | undefined;

function holidaysLibrary(): HolidaysClass {
  library ??= require('date-holidays') as HolidaysClass;
  return library;
}

/**
 * The months of the Islamic calendar as `date-holidays` writes them in its rules
 * (`1 Shawwal`, `10 Dhu al-Hijjah`): a holiday on one of them is set by moon sighting, so
 * the library's date is an estimate (its `start` is the evening before: its `date` is the day).
 */
const HIJRI_RULE =
  /^(\d{1,2} (?:Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah))\b/;

const DAY_MS = 86_400_000;

/** What date-holidays keeps of each rule of a place: its names by language. */
interface RuleNames {
  holidays?: Record<string, { name?: string | Record<string, string | undefined> } | undefined>;
}

const instances = new Map<string, InstanceType<HolidaysClass>>();
const years = new Map<string, readonly SourceHoliday[]>();

function instanceFor(place: Place): InstanceType<HolidaysClass> {
  const key = placeKey(place);
  let found = instances.get(key);
  if (!found) {
    const Holidays = holidaysLibrary();
    const { country, subdivision, region } = place;
    found = subdivision
      ? region
        ? new Holidays(country, subdivision, region)
        : new Holidays(country, subdivision)
      : new Holidays(country);
    instances.set(key, found);
  }
  return found;
}

function placeKey({ country, subdivision, region }: Place): string {
  return [country, subdivision ?? '', region ?? ''].join('-');
}

/**
 * The holidays of a year, one entry a day (a holiday of several days gives several). One
 * that lasts less than a day (`easter -46 PT14H`, `12-24 14:00`) is partial.
 */
function holidaysOf(place: Place, year: number, language: string): readonly SourceHoliday[] {
  const key = `${placeKey(place)}|${year}|${language}`;
  const known = years.get(key);
  if (known) return known;
  const out: SourceHoliday[] = [];
  if (countryKnown(place.country)) {
    const instance = instanceFor(place);
    for (const h of instance.getHolidays(year, language)) {
      const type = isHolidayType(h.type) ? h.type : 'observance';
      // The library falls back on the country's language, then English, without saying so:
      // its rule's names (a name of no language, « Magal de Touba », is the country's own).
      const names = (instance as unknown as RuleNames).holidays?.[h.rule]?.name;
      const foreignName = typeof names === 'object' && names !== null && !names[language];
      const hijri = HIJRI_RULE.exec(h.rule)?.[1];
      const date = h.date.slice(0, 10);
      const span = (h.end.getTime() - h.start.getTime()) / DAY_MS;
      const partial = span < 0.99;
      const length = Math.max(1, Math.floor(span + 0.01));
      for (let i = 0; i < length; i++) {
        const day = new Date(Date.parse(`${date}T00:00:00Z`) + i * DAY_MS)
          .toISOString()
          .slice(0, 10);
        if (Number(day.slice(0, 4)) !== year) continue;
        out.push({
          date: day,
          name: h.name,
          type,
          ...(partial ? { partial } : {}),
          ...(hijri ? { hijri } : {}),
          ...(foreignName ? { foreignName } : {}),
        });
      }
    }
  }
  years.set(key, out);
  return out;
}

/**
 * Zones IANA renamed that date-holidays or CLDR still list by their former name (the
 * library's first zone is the capital's): written under today's name (tzdata 2022b for Kyiv,
 * 2020a for Nuuk, 2007 for Asmara). Either name loads: `Intl` knows both.
 */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Europe/Belfast': 'Europe/London',
  'Africa/Asmera': 'Africa/Asmara',
};

/** A zone under today's name. */
function renamed(zone: string): string {
  return RENAMED_ZONES[zone] ?? zone;
}

/** The zone `Intl` reads a name as (Asia/Kolkata and Asia/Calcutta are one). */
function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** Whether two zones keep the same clock, now and over the next years. */
function sameClock(a: string, b: string): boolean {
  const offset = (zone: string, at: Date) =>
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  const year = new Date().getUTCFullYear();
  for (let y = year; y < year + 3; y++) {
    for (const month of [0, 3, 6, 9]) {
      const at = new Date(Date.UTC(y, month, 15, 12));
      if (offset(a, at) !== offset(b, at)) return false;
    }
  }
  return true;
}

/**
 * The country's own name for a zone the library gives: IANA links the zones of several
 * countries into one (Africa/Dakar, Africa/Bamako and Africa/Lome are Africa/Abidjan's), and
 * the library lists that one; CLDR names each country's. The library's name stays when it is
 * one of the country's zones (Asia/Kolkata, which CLDR still calls Asia/Calcutta), or when no
 * zone of the country keeps the same clock.
 */
function countrysZone(zone: string, cldr: readonly string[]): string {
  if (cldr.length === 0 || cldr.some((z) => canonicalZone(z) === canonicalZone(zone))) return zone;
  const own = cldr.find((z) => sameClock(z, zone));
  return own ? renamed(own) : zone;
}

let countries: Set<string> | undefined;

function countryKnown(country: string): boolean {
  countries ??= new Set(Object.keys(new (holidaysLibrary())().getCountries('en')));
  return countries.has(country);
}

/** Country facts from `date-holidays` and `country-to-currency`. */
export const libraryCountryFacts: CountryFacts = {
  subdivisionsOf: (country) => {
    if (!countryKnown(country)) return null;
    return Object.keys(new (holidaysLibrary())().getStates(country) ?? {});
  },
  regionsOf: (country, subdivision) =>
    countryKnown(country)
      ? Object.keys(new (holidaysLibrary())().getRegions(country, subdivision) ?? {})
      : [],
  holidaysOf,
  currencyOf: (country) => (countryToCurrency as Record<string, string | undefined>)[country],
  subdivisionName: (country, subdivision, region) => {
    if (!countryKnown(country)) return undefined;
    const library = new (holidaysLibrary())();
    return region
      ? library.getRegions(country, subdivision)?.[region]
      : library.getStates(country)?.[subdivision];
  },
  timeZoneOf: (country, subdivision) => {
    // The library lists the capital's zone first, named as the country names it; CLDR knows
    // countries the library does not.
    const cldr = zonesOf(new Intl.Locale(`und-${country}`));
    if (countryKnown(country)) {
      const zones = instanceFor({
        country,
        ...(subdivision ? { subdivision } : {}),
      }).getTimezones();
      if (zones[0]) return countrysZone(renamed(zones[0]), cldr);
    }
    return cldr.length === 1 && cldr[0] ? renamed(cldr[0]) : undefined;
  },
  languagesOf: (country) => {
    const fromLibrary = countryKnown(country) ? instanceFor({ country }).getLanguages() : [];
    const likely = new Intl.Locale(`und-${country}`).maximize().language;
    return [...new Set([...fromLibrary.map((l) => l.slice(0, 2)), likely])];
  },
};

/** CLDR's time zones of a region (`getTimeZones` in Node 24, the `timeZones` getter before). */
function zonesOf(locale: Intl.Locale): string[] {
  const withZones = locale as Intl.Locale & {
    getTimeZones?: () => string[];
    timeZones?: string[];
  };
  return withZones.getTimeZones?.() ?? withZones.timeZones ?? [];
}
