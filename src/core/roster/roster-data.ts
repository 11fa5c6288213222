/**
 * The committee's people and plan as the committee workbook holds them: the part of the
 * configuration named by {@link ROSTER_KEYS}, in the form committee.yaml writes it (dates as
 * `YYYY-MM-DD` text, one substitute or several). Read from a workbook, it is merged with the
 * technical settings of committee.yaml and validated by the one configuration schema; a
 * problem found there is said at the workbook's cell it came from.
 */
import type { z } from 'zod';
import type { Message } from '../catalogue/render.js';
import { ROSTER_KEYS, type committeeConfigSchema, type RosterKey } from '../config-schema.js';

type ConfigInput = z.input<typeof committeeConfigSchema>;

/** The people and the plan, as written in committee.yaml. */
export type RosterData = Partial<Pick<ConfigInput, RosterKey>>;

/** A cell of the committee workbook: its sheet (as named in the file) and address (`B7`). */
export interface RosterCell {
  sheet: string;
  cell: string;
}

/** A problem found while reading the workbook, at its cell, said in the committee's language. */
export interface RosterIssue {
  sheet: string;
  /** Null for a problem of a whole sheet (missing, unreadable). */
  cell: string | null;
  message: Message;
}

/**
 * What reading a committee workbook gives: its people and plan, the problems found in its
 * cells, and where each configuration path came from, so that the schema's problems are
 * said at their cell (`commitments[4].focalPoint.email` → `Personnes!D9`).
 */
export interface RosterReading {
  data: RosterData;
  issues: RosterIssue[];
  cellOf(path: readonly (string | number)[]): RosterCell | undefined;
}

/** The people-and-plan keys a configuration file holds (an error when it also names a workbook). */
export function rosterKeysIn(data: unknown): RosterKey[] {
  if (data === null || typeof data !== 'object') return [];
  return ROSTER_KEYS.filter((key) => Object.hasOwn(data, key));
}
