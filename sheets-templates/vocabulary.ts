/**
 * The fixed value sets of the submission template (docs/workbooks.md), as neutral ids: what the
 * validator keeps, the consolidation works on and the open data publishes. Each language's
 * template shows its own words for them (the catalogue's template-sheet part); a value typed in any
 * of those languages is read back as its id.
 */

/** Status of a communication action. */
export const ACTION_STATUSES = [
  'planned',
  'in-progress',
  'done',
  'postponed',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Where an action's money comes from: the institution's own budget, the ministry that
 * coordinates the plan (Morocco's MRAFP, which its first templates named), a technical and
 * financial partner, nothing (no cost), or not found yet.
 */
export const FUNDING_SOURCES = [
  'institution-budget',
  'coordinating-ministry',
  'partner',
  'no-cost',
  'to-find',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The OGP completion scale of a milestone. */
export const COMPLETION_LEVELS = ['not-started', 'limited', 'substantial', 'complete'] as const;
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];

/** How a yes/no answer is offered in the dropdowns. */
export const YES_NO = ['yes', 'no'] as const;
