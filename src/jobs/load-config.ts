/**
 * How every entry point (the command line, each function) gets its configuration: committee.yaml
 * alone, or, when it names a committee workbook (`roster:`), its technical settings with the
 * workbook's people and plan as they are now (read where they live, at each run, cheaply; the
 * last accepted version while a newer one does not pass, the secretariat told once per set of
 * problems, by the runs that act — those that send mail anyway — and never by a command that
 * only reads or shows).
 */
import { resolve } from 'node:path';
import {
  mergeRosterConfig,
  parseConfigText,
  localeOfBrokenYaml,
  readConfigDocument,
  readConfigFileText,
  refuseRosterKeysInYaml,
  throwYamlProblems,
  type LoadedConfig,
} from '../adapters/config/committee-file.js';
import {
  loadRosterConfig,
  rosterSettingOf,
  type RosterStatus,
} from '../adapters/config/roster-config.js';
import { loadStoredConfig, type StoredConfig } from '../adapters/config/firestore-copy.js';
import type { GoogleClients } from '../adapters/google/api.js';
import type { FirestoreState } from '../adapters/google/firestore-state.js';
import { LocalStore } from '../adapters/local/storage-folder.js';
import type { MailSecrets } from '../adapters/mail/tokens.js';
import { spreadsheetSource } from '../adapters/sources/spreadsheet-sources.js';
import { translate } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import {
  committeeConfigSchema,
  localeNamedIn,
  type CommitteeConfig,
} from '../core/config-schema.js';
import { CONFIG_FORMS } from '../core/config-forms.js';
import type { LocaleTag } from '../core/locale-tag.js';
import type { Locale } from '../core/locales.js';
import type { RunState } from '../core/run-state.js';
import { reportRefusedRoster } from './roster-alert.js';
import type { NoticeSent } from './secretariat-notice.js';
import { googleClientsFor, storeFor } from './stores.js';

/** A configuration as loaded, with what its committee workbook brought, when it names one. */
export interface CommitteeLoaded extends LoadedConfig {
  roster?: RosterStatus;
  /** What this load told the secretariat (a refused workbook), to be said beside the run's summary. */
  told?: NoticeSent[];
}

export interface LoadOptions {
  /** The language to say problems in (`--locale`); else the committee's. */
  locale?: Locale;
  now?: Date;
  /**
   * Tell the secretariat about a refused workbook: only a run that acts and sends mail anyway
   * (consolidate, tick, remind, report, intake; not a trial). Default false: a command that reads or shows
   * (schedule, validate, roster export…) only says the problems.
   */
  alert?: boolean;
  /**
   * A trial (`--dry-run`): the workbook is read, checked and said, but nothing is kept — no
   * version accepted, no verdict, no change in the history; the next real run sees it anew.
   */
  trial?: boolean;
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
  const { file, text } = await readConfigFileText(path, options.locale);
  return loadCommitteeText(text, file, options);
}

/**
 * {@link loadCommitteeConfig} for committee.yaml's text as read elsewhere (Firestore, where
 * `config push` keeps it): `file` names it in problems and its folder resolves relative paths.
 */
export async function loadCommitteeText(
  text: string,
  file: string,
  options: LoadOptions = {},
): Promise<CommitteeLoaded> {
  // A committee.yaml that does not parse is said in its committee's language all the same.
  const said = options.locale ?? (await localeOfBrokenYaml(text, file));
  const doc = readConfigDocument(text, file, said);
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
    const account = technical.google.serviceAccount;
    // A trial changes nothing: what it would keep is dropped.
    const kept = options.trial ? { loadRoster: () => state.loadRoster(), saveRoster: async () => {} } : state; // prettier-ignore
    loaded = await loadRosterConfig(doc, setting, { state: kept, sources, now, ...(account ? { account } : {}) }); // prettier-ignore
  } finally {
    await state.close?.();
  }
  if (!loaded.roster.refused || options.alert !== true) return loaded;
  const store = await storeFor(loaded.config);
  try {
    const sent = await reportRefusedRoster(loaded.config, loaded.roster, store, {
      now,
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
      ...(options.mailSecrets ? { mailSecrets: options.mailSecrets } : {}),
    });
    return sent ? { ...loaded, told: [sent] } : loaded;
  } finally {
    await store.close?.();
  }
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

/** What a function runs with when committee.yaml is kept in Firestore: the roster too. */
export interface StoredCommitteeLoaded extends StoredConfig {
  roster?: RosterStatus;
  told?: NoticeSent[];
}

/**
 * The configuration `config push` keeps in Firestore, read at each run of a function: with
 * `roster: { sheet }`, the committee workbook is read there and then (one Drive call when
 * unchanged), so a focal point replaced this morning is a known sender this afternoon. A
 * `roster: { workbook }` names a file the functions do not have: refused, as `config push` does.
 */
export async function loadStoredCommitteeConfig(
  state: FirestoreState,
  options: LoadOptions = {},
): Promise<StoredCommitteeLoaded> {
  return loadStoredConfig(state, async (text, file) => {
    refuseLocalRoster(text, file, options.locale);
    return loadCommitteeText(text, file, options);
  });
}

/**
 * Throws `config-invalid` for a configuration naming a local committee workbook: the deployed
 * functions run without the secretariat's files, and would never see it change.
 */
export function refuseLocalRoster(text: string, file: string, locale?: Locale): void {
  const doc = readConfigDocument(text, file, locale);
  const setting = rosterSettingOf(doc.data);
  if (!setting || !('workbook' in setting)) return;
  const tag = localeNamedIn(doc.data);
  const said = translate(tag, 'cli.configPushRosterWorkbook', {
    file,
    workbook: setting.workbook,
    form: CONFIG_FORMS.rosterSheet,
  });
  throw new OgpError('config-invalid', said, { locale: tag });
}

/** What `config push` needs of a configuration it checked: where to keep it, and its roster sheet. */
export interface PushChecked {
  storage: CommitteeConfig['storage'];
  /** The committee's language, when committee.yaml names it (not when the workbook holds it). */
  tag: LocaleTag | null;
  /** The committee workbook's Google Sheet, which the functions read at each run. */
  sheet: string | null;
}

/**
 * Checks committee.yaml as the functions will load it from Firestore, before it is pushed:
 * whole when it holds the people and the plan; its own settings only when it names a Google
 * Sheet roster (read by the functions at each run, its problems said there at their cells);
 * refused when it names a local workbook. Throws `config-invalid` with every problem's line.
 */
export function checkConfigForPush(text: string, file: string, locale?: Locale): PushChecked {
  refuseLocalRoster(text, file, locale);
  const doc = readConfigDocument(text, file, locale);
  const setting = rosterSettingOf(doc.data);
  if (!setting || !('sheet' in setting)) {
    const { config } = parseConfigText(text, file, locale);
    return { storage: config.storage, tag: config.committee.tag, sheet: null };
  }
  refuseRosterKeysInYaml(doc, setting.sheet, localeNamedIn(doc.data));
  // Without the workbook's people and plan, only committee.yaml's own settings are judged.
  const merged = mergeRosterConfig(doc, {}, null);
  if (!merged.ok && merged.yaml.length > 0) throwYamlProblems(file, merged.yaml, merged.tag);
  const technical = technicalSettings(doc.data, doc.dir);
  if (!technical) return parseConfigText(text, file, locale) as never; // says what is wrong
  return { storage: technical.storage, tag: null, sheet: setting.sheet };
}
