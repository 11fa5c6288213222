/**
 * The computer's language, as POSIX programs take it: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set decides (`pt_BR.UTF-8`, `es_CR.UTF-8@euro`, `C`). The command line speaks it
 * where no committee names a language (a folder without committee.yaml, no --locale); core
 * never reads the environment.
 */
import { localeTag, type LocaleTag } from '../core/locale-tag.js';
import { isLocale } from '../core/locales.js';

/**
 * The reader's tag from the environment's locale (`pt_BR.UTF-8` → `pt-BR`, `ar_JO` → `ar-JO`,
 * `en` → `en`), or null when it is not one of ogp-tracker's languages (`de_DE`, `C`, `POSIX`)
 * or none is set.
 */
export function systemLocale(env: Readonly<Record<string, string | undefined>>): LocaleTag | null {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const match = /^([a-z]{2,3})(?:_([A-Z]{2}))?(?:[.@]|$)/.exec(value ?? '');
  const language = match?.[1];
  if (!language || !isLocale(language)) return null;
  return localeTag(language, match[2]);
}
