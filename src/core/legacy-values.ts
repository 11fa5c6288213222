/**
 * What earlier versions wrote in French where the ids now stand (issue 31): a run state kept
 * from then (readings, meeting snapshots, in a folder or Firestore) and a committee.yaml
 * written then are read back as the ids. The table (legacy-values.json) is frozen: it says
 * what was written, whatever the French words of the template or catalogues become.
 */
import type {
  ActionStatus,
  CompletionLevel,
  FundingSource,
} from '../../sheets-templates/vocabulary.js';
import type { IrmLevel } from './completion.js';
import type { SubmissionStatus } from './submission-status.js';
import LEGACY from './legacy-values.json' with { type: 'json' };
import type { SubmissionReading } from './submission.js';

/** Each set's old French value → its id. */
export const LEGACY_VALUES: {
  submissionStatuses: Readonly<Record<string, SubmissionStatus>>;
  irmLevels: Readonly<Record<string, IrmLevel>>;
  actionStatuses: Readonly<Record<string, ActionStatus>>;
  fundingSources: Readonly<Record<string, FundingSource>>;
} = LEGACY as typeof LEGACY_VALUES;

/** `value` as its id when it is an old value of the set, else as it is. */
function upgraded<T>(table: Readonly<Record<string, T>>, value: T): T {
  return typeof value === 'string' && Object.hasOwn(table, value) ? (table[value] as T) : value;
}

/** A completion level as committee.yaml gives it: an id, or the French word it used to be. */
export function irmLevelFrom(value: unknown): unknown {
  return typeof value === 'string' ? upgraded<unknown>(LEGACY_VALUES.irmLevels, value) : value;
}

/** A sheet's status as kept (a snapshot's): the id, from an id or an old French value. */
export function submissionStatusFrom(status: SubmissionStatus): SubmissionStatus {
  return upgraded(LEGACY_VALUES.submissionStatuses, status);
}

/**
 * A reading as kept: its actions' statuses and funding and its milestones' levels as ids.
 * The same object when it holds no old value (a reading written since), so nothing is copied.
 */
export function upgradeReading(reading: SubmissionReading): SubmissionReading {
  const old = (value: string | null, table: Readonly<Record<string, unknown>>) =>
    value !== null && Object.hasOwn(table, value);
  const stale =
    reading.actions.some(
      (a) =>
        old(a.status, LEGACY_VALUES.actionStatuses) || old(a.funding, LEGACY_VALUES.fundingSources),
    ) || reading.milestones.some((m) => old(m.completion, LEGACY_VALUES.irmLevels));
  if (!stale) return reading;
  return {
    ...reading,
    actions: reading.actions.map((a) => ({
      ...a,
      status: a.status && upgraded(LEGACY_VALUES.actionStatuses, a.status),
      funding: a.funding && upgraded(LEGACY_VALUES.fundingSources, a.funding),
    })),
    milestones: reading.milestones.map((m) => ({
      ...m,
      // A milestone's level is never `no-data`: the table's other levels are its own.
      completion:
        m.completion && (upgraded(LEGACY_VALUES.irmLevels, m.completion) as CompletionLevel),
    })),
  };
}
