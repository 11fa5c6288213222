/**
 * Meeting snapshots: the state of every commitment as the pre-meeting report showed it, kept
 * so that the next report says what changed since what the committee actually saw.
 */
import type { IsoDate } from './calendar-date.js';
import type { ConsolidatedModel, SubmissionStatus } from './consolidation.js';
import { milestoneRefKey } from './template-words.js';

/** One commitment as a report showed it. */
export interface CommitmentSnapshot {
  id: number;
  status: SubmissionStatus;
  lastUpdate: IsoDate | null;
  actionsDone: number;
  actionsPlanned: number;
  milestonesAchieved: number;
  milestonesTotal: number;
  averageProgress: number | null;
  /** The achieved milestones (reference — title). */
  achieved: string[];
  /** The errors, each as `code|sheet|cell`, to tell the new ones. */
  errors: string[];
}

/** Every commitment as the report before a meeting showed it. */
export interface MeetingSnapshot {
  version: 1;
  /** The meeting the report prepared. */
  meeting: IsoDate;
  /** The day of the report, in the committee's time zone. */
  takenOn: IsoDate;
  commitments: CommitmentSnapshot[];
}

/** What changed for one commitment since a meeting. */
export interface CommitmentChange {
  id: number;
  title: string;
  institution: string;
  /** `new`: a first sheet; `updated`: a newer sheet than the one shown; null: no new sheet. */
  sheet: 'new' | 'updated' | null;
  /** Actions realised since then. */
  newlyDone: number;
  /** Milestones achieved since then (null when not known: no snapshot to compare with). */
  newlyAchieved: string[] | null;
  /** Errors that were not there then (null when not known). */
  newErrors: number | null;
}

/** The state a report shows, to keep with the meeting it prepares. */
export function snapshotOf(model: ConsolidatedModel, meeting: IsoDate): MeetingSnapshot {
  const records = new Map(model.recordSets.map((r) => [r.commitmentId, r]));
  return {
    version: 1,
    meeting,
    takenOn: model.today,
    commitments: model.dashboard.map((d) => ({
      id: d.id,
      status: d.status,
      lastUpdate: d.lastUpdate,
      actionsDone: d.actionsDone,
      actionsPlanned: d.actionsPlanned,
      milestonesAchieved: d.milestonesAchieved,
      milestonesTotal: d.milestonesTotal,
      averageProgress: d.averageProgress,
      achieved: records.get(d.id)?.achieved ?? [],
      errors: errorKeys(model, d.id),
    })),
  };
}

/**
 * What changed per commitment since `since` (the previous meeting): compared with the
 * snapshot of its report when there is one, else told from dates alone (sheets dated and
 * actions realised after it).
 */
export function changesSince(
  model: ConsolidatedModel,
  since: IsoDate | null,
  previous: MeetingSnapshot | null,
): CommitmentChange[] {
  const records = new Map(model.recordSets.map((r) => [r.commitmentId, r]));
  const before = new Map(previous?.commitments.map((c) => [c.id, c]) ?? []);
  // Actions realised after what the committee saw: the report's day when it was kept.
  const from = previous?.takenOn ?? since;
  return model.dashboard.map((d) => {
    const then = before.get(d.id);
    const record = records.get(d.id);
    const sheet: CommitmentChange['sheet'] = previous
      ? d.lastUpdate === null
        ? null
        : !then || then.lastUpdate === null
          ? 'new'
          : d.lastUpdate > then.lastUpdate
            ? 'updated'
            : null
      : d.lastUpdate !== null && (since === null || d.lastUpdate > since)
        ? since === null
          ? 'new' // since the start of the plan, every sheet is a first one
          : 'updated'
        : null;
    const seen = new Set(then?.errors ?? []);
    const achievedBefore = new Set((then?.achieved ?? []).map(achievedKey));
    return {
      id: d.id,
      title: d.title,
      institution: d.institution,
      sheet,
      newlyDone: (record?.doneDates ?? []).filter((day) => from === null || day > from).length,
      newlyAchieved: previous
        ? (record?.achieved ?? []).filter((m) => !achievedBefore.has(achievedKey(m)))
        : null,
      newErrors: previous ? errorKeys(model, d.id).filter((k) => !seen.has(k)).length : null,
    };
  });
}

/** True when something changed for the commitment. */
export function hasChanged(change: CommitmentChange): boolean {
  return (
    change.sheet !== null ||
    change.newlyDone > 0 ||
    (change.newlyAchieved?.length ?? 0) > 0 ||
    (change.newErrors ?? 0) > 0
  );
}

/**
 * An achieved milestone (« H1 — Adoption ») as it is compared with the previous meeting's:
 * its reference whatever the template's language (« J1 » then), its title as written.
 */
function achievedKey(entry: string): string {
  const cut = entry.indexOf(' — ');
  return cut < 0 ? entry : `${milestoneRefKey(entry.slice(0, cut))} — ${entry.slice(cut + 3)}`;
}

function errorKeys(model: ConsolidatedModel, id: number): string[] {
  return model.anomalies
    .filter((a) => a.commitmentId === id && a.issue.severity === 'error')
    .map((a) => `${a.issue.code}|${a.issue.sheet ?? ''}|${a.issue.cell ?? ''}`);
}
