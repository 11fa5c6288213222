/**
 * Writes the open data package (`donnees-ouvertes/`) beside the master: one submission's
 * rows at a time, streamed to temporary files, then published (a folder, or Drive).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { SHEET_NAMES } from '../../sheets-templates/submission-template.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { ConsolidatedModel } from '../core/consolidation.js';
import {
  OPEN_TABLES,
  commitmentRows,
  csvHeader,
  csvLine,
  dataPackage,
  publishedRows,
  type OpenTableCount,
  type OpenTableName,
} from '../core/open-data.js';
import type { StateStore } from './ports.js';

/** The folder of the open data, beside the master. */
export const OPEN_DATA_DIR = 'donnees-ouvertes';

/** Writes the three CSV files and their `datapackage.json`; returns where the descriptor is. */
export async function publishOpenData(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  store: StateStore,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ogp-donnees-'));
  try {
    const files = {} as Record<OpenTableName, WriteStream>;
    const counts = Object.fromEntries(OPEN_TABLES.map((name) => [name, { name, published: 0, heldBack: 0 }])) as Record<OpenTableName, OpenTableCount>; // prettier-ignore
    for (const name of OPEN_TABLES) {
      files[name] = createWriteStream(join(dir, `${name}.csv`));
      await once(files[name], 'open');
      files[name].write(csvHeader(name));
    }
    const put = async (name: OpenTableName, line: string) => {
      counts[name].published++;
      if (!files[name].write(line)) await once(files[name], 'drain');
    };
    for (const row of commitmentRows(model)) await put('engagements', csvLine(row));
    for (const set of model.recordSets) {
      // One submission in memory at a time, as for the master.
      const stored = await store.loadReading(set.commitmentId);
      if (!stored) continue;
      const rows = publishedRows(set.commitmentId, stored.reading, { actions: SHEET_NAMES.actions, milestones: SHEET_NAMES.milestones }); // prettier-ignore
      for (const row of rows.jalons) await put('jalons', csvLine(row));
      for (const row of rows.actions) await put('actions', csvLine(row));
      counts.jalons.heldBack += rows.heldBack.jalons;
      counts.actions.heldBack += rows.heldBack.actions;
    }
    for (const name of OPEN_TABLES) {
      files[name].end();
      await finished(files[name]);
    }
    const descriptor = dataPackage(
      OPEN_TABLES.map((name) => counts[name]),
      {
        committee: config.committee.name,
        plan: config.plan.name,
        today: model.today,
        created: model.generatedAt.toISOString(),
        slug: slugOf(`suivi ${config.plan.name}`),
      },
    );
    await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
    for (const name of OPEN_TABLES) {
      await store.publishFile(`${OPEN_DATA_DIR}/${name}.csv`, { path: join(dir, `${name}.csv`) }, 'text/csv'); // prettier-ignore
    }
    return store.publishFile(`${OPEN_DATA_DIR}/datapackage.json`, { path: join(dir, 'datapackage.json') }, 'application/json'); // prettier-ignore
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A Data Package name: lower case, digits, `-` (« suivi-plan-d-action-national-2018-2020 »). */
function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
