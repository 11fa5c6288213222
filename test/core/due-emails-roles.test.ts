/**
 * The roles the committee works with, in what is due: communication officers copied on their
 * commitment's reminders and feedback (never an address twice), and each meeting or workshop
 * inviting exactly the people of its roles, each once, in their language, under ledger keys
 * that do not send again what went before invitations were per person.
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import {
  buildConsolidation,
  summarizeReading,
  type SourceOutcome,
} from '../../src/core/consolidation.js';
import { dueEmails, type DueEmail } from '../../src/core/due-emails.js';
import { renderEmail } from '../../src/core/email-templates.js';
import { inviteesOf, rosterByRole } from '../../src/core/roles.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { TEST_CHARTER, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

function committee(extra: Record<string, unknown> = {}): CommitteeConfig {
  const result = parseCommitteeConfig(
    {
      committee: { name: 'Comité test' },
      secretariat: { name: 'MRAFP', emails: ['secretariat@example.org'] },
      plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
      commitments: [1, 2].map((id) => ({
        id,
        title: `Engagement ${id}`,
        institution: `Institution ${id}`,
        focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
        substitutes: [{ name: `Suppléant ${id}`, email: `sup${id}@example.org`, locale: 'es' }],
        // The officer of 2 is also its substitute: copied once. The officer of 1 reads English.
        communicationOfficers:
          id === 1
            ? [{ name: 'Officer One', email: 'com1@example.org', locale: 'en' }]
            : [{ name: 'Suppléant 2', email: 'SUP2@example.org' }],
        source: { kind: 'xlsx', path: `/fiches/e${id}.xlsx` },
      })),
      committees: {
        steering: [
          { name: 'Membre pilotage', email: 'pilotage@example.org', locale: 'ar' },
          // Also the officer of commitment 1: one invitation.
          { name: 'Officer One', email: 'com1@example.org', institution: 'Institution 1' },
        ],
        implementation: [{ name: 'Membre mise en œuvre', email: 'moe@example.org' }],
      },
      meetings: [
        { date: '2019-05-30', time: '10:00' },
        {
          kind: 'workshop',
          title: 'Charte de communication',
          date: '2019-05-30',
          time: '14:00',
          invite: ['communication-officers', 'steering-committee'],
        },
      ],
      campaigns: [{ id: 'c', title: 'Fiche', due: '2019-05-22' }],
      reminders: { before: [2], after: [1, 3], escalateAfter: 3, sendAt: '09:00' },
      charter: TEST_CHARTER,
      mail: { from: 'Secrétariat <ogp@example.org>' },
      ...extra,
    },
    libraryCountryFacts,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const good = validateSubmission(validWorkbook(), TEST_CONTEXT);
const outcomes = new Map<number, SourceOutcome>([
  [1, { kind: 'fresh', summary: summarizeReading(good, TEST_CHARTER), readAt: '2019-05-20T08:00:00Z', submittedOn: '2019-05-15', source: 'e1' }],
  [2, { kind: 'missing', source: 'e2' }],
]); // prettier-ignore

function due(
  config: CommitteeConfig,
  iso: string,
  delivered: (key: string, address: string) => boolean = () => false,
): DueEmail[] {
  const now = new Date(iso);
  return dueEmails({
    config,
    model: buildConsolidation(config, outcomes, now),
    fresh: new Map([[1, { contentHash: 'a'.repeat(64) }]]),
    delivered: (key, recipients) => recipients.every((r) => delivered(key, r.email)),
    now,
  });
}

const addresses = (people: readonly { email: string }[]) => people.map((p) => p.email);

describe('communication officers', () => {
  it('are copied on their commitment’s feedback and reminders, never an address twice', () => {
    const config = committee();
    const emails = due(config, '2019-05-20T09:00:00Z');
    expect(emails.map((e) => [e.kind, addresses(e.to), addresses(e.cc)])).toEqual([
      ['feedback', ['pf1@example.org'], ['com1@example.org']],
      // Commitment 2's officer is its substitute too: one copy.
      ['reminder', ['pf2@example.org'], ['sup2@example.org']],
    ]);
    const escalated = due(config, '2019-05-27T09:00:00Z').filter((e) => e.kind === 'overdue');
    expect(escalated.map((e) => addresses(e.cc))).toEqual([
      ['sup2@example.org', 'secretariat@example.org'],
    ]);
  });

  it('are copied when they join after the focal point had the reminder: only they get it', () => {
    const before = committee({
      commitments: [
        {
          id: 2,
          title: 'Engagement 2',
          institution: 'Institution 2',
          focalPoint: { name: 'Point focal 2', email: 'pf2@example.org' },
          source: { kind: 'xlsx', path: '/fiches/e2.xlsx' },
        },
      ],
    });
    const [sent] = due(before, '2019-05-20T09:00:00Z').filter((e) => e.kind === 'reminder');
    expect(addresses(sent!.cc)).toEqual([]);
    const after = committee();
    const ledger = new Set([`${sent!.key}\npf2@example.org`]);
    const again = due(after, '2019-05-20T10:00:00Z', (k, a) => ledger.has(`${k}\n${a}`));
    // Still due (for its new copy), under the same key: the ledger spares the focal point.
    expect(again.filter((e) => e.kind === 'reminder').map((e) => e.key)).toEqual([sent!.key]);
  });
});

describe('invitations by role', () => {
  const config = committee();

  it('invite exactly the people of each meeting’s roles, each once, in their language', () => {
    const emails = due(config, '2019-05-23T09:00:00Z').filter((e) => e.kind === 'invitation');
    const meeting = emails.filter((e) => e.key.startsWith('invitation|2019-05-30|'));
    expect(meeting.map((e) => [e.key, addresses(e.to), e.tag])).toEqual([
      // The focal points' keys are those invitations always had.
      ['invitation|2019-05-30|e1', ['pf1@example.org'], 'fr-MA'],
      ['invitation|2019-05-30|e2', ['pf2@example.org'], 'fr-MA'],
      ['invitation|2019-05-30|sup1@example.org', ['sup1@example.org'], 'es-MA'],
      ['invitation|2019-05-30|sup2@example.org', ['sup2@example.org'], 'es-MA'],
      ['invitation|2019-05-30|secretariat', ['secretariat@example.org'], 'fr-MA'],
    ]);
    const workshop = emails.filter((e) => e.key.startsWith('invitation|workshop@'));
    expect(workshop.map((e) => [e.key, addresses(e.to), e.tag])).toEqual([
      ['invitation|workshop@2019-05-30|com1@example.org', ['com1@example.org'], 'en-MA'],
      // SUP2 is commitment 2's officer (and substitute): invited as an officer.
      ['invitation|workshop@2019-05-30|sup2@example.org', ['SUP2@example.org'], 'fr-MA'],
      ['invitation|workshop@2019-05-30|pilotage@example.org', ['pilotage@example.org'], 'ar-MA'],
      ['invitation|workshop@2019-05-30|secretariat', ['secretariat@example.org'], 'fr-MA'],
    ]);
    expect(emails.every((e) => e.cc.length === 0)).toBe(true);
    const english = renderEmail(workshop[0]!, 'Committee');
    expect(english.subject).toBe(
      'Invitation: training workshop “Charte de communication” on 30/05/2019 at 14:00',
    );
    expect(english.text).toContain('Dear Officer One,');
    expect(english.text).toContain('(file workshop-2019-05-30.ics)');
    const french = renderEmail(workshop[1]!, 'Comité test');
    expect(french.subject).toBe(
      'Invitation : atelier de formation « Charte de communication » le 30/05/2019 à 14:00',
    );
    expect(french.text).toContain(
      "Comité test : nous avons le plaisir de vous inviter à l'atelier de formation « Charte de communication » le 30/05/2019 à 14:00.",
    );
    expect(renderEmail(workshop[2]!, 'اللجنة').subject).toContain('ورشة تكوينية');
  });

  it('do not go again to a substitute who had the focal point’s invitation in copy', () => {
    // Before invitations were per person: `invitation|DAY|eN` to the focal point, its
    // substitutes copied; the ledger holds both under that key.
    const ledger = new Set(
      [1, 2].flatMap((id) => [
        `invitation|2019-05-30|e${id}\npf${id}@example.org`,
        `invitation|2019-05-30|e${id}\nsup${id}@example.org`,
      ]),
    );
    const emails = due(config, '2019-05-23T09:00:00Z', (k, a) => ledger.has(`${k}\n${a}`));
    expect(
      emails.filter((e) => e.key.startsWith('invitation|2019-05-30|')).map((e) => e.key),
    ).toEqual(['invitation|2019-05-30|secretariat']);
  });

  it('name each person once over the roles, by address', () => {
    const everyone = committee({
      meetings: [{ date: '2019-05-30', invite: ['focal-points', 'communication-officers', 'steering-committee', 'implementation-committee'] }],
    }); // prettier-ignore
    const invited = inviteesOf(everyone, everyone.meetings[0]!).map((i) => i.person.email);
    expect(invited).toEqual([
      'pf1@example.org',
      'pf2@example.org',
      'com1@example.org',
      'SUP2@example.org',
      'pilotage@example.org',
      'moe@example.org',
    ]);
  });
});

describe('the roster by role', () => {
  it('lists each commitment’s people, then both committees, with their language', () => {
    const roster = rosterByRole(committee());
    expect(roster.map((p) => [p.role, p.commitmentId, p.email, p.locale])).toEqual([
      ['focal-point', 1, 'pf1@example.org', 'fr'],
      ['substitute', 1, 'sup1@example.org', 'es'],
      ['communication-officer', 1, 'com1@example.org', 'en'],
      ['focal-point', 2, 'pf2@example.org', 'fr'],
      ['substitute', 2, 'sup2@example.org', 'es'],
      ['communication-officer', 2, 'SUP2@example.org', 'fr'],
      ['steering-committee', null, 'pilotage@example.org', 'ar'],
      ['steering-committee', null, 'com1@example.org', 'fr'],
      ['implementation-committee', null, 'moe@example.org', 'fr'],
    ]);
  });
});
