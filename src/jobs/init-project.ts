/** The `init` job: a starter committee.yaml and one pre-filled template per commitment. */
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseConfigText } from '../adapters/config/committee-file.js';
import { exampleConfigPath } from '../adapters/local/package-files.js';
import { templateOptionsFor, writeTemplateFile } from '../adapters/documents/template-workbook.js';
import { xlsxSourcePaths } from '../core/config-schema.js';
import { commitmentNumberInName } from '../core/file-names.js';

/** What `init` wrote, and what it found already there and left alone. */
export interface InitResult {
  config: string;
  /** False when `committee.yaml` was there already (and kept). */
  configWritten: boolean;
  written: string[];
  kept: string[];
  /** Submission files of commitments the configuration no longer has. */
  stale: string[];
}

/**
 * Writes `DIR/committee.yaml` (the bundled example, to edit) unless it is there, and a
 * template for every commitment whose submission file does not exist yet. Never overwrites
 * a file; with `force`, the templates of existing files are written again (what a focal
 * point filled in there is lost). Lists the submission files of commitments the
 * configuration no longer has.
 */
export async function initProject(
  dir: string,
  options: { force?: boolean; starter?: string } = {},
): Promise<InitResult> {
  const target = resolve(dir);
  const config = join(target, 'committee.yaml');
  const configWritten = !(await exists(config));
  if (configWritten) {
    await mkdir(target, { recursive: true });
    await copyFile(options.starter ?? exampleConfigPath(), config);
  }
  const { config: committee } = parseConfigText(await readFile(config, 'utf8'), config);
  const written: string[] = [];
  const kept: string[] = [];
  const folders = new Set<string>();
  for (const commitment of committee.commitments) {
    if (commitment.source?.kind !== 'xlsx') continue;
    const path = commitment.source.path;
    folders.add(dirname(path));
    if (!options.force && (await exists(path))) {
      kept.push(path);
      continue;
    }
    await writeTemplateFile(path, templateOptionsFor(committee, commitment));
    written.push(path);
  }
  // A submission file whose commitment is no longer configured: said, never deleted.
  const configured = new Set(committee.commitments.map((c) => c.id));
  const sources = xlsxSourcePaths(committee);
  const stale: string[] = [];
  for (const folder of folders) {
    for (const name of (await readdir(folder).catch(() => [] as string[])).sort()) {
      const id = name.endsWith('.xlsx') ? commitmentNumberInName(name) : null;
      if (id !== null && !configured.has(id) && !sources.has(join(folder, name)))
        stale.push(join(folder, name));
    }
  }
  return { config, configWritten, written, kept, stale };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
