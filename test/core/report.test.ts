/**
 * What the secretariat and the focal points read: the pre-meeting report (by commitment,
 * milestones, what changed since the committee last looked, who is late) and the focal
 * points' emails (what is expected, by when, how to send it back).
 */
import { rosterChanges } from '../../src/core/roster/roster-changes.js';
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import {
  buildConsolidation,
  summarizeReading,
  type SourceOutcome,
} from '../../src/core/consolidation.js';
import { renderEmail } from '../../src/core/email-templates.js';
import { dueEmails, type DueEmail } from '../../src/core/due-emails.js';
import { changesSince, snapshotOf } from '../../src/core/snapshot.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { setCell, TEST_CHARTER, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

/** Parses a configuration with the country facts of the product. */
const parseWithCountry = (data: unknown) => parseCommitteeConfig(data, libraryCountryFacts);

function committee(): CommitteeConfig {
  const result = parseWithCountry({
    committee: { name: 'Comité test' },
    secretariat: { name: 'MRAFP', emails: ['secretariat@example.org'] },
    plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
    commitments: [1, 2, 3].map((id) => ({
      id,
      title: `Engagement ${id}`,
      institution: `Institution ${id}`,
      focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
      source: { kind: 'xlsx', path: `/fiches/e${id}.xlsx` },
    })),
    meetings: [
      { date: '2019-03-07', time: '10:00', place: 'MRAFP, Rabat' },
      { date: '2019-05-02', time: '10:00', place: 'MRAFP, Rabat' },
      { date: '2019-07-04', time: '10:00', place: 'MRAFP, Rabat' },
    ],
    campaigns: [{ id: 'maj', title: 'Mise à jour avant réunion', dueBeforeEachMeeting: 5 }],
    reports: { beforeMeeting: 2, afterDeadline: 1 },
    charter: TEST_CHARTER,
    mail: { from: 'Secrétariat <ogp@example.org>' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const config = committee();
const fresh = (reading: ReturnType<typeof validateSubmission>, submittedOn: string): SourceOutcome => ({
  kind: 'fresh',
  summary: summarizeReading(reading, TEST_CHARTER),
  readAt: `${submittedOn}T08:00:00.000Z`,
  submittedOn,
  source: 'e.xlsx',
}); // prettier-ignore
const started = validateSubmission(validWorkbook(), TEST_CONTEXT);
// Later: the milestone achieved (with its evidence), an action realised, a date mistyped.
const advanced = (() => {
  const workbook = validWorkbook();
  setCell(workbook, 'Jalons', 'E2', 100);
  setCell(workbook, 'Jalons', 'F2', 'Achevé');
  setCell(workbook, 'Jalons', 'G2', 'https://example.org/preuve');
  setCell(workbook, 'Actions de communication', 'H3', 'Réalisée');
  setCell(workbook, 'Actions de communication', 'G3', new Date('2019-04-10T00:00:00Z'));
  setCell(workbook, 'Actions de communication', 'M3', 1200);
  setCell(workbook, 'Actions de communication', 'P3', 'https://example.org/pub');
  setCell(workbook, 'Actions de communication', 'F2', '31/02/2019');
  return validateSubmission(workbook, { ...TEST_CONTEXT, today: '2019-04-29' });
})();

describe('the report before a meeting', () => {
  // Shown to the committee on 05/03: commitment 1 sent its sheet, 2 and 3 nothing.
  const march = buildConsolidation(config, new Map([[1, fresh(started, '2019-02-20')]]), new Date('2019-03-05T09:00:00Z')); // prettier-ignore
  const snapshot = snapshotOf(march, '2019-03-07');
  // Before the meeting of 02/05: 1 advanced, 2 sent a first sheet, 3 still nothing.
  const outcomes = new Map([
    [1, fresh(advanced, '2019-04-20')],
    [2, fresh(started, '2019-04-22')],
  ]);
  const now = new Date('2019-04-29T09:00:00Z');
  const model = buildConsolidation(config, outcomes, now);
  const report = (snapshots = [snapshot]): DueEmail => {
    const due = dueEmails({
      config,
      model,
      fresh: new Map(),
      delivered: () => false,
      now,
      snapshots,
    });
    return due.find((e) => e.kind === 'report-meeting')!;
  };

  it('says what changed since what the committee saw: new sheets, actions realised, milestones achieved, new errors', () => {
    expect(changesSince(model, '2019-03-07', snapshot).map((c) => [c.id, c.sheet, c.newlyDone, c.newlyAchieved, c.newErrors])).toEqual([
      [1, 'updated', 1, ['J1 — Adoption du référentiel'], 1],
      [2, 'new', 0, [], 0],
      [3, null, 0, [], 0],
    ]);
    // Without the snapshot, only what dates tell: no milestone or error can be said new.
    expect(changesSince(model, '2019-03-07', null).map((c) => [c.id, c.sheet, c.newlyDone, c.newlyAchieved, c.newErrors])).toEqual([
      [1, 'updated', 1, null, null],
      [2, 'updated', 0, null, null],
      [3, null, 0, null, null],
    ]);
  }); // prettier-ignore

  it('names each commitment by number and title, with its milestones, and who is late, in the right tense', () => {
    const email = renderEmail(report(), 'Comité test');
    expect(email.subject).toBe('Synthèse avant la réunion du 02/05/2019 — Comité test');
    const text = email.text;
    expect(text).toContain(
      'État du suivi au 29/04/2019, pour la réunion du 02/05/2019 : 3 engagements, 1 fiche reçue, 1 à corriger, 0 à mettre à jour, 1 manquante ; 2 en retard.',
    );
    // The plan's progress: 100 % and 40 %, and 0 % for the commitment without a sheet.
    expect(text).toContain('Jalons : 1 achevé sur 2, avancement moyen de 46,7\u00a0%. Actions de communication : 3 réalisées sur 4. 1 erreur reste à corriger.'); // prettier-ignore
    // Still to come, so in the future tense; what happened is in the past or present.
    expect(text).toContain('La réunion se tiendra le 02/05/2019 à 10:00, MRAFP, Rabat.');
    expect(text).toContain('N° | Engagement | Institution | Statut | Mise à jour | En retard | Jalons achevés | Avancement moyen | Actions réalisées | Erreurs'); // prettier-ignore
    expect(text).toContain('1 | Engagement 1 | Institution 1 | À corriger | 20/04/2019 | Oui | 1 / 1 | 100\u00a0% | 2 / 2 | 1');
    expect(text).toContain('3 | Engagement 3 | Institution 3 | Manquante | — | Oui | 0 / 0 | 0\u00a0% | 0 / 0 | 0');
    expect(text).toContain('En retard (2) :');
    expect(text).toContain('- n° 1 « Engagement 1 » — Institution 1, point focal Point focal 1 : à corriger (dernière fiche du 20/04/2019)'); // prettier-ignore
    expect(text).toContain('Fiches des engagements depuis la réunion du 07/03/2019 (synthèse du 05/03/2019) :');
    expect(text).toContain('- n° 1 « Engagement 1 » : fiche mise à jour, 1 action réalisée, 1 jalon achevé (J1 — Adoption du référentiel), 1 nouvelle erreur'); // prettier-ignore
    expect(text).toContain('- n° 2 « Engagement 2 » : première fiche reçue');
    expect(text).not.toContain('n° 3 « Engagement 3 » :');
    expect(text).not.toMatch(/\(s\)/);
    // Email-safe HTML: a table with inline styles, no script, no SVG.
    expect(email.html).toContain('<table style="border-collapse:collapse">');
    expect(email.html).not.toMatch(/<script|<svg/);
  }); // prettier-ignore

  it('says the sheets’ changes and the committee workbook’s apart, never « no change » beside changes', () => {
    // No sheet moved since the meeting, but the workbook did: each line says what it counts.
    const still = buildConsolidation(config, new Map([[1, fresh(started, '2019-02-20')]]), now);
    const [change] = rosterChanges({ meetings: [] }, { meetings: [{ date: '2019-06-04' }] });
    const due = dueEmails({ config, model: still, fresh: new Map(), delivered: () => false, now, snapshots: [snapshot], rosterChanges: [{ change: change!, on: '2019-04-15', by: null }] }); // prettier-ignore
    const text = renderEmail(
      due.find((e) => e.kind === 'report-meeting')!,
      'Comité test',
    ).text;
    expect(text).toContain(
      'Fiches des engagements depuis la réunion du 07/03/2019 (synthèse du 05/03/2019) :\n\nAucun changement dans les fiches des engagements.',
    );
    expect(text).toContain(
      '1 changement apporté au classeur du comité (personnes, réunions, plan) depuis la dernière réunion :\n\n- Réunion du 04/06/2019 ajoutée — modification du 15/04/2019',
    );
    expect(text).not.toContain('Aucun changement.');
  });

  it('without a snapshot, says the changes dates can tell', () => {
    const text = renderEmail(report([]), 'Comité test').text;
    expect(text).toContain('Fiches des engagements depuis la réunion du 07/03/2019 :');
    expect(text).toContain('- n° 1 « Engagement 1 » : fiche mise à jour, 1 action réalisée');
  });
});

describe('a focal point email says what is expected, by when and how to send it back', () => {
  const rounds = committee();
  const email = (outcomes: Map<number, SourceOutcome>, iso: string, fresh: number[] = []) => {
    const now = new Date(iso);
    const model = buildConsolidation(rounds, outcomes, now);
    return dueEmails({
      config: rounds,
      model,
      fresh: new Map(fresh.map((id) => [id, { contentHash: `${id}`.repeat(64) }])),
      delivered: () => false,
      now,
      canAttachTemplate: () => true,
    }).map((e) => ({ due: e, ...renderEmail(e, 'Comité test') }));
  };

  it.each([
    // [what, outcomes, fresh, instant, commitment, subject, lines]
    [
      'a sheet of the last round, not updated',
      new Map([[1, fresh(started, '2019-02-20')]]),
      [],
      '2019-04-22T08:30:00Z', // 09:30 in Casablanca (UTC+1), J-2 of 24/04 (01/05 is a holiday)
      1,
      'Rappel : Mise à jour avant réunion — engagement n° 1, échéance le 24/04/2019',
      [
        "Votre dernière fiche date du 20/02/2019 : elle n'a pas encore été mise à jour pour cette échéance. L'échéance est le 24/04/2019, dans 2 jours.",
        "Attendu au plus tard le 24/04/2019 : la fiche à jour, avec vos actions de communication et l'avancement de chaque jalon.",
        'Renvoyez la fiche mise à jour (.xlsx) en réponse à ce courriel.',
      ],
    ],
    [
      'no sheet at all: its pre-filled template goes with the reminder',
      new Map<number, SourceOutcome>(),
      [],
      '2019-04-22T08:30:00Z',
      3,
      'Rappel : Mise à jour avant réunion — engagement n° 3, échéance le 24/04/2019',
      ["Nous n'avons pas encore reçu votre fiche.", 'Votre fiche pré-remplie est jointe à ce courriel'],
    ],
    [
      'a valid sheet: thanks, and the next deadline',
      new Map([[2, fresh(started, '2019-04-22')]]),
      [2],
      '2019-04-22T15:00:00Z',
      2,
      'Fiche reçue et complète — engagement n° 2',
      ['Elle est complète, merci. Prochaine échéance : le 27/06/2019 (Mise à jour avant réunion).'],
    ],
    [
      'a sheet with errors, on a day without reminder: what to correct, and by when',
      new Map([[1, fresh(advanced, '2019-04-22')]]),
      [1],
      '2019-04-23T15:00:00Z',
      1,
      'Fiche reçue, 1 erreur à corriger — engagement n° 1',
      ['Merci de corriger les points suivants avant le 24/04/2019 (Mise à jour avant réunion) :', '- [Actions de communication] F2 (Date prévue)'],
    ],
  ] as const)('%s', (_what, outcomes, freshIds, iso, id, subject, lines) => {
    const sent = email(outcomes as Map<number, SourceOutcome>, iso, [...freshIds]).filter((e) => e.due.to[0]?.email === `pf${id}@example.org`);
    expect(sent.map((e) => e.subject)).toEqual([subject]);
    for (const line of lines) expect(sent[0]!.text).toContain(line);
    expect(sent[0]!.text).not.toMatch(/\/fiches\/|\(s\)/);
    expect(Boolean(sent[0]!.due.attachTemplate)).toBe(subject.startsWith('Rappel') && id === 3);
  }); // prettier-ignore
});
