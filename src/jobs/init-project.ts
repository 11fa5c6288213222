/** The `init` job: a starter committee.yaml and one pre-filled template per commitment. */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseConfigText } from '../adapters/config-file.js';
import { exampleConfigPath } from '../adapters/package-files.js';
import { writeTemplateFile } from '../adapters/template-workbook.js';
import { OgpError } from '../core/codes.js';

/** What `init` wrote, and what it found already there and left alone. */
export interface InitResult {
  config: string;
  written: string[];
  kept: string[];
}

/**
 * Writes `DIR/committee.yaml` (the bundled example, to edit) and a template for every
 * commitment whose submission file does not exist yet. Never overwrites a file.
 */
export async function initProject(dir: string, starter = exampleConfigPath()): Promise<InitResult> {
  const target = resolve(dir);
  const config = join(target, 'committee.yaml');
  if (await exists(config)) {
    throw new OgpError(
      'usage',
      `${config} existe déjà : init ne remplace jamais une configuration (choisissez un autre dossier).`,
    );
  }
  await mkdir(target, { recursive: true });
  await copyFile(starter, config);
  const { config: committee } = parseConfigText(await readFile(config, 'utf8'), config);
  const written: string[] = [];
  const kept: string[] = [];
  for (const commitment of committee.commitments) {
    if (commitment.source?.kind !== 'xlsx') continue;
    const path = commitment.source.path;
    if (await exists(path)) {
      kept.push(path);
      continue;
    }
    await writeTemplateFile(path, {
      committeeName: committee.committee.name,
      planName: committee.plan.name,
      plan: committee.plan,
      charter: committee.charter,
      commitment,
    });
    written.push(path);
  }
  return { config, written, kept };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
