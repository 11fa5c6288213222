/**
 * The committee workbook's layout: its sheets, the columns of each table and the settings of
 * the Committee sheet, each with its header and note in the reader's language (the catalogue's
 * `roster` part). Written by the workbook adapter, read back by {@link readRoster} in any
 * language the catalogues hold.
 */
import { selector, translate, type MessageValues } from '../catalogue/render.js';
import { INVITEE_ROLES, type InviteeRole, type RosterKey } from '../config-schema.js';
import { HOLIDAY_TYPES } from '../holidays.js';
import type { LocaleTag } from '../locale-tag.js';

/** The sheets of the workbook, in the order they are written. */
export const ROSTER_SHEETS = [
  'guide',
  'committee',
  'commitments',
  'people',
  'committees',
  'milestones',
  'meetings',
  'campaigns',
  'daysOff',
  'lists',
] as const;
export type RosterSheet = (typeof ROSTER_SHEETS)[number];

/** The sheets the tool reads (the guide and the hidden lists are only written). */
export type ReadSheet = Exclude<RosterSheet, 'guide' | 'lists'>;
/** The sheets holding one record per row under a header row. */
export type TableSheet = Exclude<ReadSheet, 'committee'>;
export const TABLE_SHEETS = [
  'commitments',
  'people',
  'committees',
  'milestones',
  'meetings',
  'campaigns',
  'daysOff',
] as const satisfies readonly TableSheet[];

/** The sheet of the workbook where each people-and-plan key of committee.yaml now lives. */
export const SHEET_OF_KEY: Readonly<Record<RosterKey, RosterSheet>> = {
  committee: 'committee',
  secretariat: 'committee',
  plan: 'committee',
  commitments: 'commitments',
  committees: 'committees',
  meetings: 'meetings',
  campaigns: 'campaigns',
  holidays: 'daysOff',
};

/** A sheet's name in a language. */
export function sheetName(tag: LocaleTag, sheet: RosterSheet): string {
  return translate(tag, 'roster.sheet', { sheet: sheet === 'daysOff' ? 'days_off' : sheet });
}

/** The dropdown lists, one column each of the hidden lists sheet. */
export const ROSTER_LISTS = [
  'languages',
  'countries',
  'timezones',
  'digits',
  'roles',
  'committees',
  'meetingKinds',
  'sourceKinds',
  'levels',
  'yesNo',
  'changes',
] as const;
export type RosterList = (typeof ROSTER_LISTS)[number];

/** What a cell holds, for its format, its validation and its reading. */
export type CellKind = 'text' | 'long' | 'number' | 'date' | 'email' | 'time' | 'list';

/** A column (or a setting): its header and note in a language, its kind and list. */
export interface RosterColumn<F extends string = string> {
  field: F;
  kind: CellKind;
  list?: RosterList;
  width: number;
  /** Its catalogue case (`source_kind`), by which other ways of writing it are found. */
  word: string;
  header(tag: LocaleTag): string;
  note(tag: LocaleTag): string;
}

type ColumnWord = MessageValues['roster.column']['column'];
type SettingWord = MessageValues['roster.setting']['setting'];

/** A table's column, named by its catalogue case (`source_kind`). */
const col = (
  field: string,
  kind: CellKind,
  width: number,
  word: ColumnWord,
  list?: RosterList,
): RosterColumn => ({
  field,
  kind,
  width,
  word,
  header: (t) => translate(t, 'roster.column', { column: word }),
  // Only the commitment's note names a sheet: the one its numbers come from.
  note: (t) =>
    translate(t, 'roster.columnNote', {
      column: word.startsWith('invite_') ? 'invite' : (word as Exclude<ColumnWord, `invite_${string}`>), // prettier-ignore
      sheet: sheetName(t, 'commitments'),
    }),
  ...(list ? { list } : {}),
});

/** A setting of the Committee sheet, named by its catalogue case. */
const setting = <F extends string>(
  field: F,
  kind: CellKind,
  word: SettingWord,
  list?: RosterList,
): RosterColumn<F> => ({
  // prettier-ignore
  field,
  kind,
  width: 0,
  word,
  header: (t) => translate(t, 'roster.setting', { setting: word }),
  note: (t) => translate(t, 'roster.settingNote', { setting: word, types: HOLIDAY_TYPES.join(', ') }), // prettier-ignore
  ...(list ? { list } : {}),
});

