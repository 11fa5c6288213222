/**
 * The submission template in each language a focal point may read: its sheets, its headers
 * and their notes, the Engagement sheet's labels, the values of its dropdown lists — the
 * `template-sheet` part of the catalogues (messages/<language>.json), which a
 * translator edits as any other. A value of a list in any language stands for its neutral id
 * (vocabulary.ts), which is what the validator keeps.
 *
 * Written in the reader's language and country (`ar-MA` keeps Morocco's « تاريخ التحيين »),
 * read back in every one the catalogues hold, regional variants included: a sheet written
 * before a word changed is still read, and the French template's own words
 * (submission-template.ts) are always accepted.
 */
import {
  ENGAGEMENT_LABELS,
  FIXED_CHOICES,
  FRENCH_CHOICES,
  SHEET_NAMES,
  type ChoiceSource,
  type ColumnDef,
  type LabelDef,
} from '../../sheets-templates/submission-template.js';
import {
  ACTION_STATUSES,
  COMPLETION_LEVELS,
  FUNDING_SOURCES,
  YES_NO,
} from '../../sheets-templates/vocabulary.js';
import { MESSAGE_FILES } from './catalogue/generated.js';
import LEGACY_VALUES from './legacy-values.json' with { type: 'json' };
import { render, selector, translate, type MessageId } from './catalogue/render.js';
import { languageOf, type LocaleTag } from './locale-tag.js';
import { LOCALES, type Locale } from './locales.js';
import { normalizeKey } from './text.js';

/** The languages the template is written in. */
export const TEMPLATE_LANGUAGES = LOCALES;
export type TemplateLanguage = Locale;

/** A header (or label) and the message of the note on its cell. */
type Worded = readonly [text: string, note: MessageId];

/** One language's words (a note is rendered with the committee's terms: `columnsIn`). */
export interface TemplateWords {
  sheets: Record<keyof typeof SHEET_NAMES, string>;
  labels: Record<LabelDef['field'], Worded>;
  actions: Record<string, Worded>;
  milestones: Record<string, Worded>;
  /** The fixed lists' words, each in the order of its ids (vocabulary.ts). */
  choices: Record<keyof typeof FIXED_CHOICES, readonly string[]>;
  /** The titles of the hidden lists' columns. */
  lists: Record<ChoiceSource, string>;
  /** The heading of the template's fingerprint, in the hidden lists sheet. */
  marker: string;
  /** The budget column's header, before `(MXN)`. */
  budget: string;
  /** The reference that marks the example row, which the reading skips (« Exemple »). */
  example: string;
}

const SHEETS = {
  engagement: 'template-sheet.sheetEngagement',
  actions: 'template-sheet.sheetActions',
  milestones: 'template-sheet.sheetMilestones',
  lists: 'template-sheet.sheetLists',
  guide: 'template-sheet.sheetGuide',
} as const satisfies Record<keyof typeof SHEET_NAMES, MessageId>;

const LABELS = {
  commitmentId: ['template-sheet.labelCommitmentId', 'template-sheet.labelCommitmentIdNote'],
  commitmentTitle: ['template-sheet.labelCommitmentTitle', 'template-sheet.labelCommitmentTitleNote'],
  institution: ['template-sheet.labelInstitution', 'template-sheet.labelInstitutionNote'],
  focalPoint: ['template-sheet.labelFocalPoint', 'template-sheet.labelFocalPointNote'],
  email: ['template-sheet.labelEmail', 'template-sheet.labelEmailNote'],
  updatedAt: ['template-sheet.labelUpdatedAt', 'template-sheet.labelUpdatedAtNote'],
} as const satisfies Record<LabelDef['field'], readonly [MessageId, MessageId]>; // prettier-ignore

