/**
 * The committee configuration outside the deployed code: `ogp-tracker config push` writes
 * committee.yaml into Firestore (checked first), and each run of a function reads it there
 * (`OGP_TRACKER_CONFIG=firestore:PREFIX` or `firestore:PROJECT/PREFIX`), so that a changed
 * address or meeting date needs no redeploy. A version that no longer passes (pushed by an
 * older release, or edited by hand) leaves the last valid one running and is reported.
 */
import { createHash } from 'node:crypto';
import { message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import { parseConfigText, type LoadedConfig } from './committee-file.js';
import type { FirestoreState } from '../google/firestore-state.js';

/** Where a configuration kept in Firestore is. */
export interface ConfigPlace {
  projectId?: string;
  prefix: string;
}

/** Reads `firestore:PREFIX` or `firestore:PROJECT/PREFIX`; null for a file path. */
export function firestorePlace(setting: string): ConfigPlace | null {
  const m = /^firestore:(?:([a-z][a-z0-9-]+)\/)?([a-z0-9][a-z0-9-]*)$/.exec(setting.trim());
  if (!m) return null;
  return { ...(m[1] ? { projectId: m[1] } : {}), prefix: m[2] as string };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Paths in a configuration kept in Firestore are read from the function's own folder. */
const BASE = 'firestore/committee.yaml';

/**
 * Checks a configuration (`check` throws config-invalid with every problem's line) and keeps it
 * in Firestore; an invalid one is refused, nothing written.
 */
export async function pushConfig(
  state: FirestoreState,
  text: string,
  file: string,
  check: (text: string, file: string) => unknown = parseConfigText,
): Promise<void> {
  await check(text, file);
  const digest = sha256(text);
  await state.saveConfigDocument({
    text,
    file,
    pushedAt: new Date().toISOString(),
    sha256: digest,
    lastValid: { text, sha256: digest, file },
  });
}

/** What a run uses: the configuration, and the newer version refused, if any. */
export interface StoredConfig extends LoadedConfig {
  /** A newer version that did not pass: its problems, each with its line. */
  refused?: { sha256: string; file: string; details: readonly string[] };
}

/** The configuration a run uses: the one pushed, or the last valid one when it no longer passes. */
export async function loadStoredConfig<T extends LoadedConfig = LoadedConfig>(
  state: FirestoreState,
  parse: (text: string, file: string) => T | Promise<T> = parseConfigText as never,
): Promise<T & Pick<StoredConfig, 'refused'>> {
  const document = await state.loadConfigDocument();
  if (!document) {
    throw new OgpError(
      'config-not-found',
      message('errors.noStoredConfig', { location: state.stateLocation }),
    );
  }
  try {
    const loaded = await parse(document.text, BASE);
    if (document.lastValid?.sha256 !== document.sha256) {
      await state.saveConfigDocument({
        ...document,
        lastValid: { text: document.text, sha256: document.sha256, file: document.file },
      });
    }
    return loaded;
  } catch (error) {
    if (!(error instanceof OgpError) || error.code !== 'config-invalid' || !document.lastValid)
      throw error;
    const details = error.details.map((d) => d.replace(BASE, document.file));
    return {
      ...(await parse(document.lastValid.text, BASE)),
      refused: { sha256: document.sha256, file: document.file, details },
    };
  }
}
