/** Files shipped with the package: the bundled example, found from wherever the code runs. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMITTEE_SCHEMA_FILE } from '../../core/config-json-schema.js';
import type { Locale } from '../../core/locales.js';

let cachedRoot: string | undefined;

/** The package's root folder (the one holding our package.json), from src/ or dist/src/. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'ogp-tracker') {
      cachedRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('ogp-tracker package root not found');
    dir = parent;
  }
}

/**
 * The bundled example committee in each language: Morocco's (French) is the one `npm start`
 * and `init` use; Mexico's, São Paulo's and Jordan's are in Spanish, Portuguese and Arabic.
 * None is in English: an English reader is offered Morocco's.
 */
const EXAMPLES: Readonly<Record<Locale, string>> = {
  fr: 'maroc-2019',
  en: 'maroc-2019',
  es: 'mexico-2025',
  pt: 'sao-paulo-2025',
  ar: 'jordanie-2025',
};

/** The bundled example committee's configuration, in `language` where there is one (Morocco's). */
export function exampleConfigPath(language: Locale = 'fr'): string {
  return join(packageRoot(), 'examples', EXAMPLES[language], 'committee.yaml');
}

/**
 * committee.schema.json as installed, as a `file://` URL: what a committee.yaml's
 * `# yaml-language-server: $schema=` line names. The package is not published (`private`):
 * it is cloned and installed with `npm ci`, and a committee's folder is anywhere, so neither a
 * path relative to it nor `./node_modules/ogp-tracker/` would find the file, and no site serves
 * a versioned copy. The URL holds while the clone stays where it is.
 */
export function committeeSchemaUrl(): string {
  return pathToFileURL(join(packageRoot(), COMMITTEE_SCHEMA_FILE)).href;
}

/** The package version, for `--version`. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string;
}
