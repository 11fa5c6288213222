/**
 * Runs a job from a function. The jobs (exceljs, Google clients, nodemailer) are imported
 * here, on first call, so that loading the functions' entry point stays fast.
 */
import type { GoogleClients } from '../src/adapters/google/api.js';
import { mailSecretsFrom } from '../src/adapters/mail/tokens.js';
import type { StoredCommitteeLoaded } from '../src/jobs/load-config.js';

export type JobName = 'tick' | 'intake' | 'consolidate' | 'remind' | 'report';

export interface JobRequest {
  now: Date;
  dryRun: boolean;
}

/** What a caller brings instead of what the configuration names (tests: a loopback Google). */
export interface JobAdapters {
  google?: GoogleClients;
}

/**
 * The configuration the functions run with: OGP_TRACKER_CONFIG (a file, or
 * `firestore:[PROJECT/]PREFIX`), or committee.yaml in the working folder.
 */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.OGP_TRACKER_CONFIG ?? 'committee.yaml';
}

/**
 * The configuration of a run: a file in the deployed code, or (`firestore:[PROJECT/]PREFIX`)
 * the one `ogp-tracker config push` keeps in Firestore, read at each run. A version there
 * that no longer passes is reported to the secretariat once (not by a trial: `alert`); the
 * last valid one runs.
 */
async function loadRunConfig(
  smtpUrl: string | undefined,
  now: Date,
  given: JobAdapters,
  alert: boolean,
  trial: boolean,
): Promise<StoredCommitteeLoaded> {
  const setting = configPath();
  const { firestorePlace } = await import('../src/adapters/config/firestore-copy.js');
  const { loadCommitteeConfig, loadStoredCommitteeConfig } =
    await import('../src/jobs/load-config.js');
  // Each run reads the committee workbook it names as it is now (one Drive call when unchanged).
  const options = {
    now,
    alert,
    // A trial reads and checks the committee workbook but keeps nothing of it.
    trial,
    ...(smtpUrl ? { smtpUrl } : {}),
    mailSecrets: mailSecretsFrom(process.env),
    ...(given.google ? { google: given.google } : {}),
  };
  const place = firestorePlace(setting);
  if (!place) return loadCommitteeConfig(setting, options);
  const { openFirestoreState } = await import('../src/adapters/google/firestore-state.js');
  const state = await openFirestoreState(place);
  try {
    const stored = await loadStoredCommitteeConfig(state, options);
    if (!stored.refused || !alert) return stored;
    const { storeFor } = await import('../src/jobs/stores.js');
    const { reportRefusedConfig } = await import('../src/jobs/config-alert.js');
    const store = await storeFor(stored.config);
    try {
      const sent = await reportRefusedConfig(stored.config, stored.refused, store, {
        now,
        ...(smtpUrl ? { smtpUrl } : {}),
        mailSecrets: mailSecretsFrom(process.env),
      });
      return sent ? { ...stored, told: [...(stored.told ?? []), sent] } : stored;
    } finally {
      await store.close?.();
    }
  } finally {
    await state.close();
  }
}

export async function runJob(
  name: JobName,
  request: JobRequest,
  given: JobAdapters = {},
): Promise<Record<string, unknown>> {
  const smtpUrl = process.env.SMTP_URL?.trim();
  // Every job acts (none only shows): each tells the secretariat, except in a trial.
  const alert = !request.dryRun;
  const loaded = await loadRunConfig(smtpUrl, request.now, given, alert, request.dryRun);
  const { config, dir } = loaded;
  // What the run did not take, said in its answer: the configuration's newer version, the
  // committee workbook's (each problem; the last accepted version ran, the secretariat told once),
  // and the notices this run sent the secretariat about them (not among the emails due).
  const refused = {
    ...(loaded.refused ? { configRefused: loaded.refused.details } : {}),
    ...(loaded.roster?.refused ? { rosterRefused: loaded.roster.refused.problems } : {}),
    ...(loaded.told?.length ? { secretariatTold: loaded.told } : {}),
  };
  // The function's adapters, built here once the configuration is known, each opening on first use.
  const { withAdapters } = await import('../src/jobs/run-adapters.js');
  const summary = await withAdapters(config, given, async (adapters): Promise<object> => {
    if (name === 'consolidate') {
      const { consolidate } = await import('../src/jobs/consolidate.js');
      const done = await consolidate(config, {
        now: request.now,
        baseDir: dir,
        command: 'consolidate',
        adapters,
      });
      return done.summary;
    }
    if (name === 'intake') {
      const { runIntake } = await import('../src/jobs/intake.js');
      const imapUrl = process.env.IMAP_URL?.trim();
      return runIntake(config, {
        now: request.now,
        baseDir: dir,
        ...(smtpUrl ? { smtpUrl } : {}),
        ...(imapUrl ? { imapUrl } : {}),
        mailSecrets: mailSecretsFrom(process.env),
        adapters,
      });
    }
    const { runCalendar } = await import('../src/jobs/send-calendar.js');
    return runCalendar(config, {
      now: request.now,
      command: name,
      dryRun: request.dryRun,
      baseDir: dir,
      ...(smtpUrl ? { smtpUrl } : {}),
      mailSecrets: mailSecretsFrom(process.env),
      adapters,
    });
  });
  return { ...summary, ...refused };
}
