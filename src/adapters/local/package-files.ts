/** Files shipped with the package: the bundled example, found from wherever the code runs. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The bundled example committee configuration. */
export function exampleConfigPath(): string {
  return join(packageRoot(), 'examples', 'maroc-2019', 'committee.yaml');
}

/** The package version, for `--version`. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string;
}