const ACTIONS = {
  ref: ['template-sheet.actionRef', 'template-sheet.actionRefNote'],
  type: ['template-sheet.actionType', 'template-sheet.actionTypeNote'],
  title: ['template-sheet.actionTitle', 'template-sheet.actionTitleNote'],
  audience: ['template-sheet.actionAudience', 'template-sheet.actionAudienceNote'],
  channel: ['template-sheet.actionChannel', 'template-sheet.actionChannelNote'],
  plannedDate: ['template-sheet.actionPlannedDate', 'template-sheet.actionPlannedDateNote'],
  doneDate: ['template-sheet.actionDoneDate', 'template-sheet.actionDoneDateNote'],
  status: ['template-sheet.actionStatus', 'template-sheet.actionStatusNote'],
  budget: ['template-sheet.actionBudget', 'template-sheet.actionBudgetNote'],
  funding: ['template-sheet.actionFunding', 'template-sheet.actionFundingNote'],
  indicator: ['template-sheet.actionIndicator', 'template-sheet.actionIndicatorNote'],
  target: ['template-sheet.actionTarget', 'template-sheet.actionTargetNote'],
  achieved: ['template-sheet.actionAchieved', 'template-sheet.actionAchievedNote'],
  hashtags: ['template-sheet.actionHashtags', 'template-sheet.actionHashtagsNote'],
  logo: ['template-sheet.actionLogo', 'template-sheet.actionLogoNote'],
  evidence: ['template-sheet.actionEvidence', 'template-sheet.actionEvidenceNote'],
  comment: ['template-sheet.actionComment', 'template-sheet.actionCommentNote'],
} as const satisfies Record<string, readonly [MessageId, MessageId]>;

const MILESTONES = {
  ref: ['template-sheet.milestoneRef', 'template-sheet.milestoneRefNote'],
  title: ['template-sheet.milestoneTitle', 'template-sheet.milestoneTitleNote'],
  start: ['template-sheet.milestoneStart', 'template-sheet.milestoneStartNote'],
  end: ['template-sheet.milestoneEnd', 'template-sheet.milestoneEndNote'],
  progress: ['template-sheet.milestoneProgress', 'template-sheet.milestoneProgressNote'],
  completion: ['template-sheet.milestoneCompletion', 'template-sheet.milestoneCompletionNote'],
  evidence: ['template-sheet.milestoneEvidence', 'template-sheet.milestoneEvidenceNote'],
  difficulties: ['template-sheet.milestoneDifficulties', 'template-sheet.milestoneDifficultiesNote'],
  comment: ['template-sheet.milestoneComment', 'template-sheet.milestoneCommentNote'],
} as const satisfies Record<string, readonly [MessageId, MessageId]>; // prettier-ignore

const LISTS = {
  actionTypes: 'template-sheet.listActionTypes',
  indicators: 'template-sheet.listIndicators',
  statuses: 'template-sheet.listStatuses',
  funding: 'template-sheet.listFunding',
  completion: 'template-sheet.listCompletion',
  yesNo: 'template-sheet.listYesNo',
} as const satisfies Record<ChoiceSource, MessageId>;

/** The words of a header table, rendered once. */
function worded<F extends string>(
  tag: LocaleTag,
  ids: Record<F, readonly [MessageId, MessageId]>,
): Record<F, Worded> {
  return Object.fromEntries(
    Object.entries<readonly [MessageId, MessageId]>(ids).map(([field, [text, note]]) => [
      field,
      [render(tag, { id: text }), note] as const,
    ]),
  ) as Record<F, Worded>;
}

