/**
 * How every entry point (the command line, each function) gets its configuration: committee.yaml
 * alone, or, when it names a committee workbook (`roster:`), its technical settings with the
 * workbook's people and plan as they are now (read where they live, at each run, cheaply; the
 * last accepted version while a newer one does not pass, the secretariat told once per version).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  parseConfigText,
  readConfigDocument,
  type LoadedConfig,
} from '../adapters/config/committee-file.js';
import {
  loadRosterConfig,
  rosterSettingOf,
  type RosterStatus,
} from '../adapters/config/roster-config.js';
import type { GoogleClients } from '../adapters/google/api.js';
import { LocalStore } from '../adapters/local/storage-folder.js';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import { spreadsheetSource } from '../adapters/sources/spreadsheet-sources.js';
import { translate } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import { committeeConfigSchema, type CommitteeConfig } from '../core/config-schema.js';
import type { Locale } from '../core/locales.js';
import type { RunState } from '../core/run-state.js';
import { reportRefusedRoster } from './roster-alert.js';
import { googleClientsFor, storeFor } from './stores.js';

/** A configuration as loaded, with what its committee workbook brought, when it names one. */
export interface CommitteeLoaded extends LoadedConfig {
  roster?: RosterStatus;
}

export interface LoadOptions {
  /** The language to say problems in (`--locale`); else the committee's. */
  locale?: Locale;
  now?: Date;
  /** Tell the secretariat about a refused workbook (not in a trial run). Default true. */
  alert?: boolean;
  smtpUrl?: string;
  mailSecrets?: MailSecrets;
  /** Google clients to read a Google Sheet roster with (tests); else made from the settings. */
  google?: GoogleClients;
}

/**
 * Loads committee.yaml at `path`; with `roster:`, merges in the committee workbook (see the
 * module's comment). Throws `config-not-found` / `config-invalid` as {@link parseConfigText}.
 */
export async function loadCommitteeConfig(
  path: string,
  options: LoadOptions = {},
): Promise<CommitteeLoaded> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    const said = missing
      ? translate(options.locale ?? 'fr', 'config.fileNotFound', { file })
      : translate(options.locale ?? 'fr', 'config.fileUnreadable', { file });
    throw new OgpError('config-not-found', said, { cause });
  }
  const doc = readConfigDocument(text, file, options.locale);
  const setting = rosterSettingOf(doc.data);
  // Everything in committee.yaml: as always.
  if (!setting) return parseConfigText(text, file, options.locale);

  // The run state is where the last accepted roster is kept: named by committee.yaml alone.
  const technical = technicalSettings(doc.data, doc.dir);
  if (!technical) return parseConfigText(text, file, options.locale); // says what is wrong
  const state = await openState(technical.storage);
  const now = options.now ?? new Date();
  let loaded;
  try {
    const sources = spreadsheetSource({
      google: async () => options.google ?? googleClientsFor(technical as CommitteeConfig),
    });
    loaded = await loadRosterConfig(doc, setting, { state, sources, now });
  } finally {
    await state.close?.();
  }
  if (loaded.roster.refused && options.alert !== false) {
    const store = await storeFor(loaded.config);
    try {
      await reportRefusedRoster(loaded.config, loaded.roster, store, {
        now,
        ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
        ...(options.mailSecrets ? { mailSecrets: options.mailSecrets } : {}),
      });
    } finally {
      await store.close?.();
    }
  }
  return loaded;
}

type Technical = Pick<CommitteeConfig, 'storage' | 'google'>;

/**
 * committee.yaml's storage and Google settings, validated by their own part of the schema, the
 * storage folders resolved from the YAML's folder; null when they do not pass (the whole
 * configuration is then validated to say so, at its lines).
 */
function technicalSettings(data: Record<string, unknown>, dir: string): Technical | null {
  const { shape } = committeeConfigSchema;
  const storage = shape.storage.safeParse(data.storage);
  const google = shape.google.safeParse(data.google);
  if (!storage.success || !google.success) return null;
  const local = <T extends { kind: string; dir?: string }>(s: T): T =>
    s.kind === 'local' && s.dir ? { ...s, dir: resolve(dir, s.dir) } : s;
  return {
    storage: { state: local(storage.data.state), output: local(storage.data.output) },
    google: google.data,
  };
}

/** The run state alone (the roster's memory), without the output a job writes. */
async function openState(storage: CommitteeConfig['storage']): Promise<RunState> {
  if (storage.state.kind === 'local') return new LocalStore(storage.state.dir);
  const { openFirestoreState } = await import('../adapters/google/firestore-state.js');
  return openFirestoreState(storage.state);
}
