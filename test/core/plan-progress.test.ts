/**
 * The plan's progress is one figure: the master's totals row (« Avancement moyen (%) »), the
 * status page (« Avancement global ») and the secretariat's reports say the same number, from
 * one function (planProgress): the mean of the commitments' progress, a commitment that
 * reported none counting 0 %. A commitment without a sheet counts the milestones the plan
 * gives it (« 0 / 1 »), not « 0 / 0 ».
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { renderStatusPage } from '../../src/adapters/documents/status-page.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import {
  buildConsolidation,
  planProgress,
  summarizeReading,
  type SourceOutcome,
} from '../../src/core/consolidation.js';
import { dueEmails } from '../../src/core/due-emails.js';
import { renderEmail } from '../../src/core/email-templates.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { setCell, TEST_CHARTER, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

function committee(): CommitteeConfig {
  const result = parseCommitteeConfig(
    {
      committee: { name: 'Comité test' },
      secretariat: { name: 'Secrétariat', emails: ['s@example.org'] },
      plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
      commitments: [1, 2, 3].map((id) => ({
        id,
        title: `Engagement ${id}`,
        institution: `Institution ${id}`,
        focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
        source: { kind: 'xlsx', path: `/fiches/e${id}.xlsx` },
        milestones: [{ title: 'Adoption du référentiel', end: '2019-06-30' }],
      })),
      campaigns: [{ id: 'fiche', title: 'Fiche', due: '2019-01-15' }],
      charter: TEST_CHARTER,
    },
    libraryCountryFacts,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

/** A valid sheet whose one milestone is at `progress` %. */
function sheetAt(progress: number): SourceOutcome {
  const workbook = validWorkbook();
  setCell(workbook, 'Jalons', 'E2', progress);
  setCell(workbook, 'Jalons', 'F2', 'Limité');
  const reading = validateSubmission(workbook, TEST_CONTEXT);
  return {
    kind: 'fresh',
    summary: summarizeReading(reading, TEST_CHARTER),
    readAt: '2019-01-13T08:00:00Z',
    submittedOn: '2019-01-11',
    source: 'e.xlsx',
  };
}

const config = committee();
// As on 13/01 in the trial: sheets at 10 % and 20 %, one commitment without a sheet.
const outcomes = new Map<number, SourceOutcome>([
  [1, sheetAt(10)],
  [2, { kind: 'missing', source: 'e2.xlsx' }],
  [3, sheetAt(20)],
]);
// The day after the deadline: its review to the secretariat is due.
const now = new Date('2019-01-16T09:30:00Z');
const model = buildConsolidation(config, outcomes, now);

describe('the plan’s progress', () => {
  it('is the mean of the commitments’ progress, none reported counting 0 %', () => {
    expect(model.dashboard.map((d) => d.averageProgress)).toEqual([10, null, 20]);
    expect(planProgress(model.dashboard)).toBe(10);
    expect(model.totals.averageProgress).toBe(10);
  });

  it('is the same figure on the status page', () => {
    const page = [...renderStatusPage({ config, model, since: null, changes: [], snapshots: [] })].join('');
    expect(page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain('10 % Avancement global');
  }); // prettier-ignore

  it('is the same figure in the report to the secretariat', () => {
    // prettier-ignore
    const fresh = new Map();
    const report = dueEmails({ config, model, fresh, delivered: () => false, now }).find(
      (e) => e.kind === 'report-deadline',
    );
    const text = renderEmail(report!, config.committee.name).text.replace(/\s+/g, ' ');
    expect(text).toContain('avancement moyen de 10 %');
  });
});

describe('a commitment without a sheet', () => {
  it('counts the milestones the plan gives it', () => {
    expect(model.dashboard.map((d) => [d.milestonesAchieved, d.milestonesTotal])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    expect([model.totals.milestonesAchieved, model.totals.milestonesTotal]).toEqual([0, 3]);
  });
});
