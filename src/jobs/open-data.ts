/**
 * Writes the open data package (`donnees-ouvertes/` in French, `open-data/` in English) beside
 * the master: each submission's rows as the master loads it, streamed to temporary files, then
 * published (a folder, or Drive).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
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
import { formerFileNames, openDataFolder } from '../core/file-names.js';
import type { StateStore } from '../core/run-state.js';
import type { SubmissionReading } from '../core/submission.js';

/**
 * The open data, written as the master is: `add` takes each submission when the master
 * loads it (so no submission is read twice for it), `publish` ends the files and puts
 * them beside the master; `discard` when the master could not be written.
 */
export interface OpenDataWriter {
  add(commitmentId: number, reading: SubmissionReading): Promise<void>;
  publish(): Promise<string>;
  discard(): Promise<void>;
}

/** Opens the three CSV files (the commitments' rows written at once). */
export async function openDataWriter(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  store: StateStore,
): Promise<OpenDataWriter> {
  const dir = await mkdtemp(join(tmpdir(), 'ogp-donnees-'));
  const files = {} as Record<OpenTableName, WriteStream>;
  const counts = Object.fromEntries(
    OPEN_TABLES.map((name) => [name, { name, published: 0, heldBack: 0 }]),
  ) as Record<OpenTableName, OpenTableCount>;
  const added = new Set<number>();
  for (const name of OPEN_TABLES) {
    files[name] = createWriteStream(join(dir, `${name}.csv`));
    await once(files[name], 'open');
    files[name].write(csvHeader(name, config.committee.currency));
  }
  const put = async (name: OpenTableName, line: string) => {
    counts[name].published++;
    if (!files[name].write(line)) await once(files[name], 'drain');
  };
  const close = async () => {
    for (const name of OPEN_TABLES) {
      files[name].end();
      await finished(files[name]);
    }
  };
  for (const row of commitmentRows(model)) await put('engagements', csvLine(row));
  return {
    async add(commitmentId, reading) {
      if (added.has(commitmentId)) return;
      added.add(commitmentId);
      const rows = publishedRows(commitmentId, reading);
      for (const row of rows.jalons) await put('jalons', csvLine(row));
      for (const row of rows.actions) await put('actions', csvLine(row));
      counts.jalons.heldBack += rows.heldBack.jalons;
      counts.actions.heldBack += rows.heldBack.actions;
    },
    async publish() {
      try {
        await close();
        const descriptor = dataPackage(
          OPEN_TABLES.map((name) => counts[name]),
          {
            committee: config.committee.name,
            plan: config.plan.name,
            today: model.today,
            created: model.generatedAt.toISOString(),
            slug: slugOf(`suivi ${config.plan.name}`),
            currency: config.committee.currency,
            tag: config.committee.tag,
          },
        );
        await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
        // The folder is named in the committee's language, as the master is: each file left
        // in the folder of another language (the French one every earlier version wrote) is
        // moved into it before being replaced, so no stale copy stays beside the new one.
        const folder = openDataFolder(config.committee.tag);
        const former = formerFileNames(config.committee.tag, 'files.openData');
        const publish = (file: string, mimeType: string) =>
          store.publishFile(
            `${folder}/${file}`,
            { path: join(dir, file) },
            mimeType,
            former.map((f) => `${f}/${file}`),
          );
        for (const name of OPEN_TABLES) await publish(`${name}.csv`, 'text/csv');
        return await publish('datapackage.json', 'application/json');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async discard() {
      await close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
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
