/**
 * What changed between two accepted versions of the committee workbook, as records a person
 * reads (« Engagement 5 : point focal Samira Chraibi → Nadia Alaoui, le 12/03/2019 »): kept in
 * the run state with their day and who made the change, shown by the master workbook and the
 * pre-meeting report. Whoever can act for the committee is named with the address that lets
 * them (a person added, replaced or removed, a secretariat address, a commitment's sheet
 * repointed), since that address is what makes a known sender or a report's recipient.
 * Pure: two roster data in, records out.
 */
import type { IsoDate } from '../calendar-date.js';
import { message, selector, type Message } from '../catalogue/render.js';
import type { RosterData } from './roster-data.js';

/** The roles a person holds for a commitment. */
export const COMMITMENT_ROLES = ['focal-point', 'substitute', 'communication-officer'] as const;
export type CommitmentRole = (typeof COMMITMENT_ROLES)[number];

/** The two committees whose members the workbook lists. */
export const COMMITTEE_NAMES = ['steering', 'implementation'] as const;
export type CommitteeName = (typeof COMMITTEE_NAMES)[number];

/**
 * Parts of the workbook said as a whole when they change (their detail is in the workbook);
 * the secretariat's addresses are not among them: each one added or removed is its own change.
 */
export const ROSTER_SECTIONS = [
  'committee',
  'secretariat',
  'plan',
  'campaigns',
  'holidays',
] as const;
export type RosterSection = (typeof ROSTER_SECTIONS)[number];

/** One change, as data: what the message says, in every language. */
export type RosterChange = Message<
  | 'roster-changes.personReplaced'
  | 'roster-changes.emailChanged'
  | 'roster-changes.personAdded'
  | 'roster-changes.personRemoved'
  | 'roster-changes.memberAdded'
  | 'roster-changes.memberRemoved'
  | 'roster-changes.commitmentAdded'
  | 'roster-changes.commitmentRemoved'
  | 'roster-changes.sourceChanged'
  | 'roster-changes.secretariatEmailAdded'
  | 'roster-changes.secretariatEmailRemoved'
  | 'roster-changes.milestoneAdded'
  | 'roster-changes.milestoneRemoved'
  | 'roster-changes.meetingAdded'
  | 'roster-changes.meetingRemoved'
  | 'roster-changes.meetingMoved'
  | 'roster-changes.sectionChanged'
>;

/** A change as kept: what, on which day the workbook was changed, and by whom when known. */
export interface RosterChangeRecord {
  change: RosterChange;
  /** The day of the workbook's modification that brought it. */
  on: IsoDate;
  /** Who changed the workbook (Drive's last modifying user), when known. */
  by: string | null;
}

/** A record as one line in the reader's language: the change, its day, and who made it. */
export function changeLine(record: RosterChangeRecord): Message {
  return record.by
    ? message('roster-changes.recordBy', { change: record.change, on: record.on, by: record.by })
    : message('roster-changes.record', { change: record.change, on: record.on });
}

interface PersonLike {
  name: string;
  email: string;
}

type CommitmentData = NonNullable<RosterData['commitments']>[number];
type MeetingData = NonNullable<RosterData['meetings']>[number];

/** Every change from `before` to `after`, commitments first, then committees, meetings, the rest. */
export function rosterChanges(before: RosterData, after: RosterData): RosterChange[] {
  const changes: RosterChange[] = [];
  const old = new Map((before.commitments ?? []).map((c) => [c.id, c]));
  const now = new Map((after.commitments ?? []).map((c) => [c.id, c]));
  for (const [id, c] of now) {
    const was = old.get(id);
    const commitment = String(id);
    if (!was) {
      changes.push(message('roster-changes.commitmentAdded', { commitment, title: c.title }));
      continue;
    }
    changes.push(...commitmentChanges(commitment, was, c));
  }
  for (const [id, c] of old) {
    if (!now.has(id))
      changes.push(
        message('roster-changes.commitmentRemoved', { commitment: String(id), title: c.title }),
      );
  }
  for (const committee of COMMITTEE_NAMES) {
    const was = before.committees?.[committee] ?? [];
    const is = after.committees?.[committee] ?? [];
    const { added, removed, renamed } = matchPeople(was, is);
    for (const [from, to] of renamed) changes.push(emailChange(null, to.name, from, to));
    for (const p of added)
      changes.push(
        message('roster-changes.memberAdded', { committee, name: p.name, email: p.email }),
      );
    for (const p of removed)
      changes.push(
        message('roster-changes.memberRemoved', { committee, name: p.name, email: p.email }),
      );
  }
  changes.push(...meetingChanges(before.meetings ?? [], after.meetings ?? []));
  // Each address of the secretariat is a known sender for every commitment and receives the
  // reports with the master attached: said one by one, never as « secretariat changed ».
  const was = before.secretariat?.emails ?? [];
  const is = after.secretariat?.emails ?? [];
  for (const email of is.filter((e) => !was.some((w) => same(w, e))))
    changes.push(message('roster-changes.secretariatEmailAdded', { email }));
  for (const email of was.filter((e) => !is.some((i) => same(i, e))))
    changes.push(message('roster-changes.secretariatEmailRemoved', { email }));
  for (const section of ROSTER_SECTIONS) {
    if (canonical(sectionOf(before, section)) !== canonical(sectionOf(after, section)))
      changes.push(message('roster-changes.sectionChanged', { section }));
  }
  return changes;
}

/** A section as compared as a whole: the secretariat's addresses apart, said each on its own. */
function sectionOf(data: RosterData, section: RosterSection): unknown {
  if (section !== 'secretariat' || !data.secretariat) return data[section];
  return Object.fromEntries(Object.entries(data.secretariat).filter(([key]) => key !== 'emails'));
}

