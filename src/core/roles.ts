/**
 * The roles the committee works with, acted on: who is copied on what, who is invited to a
 * meeting or a training workshop, and the roster by role the master lists. Pure functions of
 * the configuration.
 *
 * The rules:
 * - A commitment's communication officers fill its workbook's « Actions de communication »
 *   sheet. Every reminder of the commitment asks for that workbook, and every feedback says
 *   what was read in it (its communication actions, its errors): they are copied on both, and
 *   on the intake's answer to a version filed by email.
 * - A meeting or a workshop invites exactly the people of its `invite` roles, each person once
 *   (by address: a focal point who also sits on the steering committee gets one invitation),
 *   each in their own language; the secretariat always gets its copy.
 */
import {
  DEFAULT_INVITEES,
  readerTag,
  type Commitment,
  type CommitteeConfig,
  type InviteeRole,
  type Locale,
} from './config-schema.js';
import type { LocaleTag } from './locale-tag.js';

/** A person an email goes to. */
export interface Recipient {
  name: string;
  email: string;
}

/** A person of the roster, with the language they read when it is not the committee's. */
export interface RosterPerson extends Recipient {
  locale?: Locale | undefined;
  institution?: string | undefined;
}

/** The roles of the roster, in the order the master lists them. */
export const ROSTER_ROLES = [
  'focal-point',
  'substitute',
  'communication-officer',
  'steering-committee',
  'implementation-committee',
] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

/** One line of the roster by role: a person in one role (a commitment's, or a committee's). */
export interface RosterEntry {
  role: RosterRole;
  /** The commitment, for the roles of a commitment; null for a committee's members. */
  commitmentId: number | null;
  name: string;
  /** The commitment's institution, or the one a committee member represents (when given). */
  institution: string | null;
  email: string;
  /** The language they read: their own, else the committee's. */
  locale: Locale;
}

/** The roster by role: each commitment's people in commitment order, then both committees. */
export function rosterByRole(config: CommitteeConfig): RosterEntry[] {
  const own = (p: RosterPerson) => p.locale ?? config.committee.locale;
  const entries: RosterEntry[] = [];
  for (const c of [...config.commitments].sort((a, b) => a.id - b.id)) {
    const people: [RosterRole, readonly RosterPerson[]][] = [
      ['focal-point', [c.focalPoint]],
      ['substitute', c.substitutes],
      ['communication-officer', c.communicationOfficers],
    ];
    for (const [role, list] of people) {
      for (const p of list) {
        entries.push({
          role,
          commitmentId: c.id,
          name: p.name,
          institution: c.institution,
          email: p.email,
          locale: own(p),
        });
      }
    }
  }
  const committees: [RosterRole, readonly RosterPerson[]][] = [
    ['steering-committee', config.committees.steering],
    ['implementation-committee', config.committees.implementation],
  ];
  for (const [role, members] of committees) {
    for (const m of members) {
      entries.push({
        role,
        commitmentId: null,
        name: m.name,
        institution: m.institution ?? null,
        email: m.email,
        locale: own(m),
      });
    }
  }
  return entries;
}

