/**
 * The intake's watch on Google Sheet sources: one Drive `changes.list` a run tells which
 * sheets changed; a changed sheet gets its feedback once it has been left alone for ten
 * minutes (not while someone is typing), in the same words and under the same key as the
 * morning feedback, which then does not repeat it.
 */
import type { GoogleClients } from '../adapters/google/api.js';
import type { Commitment, CommitteeConfig } from '../core/config-schema.js';
import type { IntakeState } from '../core/mailbox.js';

/** How long a sheet stays untouched before its feedback goes. */
export const SHEET_QUIET_MS = 10 * 60 * 1000;

/** The commitments whose Google Sheet is the source, by spreadsheet id. */
function sheetSources(config: CommitteeConfig): Map<string, Commitment> {
  const sources = new Map<string, Commitment>();
  for (const c of config.commitments) {
    if (c.source?.kind === 'google-sheet') sources.set(c.source.spreadsheetId, c);
  }
  return sources;
}

/**
 * Looks at Drive's changes since the last run and returns the commitments whose sheet
 * changed and has been left alone for ten minutes (taken out of the pending list). The first
 * run only takes Drive's start token: the daily run reads every sheet anyway.
 */
export async function settledSheets(
  config: CommitteeConfig,
  state: IntakeState,
  now: Date,
  /** The run's Google clients, made on first call. */
  google: () => Promise<GoogleClients>,
): Promise<Commitment[]> {
  const sources = sheetSources(config);
  if (sources.size === 0) return [];
  const { changesSince, startPageToken } = await import('../adapters/google/changes.js');
  const clients = await google();
  if (!state.sheets?.pageToken) {
    state.sheets = {
      pageToken: await startPageToken(clients),
      pending: state.sheets?.pending ?? {},
    };
    return [];
  }
  const { changes, next } = await changesSince(clients, state.sheets.pageToken);
  const pending = state.sheets.pending;
  for (const change of changes) {
    if (sources.has(change.fileId)) pending[change.fileId] = change.modifiedTime;
  }
  state.sheets.pageToken = next;
  const settled: Commitment[] = [];
  for (const [id, modifiedTime] of Object.entries(pending)) {
    if (now.getTime() - Date.parse(modifiedTime) < SHEET_QUIET_MS) continue;
    delete pending[id];
    settled.push(sources.get(id) as Commitment);
  }
  return settled;
}
