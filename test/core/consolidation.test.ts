import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import {
  buildConsolidation,
  summarizeReading,
  type SourceOutcome,
} from '../../src/core/consolidation.js';
import { makeIssue, unreadableIssue } from '../../src/core/issue.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { setCell, TEST_CHARTER, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

/** Parses a configuration with the country facts of the product. */
const parseWithCountry = (data: unknown) => parseCommitteeConfig(data, libraryCountryFacts);

function config(): CommitteeConfig {
  const person = (n: number) => ({ name: `Point focal ${n}`, email: `pf${n}@example.org` });
  const result = parseWithCountry({
    committee: { name: 'Comité test' },
    secretariat: { name: 'MRAFP', emails: ['s@example.org'] },
    plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
    commitments: [1, 2, 3, 4, 5, 6].map((id) => ({
      id,
      title: `Engagement ${id}`,
      institution: `Institution ${id}`,
      focalPoint: person(id),
      ...(id === 6 ? {} : { source: { kind: 'xlsx', path: `/fiches/e${id}.xlsx` } }),
    })),
    meetings: [{ date: '2019-03-07', time: '10:00', place: 'MRAFP', agenda: ['Suivi'] }],
    campaigns: [{ id: 'fiche', title: 'Fiche des actions', due: '2019-01-09' }],
    charter: TEST_CHARTER,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const good = validateSubmission(validWorkbook(), TEST_CONTEXT);
const withErrors = (() => {
  const workbook = validWorkbook();
  setCell(workbook, 'Actions de communication', 'F2', '31/02/2019');
  setCell(workbook, 'Actions de communication', 'O2', 'Non');
  return validateSubmission(workbook, TEST_CONTEXT);
})();
const unreadable = unreadableIssue({ kind: 'corrupt', part: null });
/** An issue as a version that wrote its message out stored it in the run state. */
const storedAsText = makeIssue(
  'file-unreadable',
  {},
  'Fichier illisible : le classeur est corrompu ou incomplet.',
);

const OUTCOMES = new Map<number, SourceOutcome>([
  [1, { kind: 'fresh', summary: summarizeReading(good, TEST_CHARTER), readAt: '2019-01-12T08:00:00.000Z', submittedOn: '2019-01-05', source: 'e1.xlsx' }],
  [2, { kind: 'fresh', summary: summarizeReading(withErrors, TEST_CHARTER), readAt: '2019-01-12T08:00:00.000Z', submittedOn: '2019-01-10', source: 'e2.xlsx' }],
  [3, { kind: 'stale', problem: unreadable, summary: summarizeReading(good, TEST_CHARTER), readAt: '2019-01-04T23:30:00.000Z', submittedOn: '2019-01-04', source: 'e3.xlsx' }],
  [4, { kind: 'missing', source: 'e4.xlsx' }],
  [5, { kind: 'unreadable', problem: storedAsText, source: 'e5.xlsx' }],
  [6, { kind: 'missing', source: null }],
]); // prettier-ignore

const NOW = new Date('2019-01-12T08:00:00Z');

describe('buildConsolidation', () => {
  const model = buildConsolidation(config(), OUTCOMES, NOW, (id, sheet, cell) =>
    id === 2 && cell ? `https://docs.google.com/spreadsheets/d/x/edit#range=${cell}` : null,
  );

  it('gives each commitment its status, lateness and counts', () => {
    expect(
      model.dashboard.map((d) => [d.id, d.status, d.lastUpdate, d.late, d.actionsPlanned, d.actionsDone, d.errors, d.warnings]),
    ).toEqual([
      [1, 'received', '2019-01-05', false, 2, 1, 0, 0],
      [2, 'to-fix', '2019-01-10', true, 2, 1, 1, 1], // received after the 09/01 deadline
      [3, 'to-fix', '2019-01-04', true, 2, 1, 1, 0], // the source problem is an error
      [4, 'missing', null, true, 0, 0, 0, 0],
      [5, 'to-fix', null, true, 0, 0, 1, 0],
      [6, 'missing', null, true, 0, 0, 0, 0],
    ]);
    expect(model.dashboard[0]).toMatchObject({ budget: 20000, milestonesAchieved: 0, milestonesTotal: 1, averageProgress: 40 });
  }); // prettier-ignore

  it('explains stale, unreadable and missing sources', () => {
    expect(model.dashboard.map((d) => d.remark)).toEqual([
      null,
      "Reçue le 10/01/2019, après l'échéance du 09/01/2019.",
      // The reason alone inside the remark's sentence; a message stored as text shown as it is.
      "Source illisible aujourd'hui (le classeur est corrompu ou incomplet : ouvrez-le puis enregistrez-le à nouveau au format .xlsx.) : données de la lecture du 05/01/2019.",
      'Aucune fiche reçue.',
      'Fichier illisible : le classeur est corrompu ou incomplet.',
      'Aucune source configurée pour cet engagement.',
    ]);
  });

  it('lists the submissions whose rows the master shows, with provenance; stale ones dated when read', () => {
    expect(model.recordSets.map((r) => [r.commitmentId, r.source, r.readOn, r.stale, r.actions, r.milestones])).toEqual([
      [1, 'e1.xlsx', '2019-01-12', false, 2, 1],
      [2, 'e2.xlsx', '2019-01-12', false, 2, 1],
      [3, 'e3.xlsx', '2019-01-05', true, 2, 1], // 23:30 UTC is the next day in Casablanca
    ]);
    expect(model.recordSets[0]?.doneDates).toEqual(['2018-11-20']);
    // Column widths come from the summaries, unreadable cells' text included.
    expect(model.widths.actions.plannedDate).toBe('31/02/2019'.length);
    expect(model.widths.actions.title).toBe('Atelier de lancement'.length);
  }); // prettier-ignore

  it('totals the dashboard', () => {
    expect(model.totals).toEqual({
      actionsPlanned: 6,
      actionsDone: 3,
      budget: 60000,
      milestonesAchieved: 0,
      milestonesTotal: 3,
      // The plan's progress: three sheets at 40 %, three commitments without progress at 0 %.
      averageProgress: 20,
      errors: 3,
      warnings: 1,
      received: 1,
      toFix: 3,
      toUpdate: 0,
      missing: 2,
      late: 5,
    });
  });

  it('lists every issue as an anomaly, with a cell link where the source has one', () => {
    expect(
      model.anomalies.map((a) => [a.commitmentId, a.issue.cell, a.issue.code, a.link]),
    ).toEqual([
      [2, 'F2', 'invalid-date', 'https://docs.google.com/spreadsheets/d/x/edit#range=F2'],
      [2, 'O2', 'logo-not-used', 'https://docs.google.com/spreadsheets/d/x/edit#range=O2'],
      [3, null, 'file-unreadable', null],
      [5, null, 'file-unreadable', null],
    ]);
  });

  it('sums indicators per commitment and type of action', () => {
    expect(model.indicators.filter((i) => i.commitmentId === 1)).toEqual([
      {
        commitmentId: 1,
        institution: 'Institution 1',
        type: 'Atelier',
        indicator: 'Nombre de participants',
        planned: 1,
        done: 1,
        target: 60,
        achieved: 72,
        budget: 20000,
      },
      {
        commitmentId: 1,
        institution: 'Institution 1',
        type: 'Publication réseaux sociaux',
        indicator: "Nombre d'impressions",
        planned: 1,
        done: 0,
        target: 50000,
        achieved: 0,
        budget: 0,
      },
    ]);
  });

  it('lays out the calendar: meetings and deadlines, past or to come', () => {
    const events = model.calendar.filter((c) => c.kind === 'meeting' || c.kind === 'deadline');
    expect(events.map((c) => [c.date, c.kind, c.past])).toEqual([
      ['2019-01-09', 'deadline', true],
      ['2019-03-07', 'meeting', false],
    ]);
    const planned = model.calendar.filter((c) => c.kind === 'send-planned');
    // A month before each lunar holiday the committee has not confirmed, the secretariat is asked to.
    expect(
      planned
        .filter((c) => c.title === 'Jour férié à confirmer')
        .map((c) => [c.date, c.details])
        .slice(0, 2),
    ).toEqual([
      [
        '2018-10-19',
        'Mawlid : dates estimées du 20/11/2018 au 21/11/2018, à confirmer — Secrétariat',
      ],
      [
        '2019-05-03',
        'Fête de fin du Ramadan : dates estimées du 04/06/2019 au 05/06/2019, à confirmer — Secrétariat',
      ],
    ]);
    expect(
      planned.filter((c) => c.title !== 'Jour férié à confirmer').map((c) => [c.date, c.title]),
    ).toEqual([
      ['2019-01-02', 'Relance'],
      ['2019-01-07', 'Relance'],
      ['2019-01-09', 'Relance'],
      ['2019-01-10', 'Rapport après échéance'],
      ['2019-01-10', 'Relance après échéance'],
      ['2019-01-14', 'Relance après échéance'], // J+3: Saturday 12 → Monday 14 (Friday 11 is a holiday)
      ['2019-01-16', 'Relance après échéance'],
      ['2019-02-28', 'Invitation à la réunion'],
      ['2019-03-05', 'Rapport avant réunion'],
    ]);
    expect(model.round?.due).toBe('2019-01-09');
  });

  it('is not late before the deadline, whatever was received', () => {
    const early = buildConsolidation(config(), OUTCOMES, new Date('2019-01-07T08:00:00Z'));
    expect(early.dashboard.map((d) => d.late)).toEqual([false, false, false, false, false, false]);
  });
});

describe('one status per commitment and round, never contradicting itself', () => {
  // Two rounds: the communication sheet due 09/01, then an update due 28/02 (5 working days
  // before the meeting of 07/03).
  function twoRounds(): CommitteeConfig {
    const result = parseWithCountry({
      committee: { name: 'Comité test' },
      secretariat: { name: 'MRAFP', emails: ['s@example.org'] },
      plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
      commitments: [{ id: 1, title: 'E1', institution: 'I1', focalPoint: { name: 'P', email: 'p@example.org' }, source: { kind: 'xlsx', path: '/f/e1.xlsx' } }],
      meetings: [{ date: '2019-03-07' }],
      campaigns: [
        { id: 'fiche', title: 'Fiche des actions', due: '2019-01-09' },
        { id: 'maj', title: 'Mise à jour', dueBeforeEachMeeting: 5 },
      ],
      charter: TEST_CHARTER,
    }); // prettier-ignore
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.config;
  }
  const read = (submittedOn: string, reading = good): SourceOutcome => ({
    kind: 'fresh',
    summary: summarizeReading(reading, TEST_CHARTER),
    readAt: `${submittedOn}T08:00:00.000Z`,
    submittedOn,
    source: 'e1.xlsx',
  });
  const template: SourceOutcome = { kind: 'missing', source: 'e1.xlsx', template: true };

  it.each([
    // day, outcome, status, late, remark
    ['2019-01-07', read('2019-01-05'), 'received', false, null],
    ['2019-01-12', read('2019-01-11'), 'received', false, "Reçue le 11/01/2019, après l'échéance du 09/01/2019."],
    ['2019-01-12', read('2019-01-11', withErrors), 'to-fix', true, "Reçue le 11/01/2019, après l'échéance du 09/01/2019."],
    // A sheet of the first round is not a sheet for the second: to update, not `received`.
    ['2019-02-20', read('2019-01-05'), 'to-update', false, "Fiche du 05/01/2019, pas encore mise à jour pour l'échéance du 28/02/2019."],
    ['2019-03-05', read('2019-01-05'), 'to-update', true, "Fiche du 05/01/2019, pas encore mise à jour pour l'échéance du 28/02/2019."],
    ['2019-03-05', read('2019-02-25'), 'received', false, null],
    // The template as we wrote it is no sheet.
    ['2019-01-07', template, 'missing', false, "Le modèle pré-rempli n'a pas encore été complété : aucune fiche reçue."],
    ['2019-01-12', template, 'missing', true, "Le modèle pré-rempli n'a pas encore été complété : aucune fiche reçue."],
  ] as const)('on %s: %s', (day, outcome, status, late, remark) => {
    const model = buildConsolidation(twoRounds(), new Map([[1, outcome as SourceOutcome]]), new Date(`${day}T10:00:00Z`));
    const row = model.dashboard[0]!;
    expect([row.status, row.late, row.remark]).toEqual([status, late, remark]);
    // Never `received` and late at once; never a last update for a sheet not received.
    expect(row.status === 'received' && row.late).toBe(false);
    if (status === 'missing') expect(row.lastUpdate).toBeNull();
  }); // prettier-ignore

  it('says of a commitment whose email is held only that it is held, not that its template is untouched', () => {
    const held = new Map([[1, { day: '2019-01-08', key: 'abc@example.org' }]]);
    const model = buildConsolidation(twoRounds(), new Map([[1, template]]), new Date('2019-01-08T10:00:00Z'), () => null, [], {}, held); // prettier-ignore
    const remark = model.dashboard[0]!.remark ?? '';
    expect(remark).toMatch(/^Courriel du 08\/01\/2019 retenu, en attente du secrétariat/);
    expect(remark).not.toMatch(/modèle pré-rempli|aucune fiche reçue/);
  });
});
