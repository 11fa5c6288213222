/** Writes the status page (`suivi.html` in French) beside the master (a folder, or Drive). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { ConsolidatedModel } from '../core/consolidation.js';
import { changesSince } from '../core/snapshot.js';
import type { StateStore } from '../core/run-state.js';
import { formerFileNames, statusPageName } from '../core/file-names.js';
import { committeeMeetings } from '../core/roles.js';

/** Renders the page (ECharts loads here, in the job that draws) and publishes it; returns where. */
export async function publishStatusPage(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  store: StateStore,
): Promise<string> {
  const { renderStatusPage } = await import('../adapters/documents/status-page.js');
  const snapshots = await store.loadSnapshots();
  // Changes since the last committee meeting (a workshop reviews nothing).
  const since =
    committeeMeetings(config)
      .map((m) => m.date)
      .filter((d) => d < model.today)
      .sort()
      .at(-1) ?? null;
  const previous = snapshots.find((s) => s.meeting === since) ?? null;
  const html = renderStatusPage({
    config,
    model,
    since,
    changes: changesSince(model, since, previous),
    snapshots: [...snapshots].sort((a, b) => a.meeting.localeCompare(b.meeting)),
  });
  const dir = await mkdtemp(join(tmpdir(), 'ogp-page-'));
  try {
    // Named in the committee's language; a page left under another language's name is renamed.
    const name = statusPageName(config.committee.tag);
    await writeFile(join(dir, 'page.html'), html);
    const former = formerFileNames(config.committee.tag, 'files.statusPage');
    return await store.publishFile(name, { path: join(dir, 'page.html') }, 'text/html', former);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
