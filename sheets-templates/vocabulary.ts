/** The fixed value sets of the submission template (SPEC §3). */

/** Status of a communication action. */
export const ACTION_STATUSES = ['Prévue', 'En cours', 'Réalisée', 'Reportée', 'Annulée'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where an action's money comes from. */
export const FUNDING_SOURCES = [
  "Budget de l'institution",
  'MRAFP',
  'Partenaire technique et financier',
  'Sans coût',
  'À rechercher',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The OGP completion scale of a milestone. */
export const COMPLETION_LEVELS = ['Non démarré', 'Limité', 'Substantiel', 'Achevé'] as const;
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];

/** How a yes/no answer is offered in the dropdowns. */
export const YES_NO = ['Oui', 'Non'] as const;