const name = col('name', 'text', 28, 'name');
const email = col('email', 'email', 32, 'email');
const language = col('language', 'list', 18, 'language', 'languages');
const institution = col('institution', 'text', 36, 'institution');
const commitment = col('commitment', 'number', 13, 'commitment');

/** The column of the meetings sheet that says whether `role` is invited. */
export function inviteField(role: InviteeRole): `invite:${InviteeRole}` {
  return `invite:${role}`;
}

/** The columns of each table, in order. */
export const TABLE_COLUMNS: Record<TableSheet, readonly RosterColumn[]> = {
  commitments: [
    col('number', 'number', 8, 'number'),
    col('title', 'long', 48, 'title'),
    institution,
    col('axis', 'text', 20, 'axis'),
    col('sourceKind', 'list', 16, 'source_kind', 'sourceKinds'),
    col('source', 'text', 34, 'source'),
    col('level', 'list', 16, 'level', 'levels'),
    col('justification', 'long', 36, 'justification'),
  ],
  people: [commitment, col('role', 'list', 24, 'role', 'roles'), name, email, language],
  committees: [
    col('committee', 'list', 26, 'committee', 'committees'),
    name,
    // Same header as the commitments' institution, but a member's own: the one it represents.
    { ...institution, note: (t) => translate(t, 'roster.columnNote', { column: 'member_institution', sheet: '' }) }, // prettier-ignore
    email,
    language,
  ],
  milestones: [
    commitment,
    col('title', 'long', 56, 'milestone'),
    col('start', 'date', 13, 'start'),
    col('end', 'date', 13, 'end'),
  ],
  meetings: [
    col('kind', 'list', 22, 'kind', 'meetingKinds'),
    col('title', 'text', 32, 'meeting_title'),
    col('date', 'date', 13, 'date'),
    col('time', 'time', 9, 'time'),
    col('place', 'text', 26, 'place'),
    col('agenda', 'long', 44, 'agenda'),
    ...INVITEE_ROLES.map((role) =>
      col(inviteField(role), 'list', 16, `invite_${selector(role)}`, 'yesNo'),
    ),
  ],
  campaigns: [
    col('id', 'text', 20, 'campaign_id'),
    col('title', 'long', 44, 'campaign_title'),
    col('due', 'date', 13, 'due'),
    col('daysBefore', 'number', 18, 'days_before'),
  ],
  daysOff: [
    col('from', 'date', 13, 'from'),
    col('to', 'date', 13, 'to'),
    col('name', 'text', 32, 'day_off_name'),
    col('change', 'list', 18, 'change', 'changes'),
  ],
};

/** The settings of the Committee sheet, one row each (label in A, value in B). */
export const SETTINGS = [
  setting('name', 'text', 'name'),
  setting('country', 'list', 'country', 'countries'),
  setting('language', 'list', 'language', 'languages'),
  setting('timezone', 'list', 'timezone', 'timezones'),
  setting('currency', 'text', 'currency'),
  setting('weekend', 'text', 'weekend'),
  setting('digits', 'list', 'digits', 'digits'),
  setting('secretariat', 'text', 'secretariat'),
  setting('secretariatEmails', 'long', 'secretariat_emails'),
  setting('plan', 'text', 'plan'),
  setting('planStart', 'date', 'plan_start'),
  setting('planEnd', 'date', 'plan_end'),
  setting('dayOffTypes', 'text', 'day_off_types'),
] as const;
export type Setting = (typeof SETTINGS)[number]['field'];

/** The Committee sheet's two headers. */
export const SETTINGS_HEADER = {
  setting: (t: LocaleTag) => translate(t, 'roster.headerSetting'),
  settingNote: (t: LocaleTag) => translate(t, 'roster.headerSettingNote'),
  value: (t: LocaleTag) => translate(t, 'roster.headerValue'),
  valueNote: (t: LocaleTag) => translate(t, 'roster.headerValueNote'),
};
