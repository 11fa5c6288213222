/**
 * Who reads a text, as BCP 47 sees it: a language of the catalogues and, where known, the
 * country the reader writes from. The language picks the words, the region picks how
 * numbers and dates are written (Mexico writes 21.7 %, Brazil 21,7 %) and which regional
 * variant of a catalogue applies (`ar-JO` over `ar`).
 */
import { isLocale, type Locale } from './locales.js';

/** A catalogue language, alone (`fr`) or with the reader's country (`es-MX`, `ar-JO`). */
export type LocaleTag = Locale | `${Locale}-${string}`;

/** The digits Arabic text is written with: Latin (the default) or Arabic-Indic. */
export const DIGIT_SYSTEMS = ['latn', 'arab'] as const;
export type DigitSystem = (typeof DIGIT_SYSTEMS)[number];

/**
 * The tag of a reader of `language` in `country` (an ISO 3166 code, perhaps with a
 * subdivision: `BR-SP-SP` is read as `BR`). `digits` only matters in Arabic.
 */
export function localeTag(language: Locale, country?: string, digits?: DigitSystem): LocaleTag {
  const region = country?.split('-')[0]?.toUpperCase() ?? '';
  const base: LocaleTag = /^[A-Z]{2}$/.test(region) ? `${language}-${region}` : language;
  return language === 'ar' && digits === 'arab' ? `${base}-u-nu-arab` : base;
}

/** The catalogue language of a tag: `ar-JO` → `ar`. */
export function languageOf(tag: LocaleTag): Locale {
  const language = tag.split('-')[0] ?? '';
  return isLocale(language) ? language : 'fr';
}

/** The region of a tag, when it has one: `es-MX` → `MX`. */
export function regionOf(tag: LocaleTag): string | null {
  const region = tag.split('-')[1];
  return region && /^[A-Z]{2}$/.test(region) ? region : null;
}

/** The catalogues to look a message up in, the most particular first: `ar-JO`, then `ar`. */
export function catalogueChain(tag: LocaleTag): readonly string[] {
  const language = languageOf(tag);
  const region = regionOf(tag);
  return region ? [`${language}-${region}`, language] : [language];
}

const formattingMemo = new Map<string, string>();

/**
 * The locale `Intl` formats a reader's numbers and dates with. A country whose own variant
 * `Intl` lacks falls back on the language's: English then means international English
 * (`en-001`: 06/05/2025), not the United States' (05/06/2025). Arabic is written with
 * Latin digits unless the tag asks for Arabic-Indic ones (CLDR's default for `ar-JO` is
 * Arabic-Indic; Morocco and most administrations online write Latin digits).
 */
export function formattingLocale(tag: LocaleTag): string {
  const known = formattingMemo.get(tag);
  if (known) return known;
  const language = languageOf(tag);
  const region = regionOf(tag);
  const wanted = region ? `${language}-${region}` : language;
  const resolved = new Intl.DateTimeFormat(wanted).resolvedOptions().locale;
  // English without a country is international English too: the catalogue's English is.
  const own = resolved === wanted && wanted !== 'en';
  let locale = own ? wanted : language === 'en' ? 'en-001' : language;
  if (language === 'ar') locale += tag.endsWith('-u-nu-arab') ? '-u-nu-arab' : '-u-nu-latn';
  formattingMemo.set(tag, locale);
  return locale;
}

const directions = new Map<string, 'ltr' | 'rtl'>();

/** The direction a language is written in, as CLDR gives it (Arabic, and any other added). */
export function directionOf(tag: LocaleTag): 'ltr' | 'rtl' {
  const language = languageOf(tag);
  // Asked for every value a message shows (isolate): CLDR's answer is kept per language.
  let direction = directions.get(language);
  if (!direction) {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    direction = info?.direction === 'rtl' ? 'rtl' : 'ltr';
    directions.set(language, direction);
  }
  return direction;
}
