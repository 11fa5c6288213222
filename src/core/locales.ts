/**
 * Languages the committee and each focal point may choose: one per folder of the ICU
 * catalogues (src/core/catalogue/messages/), French first. A translator adds one by adding its
 * folder and running `npm run catalogue` (docs/translating.md).
 */
import { CATALOGUE_LANGUAGES } from './catalogue/generated.js';

export const LOCALES = CATALOGUE_LANGUAGES;
export type Locale = (typeof LOCALES)[number];

/** True for a language ogp-tracker speaks. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
