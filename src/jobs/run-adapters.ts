/**
 * What a run works with — its storage, where it reads spreadsheets, Google's clients — built in
 * one place for each entry point (the command line, each function) and handed to the jobs.
 * Everything opens on first use: a run on local files loads no Google client, an idle intake
 * opens no storage, and the functions' entry point loads none of them.
 */
import type { GoogleClients } from '../adapters/google/api.js';
import type { ReadLimits } from '../adapters/xlsx/reader.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { StateStore } from '../core/run-state.js';
import type { SpreadsheetSource } from '../core/spreadsheet-source.js';
import { spreadsheetSource } from '../adapters/sources/spreadsheet-sources.js';
import { googleClientsFor, storeFor } from './stores.js';

/** The adapters of one run, shared by the jobs it calls (`tick`: the intake, then the sends). */
export interface RunAdapters {
  /** The storage (run state and outputs), opened on first call. */
  store(): Promise<StateStore>;
  /** Where every spreadsheet is read (submissions; the committee workbook). */
  sources: SpreadsheetSource;
  /** Google's clients, made on first call, one set for the run. */
  google(): Promise<GoogleClients>;
  /** Closes what was opened here (never a store that was given). */
  close(): Promise<void>;
}

/** What a caller may bring instead of what the configuration names (tests: a local Google). */
export interface GivenAdapters {
  store?: StateStore;
  google?: GoogleClients;
  sources?: SpreadsheetSource;
  readLimits?: ReadLimits;
}

/** Builds the adapters of a configuration; each opens when first used. */
export function runAdapters(config: CommitteeConfig, given: GivenAdapters = {}): RunAdapters {
  let google: Promise<GoogleClients> | undefined;
  let opened: Promise<StateStore> | undefined;
  const clients = () => (google ??= given.google ? Promise.resolve(given.google) : googleClientsFor(config)); // prettier-ignore
  return {
    store: () => (opened ??= given.store ? Promise.resolve(given.store) : storeFor(config)),
    // The sources read Google with the run's one set of clients.
    sources:
      given.sources ??
      spreadsheetSource({
        google: clients,
        ...(given.readLimits ? { limits: given.readLimits } : {}),
      }),
    google: clients,
    async close() {
      if (opened && !given.store) await (await opened).close?.();
    },
  };
}

/**
 * Runs `work` with the adapters an entry point built (`options.adapters`), or, for a caller that
 * built none (a test, a script), with those of the configuration, closed after.
 */
export async function withAdapters<T>(
  config: CommitteeConfig,
  options: GivenAdapters & { adapters?: RunAdapters },
  work: (adapters: RunAdapters) => Promise<T>,
): Promise<T> {
  if (options.adapters) return work(options.adapters);
  const adapters = runAdapters(config, options);
  try {
    return await work(adapters);
  } finally {
    await adapters.close();
  }
}