function wordsOf(tag: LocaleTag): TemplateWords {
  const sheets = Object.fromEntries(
    Object.entries(SHEETS).map(([role, id]) => [role, translate(tag, id)]),
  ) as TemplateWords['sheets'];
  const lists = Object.fromEntries(
    Object.entries(LISTS).map(([source, id]) => [source, translate(tag, id)]),
  ) as TemplateWords['lists'];
  return {
    sheets,
    labels: worded(tag, LABELS),
    actions: worded(tag, ACTIONS),
    milestones: worded(tag, MILESTONES),
    choices: {
      statuses: ACTION_STATUSES.map((id) =>
        translate(tag, 'template-sheet.status', { value: selector(id) }),
      ),
      funding: FUNDING_SOURCES.map((id) =>
        translate(tag, 'template-sheet.funding', { value: selector(id) }),
      ),
      completion: COMPLETION_LEVELS.map((id) =>
        translate(tag, 'template-sheet.completion', { value: selector(id) }),
      ),
      yesNo: YES_NO.map((id) => translate(tag, 'template-sheet.yesNo', { value: id })),
    },
    lists,
    marker: translate(tag, 'template-sheet.marker'),
    budget: translate(tag, 'template-sheet.actionBudget'),
    example: translate(tag, 'template-sheet.exampleRef'),
  };
}

const wordsMemo = new Map<LocaleTag, TemplateWords>();

/** The template's words for a reader of `tag` (`ar-MA`: Morocco's words over plain Arabic). */
export function templateWords(tag: LocaleTag): TemplateWords {
  let words = wordsMemo.get(tag);
  if (!words) {
    words = wordsOf(tag);
    wordsMemo.set(tag, words);
  }
  return words;
}

/** Each language's words (rendered when first asked for). */
export const TEMPLATE_WORDS: Readonly<Record<TemplateLanguage, TemplateWords>> =
  Object.defineProperties(
    {},
    Object.fromEntries(
      TEMPLATE_LANGUAGES.map((l) => [l, { enumerable: true, get: () => templateWords(l) }]),
    ),
  ) as Record<TemplateLanguage, TemplateWords>;

/**
 * Every catalogue the template may have been written from: each language and each regional
 * variant (`ar-MA`), so that a sheet in any of them is read back.
 */
export const READING_TAGS: readonly LocaleTag[] = Object.keys(MESSAGE_FILES) as LocaleTag[];

/**
 * The reference the template pre-fills for the `n`th milestone, with the letter of its
 * language's word for a milestone (« J1 » Jalon, « H1 » Hito, « M1 » Milestone / Marco, « م1 »).
 * Any reference is read back whatever its language: it is a text the focal point may change.
 */
export function prefilledRef(tag: LocaleTag, n: number): string {
  return translate(tag, 'template-sheet.prefilledRef', { n });
}

/**
 * A milestone's reference as it identifies the milestone whatever the template's language:
 * the pre-filled `J3`, `H3`, `M3` and `م3` are all the third milestone (`#3`), so a focal
 * point who moves from an older template to one in their own language does not achieve
 * again what they had; any other reference as a person reads it (case and spaces aside).
 */
export function milestoneRefKey(ref: string): string {
  const key = normalizeKey(ref);
  const n = /(\d+)$/.exec(key)?.[1];
  if (n === undefined) return key;
  const prefilled = READING_TAGS.some((tag) => normalizeKey(prefilledRef(tag, Number(n))) === key);
  return prefilled ? `#${Number(n)}` : key;
}

/** What a committee's template names of its own (as in `actionColumnsFor`). */
export interface LanguageTerms {
  currency: string;
  logoName: string;
}

/** A column's or a label's note, with its lists and the committee's terms written in. */
function noteOf(tag: LocaleTag, id: MessageId, terms?: LanguageTerms): string {
  const words = templateWords(tag);
  return render(tag, {
    id,
    // Each note takes what it names of these (a message ignores the values it has no place for).
    values: {
      statuses: words.choices.statuses.join(', '),
      funding: words.choices.funding.join(', '),
      completion: words.choices.completion.join(', '),
      currency: terms?.currency ?? '',
      logo: terms?.logoName ?? '',
    },
  });
}

/**
 * Columns in a language: the header and note of each, the budget in the committee's
 * currency; the logo column keeps the French template's Moroccan header (« Logo OGP Maroc »)
 * when the French columns say so.
 */
