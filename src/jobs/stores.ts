/**
 * The storage of a configuration, and the Google clients it needs: built here for every job,
 * each package loading only when a configuration uses it (a run on local files, and an idle
 * intake, load neither Google's clients nor Firestore's).
 */
import { LocalStore } from '../adapters/local/storage-folder.js';
import {
  DEFAULT_RETRY,
  STORAGE_SCOPES,
  type GoogleClientOptions,
  type GoogleClients,
} from '../adapters/google/api.js';
import { spreadsheetSource } from '../adapters/sources/spreadsheet-sources.js';
import type { ReadLimits } from '../adapters/xlsx/reader.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import { composeStore, type StateStore } from '../core/run-state.js';
import type { SpreadsheetSource } from '../core/spreadsheet-source.js';

/** Makes Google clients for a configuration, loading the client packages on first use. */
export async function googleClientsFor(
  config: CommitteeConfig,
  extra: GoogleClientOptions = {},
): Promise<GoogleClients> {
  const { createGoogleClients } = await import('../adapters/google/clients.js');
  return createGoogleClients({
    retry: { ...DEFAULT_RETRY, maxRetries: config.google.maxRetries },
    sheetsReadsPerMinute: config.google.sheetsReadsPerMinute,
    ...(config.google.serviceAccount ? { serviceAccount: config.google.serviceAccount } : {}),
    ...extra,
  });
}

/**
 * Where a configuration's spreadsheets are read: local files, and Google's (with `google`, or
 * clients made for the configuration on the first Google read).
 */
export function sourcesFor(
  config: CommitteeConfig,
  options: { google?: GoogleClients; readLimits?: ReadLimits } = {},
): SpreadsheetSource {
  const given = options.google;
  return spreadsheetSource({
    google: () => (given ? Promise.resolve(given) : googleClientsFor(config)),
    ...(options.readLimits ? { limits: options.readLimits } : {}),
  });
}

/**
 * The store of a configuration: its run state (a local folder, or Firestore) and its output
 * (the same folder, or a shared-drive folder). Google and Firestore clients load only when
 * the configuration uses them.
 */
export async function storeFor(
  config: CommitteeConfig,
  google?: GoogleClients,
): Promise<StateStore> {
  const { state, output } = config.storage;
  if (state.kind === 'local' && output.kind === 'local' && state.dir === output.dir) {
    return new LocalStore(output.dir, output.keepHistory);
  }
  const runState =
    state.kind === 'firestore'
      ? await (await import('../adapters/google/firestore-state.js')).openFirestoreState(state)
      : new LocalStore(state.dir);
  const out =
    output.kind === 'drive'
      ? new (await import('../adapters/google/drive-output.js')).DriveOutput(
          google ?? (await googleClientsFor(config, { scopes: STORAGE_SCOPES })),
          output.folderId,
          output.keepRevisions,
        )
      : new LocalStore(output.dir, output.keepHistory);
  return composeStore(runState, out);
}

/** Runs `work` holding the store's run lock (see {@link StateStore.lock}). */
export async function withRunLock<T>(store: StateStore, work: () => Promise<T>): Promise<T> {
  const release = await store.lock();
  try {
    return await work();
  } finally {
    // A lock that cannot be removed must not turn a run that did its work into a failure:
    // it expires by itself (see LOCK_STALE_MS).
    await release().catch(() => undefined);
  }
}
