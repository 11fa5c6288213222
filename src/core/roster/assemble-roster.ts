/**
 * The workbook's rows put together in committee.yaml's form: each commitment with its people
 * and milestones, each meeting with whom it invites, each day off added or removed; each
 * path placed at the cell it came from. Problems of the joins (a person of an unknown
 * commitment, two focal points, a commitment without one, a number used twice, a meeting
 * with nobody invited) are said here; a value's own problems where it is read.
 */
import { message } from '../catalogue/render.js';
import { clip } from '../issue-message.js';
import type { RosterData } from './roster-data.js';
import type { ConfigPath, RosterCollector, At, SheetsRead, TableRow } from './roster-cells.js';
import { parseBoolean, parseList } from '../parse-values.js';
import type { InviteeRole } from '../config-schema.js';
import { inviteField, sheetName, TABLE_COLUMNS, type Setting, type TableSheet } from './roster-layout.js'; // prettier-ignore
import { choiceId, choiceWord, weekdayOf } from './roster-words.js';
import { INVITEE_ROLES } from '../config-schema.js';

type Obj = Record<string, unknown>;
type Person = { name?: string; email?: string; locale?: string };
type CommitmentDraft = Obj & {
  id?: number;
  focalPoint?: Person;
  substitutes: Person[];
  communicationOfficers: Person[];
  milestones?: Obj[];
};

/** The people and the plan from the sheets read. */
export function assembleRoster(read: SheetsRead, collect: RosterCollector): RosterData {
  const { committee, secretariat, plan, types } = settingsOf(read.settings, collect);
  const rows = (sheet: TableSheet) => read.tables[sheet] ?? [];
  const commitments = commitmentsOf(rows('commitments'), collect);
  peopleOf(rows('people'), commitments, collect);
  milestonesOf(rows('milestones'), commitments, collect);
  for (const [index, c] of commitments.list.entries()) {
    if (c.id !== undefined && !c.focalPoint) {
      const at = commitments.rows[index];
      if (at) {
        collect.at(at.at('number'), message('roster.noFocalPoint', { id: c.id, people: sheetName(collect.tag, 'people') })); // prettier-ignore
      }
    }
  }
  return {
    committee: committee as never,
    secretariat: secretariat as never,
    plan: plan as never,
    commitments: commitments.list as never,
    committees: committeesOf(rows('committees'), collect) as never,
    meetings: meetingsOf(rows('meetings'), collect) as never,
    campaigns: campaignsOf(rows('campaigns'), collect) as never,
    holidays: { ...daysOffOf(rows('daysOff'), collect), ...(types ? { types } : {}) } as never,
  };
}

/** Sets `obj[key]` from a cell when it holds a value, and places the path there. */
function put(
  obj: Obj,
  key: string,
  path: ConfigPath,
  at: At | undefined,
  read: (at: At) => unknown,
  collect: RosterCollector,
): void {
  if (!at) return;
  collect.place(path, at);
  const value = read(at);
  if (value !== null && value !== undefined) obj[key] = value;
}

function settingsOf(settings: SheetsRead['settings'], collect: RosterCollector) {
  const at = (field: Setting) => settings[field];
  const text = (a: At) => collect.text(a);
  const committee: Obj = {};
  const c = (key: string, field: Setting, read: (a: At) => unknown) =>
    put(committee, key, ['committee', key], at(field), read, collect);
  c('name', 'name', text);
  c('country', 'country', (a) => collect.choice(a, 'countries'));
  c('locale', 'language', (a) => collect.choice(a, 'languages'));
  c('timezone', 'timezone', (a) => {
    const zone = collect.text(a);
    return zone === null ? null : (choiceZone(zone) ?? zone);
  });
  c('currency', 'currency', (a) => collect.text(a)?.toUpperCase() ?? null);
  c('weekend', 'weekend', (a) => weekendOf(a, collect));
  c('digits', 'digits', (a) => collect.choice(a, 'digits'));
  const secretariat: Obj = {};
  put(secretariat, 'name', ['secretariat', 'name'], at('secretariat'), text, collect);
  const emailsAt = at('secretariatEmails');
  if (emailsAt) {
    collect.place(['secretariat', 'emails'], emailsAt);
    // A formula here would decide, unseen, who is the secretariat: refused as the People sheet's.
    const typed = collect.typed(emailsAt, 'email') !== null;
    const emails = (typed ? cellList(emailsAt, collect) : []).map((email, i) => {
      collect.place(['secretariat', 'emails', i], emailsAt);
      return email;
    });
    // Each address checked as the People sheet's are.
    const valid = emails.filter((email) => collect.emailText(emailsAt, email));
    secretariat.emails = valid;
  }
  const plan: Obj = {};
  put(plan, 'name', ['plan', 'name'], at('plan'), text, collect);
  put(plan, 'start', ['plan', 'start'], at('planStart'), (a) => collect.date(a), collect);
  put(plan, 'end', ['plan', 'end'], at('planEnd'), (a) => collect.date(a), collect);
  let types: string[] | undefined;
  const typesAt = at('dayOffTypes');
  if (typesAt) {
    collect.place(['holidays', 'types'], typesAt);
    const list = cellList(typesAt, collect);
    if (list.length > 0) types = list;
  }
  return { committee, secretariat, plan, types };
}