export function columnsIn(
  columns: readonly ColumnDef[],
  group: 'actions' | 'milestones',
  tag: LocaleTag,
  terms: LanguageTerms,
): ColumnDef[] {
  const words = templateWords(tag);
  return columns.map((def) => {
    const worded = words[group][def.field];
    if (!worded) return def;
    const [header, note] = worded;
    const localized = { ...def, note: noteOf(tag, note, terms) };
    if (def.field === 'budget')
      return { ...localized, header: `${words.budget} (${terms.currency})` };
    if (def.field === 'logo' && languageOf(tag) === 'fr') return localized;
    return { ...localized, header };
  });
}

/** The Engagement sheet's labels in a language. */
export function labelsIn(tag: LocaleTag): LabelDef[] {
  const words = templateWords(tag);
  return ENGAGEMENT_LABELS.map((def) => {
    const [label, note] = words.labels[def.field];
    return { ...def, label, note: noteOf(tag, note) };
  });
}

/** Every language's header of each column, for reading a template written in any of them. */
export function withEveryLanguage<T extends ColumnDef | LabelDef>(
  defs: readonly T[],
  group: 'actions' | 'milestones' | 'labels',
): T[] {
  return defs.map((def) => {
    const others = READING_TAGS.map((tag) => {
      const words = templateWords(tag);
      return group === 'labels'
        ? words.labels[def.field as LabelDef['field']][0]
        : (words[group][def.field]?.[0] ?? '');
    }).filter(Boolean);
    return { ...def, aliases: [...new Set([...(def.aliases ?? []), ...others])] };
  });
}

/**
 * The names a sheet of the template has in every language, and the French template's own
 * (the one every version wrote), whatever the catalogue says today.
 */
export function sheetNamesEverywhere(role: keyof typeof SHEET_NAMES): string[] {
  return [
    ...new Set([SHEET_NAMES[role], ...READING_TAGS.map((tag) => templateWords(tag).sheets[role])]),
  ];
}

/** The example row's reference in every language (« Exemple », « Ejemplo », « مثال »). */
export function exampleRefsEverywhere(): string[] {
  return [...new Set(READING_TAGS.map((tag) => templateWords(tag).example))];
}

const displays = new Map<LocaleTag, ReadonlyMap<string, string>>();

/** How each value of the fixed lists shows in a language's template (`done` → « Realizada »). */
export function choiceDisplay(tag: LocaleTag): ReadonlyMap<string, string> {
  let found = displays.get(tag);
  if (!found) {
    const words = templateWords(tag);
    found = new Map(
      (Object.keys(FIXED_CHOICES) as (keyof typeof FIXED_CHOICES)[]).flatMap((source) =>
        FIXED_CHOICES[source].map(
          (value, i) => [value, words.choices[source][i] ?? value] as const,
        ),
      ),
    );
    displays.set(tag, found);
  }
  return found;
}

/**
 * The words earlier French templates wrote for each fixed list (« MRAFP »): the frozen table
 * of legacy-values.ts, read as its JSON (that module's types lead back here).
 */
const FORMER_WORDS: Record<keyof typeof FIXED_CHOICES, Readonly<Record<string, string>>> = {
  statuses: LEGACY_VALUES.actionStatuses,
  funding: LEGACY_VALUES.fundingSources,
  completion: LEGACY_VALUES.irmLevels,
  yesNo: {},
};

/**
 * The value of a fixed list in every language, by the id it stands for, the French
 * template's own first, then the words earlier templates wrote (the sheets already in focal
 * points' hands).
 */
export function choiceTranslations(
  source: keyof typeof FIXED_CHOICES,
): ReadonlyMap<string, readonly string[]> {
  const former = Object.entries(FORMER_WORDS[source]);
  return new Map(
    FIXED_CHOICES[source].map((value, index) => [
      value,
      [
        ...new Set([
          FRENCH_CHOICES[source][index] ?? value,
          ...READING_TAGS.map((tag) => templateWords(tag).choices[source][index] ?? value),
          ...former.filter(([, id]) => id === value).map(([word]) => word),
        ]),
      ],
    ]),
  );
}
