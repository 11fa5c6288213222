/**
 * The words of the committee workbook's dropdown lists in each language, and their reading
 * back: a value written in any language the catalogues hold (or as its id: `focal-point`,
 * `xlsx`, `fr`, `MA`) stands for its id, so a secretariat that switches language keeps its
 * workbook. Sheet names and headers are recognised the same way.
 */
import { MESSAGE_FILES } from '../catalogue/generated.js';
import { selector, translate, type MessageValues } from '../catalogue/render.js';
import { COUNTRY_CODE_FORM, countryCodes, MEETING_KINDS } from '../config-schema.js';
import { IRM_LEVELS } from '../completion.js';
import { DIGIT_SYSTEMS, formattingLocale, type LocaleTag } from '../locale-tag.js';
import { LOCALES } from '../locales.js';
import { normalizeKey } from '../text.js';
import { YES_NO } from '../../../sheets-templates/vocabulary.js';
import type { RosterList } from './roster-layout.js';

/** A person's role for a commitment: one row of the People sheet each. */
export const PERSON_ROLES = ['focal-point', 'substitute', 'communication-officer'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
/** The two committees whose members the Committees sheet lists. */
export const COMMITTEE_KINDS = ['steering', 'implementation'] as const;
/** Where a commitment's sheet is. */
export const SOURCE_KINDS = ['xlsx', 'google-sheet'] as const;
/** A row of the Days off sheet adds a day off, or removes a country's holiday. */
export const DAY_OFF_CHANGES = ['added', 'removed'] as const;

/** Every catalogue a workbook may have been written from (languages and regional variants). */
export const READING_TAGS: readonly LocaleTag[] = Object.keys(MESSAGE_FILES) as LocaleTag[];

let timeZones: readonly string[] | undefined;
/** The ids a list stands for, in order. */
export function listIds(list: RosterList): readonly string[] {
  switch (list) {
    case 'languages':
      return LOCALES;
    case 'countries':
      return countryCodes();
    case 'timezones':
      return (timeZones ??= Intl.supportedValuesOf('timeZone'));
    case 'digits':
      return DIGIT_SYSTEMS;
    case 'roles':
      return PERSON_ROLES;
    case 'committees':
      return COMMITTEE_KINDS;
    case 'meetingKinds':
      return MEETING_KINDS;
    case 'sourceKinds':
      return SOURCE_KINDS;
    case 'levels':
      return IRM_LEVELS;
    case 'yesNo':
      return YES_NO;
    case 'changes':
      return DAY_OFF_CHANGES;
  }
}

/** How a value of a list shows in a language (`focal-point` → « Point focal », `MA` → « Maroc (MA) »). */
export function choiceWord(tag: LocaleTag, list: RosterList, id: string): string {
  const value = selector(id);
  switch (list) {
    case 'languages':
      return `${displayName(tag, 'language', id)} (${id})`;
    case 'countries':
      return `${displayName(tag, 'region', id)} (${id})`;
    case 'timezones':
      return id;
    case 'digits':
      return translate(tag, 'roster.digits', { value: value as 'latn' | 'arab' });
    case 'roles':
      return translate(tag, 'roster.role', { value: value as 'focal_point' });
    case 'committees':
      return translate(tag, 'roster.committee', { value: value as 'steering' });
    case 'meetingKinds':
      return translate(tag, 'roster.meetingKind', { value: value as 'meeting' });
    case 'sourceKinds':
      return translate(tag, 'roster.sourceKind', { value: value as 'xlsx' });
    case 'levels':
      return translate(tag, 'roster.level', { value: value as 'limited' });
    case 'yesNo':
      return translate(tag, 'template-sheet.yesNo', { value: value as 'yes' });
    case 'changes':
      return translate(tag, 'roster.change', { value: value as 'added' });
  }
}

function displayName(tag: LocaleTag, type: 'language' | 'region', code: string): string {
  return new Intl.DisplayNames(formattingLocale(tag), { type, fallback: 'code' }).of(code) ?? code;
}

/** A list's values as its dropdown shows them in a language (countries in its alphabetical order). */
export function listWords(tag: LocaleTag, list: RosterList): string[] {
  const words = listIds(list).map((id) => choiceWord(tag, list, id));
  if (list === 'countries') words.sort((a, b) => a.localeCompare(b, formattingLocale(tag)));
  return words;
}

const readings = new Map<RosterList, Map<string, string>>();

/** Every way a value of the list is written, in every language, by its id. */
function wordsToIds(list: RosterList): Map<string, string> {
  let found = readings.get(list);
  if (!found) {
    found = new Map();
    for (const id of listIds(list)) found.set(normalizeKey(id), id);
    // The countries' and languages' names: the writing tags only (the list is long).
    const tags = list === 'countries' || list === 'timezones' ? LOCALES : READING_TAGS;
    if (list !== 'timezones') {
      for (const tag of tags) {
        for (const id of listIds(list)) {
          const word = choiceWord(tag, list, id);
          found.set(normalizeKey(word), id);
          if (list === 'roles' || list === 'committees' || list === 'levels') {
            for (const also of alsoRead(tag, id)) found.set(normalizeKey(also), id);
          }
          if (list === 'countries' || list === 'languages') {
            found.set(normalizeKey(displayName(tag, list === 'countries' ? 'region' : 'language', id)), id); // prettier-ignore
          }
        }
      }
    }
    readings.set(list, found);
  }
  return found;
}

/**
 * The id a cell's text stands for in a list, in any language; for a country, also a code
 * with its subdivision (`BR-SP-SP`), upper-cased. Null when the text is none of them.
 */
export function choiceId(list: RosterList, text: string): string | null {
  const trimmed = text.trim();
  if (list === 'countries' || list === 'languages') {
    // « Maroc (MA) »: the code in brackets decides, whatever the name's language.
    const code = /\(([A-Za-z0-9-]+)\)\s*$/.exec(trimmed)?.[1];
    if (code !== undefined) return choiceId(list, code);
    if (list === 'countries' && COUNTRY_CODE_FORM.test(trimmed)) return trimmed.toUpperCase();
  }
  if (list === 'timezones') {
    return listIds(list).find((zone) => zone.toLowerCase() === trimmed.toLowerCase()) ?? null;
  }
  return wordsToIds(list).get(normalizeKey(trimmed)) ?? null;
}

/** ISO weekdays (1 Monday … 7 Sunday) by name in every language, long and short. */
let weekdayNames: Map<string, number> | undefined;

/** A weekday's name in a language (1 = Monday). */
export function weekdayName(tag: LocaleTag, day: number): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, day));
  return new Intl.DateTimeFormat(formattingLocale(tag), {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The ISO weekday a text names (a name in any language, or 1–7), or null. */
export function weekdayOf(text: string): number | null {
  const trimmed = text.trim();
  if (/^[1-7]$/.test(trimmed)) return Number(trimmed);
  if (!weekdayNames) {
    weekdayNames = new Map();
    for (const tag of LOCALES) {
      for (let day = 1; day <= 7; day++) {
        const date = new Date(Date.UTC(2024, 0, day));
        for (const weekday of ['long', 'short'] as const) {
          const name = new Intl.DateTimeFormat(formattingLocale(tag), {
            weekday,
            timeZone: 'UTC',
          }).format(date);
          weekdayNames.set(normalizeKey(name), day);
        }
      }
    }
  }
  return weekdayNames.get(normalizeKey(trimmed)) ?? null;
}

/** A sheet's name, a header or a label as read back: case, accents and spaces aside. */
export function sameWords(a: string, b: string): boolean {
  return normalizeKey(a) === normalizeKey(b);
}

/**
 * Other ways a role, a committee, a level or an invitation column is written: the words a
 * secretariat types (« Chargée de communication ») and those of earlier versions of the workbook
 * (« Concluído », the Portuguese level now « Completo » as in the template), read as the current
 * one, so that renaming a label never makes a workbook unreadable.
 */
export function alsoRead(tag: LocaleTag, id: string): string[] {
  const word = selector(id) as MessageValues['roster.alsoRead']['word'];
  return translate(tag, 'roster.alsoRead', { word })
    .split(';')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}