function choiceZone(text: string): string | null {
  return Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === text.toLowerCase()) ?? null; // prettier-ignore
}

interface Commitments {
  list: CommitmentDraft[];
  rows: TableRow[];
  /** Index in the list and row of each number. */
  byId: Map<number, number>;
}

function commitmentsOf(rows: TableRow[], collect: RosterCollector): Commitments {
  const list: CommitmentDraft[] = [];
  const byId = new Map<number, number>();
  rows.forEach((row, i) => {
    const path = (...rest: (string | number)[]) => ['commitments', i, ...rest];
    const draft: CommitmentDraft = { substitutes: [], communicationOfficers: [] };
    collect.place(path(), row.at('number'));
    put(draft, 'id', path('id'), row.at('number'), (a) => collect.integer(a), collect);
    for (const key of ['title', 'institution', 'axis'] as const) {
      put(draft, key, path(key), row.at(key), (a) => collect.text(a), collect);
    }
    if (draft.id !== undefined) {
      const first = byId.get(draft.id);
      if (first !== undefined) {
        const firstRow = rows[first]?.row ?? 0;
        collect.at(row.at('number'), message('roster.duplicateNumber', { id: draft.id, first: firstRow })); // prettier-ignore
      } else byId.set(draft.id, i);
    }
    const source = sourceOf(row, path, collect);
    if (source) draft.source = source;
    const level = collect.choice(row.at('level'), 'levels');
    const justification = collect.text(row.at('justification'));
    collect.place(path('completion'), row.at('level'));
    collect.place(path('completion', 'level'), row.at('level'));
    collect.place(path('completion', 'justification'), row.at('justification'));
    if (level !== null || justification !== null) {
      draft.completion = {
        ...(level !== null ? { level } : {}),
        ...(justification !== null ? { justification } : {}),
      };
    }
    list.push(draft);
  });
  return { list, rows, byId };
}

function sourceOf(
  row: TableRow,
  path: (...rest: (string | number)[]) => (string | number)[],
  collect: RosterCollector,
): Obj | null {
  const kindAt = row.at('sourceKind');
  const placeAt = row.at('source');
  collect.place(path('source'), kindAt);
  collect.place(path('source', 'kind'), kindAt);
  collect.place(path('source', 'path'), placeAt);
  collect.place(path('source', 'spreadsheetId'), placeAt);
  const kind = collect.choice(kindAt, 'sourceKinds');
  const where = collect.text(placeAt);
  if (where === null) {
    if (kind !== null) collect.at(kindAt, message('roster.sourceWithoutPlace'));
    return null;
  }
  // Without its kind, a path to an .xlsx is a file, anything else a Google Sheet's id.
  const sourceKind = kind ?? (/\.xlsx$/i.test(where) ? 'xlsx' : 'google-sheet');
  if (sourceKind === 'xlsx' && leavesFolder(where)) {
    collect.at(placeAt, message('roster.sourceOutsideFolder', { value: clip(where) }));
    return null;
  }
  return sourceKind === 'xlsx'
    ? { kind: 'xlsx', path: where }
    : { kind: 'google-sheet', spreadsheetId: where };
}

/**
 * Whether a path typed in the workbook names a file outside committee.yaml's folder: absolute
 * (`/etc/…`, `C:\…`, `\\server\…`) or climbing out with `..`. Whoever edits the workbook
 * must not make the tool read another committee's submissions (or any file of the machine)
 * into this committee's master; committee.yaml, the secretariat's own file, is not bound so.
 */
export function leavesFolder(path: string): boolean {
  if (/^[/\\]/.test(path) || /^[a-z]:/i.test(path)) return true;
  return path.split(/[/\\]/).some((part) => part.trim() === '..');
}

