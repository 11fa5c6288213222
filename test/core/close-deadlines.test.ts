/**
 * Two deadlines close together (15/01 and 28/01, as the secretariat's trial had them): what
 * `schedule` lists is what `tick` sends. The J-7 reminder of the second deadline goes while
 * the first one's late sheets are still chased, to every commitment without a valid sheet for
 * the second: a sheet sent for the first is « À mettre à jour » for it.
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import {
  buildConsolidation,
  summarizeReading,
  type SourceOutcome,
} from '../../src/core/consolidation.js';
import { dueEmails } from '../../src/core/due-emails.js';
import { plannedSends } from '../../src/core/schedule.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { TEST_CHARTER, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

function committee(): CommitteeConfig {
  const result = parseCommitteeConfig(
    {
      committee: { name: 'Comité test', country: 'CI', timezone: 'Africa/Abidjan' },
      secretariat: { name: 'Secrétariat', emails: ['secretariat@example.org'] },
      plan: { name: 'Plan', start: '2027-01-01', end: '2028-12-31' },
      commitments: [1, 2, 3].map((id) => ({
        id,
        title: `Engagement ${id}`,
        institution: `Institution ${id}`,
        focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
        source: { kind: 'xlsx', path: `/fiches/e${id}.xlsx` },
      })),
      meetings: [{ date: '2027-02-04', time: '10:00', place: 'Salle 3', agenda: ['Point'] }],
      campaigns: [
        { id: 'fiche-actions', title: 'Fiche des actions', due: '2027-01-15' },
        { id: 'update', title: 'Mise à jour avant réunion', dueBeforeEachMeeting: 5 },
      ],
      charter: TEST_CHARTER,
      mail: { from: 'Secrétariat <ogp@example.org>' },
    },
    libraryCountryFacts,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const config = committee();
const summary = summarizeReading(
  validateSubmission(validWorkbook(), { ...TEST_CONTEXT, plan: config.plan, today: '2027-01-20' }),
  TEST_CHARTER,
);
const sheet = (submittedOn: string): SourceOutcome => ({
  kind: 'fresh',
  summary,
  readAt: `${submittedOn}T15:00:00Z`,
  submittedOn,
  source: 'e',
});
// Two valid sheets for the first deadline; the third updated since it passed.
const outcomes = new Map<number, SourceOutcome>([
  [1, sheet('2027-01-11')],
  [2, sheet('2027-01-13')],
  [3, sheet('2027-01-20')],
]);

const tickAt = (iso: string) => {
  const now = new Date(iso);
  return dueEmails({
    config,
    model: buildConsolidation(config, outcomes, now),
    fresh: new Map(),
    delivered: () => false,
    now,
  });
};

describe('two deadlines close together', () => {
  it('lists the second deadline’s J-7 reminder while the first is still chased', () => {
    const sends = plannedSends(config, '2027-01-21', '2027-01-21');
    expect(sends.map((s) => [s.kind, s.round?.campaignId, s.round?.due, s.offset])).toEqual([
      ['reminder', 'update', '2027-01-28', -7],
    ]);
  });

  it('sends it on that day to those whose sheet is from the first deadline, « À mettre à jour »', () => {
    const emails = tickAt('2027-01-21T09:30:00Z').filter((e) => e.kind === 'reminder');
    expect(emails.map((e) => [e.key, e.content.type === 'reminder' && e.content.status])).toEqual([
      ['reminder|update@2027-01-28|e1|J-7', 'to-update'],
      ['reminder|update@2027-01-28|e2|J-7', 'to-update'],
    ]);
  });

  it('sends every reminder the schedule lists for a day, from the first deadline to the meeting', () => {
    const listed = plannedSends(config, '2027-01-08', '2027-02-03').filter(
      (s) => s.kind === 'reminder' || s.kind === 'overdue',
    );
    for (const send of listed) {
      const sent = tickAt(`${send.day}T09:30:00Z`).filter(
        (e) => e.kind === send.kind && e.key.includes(`|${send.round?.campaignId}@${send.round?.due}|`),
      );
      // Every commitment but those with a valid sheet for that deadline.
      const expected = send.round?.campaignId === 'update' ? [1, 2] : [];
      expect(sent.map((e) => e.key.match(/\|e(\d+)\|/)?.[1]).map(Number), `${send.day} ${send.kind} ${send.offset}`).toEqual(expected);
    }
  }); // prettier-ignore
});
