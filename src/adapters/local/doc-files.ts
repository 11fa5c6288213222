/** The pages of docs/ as installed with the package: absolute paths a person can open. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDE_FALLBACK, guidePage, type DocPage } from '../../core/doc-pages.js';
import type { Locale } from '../../core/locales.js';
import { packageRoot } from './package-files.js';

/** `page` (relative to the package, `docs/…`) as an absolute path, when the file is installed. */
export function installedPage(page: DocPage | string): string | undefined {
  const file = join(packageRoot(), ...page.split('/'));
  return existsSync(file) ? file : undefined;
}

/**
 * The secretariat's guide in `language` (Moroccan and Jordanian Arabic read the Arabic one),
 * else the French one while that language has none; undefined when neither is installed.
 */
export function installedGuide(language: Locale): string | undefined {
  return installedPage(guidePage(language)) ?? installedPage(guidePage(GUIDE_FALLBACK));
}