/** The commitment a row's number names, or a problem. */
function commitmentAt(
  row: TableRow,
  commitments: Commitments,
  collect: RosterCollector,
  sheet: TableSheet,
): number | null {
  const at = row.at('commitment');
  const text = collect.text(at);
  if (text === null) {
    const column = TABLE_COLUMNS[sheet][0]?.header(collect.tag) ?? '';
    collect.at(at, message('roster.required', { column }));
    return null;
  }
  const id = collect.integer(at);
  if (id === null) return null;
  const index = commitments.byId.get(id);
  if (index === undefined) {
    collect.at(
      at,
      message('roster.unknownCommitment', {
        value: text,
        commitments: sheetName(collect.tag, 'commitments'),
        known: [...commitments.byId.keys()].join(', '),
      }),
    );
    return null;
  }
  return index;
}

/** A person's name, email and language from a row, placed under `path`. */
function personOf(row: TableRow, path: ConfigPath, collect: RosterCollector): Person & Obj {
  const person: Person & Obj = {};
  collect.place(path, row.at('name'));
  put(person, 'name', [...path, 'name'], row.at('name'), (a) => collect.typed(a, 'name'), collect);
  put(person, 'email', [...path, 'email'], row.at('email'), (a) => collect.email(a), collect);
  put(person, 'locale', [...path, 'locale'], row.at('language'), (a) => collect.choice(a, 'languages'), collect); // prettier-ignore
  return person;
}

function peopleOf(rows: TableRow[], commitments: Commitments, collect: RosterCollector): void {
  const focalRows = new Map<number, number>();
  for (const row of rows) {
    const index = commitmentAt(row, commitments, collect, 'people');
    const roleAt = row.at('role');
    const role = collect.text(roleAt) === null ? null : collect.choice(roleAt, 'roles');
    if (collect.text(roleAt) === null) {
      collect.at(roleAt, message('roster.required', { column: TABLE_COLUMNS.people[1]?.header(collect.tag) ?? '' })); // prettier-ignore
    }
    if (index === null || role === null) continue;
    const c = commitments.list[index];
    if (!c) continue;
    if (role === 'focal-point') {
      const first = focalRows.get(index);
      if (first !== undefined) {
        collect.at(roleAt, message('roster.twoFocalPoints', { id: c.id ?? 0, first }));
        continue;
      }
      focalRows.set(index, row.row);
      c.focalPoint = personOf(row, ['commitments', index, 'focalPoint'], collect);
    } else {
      const key = role === 'substitute' ? 'substitutes' : 'communicationOfficers';
      const list = c[key];
      list.push(personOf(row, ['commitments', index, key, list.length], collect));
    }
  }
}

function milestonesOf(rows: TableRow[], commitments: Commitments, collect: RosterCollector): void {
  for (const row of rows) {
    const index = commitmentAt(row, commitments, collect, 'milestones');
    if (index === null) continue;
    const c = commitments.list[index];
    if (!c) continue;
    c.milestones ??= [];
    const path = ['commitments', index, 'milestones', c.milestones.length];
    const milestone: Obj = {};
    collect.place(path, row.at('title'));
    put(milestone, 'title', [...path, 'title'], row.at('title'), (a) => collect.text(a), collect);
    put(milestone, 'start', [...path, 'start'], row.at('start'), (a) => collect.date(a), collect);
    put(milestone, 'end', [...path, 'end'], row.at('end'), (a) => collect.date(a), collect);
    c.milestones.push(milestone);
  }
}

function committeesOf(rows: TableRow[], collect: RosterCollector) {
  const committees: Record<'steering' | 'implementation', Obj[]> = {
    steering: [],
    implementation: [],
  };
  for (const row of rows) {
    const kindAt = row.at('committee');
    if (collect.text(kindAt) === null) {
      collect.at(kindAt, message('roster.required', { column: TABLE_COLUMNS.committees[0]?.header(collect.tag) ?? '' })); // prettier-ignore
      continue;
    }
    const kind = collect.choice(kindAt, 'committees') as 'steering' | 'implementation' | null;
    if (kind === null) continue;
    const path = ['committees', kind, committees[kind].length];
    const member = personOf(row, path, collect);
    put(member, 'institution', [...path, 'institution'], row.at('institution'), (a) => collect.text(a), collect); // prettier-ignore
    committees[kind].push(member);
  }
  return committees;
}

