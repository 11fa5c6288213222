/**
 * A commitment's completion on the scale of OGP's Independent Reporting Mechanism, derived
 * from its milestones (or set by the secretariat, with a justification, in committee.yaml).
 */
import type { CompletionLevel } from '../../sheets-templates/vocabulary.js';
import type { MilestoneRecord } from './submission.js';

/**
 * The IRM scale, as ids (the catalogues name them): `no-data` first (no sheet, or no
 * milestone reported), then a milestone's levels.
 */
export const IRM_LEVELS = ['no-data', 'not-started', 'limited', 'substantial', 'complete'] as const;
export type IrmLevel = (typeof IRM_LEVELS)[number];

/** A milestone's progress when only its level is given (the status page states them). */
export const LEVEL_PROGRESS: Record<CompletionLevel, number> = {
  'not-started': 0,
  limited: 25,
  substantial: 75,
  complete: 100,
};

/** The mean progress from which a commitment is substantial. */
export const SUBSTANTIAL_FROM = 50;

/** Each milestone's progress from 0 to 100, or null when it says neither progress nor level. */
export function milestoneProgress(
  m: Pick<MilestoneRecord, 'progress' | 'completion'>,
): number | null {
  if (m.progress !== null && m.progress >= 0 && m.progress <= 100) return m.progress;
  return m.completion ? LEVEL_PROGRESS[m.completion] : null;
}

/** The level of a commitment from its milestones' progress (null: nothing reported). */
export function completionOf(progress: readonly (number | null)[]): IrmLevel {
  const known = progress.filter((p): p is number => p !== null);
  if (known.length === 0) return 'no-data';
  if (known.every((p) => p >= 100) && known.length === progress.length) return 'complete';
  const mean = known.reduce((a, b) => a + b, 0) / progress.length;
  if (mean >= SUBSTANTIAL_FROM) return 'substantial';
  return mean > 0 ? 'limited' : 'not-started';
}
