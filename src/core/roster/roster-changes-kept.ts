/**
 * How much of the committee workbook's history the run state keeps: the newest changes only,
 * as the run journal keeps its newest runs (journal.ts, JOURNAL_LIMIT). Every accepted version
 * adds its changes, and the whole history is one Firestore document with the version in use:
 * unbounded, it would one day no longer fit, and no version could be accepted after it.
 */
import type { RosterChangeRecord } from './roster-changes.js';

/** Changes kept: the master's « Historique du comité » and the reports show the newest. */
export const ROSTER_CHANGES_LIMIT = 500;

/** The history with `added` after `kept`, the oldest dropped past {@link ROSTER_CHANGES_LIMIT}. */
export function keptChanges(
  kept: readonly RosterChangeRecord[],
  added: readonly RosterChangeRecord[],
): RosterChangeRecord[] {
  return [...kept, ...added].slice(-ROSTER_CHANGES_LIMIT);
}