function meetingsOf(rows: TableRow[], collect: RosterCollector): Obj[] {
  return rows.map((row, i) => {
    const path = (...rest: (string | number)[]) => ['meetings', i, ...rest];
    const meeting: Obj = {};
    collect.place(path(), row.at('date'));
    put(meeting, 'kind', path('kind'), row.at('kind'), (a) => collect.choice(a, 'meetingKinds'), collect); // prettier-ignore
    put(meeting, 'title', path('title'), row.at('title'), (a) => collect.text(a), collect);
    put(meeting, 'date', path('date'), row.at('date'), (a) => collect.date(a), collect);
    put(meeting, 'time', path('time'), row.at('time'), (a) => collect.time(a), collect);
    put(meeting, 'place', path('place'), row.at('place'), (a) => collect.text(a), collect);
    const agenda = collect.text(row.at('agenda'));
    collect.place(path('agenda'), row.at('agenda'));
    meeting.agenda = (agenda ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean); // prettier-ignore
    const first = row.at(inviteField(INVITEE_ROLES[0]));
    collect.place(path('invite'), first);
    const invited = invitedRoles(row, collect);
    if (invited.roles.length === 0) {
      collect.at(first, message('roster.nobodyInvited', { yes: choiceWord(collect.tag, 'yesNo', 'yes') })); // prettier-ignore
    }
    meeting.invite = invited.roles;
    return meeting;
  });
}

function campaignsOf(rows: TableRow[], collect: RosterCollector): Obj[] {
  return rows.map((row, i) => {
    const path = (...rest: (string | number)[]) => ['campaigns', i, ...rest];
    const campaign: Obj = {};
    collect.place(path(), row.at('id'));
    put(campaign, 'id', path('id'), row.at('id'), (a) => collect.text(a), collect);
    put(campaign, 'title', path('title'), row.at('title'), (a) => collect.text(a), collect);
    put(campaign, 'due', path('due'), row.at('due'), (a) => collect.date(a), collect);
    put(campaign, 'dueBeforeEachMeeting', path('dueBeforeEachMeeting'), row.at('daysBefore'), (a) => collect.integer(a, 'days'), collect); // prettier-ignore
    const hasDue = collect.text(row.at('due')) !== null;
    const hasDays = collect.text(row.at('daysBefore')) !== null;
    if (hasDue && hasDays) collect.at(row.at('due'), message('roster.campaignBoth'));
    if (!hasDue && !hasDays) collect.at(row.at('due'), message('roster.campaignNeither'));
    return campaign;
  });
}

function daysOffOf(rows: TableRow[], collect: RosterCollector) {
  const add: unknown[] = [];
  const remove: unknown[] = [];
  for (const row of rows) {
    const fromAt = row.at('from');
    if (collect.text(fromAt) === null) {
      collect.at(fromAt, message('roster.required', { column: TABLE_COLUMNS.daysOff[0]?.header(collect.tag) ?? '' })); // prettier-ignore
      continue;
    }
    const from = collect.date(fromAt);
    const to = collect.date(row.at('to'));
    const change = collect.choice(row.at('change'), 'changes') ?? 'added';
    if (from === null) continue;
    const span = to && to !== from ? `${from}/${to}` : from;
    const name = collect.text(row.at('name'));
    const list = change === 'removed' ? remove : add;
    const path = ['holidays', change === 'removed' ? 'remove' : 'add', list.length];
    collect.place(path, fromAt);
    collect.place([...path, 'date'], fromAt);
    collect.place([...path, 'name'], row.at('name'));
    // A name on a removed day is the secretariat's reminder of which holiday it was.
    list.push(change === 'added' && name ? { date: span, name } : span);
  }
  return { add, remove };
}

/** Yes/no cells of a meeting row: the roles it invites. */
function invitedRoles(
  row: TableRow,
  collect: RosterCollector,
): { roles: InviteeRole[]; any: boolean } {
  const roles: InviteeRole[] = [];
  let any = false;
  for (const role of INVITEE_ROLES) {
    const at = row.at(inviteField(role));
    const text = collect.text(at);
    if (text === null) continue;
    const loose = parseBoolean(text);
    const id = choiceId('yesNo', text) ?? (loose.ok ? (loose.value ? 'yes' : 'no') : null);
    if (id === null) {
      collect.choice(at, 'yesNo');
      continue;
    }
    any = true;
    if (id === 'yes') roles.push(role);
  }
  return { roles, any };
}

/** A list of words in a cell (emails, weekdays, types): split on commas and lines. */
function cellList(at: At, collect: RosterCollector): string[] {
  const text = collect.text(at);
  return text === null ? [] : parseList(text);
}

/** The weekend's days from their names (any language) or numbers; a problem for any other. */
function weekendOf(at: At, collect: RosterCollector): number[] | null {
  const items = cellList(at, collect);
  if (items.length === 0) return null;
  const days: number[] = [];
  for (const item of items) {
    const day = weekdayOf(item);
    if (day === null) {
      collect.at(at, message('roster.badWeekday', { value: item }));
      return null;
    }
    days.push(day);
  }
  return days;
}
