/**
 * What the committee workbook shows, cell by cell, for a configuration: every sheet's
 * rows in the committee's language, the guide, the dropdown lists. The workbook adapter only
 * lays it out and styles it.
 */
import { selector, translate } from '../catalogue/render.js';
import { INVITEE_ROLES, type CommitteeConfig } from '../config-schema.js';
import { directionOf, type LocaleTag } from '../locale-tag.js';
import { exampleRow, type OutValue } from './roster-examples.js';
import {
  inviteField,
  ROSTER_LISTS,
  SETTINGS,
  SETTINGS_HEADER,
  sheetName,
  TABLE_COLUMNS,
  TABLE_SHEETS,
  type CellKind,
  type RosterList,
  type Setting,
  type TableSheet,
} from './roster-layout.js';
import { choiceWord, listWords, weekdayName } from './roster-words.js';

export type { OutValue } from './roster-examples.js';

/** A column or a setting as written: its words in the committee's language. */
export interface WrittenColumn {
  field: string;
  kind: CellKind;
  list?: RosterList;
  width: number;
  header: string;
  note: string;
}

/** A table sheet: header row, then one row per record (or the example row). */
export interface WrittenTable {
  sheet: TableSheet;
  name: string;
  columns: WrittenColumn[];
  rows: OutValue[][];
  /** Row 2 is the example (the sheet has nothing else). */
  example: boolean;
  exampleNote: string;
}

/** A line of the guide: a title, a heading, a sentence, or a sheet and what it holds. */
export type GuideLine =
  | { style: 'title' | 'heading' | 'text'; text: string }
  | { style: 'sheet'; sheet: string; text: string };

/** The whole workbook's content. */
export interface RosterContent {
  tag: LocaleTag;
  rtl: boolean;
  title: string;
  guide: { name: string; lines: GuideLine[] };
  committee: {
    name: string;
    header: { setting: string; settingNote: string; value: string; valueNote: string };
    rows: (WrittenColumn & { value: OutValue })[];
  };
  tables: WrittenTable[];
  lists: { name: string; columns: { list: RosterList; values: string[] }[] };
  /** Messages of the validations: a list's, an email's, a date's. */
  prompts: { pickFromList: string; emailTitle: string; emailError: string };
}

const day = (date: string | undefined): OutValue => (date ? { date } : null);

/** The workbook's content for `config`, in the committee's language. */
export function rosterContent(config: CommitteeConfig): RosterContent {
  const tag = config.committee.tag;
  const tables = TABLE_SHEETS.map((sheet) => tableOf(config, tag, sheet));
  return {
    tag,
    rtl: directionOf(tag) === 'rtl',
    title: translate(tag, 'roster.guideTitle', { committee: config.committee.name }),
    guide: { name: sheetName(tag, 'guide'), lines: guideLines(config, tag) },
    committee: {
      name: sheetName(tag, 'committee'),
      header: {
        setting: SETTINGS_HEADER.setting(tag),
        settingNote: SETTINGS_HEADER.settingNote(tag),
        value: SETTINGS_HEADER.value(tag),
        valueNote: SETTINGS_HEADER.valueNote(tag),
      },
      rows: SETTINGS.map((s) => ({
        ...written(s, tag),
        value: settingValue(config, tag, s.field),
      })),
    },
    tables,
    lists: {
      name: sheetName(tag, 'lists'),
      columns: ROSTER_LISTS.map((list) => ({ list, values: listWords(tag, list) })),
    },
    prompts: {
      pickFromList: translate(tag, 'roster.pickFromList'),
      emailTitle: translate(tag, 'roster.emailTitle'),
      emailError: translate(tag, 'roster.emailError'),
    },
  };
}

function written(
  c: {
    field: string;
    kind: CellKind;
    list?: RosterList;
    width: number;
    header(t: LocaleTag): string;
    note(t: LocaleTag): string;
  },
  tag: LocaleTag,
): WrittenColumn {
  return {
    field: c.field,
    kind: c.kind,
    ...(c.list ? { list: c.list } : {}),
    width: c.width,
    header: c.header(tag),
    note: c.note(tag),
  };
}

function settingValue(config: CommitteeConfig, tag: LocaleTag, field: Setting): OutValue {
  const { committee } = config;
  switch (field) {
    case 'name':
      return committee.name;
    case 'country':
      // A subdivision (`BR-SP-SP`) as its code: the list names countries only.
      return /^[A-Z]{2}$/.test(committee.country)
        ? choiceWord(tag, 'countries', committee.country)
        : committee.country;
    case 'language':
      return choiceWord(tag, 'languages', committee.locale);
    case 'timezone':
      return committee.timezone;
    case 'currency':
      return committee.currency;
    case 'weekend':
      return committee.weekend.map((d) => weekdayName(tag, d)).join(', ');
    case 'digits':
      return choiceWord(tag, 'digits', committee.digits);
    case 'secretariat':
      return config.secretariat.name;
    case 'secretariatEmails':
      return config.secretariat.emails.join('\n');
    case 'plan':
      return config.plan.name;
    case 'planStart':
      return day(config.plan.start);
    case 'planEnd':
      return day(config.plan.end);
    case 'dayOffTypes':
      return config.holidays.types?.join(', ') ?? null;
  }
}

