/**
 * A private copy of the bundled example (config and submissions), optionally edited: its
 * configuration in one committee.yaml (a committee that keeps everything in YAML), see
 * {@link EXAMPLE_ONE_FILE}; `countryExampleCopy(dir, 'maroc-2019')` copies it with its workbook.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  loadConfigFile,
  parseConfigText,
  type LoadedConfig,
} from '../../src/adapters/config/committee-file.js';
import { packageRoot } from '../../src/adapters/local/package-files.js';

export const EXAMPLE_DIR = join(packageRoot(), 'examples', 'maroc-2019');

/**
 * The example in one committee.yaml (its workbook's people and plan written as YAML): what the
 * tests copy and edit as text. test/examples-workbook.test.ts keeps it equal to the example.
 */
export const EXAMPLE_ONE_FILE = join(packageRoot(), 'test', 'fixtures', 'maroc-2019-one-file.yaml');

/** The example's one-file configuration, loaded as if it were examples/maroc-2019/committee.yaml. */
export async function loadExample(
  editConfig: (text: string) => string = (t) => t,
): Promise<LoadedConfig> {
  const text = editConfig(await readFile(EXAMPLE_ONE_FILE, 'utf8'));
  return parseConfigText(text, join(EXAMPLE_DIR, 'committee.yaml'));
}

export async function exampleCopy(
  dir: string,
  editConfig: (text: string) => string = (t) => t,
): Promise<LoadedConfig & { inbox: string }> {
  await mkdir(dir, { recursive: true });
  const text = await readFile(EXAMPLE_ONE_FILE, 'utf8');
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
