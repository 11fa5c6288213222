/**
 * What the reliability tests measure, for `npm run chaos`: each test appends its figures as
 * a JSON line to the file named by OGP_CHAOS_FIGURES (set by chaos.ts, which reads them
 * back); under a plain `npm test` nothing is written.
 */
import { appendFileSync } from 'node:fs';

export interface ChaosFigures {
  /** What was tried, in a few words. */
  scenario: string;
  /** Hostile or broken input files tried. */
  badInputs?: number;
  /** Faults injected (dropped connections, error answers, kills, failed writes…). */
  faults?: number;
  /** Email deliveries due (one per email and recipient). */
  emailsDue?: number;
  /** Distinct due deliveries the server accepted. */
  delivered?: number;
  /** Deliveries accepted more than once. */
  duplicated?: number;
  /** Due deliveries neither accepted nor reported as refused. */
  lost?: number;
  /** Rows of readable submissions missing from the master. */
  rowsLost?: number;
  /** Slowest bad input to be turned down, milliseconds. */
  slowestRefusalMs?: number;
}

export function recordFigures(figures: ChaosFigures): void {
  const file = process.env.OGP_CHAOS_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify(figures)}\n`);
}

/** Counts deliveries: each (email, recipient) pair due, against what the server accepted. */
export function deliveryFigures(
  due: Iterable<string>,
  accepted: readonly string[],
  refused: Iterable<string> = [],
): Required<Pick<ChaosFigures, 'emailsDue' | 'delivered' | 'duplicated' | 'lost'>> {
  const dueSet = new Set(due);
  const refusedSet = new Set(refused);
  const seen = new Map<string, number>();
  for (const pair of accepted) seen.set(pair, (seen.get(pair) ?? 0) + 1);
  return {
    emailsDue: dueSet.size,
    delivered: [...dueSet].filter((pair) => seen.has(pair)).length,
    duplicated: [...seen.values()].reduce((n, count) => n + count - 1, 0),
    lost: [...dueSet].filter((pair) => !seen.has(pair) && !refusedSet.has(pair)).length,
  };
}
