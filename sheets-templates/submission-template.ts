/**
 * The submission template (docs/workbooks.md): its sheets, columns, header notes and dropdown lists.
 * Pure data: the template writer lays it out, the validator reads submissions through it.
 */
import { ACTION_STATUSES, COMPLETION_LEVELS, FUNDING_SOURCES, YES_NO } from './vocabulary.js';

/** The sheets of a submission workbook, by role. */
export const SHEET_NAMES = {
  engagement: 'Engagement',
  actions: 'Actions de communication',
  milestones: 'Jalons',
  lists: 'Listes',
  guide: "Mode d'emploi",
} as const;

/** How a column's cells are read. */
export const COLUMN_KINDS = [
  'ref',
  'text',
  'list',
  'date',
  'number',
  'percent',
  'choice',
  'boolean',
  'url',
  'email',
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Where a choice column takes its allowed values: fixed lists, or the committee's charter. */
export const CHOICE_SOURCES = [
  'actionTypes',
  'indicators',
  'statuses',
  'funding',
  'completion',
  'yesNo',
] as const;
export type ChoiceSource = (typeof CHOICE_SOURCES)[number];

/** The fixed choice lists, as ids; `actionTypes` and `indicators` come from the charter. */
export const FIXED_CHOICES: Record<
  Exclude<ChoiceSource, 'actionTypes' | 'indicators'>,
  readonly string[]
> = {
  statuses: ACTION_STATUSES,
  funding: FUNDING_SOURCES,
  completion: COMPLETION_LEVELS,
  yesNo: YES_NO,
};

/**
 * The fixed lists as the French template shows them, in the order of their ids (the other
 * languages' are the catalogue's template-sheet part). Focal points type these words; the validator keeps the id.
 * Earlier templates' words (« MRAFP », Morocco's coordinating ministry) are still read
 * (core/legacy-values.json).
 */
export const FRENCH_CHOICES: Record<keyof typeof FIXED_CHOICES, readonly string[]> = {
  statuses: ['Prévue', 'En cours', 'Réalisée', 'Reportée', 'Annulée'],
  funding: [
    "Budget de l'institution",
    'Ministère coordinateur',
    'Partenaire technique et financier',
    'Sans coût',
    'À rechercher',
  ],
  completion: ['Non démarré', 'Limité', 'Substantiel', 'Achevé'],
  yesNo: ['Oui', 'Non'],
};

/** One column of a table sheet. */
export interface ColumnDef {
  field: string;
  header: string;
  /** Other headers accepted for this column (old templates, common variants). */
  aliases?: readonly string[];
  /** Headers of this shape are accepted too (matched on the comparison key: lower case, no accents). */
  aliasPattern?: RegExp;
  kind: ColumnKind;
  required?: boolean;
  /** The dropdown of the column in the template; for a `choice` column, its allowed values too. */
  choices?: ChoiceSource;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Column width in characters in the template. */
  width: number;
  /** The note on the header cell: what is expected, in French. */
  note: string;
}

/** One label/value row of the Engagement sheet. */
export interface LabelDef {
  field: 'commitmentId' | 'commitmentTitle' | 'institution' | 'focalPoint' | 'email' | 'updatedAt';
  label: string;
  aliases?: readonly string[];
  kind: 'number' | 'text' | 'email' | 'date';
  required?: boolean;
  note: string;
}

/** The label/value rows of the Engagement sheet, labels in column A, values in column B. */
export const ENGAGEMENT_LABELS: readonly LabelDef[] = [
  {
    field: 'commitmentId',
    label: 'N° engagement',
    aliases: ['Numéro engagement', "Numéro de l'engagement", 'No engagement', 'Engagement n°'],
    kind: 'number',
    required: true,
    note: "Numéro de l'engagement dans le plan d'action (pré-rempli, ne pas modifier).",
  },
  {
    field: 'commitmentTitle',
    label: "Intitulé de l'engagement",
    kind: 'text',
    note: "Intitulé de l'engagement (pré-rempli).",
  },
  {
    field: 'institution',
    label: 'Institution',
    kind: 'text',
    note: "Institution porteuse de l'engagement.",
  },
  {
    field: 'focalPoint',
    label: 'Point focal',
    kind: 'text',
    note: 'Nom et prénom du point focal.',
  },
  {
    field: 'email',
    label: 'Email',
    aliases: ['E-mail', 'Courriel', 'Adresse email', 'Adresse électronique'],
    kind: 'email',
    note: 'Adresse email du point focal.',
  },
  {
    field: 'updatedAt',
    label: 'Date de mise à jour',
    aliases: ['Mise à jour', 'Date de la mise à jour'],
    kind: 'date',
    note: 'Date à laquelle vous avez mis la fiche à jour (jj/mm/aaaa).',
  },
];

/** The columns of the "Actions de communication" sheet, in template order. */
export const ACTION_COLUMNS: readonly ColumnDef[] = [
  {
    field: 'ref',
    header: 'Réf.',
    aliases: ['Référence', 'Ref', 'N°'],
    kind: 'ref',
    required: true,
    width: 8,
    note: 'Obligatoire. Référence unique de l’action, par exemple A1, A2…',
  },
  {
    field: 'type',
    header: "Type d'action",
    aliases: ['Type'],
    kind: 'choice',
    choices: 'actionTypes',
    width: 26,
    note: 'Choisir dans la liste : types d’action de la charte de communication commune.',
  },
  {
    field: 'title',
    header: 'Intitulé',
    aliases: ["Intitulé de l'action", 'Action'],
    kind: 'text',
    required: true,
    maxLength: 300,
    width: 44,
    note: 'Obligatoire. Intitulé de l’action, 300 caractères au plus.',
  },
  {
    field: 'audience',
    header: 'Public cible',
    aliases: ['Cible', 'Publics cibles'],
    kind: 'list',
    width: 24,
    note: 'Publics visés, séparés par des virgules (ex. : Société civile, Jeunes).',
  },
  {
    field: 'channel',
    header: 'Canal / support',
    aliases: ['Canal', 'Support'],
    kind: 'text',
    width: 22,
    note: 'Canal ou support utilisé (presse, site web, Facebook…).',
  },
  {
    field: 'plannedDate',
    header: 'Date prévue',
    kind: 'date',
    required: true,
    width: 13,
    note: 'Obligatoire. Date prévue (jj/mm/aaaa), dans la période du plan d’action.',
  },
  {
    field: 'doneDate',
    header: 'Date de réalisation',
    aliases: ['Date réalisation', 'Réalisée le'],
    kind: 'date',
    width: 13,
    note: 'Date de réalisation (jj/mm/aaaa). Obligatoire si le statut est « Réalisée » ; pas de date future.',
  },
  {
    field: 'status',
    header: 'Statut',
    aliases: ['État', 'Etat'],
    kind: 'choice',
    choices: 'statuses',
    width: 12,
    note: `Choisir dans la liste : ${FRENCH_CHOICES.statuses.join(', ')}.`,
  },
  {
    field: 'budget',
    header: 'Budget (MAD)',
    aliases: ['Budget', 'Coût (MAD)', 'Budget MAD'],
    // « Budget (MXN) », « Coût en JOD »: a template made for any currency.
    aliasPattern: /^(budget|cout|montant|presupuesto|orcamento|الميزانية)( en)? [a-z]{3}$/,
    kind: 'number',
    min: 0,
    width: 13,
    note: 'Budget en dirhams (nombre ≥ 0, sans texte).',
  },
  {
    field: 'funding',
    header: 'Source de financement',
    aliases: ['Financement'],
    kind: 'choice',
    choices: 'funding',
    width: 26,
    note: `Choisir dans la liste : ${FRENCH_CHOICES.funding.join(', ')}.`,
  },
  {
    field: 'indicator',
    header: 'Indicateur',
    // Read as text: the rule compares it with the type's unified indicator (indicator-mismatch).
    kind: 'text',
    choices: 'indicators',
    width: 26,
    note: 'L’indicateur unifié du type d’action (voir la charte, feuille « Mode d’emploi »).',
  },
  {
    field: 'target',
    header: 'Valeur cible',
    aliases: ['Cible chiffrée', 'Objectif'],
    kind: 'number',
    min: 0,
    width: 11,
    note: 'Valeur visée de l’indicateur (nombre ≥ 0).',
  },
  {
    field: 'achieved',
    header: 'Valeur réalisée',
    aliases: ['Réalisé', 'Valeur atteinte'],
    kind: 'number',
    min: 0,
    width: 11,
    note: 'Valeur atteinte de l’indicateur (nombre ≥ 0). Obligatoire si le statut est « Réalisée ».',
  },
  {
    field: 'hashtags',
    header: 'Hashtags',
    kind: 'text',
    width: 28,
    note: 'Hashtags utilisés ; tous ceux de la charte quand le type d’action l’exige.',
  },
  {
    field: 'logo',
    header: 'Logo OGP Maroc',
    aliases: ['Logo', 'Logo OGP', 'Logo gouvernement ouvert'],
    kind: 'boolean',
    choices: 'yesNo',
    width: 10,
    note: 'Oui / Non : le logo Gouvernement ouvert Maroc a-t-il été utilisé ?',
  },
  {
    field: 'evidence',
    header: 'Justificatif (lien)',
    aliases: ['Justificatif', 'Lien', 'Lien justificatif'],
    kind: 'url',
    width: 30,
    note: 'Lien http(s) vers une preuve (article, publication, photo, rapport).',
  },
  {
    field: 'comment',
    header: 'Commentaires',
    aliases: ['Commentaire', 'Observations', 'Remarques'],
    kind: 'text',
    width: 30,
    note: 'Commentaires libres.',
  },
];

/** The columns of the "Jalons" sheet, in template order. */
export const MILESTONE_COLUMNS: readonly ColumnDef[] = [
  {
    field: 'ref',
    header: 'Réf. jalon',
    aliases: ['Réf.', 'Référence', 'Ref jalon'],
    kind: 'ref',
    required: true,
    // Not 9: exceljs leaves out a column whose width equals its default of 9.
    width: 10,
    note: 'Obligatoire. Référence unique du jalon, par exemple J1, J2…',
  },
  {
    field: 'title',
    header: 'Jalon',
    aliases: ['Intitulé', 'Intitulé du jalon'],
    kind: 'text',
    required: true,
    maxLength: 300,
    width: 44,
    note: 'Obligatoire. Intitulé du jalon tel qu’il figure dans le plan d’action.',
  },
  {
    field: 'start',
    header: 'Date de début',
    aliases: ['Début'],
    kind: 'date',
    width: 13,
    note: 'Date de début (jj/mm/aaaa).',
  },
  {
    field: 'end',
    header: 'Date de fin',
    aliases: ['Fin', 'Échéance'],
    kind: 'date',
    width: 13,
    note: 'Date de fin (jj/mm/aaaa), pas avant la date de début.',
  },
  {
    field: 'progress',
    header: 'Avancement (%)',
    aliases: ['Avancement', 'Taux d’avancement'],
    kind: 'percent',
    min: 0,
    max: 100,
    width: 12,
    note: 'Avancement de 0 à 100 (ex. : 45 ou 45 %).',
  },
  {
    field: 'completion',
    header: "Niveau d'achèvement",
    aliases: ['Achèvement', 'Niveau'],
    kind: 'choice',
    choices: 'completion',
    width: 16,
    note: `Échelle OGP : ${FRENCH_CHOICES.completion.join(', ')}.`,
  },
  {
    field: 'evidence',
    header: 'Justificatif (lien)',
    aliases: ['Justificatif', 'Lien'],
    kind: 'url',
    width: 30,
    note: 'Lien http(s) vers une preuve ; attendu quand le jalon est « Achevé ».',
  },
  {
    field: 'difficulties',
    header: 'Difficultés rencontrées',
    aliases: ['Difficultés'],
    kind: 'text',
    width: 30,
    note: 'Difficultés rencontrées, le cas échéant.',
  },
  {
    field: 'comment',
    header: 'Commentaires',
    aliases: ['Commentaire', 'Observations'],
    kind: 'text',
    width: 30,
    note: 'Commentaires libres.',
  },
];

/** What a committee's template says of its own: its currency and the logo its charter asks for. */
export interface TemplateTerms {
  /** ISO 4217. */
  currency: string;
  /** « logo Gouvernement ouvert Maroc ». */
  logoName: string;
}

/** The logo Morocco's charter asks for, and the header its template has always given it. */
export const MOROCCO_LOGO = { name: 'logo Gouvernement ouvert Maroc', header: 'Logo OGP Maroc' };

/**
 * The action columns of a committee, in French: the budget in its currency, the logo of its
 * charter (core/template-words.ts writes them in another language).
 */
export function actionColumnsFor(terms: TemplateTerms): readonly ColumnDef[] {
  return ACTION_COLUMNS.map((def) => {
    if (def.field === 'budget') {
      return {
        ...def,
        header: `Budget (${terms.currency})`,
        aliases: [...(def.aliases ?? []), 'Budget (MAD)'],
        note: `Budget en ${terms.currency} (nombre ≥ 0, sans texte).`,
      };
    }
    if (def.field === 'logo') {
      return {
        ...def,
        header: terms.logoName === MOROCCO_LOGO.name ? MOROCCO_LOGO.header : 'Logo',
        aliases: [...(def.aliases ?? []), MOROCCO_LOGO.header],
        note: `Oui / Non : le ${terms.logoName} a-t-il été utilisé ?`,
      };
    }
    return def;
  });
}

/** Rows of each table sheet that carry dropdowns and date validation in the template. */
export const TEMPLATE_ROWS = { actions: 300, milestones: 100 } as const;