function tableOf(config: CommitteeConfig, tag: LocaleTag, sheet: TableSheet): WrittenTable {
  const columns = TABLE_COLUMNS[sheet].map((c) => written(c, tag));
  const records = recordsOf(config, tag, sheet);
  const example = records.length === 0 ? exampleRow(tag, sheet, config.plan) : null;
  const rows = (example ? [example] : records).map((r) => columns.map((c) => r[c.field] ?? null));
  return {
    sheet,
    name: sheetName(tag, sheet),
    columns,
    rows,
    example: example !== null,
    exampleNote: translate(tag, 'roster.exampleNote'),
  };
}

type Row = Record<string, OutValue>;

function personRow(
  tag: LocaleTag,
  lead: Row,
  p: { name: string; email: string; locale?: string | undefined },
): Row {
  return {
    ...lead,
    name: p.name,
    email: p.email,
    language: p.locale ? choiceWord(tag, 'languages', p.locale) : null,
  };
}

function recordsOf(config: CommitteeConfig, tag: LocaleTag, sheet: TableSheet): Row[] {
  const role = (id: string) => choiceWord(tag, 'roles', id);
  switch (sheet) {
    case 'commitments':
      return config.commitments.map((c) => ({
        number: c.id,
        title: c.title,
        institution: c.institution,
        axis: c.axis ?? null,
        sourceKind: c.source ? choiceWord(tag, 'sourceKinds', c.source.kind) : null,
        source: c.source ? (c.source.kind === 'xlsx' ? c.source.path : c.source.spreadsheetId) : null, // prettier-ignore
        level: c.completion ? choiceWord(tag, 'levels', c.completion.level) : null,
        justification: c.completion?.justification ?? null,
      }));
    case 'people':
      return config.commitments.flatMap((c) => [
        personRow(tag, { commitment: c.id, role: role('focal-point') }, c.focalPoint),
        ...c.substitutes.map((p) =>
          personRow(tag, { commitment: c.id, role: role('substitute') }, p),
        ),
        ...c.communicationOfficers.map((p) =>
          personRow(tag, { commitment: c.id, role: role('communication-officer') }, p),
        ),
      ]);
    case 'committees':
      return (['steering', 'implementation'] as const).flatMap((kind) =>
        config.committees[kind].map((m) => ({
          ...personRow(tag, { committee: choiceWord(tag, 'committees', kind) }, m),
          institution: m.institution ?? null,
        })),
      );
    case 'milestones':
      return config.commitments.flatMap((c) =>
        (c.milestones ?? []).map((m) => ({
          commitment: c.id,
          title: m.title,
          start: day(m.start),
          end: day(m.end),
        })),
      );
    case 'meetings':
      return config.meetings.map((m) => ({
        kind: choiceWord(tag, 'meetingKinds', m.kind),
        title: m.title ?? null,
        date: day(m.date),
        time: m.time ?? null,
        place: m.place ?? null,
        agenda: m.agenda.join('\n') || null,
        ...Object.fromEntries(
          INVITEE_ROLES.map((r) => [
            inviteField(r),
            choiceWord(tag, 'yesNo', m.invite.includes(r) ? 'yes' : 'no'),
          ]),
        ),
      }));
    case 'campaigns':
      return config.campaigns.map((c) => ({
        id: c.id,
        title: c.title,
        due: 'due' in c ? day(c.due) : null,
        daysBefore: 'dueBeforeEachMeeting' in c ? c.dueBeforeEachMeeting : null,
      }));
    case 'daysOff':
      return [
        ...config.holidays.add.map((h) => ({
          from: day(h.from),
          to: h.to === h.from ? null : day(h.to),
          name: h.name ?? null,
          change: choiceWord(tag, 'changes', 'added'),
        })),
        ...config.holidays.remove.map((h) => ({
          from: day(h.from),
          to: h.to === h.from ? null : day(h.to),
          name: null,
          change: choiceWord(tag, 'changes', 'removed'),
        })),
      ];
  }
}

/** What the guide says: the sheets, how to change a focal point, what is checked. */
function guideLines(config: CommitteeConfig, tag: LocaleTag): GuideLine[] {
  const sheets = ['committee', ...TABLE_SHEETS] as const;
  return [
    { style: 'title', text: translate(tag, 'roster.guideTitle', { committee: config.committee.name }) }, // prettier-ignore
    { style: 'text', text: translate(tag, 'roster.guideIntro') },
    { style: 'heading', text: translate(tag, 'roster.guideSheets') },
    ...sheets.map((sheet): GuideLine => ({
      style: 'sheet',
      sheet: sheetName(tag, sheet),
      text: translate(tag, 'roster.about', {
        // Where the holiday source lacks the country, every holiday is typed there.
        sheet:
          sheet !== 'daysOff'
            ? selector(sheet)
            : config.calendar.countryKnown()
              ? 'days_off'
              : 'days_off_all',
      }),
    })),
    { style: 'heading', text: translate(tag, 'roster.guideChangeHeading') },
    { style: 'text', text: translate(tag, 'roster.guideChange', { people: sheetName(tag, 'people') }) }, // prettier-ignore
    { style: 'heading', text: translate(tag, 'roster.guideCheckedHeading') },
    { style: 'text', text: translate(tag, 'roster.guideChecked') },
    { style: 'text', text: translate(tag, 'roster.guideExample') },
    { style: 'text', text: translate(tag, 'roster.guideLists') },
  ];
}
