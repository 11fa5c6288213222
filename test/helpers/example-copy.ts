/** A private copy of the bundled example (config and submissions), optionally edited. */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfigFile, type LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { packageRoot } from '../../src/adapters/local/package-files.js';

export const EXAMPLE_DIR = join(packageRoot(), 'examples', 'maroc-2019');

export async function exampleCopy(
  dir: string,
  editConfig: (text: string) => string = (t) => t,
): Promise<LoadedConfig & { inbox: string }> {
  await mkdir(dir, { recursive: true });
  const text = await readFile(join(EXAMPLE_DIR, 'committee.yaml'), 'utf8');
  await writeFile(join(dir, 'committee.yaml'), editConfig(text));
  await cp(join(EXAMPLE_DIR, 'submissions'), join(dir, 'submissions'), { recursive: true });
  // Its inbox folder, empty: each test puts its own messages there.
  const inbox = join(dir, 'inbox');
  await mkdir(inbox, { recursive: true });
  return { ...(await loadConfigFile(join(dir, 'committee.yaml'))), inbox };
}

/**
 * A copy of a bundled example (`mexico-2025` …) in a new folder below `dir`, without its out/
 * (the commands write there); returns the copy's folder.
 */
export async function countryExampleCopy(dir: string, folder: string): Promise<string> {
  const copy = await mkdtemp(join(dir, `${folder}-`));
  await cp(join(packageRoot(), 'examples', folder), copy, {
    recursive: true,
    filter: (source) => !source.includes(`${folder}/out`),
  });
  return copy;
}
