/** Languages the committee and each focal point may choose. */
export const LOCALES = ['fr', 'en', 'ar', 'es', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** True for a language ogp-tracker speaks. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
