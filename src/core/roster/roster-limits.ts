/**
 * The most the committee workbook may hold. Whatever it holds is kept in the run state (the
 * accepted version, its changes), and a Firestore document holds 1 MiB at most
 * (firebase.google.com/docs/firestore/quotas): a roster of 5,000 people with 1,700-character
 * names once stopped every run. An OGP committee has tens of commitments, a few people each,
 * and a meeting a month; each limit is many times that, and the text of all sheets together
 * stays well under the document's size even in Arabic (two bytes a character).
 */
import type { TableSheet } from './roster-layout.js';

export const ROSTER_LIMITS = {
  /** Characters of a person's or a day off's name. */
  nameChars: 200,
  /** Characters of any other text: a title, an institution, a place, a path. */
  textChars: 500,
  /** Characters of a commitment's justification, a meeting's agenda, the secretariat's addresses. */
  longChars: 2_000,
  /** Characters of all the cells read, every sheet together (about 400 KB of UTF-8 at most). */
  totalChars: 200_000,
  /** Filled rows of each table, below its header. */
  rows: {
    commitments: 200,
    people: 1_000,
    milestones: 1_000,
    committees: 200,
    meetings: 200,
    campaigns: 50,
    daysOff: 500,
  } satisfies Record<TableSheet, number>,
} as const;

/** Fields whose text may be long (several lines, or several addresses). */
const LONG_FIELDS: ReadonlySet<string> = new Set(['justification', 'agenda', 'secretariatEmails']);

/** The most characters a cell of `field` may hold. */
export function charLimitOf(field: string): number {
  if (field === 'name') return ROSTER_LIMITS.nameChars;
  return LONG_FIELDS.has(field) ? ROSTER_LIMITS.longChars : ROSTER_LIMITS.textChars;
}