type SourceData = CommitmentData['source'];

/** A commitment's sheet as the change says it: its kind (`other`: none named) and its path or id. */
function sourceOf(source: SourceData) {
  if (!source) return { kind: 'other' as const, where: '' };
  return {
    kind: selector(source.kind),
    where: source.kind === 'xlsx' ? source.path : source.spreadsheetId,
  };
}

/** The people of a commitment: substitutes in either of the YAML's two forms. */
function peopleOf(c: CommitmentData, role: CommitmentRole): PersonLike[] {
  if (role === 'focal-point') return [c.focalPoint];
  if (role === 'communication-officer') return c.communicationOfficers ?? [];
  return [...(c.substitute ? [c.substitute] : []), ...(c.substitutes ?? [])];
}

function commitmentChanges(
  commitment: string,
  was: CommitmentData,
  is: CommitmentData,
): RosterChange[] {
  const changes: RosterChange[] = [];
  for (const role of COMMITMENT_ROLES) {
    const before = peopleOf(was, role);
    const after = peopleOf(is, role);
    const { added, removed, renamed } = matchPeople(before, after);
    for (const [from, to] of renamed) changes.push(emailChange(commitment, to.name, from, to));
    // One person out and one in, in the same role: a replacement, said as one change.
    if (added.length === 1 && removed.length === 1) {
      const [from, to] = [removed[0] as PersonLike, added[0] as PersonLike];
      changes.push(
        message('roster-changes.personReplaced', {
          commitment,
          role: selector(role),
          before: from.name,
          beforeEmail: from.email,
          after: to.name,
          afterEmail: to.email,
        }),
      );
      continue;
    }
    for (const p of added)
      changes.push(
        message('roster-changes.personAdded', {
          commitment,
          role: selector(role),
          name: p.name,
          email: p.email,
        }),
      );
    for (const p of removed)
      changes.push(
        message('roster-changes.personRemoved', {
          commitment,
          role: selector(role),
          name: p.name,
          email: p.email,
        }),
      );
  }
  // Where the commitment's sheet is read: repointed, another file's answers become its own.
  const [from, to] = [sourceOf(was.source), sourceOf(is.source)];
  if (from.kind !== to.kind || from.where !== to.where)
    changes.push(
      message('roster-changes.sourceChanged', {
        commitment,
        fromKind: from.kind,
        from: from.where,
        toKind: to.kind,
        to: to.where,
      }),
    );
  const titles = (c: CommitmentData) => (c.milestones ?? []).map((m) => m.title);
  for (const title of titles(is).filter((t) => !titles(was).includes(t)))
    changes.push(message('roster-changes.milestoneAdded', { commitment, title }));
  for (const title of titles(was).filter((t) => !titles(is).includes(t)))
    changes.push(message('roster-changes.milestoneRemoved', { commitment, title }));
  return changes;
}

function emailChange(
  commitment: string | null,
  name: string,
  from: PersonLike,
  to: PersonLike,
): RosterChange {
  return message('roster-changes.emailChanged', {
    hasCommitment: commitment !== null,
    commitment: commitment ?? '',
    name,
    before: from.email,
    after: to.email,
  });
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * People matched across two lists: the same address is the same person; the same name with
 * another address is that person's address changed; the rest were added or removed.
 */
function matchPeople(
  before: readonly PersonLike[],
  after: readonly PersonLike[],
): { added: PersonLike[]; removed: PersonLike[]; renamed: [PersonLike, PersonLike][] } {
  const left = [...before];
  const added: PersonLike[] = [];
  const pending: PersonLike[] = [];
  for (const p of after) {
    const i = left.findIndex((q) => same(q.email, p.email));
    if (i >= 0) left.splice(i, 1);
    else pending.push(p);
  }
  const renamed: [PersonLike, PersonLike][] = [];
  for (const p of pending) {
    const i = left.findIndex((q) => same(q.name, p.name));
    if (i >= 0) renamed.push([left.splice(i, 1)[0] as PersonLike, p]);
    else added.push(p);
  }
  return { added, removed: left, renamed };
}

/** A meeting's identity apart from its day: a meeting moved keeps it. */
const meetingKey = (m: MeetingData) => `${m.kind ?? 'meeting'}|${m.title ?? ''}`;
const meetingAt = (m: MeetingData) => `${m.date}|${meetingKey(m)}`;

function meetingChanges(before: readonly MeetingData[], after: readonly MeetingData[]) {
  const changes: RosterChange[] = [];
  const removed = before.filter((m) => !after.some((n) => meetingAt(n) === meetingAt(m)));
  const added = after.filter((m) => !before.some((n) => meetingAt(n) === meetingAt(m)));
  // A meeting is the committee's own; a workshop is named by its title.
  const describe = (m: MeetingData) => ({
    kind: m.kind === 'workshop' ? ('workshop' as const) : ('other' as const),
    title: m.title ?? '',
  });
  for (const m of added) {
    // The first meeting of the same kind and title that went away is this one, moved.
    const i = removed.findIndex((r) => meetingKey(r) === meetingKey(m));
    if (i >= 0) {
      const [from] = removed.splice(i, 1) as [MeetingData];
      changes.push(
        message('roster-changes.meetingMoved', {
          ...describe(m),
          before: from.date as IsoDate,
          after: m.date as IsoDate,
        }),
      );
    } else
      changes.push(
        message('roster-changes.meetingAdded', { ...describe(m), date: m.date as IsoDate }),
      );
  }
  for (const m of removed)
    changes.push(
      message('roster-changes.meetingRemoved', { ...describe(m), date: m.date as IsoDate }),
    );
  return changes;
}

/** A value's JSON with its keys sorted: two equal values read in another order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