/** `people` without an address already in `taken` nor twice (addresses compared without case). */
export function withoutRepeats<P extends Recipient>(
  people: readonly P[],
  taken: readonly Recipient[] = [],
): P[] {
  const seen = new Set(taken.map((p) => p.email.trim().toLowerCase()));
  return people.filter((p) => {
    const address = p.email.trim().toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

/**
 * The copies of an email to a commitment's focal point (`to`): its substitutes when
 * `substitutes`, its communication officers, then `others` (the secretariat of an escalated
 * reminder); no address twice in to + cc.
 */
export function copiesFor(
  commitment: Pick<Commitment, 'substitutes' | 'communicationOfficers'>,
  to: readonly Recipient[],
  options: { substitutes: boolean; others?: readonly Recipient[] },
): Recipient[] {
  return withoutRepeats(
    [
      ...(options.substitutes ? commitment.substitutes : []),
      ...commitment.communicationOfficers,
      ...(options.others ?? []),
    ],
    to,
  ).map(({ name, email }) => ({ name, email }));
}

/** Whether the committee has people to copy reminders to, by kind (the calendar says so). */
export function copiedRoles(config: CommitteeConfig): { substitutes: boolean; officers: boolean } {
  return {
    substitutes: config.commitments.some((c) => c.substitutes.length > 0),
    officers: config.commitments.some((c) => c.communicationOfficers.length > 0),
  };
}

/** The meetings and workshops as the configuration lists them. */
export type MeetingOrWorkshop = CommitteeConfig['meetings'][number];

/** Committee meetings only: a workshop prepares no round and no pre-meeting report. */
export function committeeMeetings(config: CommitteeConfig): MeetingOrWorkshop[] {
  return config.meetings.filter((m) => m.kind === 'meeting');
}

/** One person invited to a meeting or a workshop. */
export interface Invitee {
  person: Recipient;
  /** The language and country they read. */
  tag: LocaleTag;
  /** Their invitation's ledger key. */
  key: string;
  /** Keys under which they had this invitation before invitations were per person. */
  formerKeys: string[];
}

/**
 * The ledger's key of a meeting's or a workshop's invitations, without the person: the
 * meeting's day for a meeting (as always), `workshop@` its day for a workshop (a workshop
 * may fall on a meeting's day).
 */
export function invitationKeyOf(meeting: Pick<MeetingOrWorkshop, 'kind' | 'date'>): string {
  return meeting.kind === 'workshop'
    ? `invitation|workshop@${meeting.date}`
    : `invitation|${meeting.date}`;
}

/**
 * Who a meeting or a workshop invites: the people of its roles, each person once, in the
 * order of the roles (focal points, substitutes, communication officers, steering committee,
 * implementation committee), each with their language and key. Keys stay those of the
 * invitations sent before roles existed: a focal point's is its commitment's (`|e5`, the
 * first commitment they hold); every other person's is their address, and a substitute, who
 * was copied on the focal point's invitation, has it if that one reached them.
 */
export function inviteesOf(config: CommitteeConfig, meeting: MeetingOrWorkshop): Invitee[] {
  const roles = new Set<InviteeRole>(meeting.invite.length ? meeting.invite : DEFAULT_INVITEES);
  const base = invitationKeyOf(meeting);
  const commitments = [...config.commitments].sort((a, b) => a.id - b.id);
  const candidates: (RosterPerson & { key: string; formerKeys: string[] })[] = [];
  const byAddress = (p: RosterPerson) => `${base}|${p.email.trim().toLowerCase()}`;
  if (roles.has('focal-points')) {
    for (const c of commitments) {
      candidates.push({ ...c.focalPoint, key: `${base}|e${c.id}`, formerKeys: [] });
    }
  }
  if (roles.has('substitutes')) {
    for (const c of commitments) {
      for (const s of c.substitutes) {
        const address = s.email.trim().toLowerCase();
        // Every commitment whose focal point's invitation copied them, before per person.
        const former = commitments
          .filter((o) => o.substitutes.some((x) => x.email.trim().toLowerCase() === address))
          .map((o) => `${base}|e${o.id}`);
        candidates.push({ ...s, key: byAddress(s), formerKeys: former });
      }
    }
  }
  if (roles.has('communication-officers')) {
    for (const c of commitments) {
      for (const o of c.communicationOfficers) {
        candidates.push({ ...o, key: byAddress(o), formerKeys: [] });
      }
    }
  }
  const members: [InviteeRole, readonly RosterPerson[]][] = [
    ['steering-committee', config.committees.steering],
    ['implementation-committee', config.committees.implementation],
  ];
  for (const [role, list] of members) {
    if (!roles.has(role)) continue;
    for (const m of list) candidates.push({ ...m, key: byAddress(m), formerKeys: [] });
  }
  return withoutRepeats(candidates).map((p) => ({
    person: { name: p.name, email: p.email },
    tag: readerTag(config, p.locale),
    key: p.key,
    formerKeys: p.formerKeys.filter((k) => k !== p.key),
  }));
}

/**
 * The people who may send a commitment's workbook by email besides its focal point: its
 * substitutes and its communication officers.
 */
export function deputiesOf(
  commitment: Pick<Commitment, 'substitutes' | 'communicationOfficers'>,
): RosterPerson[] {
  return [...commitment.substitutes, ...commitment.communicationOfficers];
}

/** Every address of a commitment's people: focal point, substitutes, communication officers. */
export function addressesOf(
  commitment: Pick<Commitment, 'focalPoint' | 'substitutes' | 'communicationOfficers'>,
): string[] {
  return [commitment.focalPoint, ...deputiesOf(commitment)].map((p) => p.email.toLowerCase());
}
