/**
 * A committee folder for the committee workbook's tests: a committee.yaml with the technical
 * settings of another one, naming a workbook (or a Google Sheet) for the people and the plan,
 * and sending by SMTP (or into its outbox).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ROSTER_KEYS } from '../../src/core/config-schema.js';

export interface RosterProject {
  /** The committee.yaml whose technical settings are taken. */
  from: string;
  /** What `roster:` names: `{ workbook: 'comite.xlsx' }` or `{ sheet: id }`. */
  roster: Record<string, string>;
  /** People-and-plan keys left in committee.yaml (to show the error that says where they live). */
  keep?: readonly string[];
  transport?: 'smtp' | 'outbox';
}

/** Writes `dir`/committee.yaml (no mailbox, the secretariat's sender) and returns its path. */
export async function writeRosterProject(dir: string, project: RosterProject): Promise<string> {
  const doc = parseDocument(await readFile(project.from, 'utf8'));
  for (const key of ROSTER_KEYS) if (!project.keep?.includes(key)) doc.delete(key);
  doc.delete('intake');
  doc.set('roster', project.roster);
  const transport = { kind: project.transport ?? 'smtp' };
  doc.set('mail', { from: 'Secrétariat OGP <ogp@example.org>', transport });
  await mkdir(dir, { recursive: true });
  const yaml = join(dir, 'committee.yaml');
  await writeFile(yaml, doc.toString());
  return yaml;
}
