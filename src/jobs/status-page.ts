/** Writes the status page `suivi.html` beside the master (a folder, or Drive). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { ConsolidatedModel } from '../core/consolidation.js';
import { changesSince } from '../core/snapshot.js';
import type { StateStore } from '../core/run-state.js';

/** The page's file name in the output folder. */
export const STATUS_PAGE = 'suivi.html';

/** Renders the page (ECharts loads here, in the job that draws) and publishes it; returns where. */
export async function publishStatusPage(
  config: CommitteeConfig,
  model: ConsolidatedModel,
  store: StateStore,
): Promise<string> {
  const { renderStatusPage } = await import('../adapters/documents/status-page.js');
  const snapshots = await store.loadSnapshots();
  const since =
    config.meetings
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
    // Written as it is drawn, a piece at a time.
    await writeFile(join(dir, STATUS_PAGE), html);
    return await store.publishFile(STATUS_PAGE, { path: join(dir, STATUS_PAGE) }, 'text/html');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
