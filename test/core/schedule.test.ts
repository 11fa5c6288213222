import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { exampleConfigPath } from '../../src/adapters/local/package-files.js';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import {
  buildConsolidation,
  summarizeReading,
  type SourceOutcome,
} from '../../src/core/consolidation.js';
import { meetingEvent } from '../../src/core/ics.js';
import { plannedSends } from '../../src/core/schedule.js';
import { render } from '../../src/core/catalogue/render.js';
import { dueEmails, type DueEmail } from '../../src/core/due-emails.js';
import { renderEmail } from '../../src/core/email-templates.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { isWorkingDay } from '../../src/core/working-days.js';
import { setCell, TEST_CHARTER, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';
import { cli } from '../helpers/run-cli.js';

/** Parses a configuration with the country facts of the product. */
const parseWithCountry = (data: unknown) => parseCommitteeConfig(data, libraryCountryFacts);

function committee(extra: Record<string, unknown>): CommitteeConfig {
  const result = parseWithCountry({
    committee: { name: 'Comité test' },
    secretariat: { name: 'MRAFP', emails: ['secretariat@example.org'] },
    plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
    commitments: [1, 2, 3].map((id) => ({
      id,
      title: `Engagement ${id}`,
      institution: `Institution ${id}`,
      focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
      substitute: { name: `Suppléant ${id}`, email: `sup${id}@example.org` },
      source: { kind: 'xlsx', path: `/fiches/e${id}.xlsx` },
    })),
    charter: TEST_CHARTER,
    mail: { from: 'Secrétariat <ogp@example.org>' },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const days = (config: CommitteeConfig, kind: string) =>
  plannedSends(config, '2018-01-01', '2021-12-31')
    .filter((s) => s.kind === kind)
    .map((s) => [s.day, s.offset]);

describe('the planned calendar of sends', () => {
  it('lays out 2019 for the example: every send on a working day', async () => {
    const { config } = await loadConfigFile(exampleConfigPath());
    const sends = plannedSends(config, '2019-01-01', '2019-12-31');
    expect(sends.every((s) => isWorkingDay(s.day, config.calendar))).toBe(true);
    const count = (kind: string) => sends.filter((s) => s.kind === kind).length;
    // 6 rounds; 3 overdue reminders for the first (J+1, J+3 moved to Monday 14: Saturday 12,
    // and Friday 11 is a holiday; J+7), 2 for each round before a meeting: its J+7 would fall
    // on the meeting day or after, when the meeting no longer waits for the sheet. The training
    // workshop of 13/02 has its invitation, and neither a round nor a report before it.
    expect([count('reminder'), count('overdue'), count('report-deadline'), count('report-meeting'), count('invitation')]).toEqual([18, 13, 6, 5, 6]);
    expect(sends.slice(0, 7).map((s) => [s.day, s.kind, s.offset])).toEqual([
      ['2019-01-02', 'reminder', -7],
      ['2019-01-07', 'reminder', -2],
      ['2019-01-09', 'reminder', 0],
      ['2019-01-10', 'overdue', 1],
      ['2019-01-10', 'report-deadline', 1],
      ['2019-01-14', 'overdue', 3],
      ['2019-01-16', 'overdue', 7],
    ]);
    // Never a reminder for a round on or after the day of the meeting it prepares.
    for (const meeting of config.meetings) {
      expect(sends.filter((s) => (s.kind === 'reminder' || s.kind === 'overdue') && s.round?.meeting === meeting.date && s.day >= meeting.date)).toEqual([]);
    }
    expect(sends.find((s) => s.kind === 'overdue' && s.offset === 3)?.escalated).toBe(true);
    expect(sends.find((s) => s.kind === 'report-meeting')?.day).toBe('2019-03-05');
    const invitations = sends.filter((s) => s.kind === 'invitation');
    expect(invitations.map((s) => s.day).slice(0, 2)).toEqual(['2019-02-06', '2019-02-28']);
    expect(render('fr', invitations[0]!.description)).toBe("Invitation : atelier de formation « Principes du gouvernement ouvert et plan de communication » le 13/02/2019 à 09:30");
    expect(render('fr', invitations[0]!.audience)).toBe('Invités : responsables communication, comité de pilotage, secrétariat');
    expect(render('fr', invitations[1]!.audience)).toBe('Invités : points focaux, suppléants, responsables communication, secrétariat');
    // The example's commitments have communication officers: reminders say they are copied.
    expect(render('fr', sends.find((s) => s.kind === 'reminder')!.audience)).toBe('Points focaux sans fiche valide (copie : suppléants, responsables communication)');
    expect(render('en', sends.find((s) => s.kind === 'overdue' && s.escalated)!.audience)).toBe('Late focal points (copy: substitutes, communication officers, secretariat)');
  }); // prettier-ignore

  it('moves a reminder that falls on a holiday to the working day before', () => {
    // J-7 of Monday 25/11/2019 is Monday 18/11, the Fête de l'Indépendance.
    const config = committee({ campaigns: [{ id: 'c', title: 'Fiche', due: '2019-11-25' }] });
    expect(days(config, 'reminder')).toEqual([
      ['2019-11-15', -7],
      ['2019-11-22', -2], // Saturday 23 → Friday 22
      ['2019-11-25', 0],
    ]);
  });

  it('handles a Sunday deadline: reminders before it on the Friday, overdue ones on the next working day', () => {
    const config = committee({ campaigns: [{ id: 'c', title: 'Fiche', due: '2019-03-10' }] });
    expect(days(config, 'reminder')).toEqual([
      ['2019-03-01', -7], // Sunday 3 → Friday 1
      ['2019-03-08', 0], // J-2 and J-0 both land on Friday 8: one reminder
    ]);
    expect(days(config, 'overdue')).toEqual([
      ['2019-03-11', 1],
      ['2019-03-13', 3],
      ['2019-03-18', 7], // Sunday 17 → Monday 18: a J+7 never goes before J+7
    ]);
  });

  it('prints the same calendar with schedule --json', async () => {
    const { code, stdout } = await cli(
      'schedule',
      '--config',
      exampleConfigPath(),
      '--json',
      '--from',
      '2019-01-01',
      '--to',
      '2019-12-31',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect([result.from, result.to, result.sends.length]).toEqual(['2019-01-01', '2019-12-31', 48]);
    expect(result.sends[0]).toEqual({
      day: '2019-01-02',
      time: '09:00',
      kind: 'reminder',
      label: 'Relance',
      offset: -7,
      escalated: false,
      description: 'Fiche des actions de communication : échéance du 09/01/2019 (J-7)',
      audience: 'Points focaux sans fiche valide (copie : suppléants, responsables communication)',
      round: { campaign: 'fiche-communication', due: '2019-01-09' },
    });
    const table = await cli(
      'schedule',
      '--config',
      exampleConfigPath(),
      '--from',
      '2019-01-01',
      '--to',
      '2019-01-31',
    );
    expect(table.stdout.split('\n')[0]).toBe('Envois prévus du 01/01/2019 au 31/01/2019 : 7');
    // After the plan's end (31/08/2020), the title says so rather than a range running backwards.
    const after = await cli(
      'schedule',
      '--config',
      exampleConfigPath(),
      '--now',
      '2026-12-02T09:00',
    );
    expect(after.stdout.split('\n')[0]).toBe(
      "Aucun envoi prévu : le plan d'action s'est terminé le 31/08/2020, avant le 02/12/2026. Pour voir ses envois : --from.",
    );
    const backwards = await cli(
      'schedule',
      '--config',
      exampleConfigPath(),
      '--from',
      '2019-02-01',
      '--to',
      '2019-01-31',
    );
    expect(backwards.stdout.split('\n')[0]).toBe(
      'Aucun envoi prévu : la période finit le 31/01/2019, avant de commencer le 01/02/2019.',
    );
    expect(
      (await cli('schedule', '--config', exampleConfigPath(), '--from', '01/01/2019')).code,
    ).toBe(2);
  });
});

describe('what is due now', () => {
  const good = validateSubmission(validWorkbook(), TEST_CONTEXT);
  const bad = (() => {
    const workbook = validWorkbook();
    setCell(workbook, 'Actions de communication', 'C2', null);
    return validateSubmission(workbook, TEST_CONTEXT);
  })();
  const outcomes = new Map<number, SourceOutcome>([
    [1, { kind: 'fresh', summary: summarizeReading(good, TEST_CHARTER), readAt: '2019-05-20T08:00:00Z', submittedOn: '2019-05-15', source: 'e1' }],
    [2, { kind: 'fresh', summary: summarizeReading(bad, TEST_CHARTER), readAt: '2019-05-20T08:00:00Z', submittedOn: '2019-05-15', source: 'e2' }],
    [3, { kind: 'missing', source: 'e3' }],
  ]); // prettier-ignore
  const config = committee({
    campaigns: [{ id: 'c', title: 'Fiche', due: '2019-05-22' }],
    reminders: { before: [2], after: [1, 3], escalateAfter: 3, sendAt: '09:00' },
  });
  const due = (iso: string, delivered: (key: string) => boolean = () => false) => {
    const now = new Date(iso);
    return dueEmails({
      config,
      model: buildConsolidation(config, outcomes, now),
      fresh: new Map([
        [1, { contentHash: 'a'.repeat(64) }],
        [2, { contentHash: 'b'.repeat(64) }],
      ]),
      delivered,
      now,
    });
  };

  it('reminds only those without a valid sheet, copying the substitute, on a Ramadan morning at 09:00 local', () => {
    // 20/05/2019 is in Ramadan: Casablanca is UTC+0, so 09:00 local is 09:00Z.
    // At 08:30 the valid sheet's feedback goes; the sheet to correct waits for the 09:00
    // reminder, so that its focal point gets one email this morning, not two.
    expect(due('2019-05-20T08:30:00Z').map((e) => e.key)).toEqual([
      `feedback|e1|${'a'.repeat(16)}`,
    ]);
    const emails = due('2019-05-20T09:00:00Z');
    expect(
      emails.map((e) => [
        e.kind,
        e.key,
        e.to.map((r) => r.email),
        e.cc.map((r) => r.email),
        e.covers ?? [],
      ]),
    ).toEqual([
      ['feedback', `feedback|e1|${'a'.repeat(16)}`, ['pf1@example.org'], [], []],
      [
        'reminder',
        'reminder|c@2019-05-22|e2|J-2',
        ['pf2@example.org'],
        ['sup2@example.org'],
        [`feedback|e2|${'b'.repeat(16)}`],
      ],
      ['reminder', 'reminder|c@2019-05-22|e3|J-2', ['pf3@example.org'], ['sup3@example.org'], []],
    ]);
    const reminder = emails[1]!.content;
    expect(
      reminder.type === 'reminder' && [
        reminder.daysLeft,
        reminder.errors.map((i) => i.cell),
        reminder.received,
      ],
    ).toEqual([2, ['C2'], { actions: 2, milestones: 1 }]);
    // Once the merged reminder is delivered (and the feedback with it), nothing more goes.
    const sent = new Set(emails.flatMap((e) => [e.key, ...(e.covers ?? [])]));
    expect(due('2019-05-20T10:00:00Z', (key) => sent.has(key))).toEqual([]);
  });

  it('copies the secretariat once overdue reminders escalate, never before J+k', () => {
    const j1 = due('2019-05-23T09:00:00Z').filter((e) => e.kind === 'overdue');
    expect(j1.map((e) => e.cc.map((r) => r.email))).toEqual([
      ['sup2@example.org'],
      ['sup3@example.org'],
    ]);
    // J+3 of Wednesday 22 is Saturday 25: it goes on Monday 27, not on Friday 24 (J+2).
    expect(due('2019-05-24T09:00:00Z').filter((e) => e.kind === 'overdue')).toEqual([]);
    const j3Day = due('2019-05-27T09:00:00Z').filter((e) => e.kind === 'overdue');
    expect(j3Day.map((e) => [e.key, e.cc.map((r) => r.email)])).toEqual([
      ['overdue|c@2019-05-22|e2|J+3', ['sup2@example.org', 'secretariat@example.org']],
      ['overdue|c@2019-05-22|e3|J+3', ['sup3@example.org', 'secretariat@example.org']],
    ]);
  });

  it('leaves out what the ledger says was delivered', () => {
    const emails = due('2019-05-20T09:00:00Z', (key) => key.startsWith('feedback'));
    expect(emails.map((e) => e.kind)).toEqual(['reminder', 'reminder']);
  });

  it('writes a meeting in Ramadan at its local time (UTC+0)', () => {
    const event = meetingEvent(
      { kind: 'meeting', date: '2019-05-20', time: '10:00', place: 'MRAFP; Rabat', agenda: ['Point 1, point 2'], invite: ['focal-points'] },
      { summary: 'Réunion — Comité', agendaLabel: 'Ordre du jour :', timeZone: 'Africa/Casablanca', now: new Date('2019-05-01T00:00:00Z'), domain: 'example.org' },
    );
    expect(event).toContain('DTSTART:20190520T100000Z\r\n');
    expect(event).toContain('DTEND:20190520T120000Z\r\n');
    expect(event).toContain('LOCATION:MRAFP\\; Rabat\r\n');
    expect(event.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  }); // prettier-ignore
});

describe('a holiday set by moon sighting', () => {
  // Eid al-Adha 2026: date-holidays estimates Wednesday 27 May, Morocco's rule the day after too.
  const plan = { name: 'Plan', start: '2026-01-01', end: '2027-12-31' };
  const estimated = committee({ plan });
  const confirmed = committee({ plan, holidays: { add: ['2026-05-27/2026-05-28'] } });
  const due = (config: CommitteeConfig, iso: string) => {
    const now = new Date(iso);
    return dueEmails({ config, model: buildConsolidation(config, new Map(), now), fresh: new Map(), delivered: () => false, now });
  }; // prettier-ignore

  it('asks the secretariat a month before to confirm it, until the committee has', () => {
    expect(plannedSends(estimated, '2026-04-01', '2026-05-10').filter((s) => s.kind === 'holiday-check').map((s) => [s.day, s.holiday])).toEqual([
      ['2026-04-27', { name: 'Fête du mouton', first: '2026-05-27', last: '2026-05-28' }],
    ]);
    const [email, ...others] = due(estimated, '2026-04-27T08:00:00Z').filter((e) => e.kind === 'holiday-check');
    expect(others).toEqual([]);
    expect(email?.key).toBe('holiday-check|2026-05-27|secretariat');
    expect(email?.to).toEqual([{ name: 'MRAFP', email: 'secretariat@example.org' }]);
    const rendered = renderEmail(email as DueEmail, 'Comité test');
    expect(rendered.subject).toBe('Jour férié à confirmer : Fête du mouton, estimé au 27/05/2026');
    expect(rendered.text).toContain("La date de « Fête du mouton » dépend de l'observation de la lune : le calendrier du comité l'estime du 27/05/2026 au 28/05/2026");
    expect(rendered.text).toContain("avant le 27/05/2026, confirmez-la dans committee.yaml, rubrique holidays : add: [2026-05-27/2026-05-28]");
    // Missed on its day, it still goes until the holiday; once confirmed, never.
    expect(due(estimated, '2026-05-08T08:00:00Z').some((e) => e.kind === 'holiday-check')).toBe(true);
    expect(plannedSends(confirmed, '2026-04-01', '2026-05-31').some((s) => s.kind === 'holiday-check' && s.holiday?.first === '2026-05-27')).toBe(false);
  }); // prettier-ignore

  it('asks a committee whose days off are in its workbook to confirm it in the « Jours chômés » sheet, with no YAML', () => {
    const workbook = committee({ plan, roster: { workbook: 'comite.xlsx' } });
    const [email] = due(workbook, '2026-04-27T08:00:00Z').filter((e) => e.kind === 'holiday-check');
    const { text } = renderEmail(email as DueEmail, 'Comité test');
    expect(text).toContain("Dès que la date est annoncée, et avant le 27/05/2026, confirmez-la dans la feuille « Jours chômés » du classeur du comité : une ligne Du 27/05/2026, Au 28/05/2026, Nom « Fête du mouton », Ajouté ou retiré « Ajouté ». Si l'annonce donne d'autres jours, retirez l'estimation (la même ligne, avec « Retiré ») et ajoutez une ligne « Ajouté » pour les jours annoncés.");
    expect(text).not.toMatch(/committee\.yaml|holidays|add:|remove:/);
    // In Arabic, the sheet and its columns as an Arabic committee's workbook names them.
    const arabic = committee({ plan, roster: { workbook: 'اللجنة.xlsx' }, committee: { name: 'Comité test', locale: 'ar' } });
    const [ar] = due(arabic, '2026-04-27T08:00:00Z').filter((e) => e.kind === 'holiday-check');
    expect(renderEmail(ar as DueEmail, 'Comité test').text).not.toMatch(/committee\.yaml|holidays|Jours chômés/);
  }); // prettier-ignore

  it('is listed as an estimate by schedule, in the table and in JSON', async () => {
    const { stdout } = await cli('schedule', '--config', exampleConfigPath(), '--from', '2020-04-01', '--to', '2020-08-31');
    expect(stdout).toContain('24/04/2020  09:00  Jour férié à confirmer  Fête de fin du Ramadan : dates estimées du 24/05/2020 au 25/05/2020, à confirmer  Secrétariat');
    expect(stdout).toContain("Jours fériés estimés de la période (leur date dépend de l'observation de la lune ; les envois en tiennent compte, à confirmer ou corriger dans la feuille « Jours chômés » du classeur du comité) :\n  24/05/2020 au 25/05/2020 : Fête de fin du Ramadan\n");
    const json = JSON.parse((await cli('schedule', '--config', exampleConfigPath(), '--from', '2020-04-01', '--to', '2020-08-31', '--json')).stdout);
    expect(json.estimatedHolidays[0]).toEqual({ name: 'Fête de fin du Ramadan', first: '2020-05-24', last: '2020-05-25' });
  }); // prettier-ignore
});

describe('a year of the plan without a day off (days off typed by hand)', () => {
  // Jordan, unknown to the holiday source: the committee lists 2025's days off, not 2026's.
  const jordan = committee({
    committee: { name: 'Comité test', country: 'JO', timezone: 'Asia/Amman' },
    plan: { name: 'Plan', start: '2025-07-01', end: '2026-12-31' },
    holidays: { add: ['2025-12-25'] },
  });
  const due = (config: CommitteeConfig, iso: string) => {
    const now = new Date(iso);
    return dueEmails({ config, model: buildConsolidation(config, new Map(), now), fresh: new Map(), delivered: () => false, now });
  }; // prettier-ignore

  it('asks the secretariat for them a month before the year, in the committee’s language', () => {
    const asks = plannedSends(jordan, '2025-01-01', '2026-12-31').filter((s) => s.kind === 'holiday-check');
    // 02/12/2025 is a Tuesday in Jordan (Friday–Saturday weekend); 2025, which has a day, is not asked.
    expect(asks.map((s) => [s.day, s.missingYear, render(jordan.committee.tag, s.description)])).toEqual([
      ['2025-12-02', { year: 2026, first: '2026-01-01' }, "Jours fériés de 2026 à donner dans holidays.add : aucun n'y est"],
    ]);
    const [email, ...others] = due(jordan, '2025-12-02T08:00:00Z').filter((e) => e.kind === 'holiday-check');
    expect(others).toEqual([]);
    expect(email?.key).toBe('holiday-check|2026|secretariat');
    const rendered = renderEmail(email as DueEmail, 'Comité test');
    expect(rendered.subject).toBe("Jours fériés de 2026 à donner : le calendrier du comité n'en a aucun");
    expect(rendered.text).toContain("L'outil ne connaît pas les jours fériés de Jordanie : le comité les donne lui-même, dans committee.yaml. Il n'en a donné aucun pour 2026");
    expect(rendered.text).toContain('Avant le 01/01/2026, ajoutez-les dans committee.yaml, rubrique holidays : add: [2026-05-01, { date: 2026-MM-JJ/2026-MM-JJ, name: … }]');
    // A committee whose days off are in its workbook is sent to its sheet, with its columns.
    const inWorkbook = committee({ committee: { name: 'Comité test', country: 'JO', timezone: 'Asia/Amman' }, plan: { name: 'Plan', start: '2025-07-01', end: '2026-12-31' }, holidays: { add: ['2025-12-25'] }, roster: { workbook: 'comite.xlsx' } });
    expect(render('fr', plannedSends(inWorkbook, '2025-01-01', '2026-12-31').find((s) => s.kind === 'holiday-check')!.description)).toBe("Jours fériés de 2026 à donner dans la feuille « Jours chômés » : aucun n'y est");
    const asked = renderEmail(due(inWorkbook, '2025-12-02T08:00:00Z').find((e) => e.kind === 'holiday-check') as DueEmail, 'Comité test').text;
    expect(asked).toContain("L'outil ne connaît pas les jours fériés de Jordanie : le comité les donne lui-même, dans la feuille « Jours chômés » de son classeur.");
    expect(asked).toContain('Avant le 01/01/2026, ajoutez-les dans la feuille « Jours chômés » du classeur du comité, une ligne par jour ou par période : Du (le premier jour), Au (le dernier, vide pour un seul jour), Nom, Ajouté ou retiré « Ajouté » ;');
    expect(asked).not.toMatch(/committee\.yaml|holidays|add:/);
    // Missed on its day, it still goes in the days after (sends are caught up over two weeks).
    expect(due(jordan, '2025-12-14T08:00:00Z').some((e) => e.kind === 'holiday-check')).toBe(true);
    expect(due(jordan, '2026-01-04T08:00:00Z').some((e) => e.kind === 'holiday-check')).toBe(false);
  }); // prettier-ignore

  it('asks for a plan’s first year a month before the plan, and never for a country whose days off are known', () => {
    const none = committee({ committee: { name: 'Comité test', country: 'JO', timezone: 'Asia/Amman' }, plan: { name: 'Plan', start: '2025-07-01', end: '2025-12-31' }, holidays: { add: ['2024-12-25'] } });
    expect(plannedSends(none, '2025-01-01', '2025-12-31').filter((s) => s.kind === 'holiday-check').map((s) => [s.day, s.missingYear])).toEqual([
      ['2025-06-01', { year: 2025, first: '2025-07-01' }], // a Sunday: worked in Jordan
    ]);
    const ukraine = committee({ committee: { name: 'Comité test', country: 'UA', timezone: 'Europe/Kyiv' }, plan: { name: 'Plan', start: '2025-01-01', end: '2026-12-31' } });
    expect(plannedSends(ukraine, '2024-01-01', '2026-12-31').filter((s) => s.kind === 'holiday-check')).toEqual([]);
  }); // prettier-ignore
});
