/** What is odd in a calendar, said by name and day (« Réunion du 10/03/2019 : c'est un dimanche »). */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/adapters/config/committee-file.js';
import { calendarWarnings } from '../../src/core/calendar-checks.js';
import { render, type Message } from '../../src/core/catalogue/render.js';
import { buildConsolidation } from '../../src/core/consolidation.js';
import { cli } from '../helpers/run-cli.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = `
committee: { name: Comité test }
secretariat: { name: MRAFP, emails: [secretariat@example.org] }
plan: { name: Plan, start: 2018-09-01, end: 2020-08-31 }
commitments:
  - { id: 3, title: Archives, institution: Archives du Maroc, focalPoint: { name: Leila Tazi, email: leila@example.org } }
charter:
  actionTypes:
    - { name: Atelier, indicator: Nombre de participants }
`;

const warnings = (extra: string, base = BASE) =>
  calendarWarnings(parseConfigText(`${base}${extra}`, '/cfg/committee.yaml').config).map((w) =>
    render('fr', w),
  );

describe('calendarWarnings', () => {
  it.each([
    ['nothing odd', 'meetings: [{ date: 2019-03-07 }]\ncampaigns: [{ id: c, title: Fiche, due: 2019-01-09 }]\n', []],
    ['a meeting on a Sunday', 'meetings: [{ date: 2019-03-10 }]\n', ["Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a meeting on Labour Day', 'meetings: [{ date: 2019-05-01 }]\n', ["Réunion du 01/05/2019 : c'est un jour férié (Fête du Travail). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a meeting on a configured holiday', 'meetings: [{ date: 2019-06-12 }]\nholidays: [2019-06-12]\n', ["Réunion du 12/06/2019 : c'est un jour férié (jour férié du comité, liste holidays de la configuration). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a meeting on a named holiday', 'meetings: [{ date: 2019-06-12 }]\nholidays: { add: [{ date: 2019-06-12, name: Journée du comité }] }\n', ["Réunion du 12/06/2019 : c'est un jour férié (Journée du comité, liste holidays de la configuration). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a meeting on an estimated Eid', 'meetings: [{ date: 2019-06-04 }]\n', ["Réunion du 04/06/2019 : c'est un jour férié (Fête de fin du Ramadan, date estimée : elle dépend de l'observation de la lune, à confirmer dans holidays.add). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a meeting on a confirmed Eid', 'meetings: [{ date: 2019-06-05 }]\nholidays: { add: [2019-06-05/2019-06-06], remove: [2019-06-04] }\n', ["Réunion du 05/06/2019 : c'est un jour férié (Fête de fin du Ramadan). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a removal that removes nothing', 'holidays: { remove: [2019-06-03] }\n', ["holidays.remove : le 03/06/2019 n'est pas un jour férié de MA d'après la liste du pays : rien n'est retiré (vérifiez la date)."]],
    ['a deadline on a Saturday', 'campaigns: [{ id: c, title: Fiche, due: 2019-01-12 }]\n', ["Échéance « Fiche » du 12/01/2019 : c'est un samedi."]],
    ['a meeting outside the plan', 'meetings: [{ date: 2021-03-04 }]\n', ['Réunion du 04/03/2021 en dehors du plan (du 01/09/2018 au 31/08/2020) : les envois qui la préparent partent quand même, à leurs dates. Si cette date est la bonne, repoussez la fin du plan (plan.end dans committee.yaml) ; sinon, corrigez-la.']],
    ['a workshop on a Saturday', 'meetings: [{ date: 2019-03-09, kind: workshop, title: Charte }]\n', ["Atelier de formation du 09/03/2019 : c'est un samedi. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là."]],
    ['a deadline outside the plan', 'campaigns: [{ id: c, title: Fiche, due: 2020-10-01 }]\n', ["Échéance « Fiche » du 01/10/2020 en dehors du plan (du 01/09/2018 au 31/08/2020) : ses relances et son bilan partent quand même, à leurs dates. Si cette échéance est la bonne, repoussez la fin du plan (plan.end dans committee.yaml) ; sinon, corrigez sa date."]],
    ['a deadline before the plan', 'campaigns: [{ id: c, title: Fiche, due: 2018-06-04 }]\n', ["Échéance « Fiche » du 04/06/2018 en dehors du plan (du 01/09/2018 au 31/08/2020) : ses relances et son bilan partent quand même, à leurs dates. Si cette échéance est la bonne, avancez le début du plan (plan.start dans committee.yaml) ; sinon, corrigez sa date."]],
    ['two meetings the same day', 'meetings: [{ date: 2019-03-07 }, { date: 2019-03-07, time: "15:00" }]\n', ['Le 07/03/2019 : 2 réunions le même jour ; une seule séance est attendue par jour.']],
    ['a meeting and a workshop the same day', 'meetings: [{ date: 2019-03-07 }, { date: 2019-03-07, time: "15:00", kind: workshop, title: Charte }]\n', ['Le 07/03/2019 : 1 réunion et 1 atelier le même jour ; une seule séance est attendue par jour.']],
    ['two workshops the same day', 'meetings: [{ date: 2019-03-07, kind: workshop, title: A }, { date: 2019-03-07, time: "15:00", kind: workshop, title: B }]\n', ['Le 07/03/2019 : 2 ateliers le même jour ; une seule séance est attendue par jour.']],
    ['a deadline the day of its meeting', 'meetings: [{ date: 2019-03-07 }]\ncampaigns: [{ id: m, title: Mise à jour, dueBeforeEachMeeting: 0 }]\n', ["Échéance « Mise à jour » du 07/03/2019 : le jour même de la réunion du 07/03/2019 qu'elle prépare, ou après (dueBeforeEachMeeting ≥ 1 attendu)."]],
  ])('%s', (_, extra, expected) => {
    expect(warnings(extra)).toEqual(expected);
  }); // prettier-ignore

  it('says a milestone that starts before the plan or ends after it', () => {
    const milestones = BASE.replace('leila@example.org } }', 'leila@example.org }, milestones: [{ title: Portail, start: 2018-06-01, end: 2021-06-30 }, { title: Guide, end: 2020-08-31 }] }');
    expect(warnings('', milestones)).toEqual([
      'Engagement 3, jalon « Portail » : commence le 01/06/2018, avant le début du plan (01/09/2018).',
      'Engagement 3, jalon « Portail » : se termine le 30/06/2021, après la fin du plan (31/08/2020).',
    ]);
  }); // prettier-ignore

  it('says when the country has no holiday data and the committee gave none', () => {
    const jordan = BASE.replace('{ name: Comité test }', '{ name: Comité test, country: JO, timezone: Asia/Amman }');
    expect(warnings('meetings: [{ date: 2019-03-08 }]\n', jordan)).toEqual([
      'Aucun jour férié connu pour JO : les rappels ne tiennent compte que du week-end. Donnez les jours fériés du pays dans holidays.add (par exemple - 2026-05-25).',
      "Réunion du 08/03/2019 : c'est un vendredi. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là.",
    ]);
    // Days off typed by hand: each year of the plan (2018 to 2020) needs its own.
    expect(warnings('meetings: [{ date: 2019-03-10 }]\nholidays: [2019-05-25]\n', jordan)).toEqual([
      "Aucun jour férié en 2018 : la liste de JO n'est pas connue de l'outil et holidays.add n'a aucun jour de 2018, les rappels de cette année-là ne tiennent compte que du week-end. Donnez-les dans holidays.add (par exemple - 2018-05-01).",
      "Aucun jour férié en 2020 : la liste de JO n'est pas connue de l'outil et holidays.add n'a aucun jour de 2020, les rappels de cette année-là ne tiennent compte que du week-end. Donnez-les dans holidays.add (par exemple - 2020-05-01).",
    ]);
    expect(warnings('meetings: [{ date: 2019-03-10 }]\nholidays: [2018-12-25, 2019-05-25, 2020-05-25]\n', jordan)).toEqual([]);
    // A country whose holidays are known is never asked for them, even a year with none off (Ukraine).
    const ukraine = BASE.replace('{ name: Comité test }', '{ name: Comité test, country: UA, timezone: Europe/Kyiv }');
    expect(warnings('', ukraine)).toEqual([]);
  }); // prettier-ignore

  it('are in the reader’s language: the committee’s for the master, the command’s on the command line', () => {
    const config = parseConfigText(`${BASE.replace('{ name: Comité test }', '{ name: C, country: MX, locale: es }')}meetings: [{ date: 2019-03-10 }, { date: 2019-09-16 }]\n`, '/cfg/committee.yaml').config;
    const said = calendarWarnings(config);
    expect(said.map((w) => render('es-MX', w))).toEqual(['Reunión del 10/03/2019: cae en domingo. Verifique la fecha: mientras no se cambie, las invitaciones se envían para ese día.', 'Reunión del 16/09/2019: es feriado (Día de la Independencia). Verifique la fecha: mientras no se cambie, las invitaciones se envían para ese día.']);
    // Intl writes Arabic dates with right-to-left marks between their parts.
    expect(render('ar-JO', said[0] as Message)).toBe('اجتماع 10\u200f/03\u200f/2019: يصادف يوم الأحد. تحققوا من التاريخ: ما لم يُغيَّر، تُرسَل الدعوات لذلك اليوم.');
    expect(render('fr', said[0] as Message)).toBe("Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là.");
    expect(render('en', said[0] as Message)).toBe('Meeting of 10/03/2019: it is a Sunday. Check the date: unless it is changed, the invitations are sent for that day.');
    const model = buildConsolidation(config, new Map(), new Date('2019-01-07T08:00:00Z'));
    expect(model.anomalies[0]).toMatchObject({ institution: 'Configuración del comité', issue: { message: 'Reunión del 10/03/2019: cae en domingo. Verifique la fecha: mientras no se cambie, las invitaciones se envían para ese día.' } });
  }); // prettier-ignore

  it('head the master’s anomalies, for no one commitment', () => {
    const config = parseConfigText(`${BASE}meetings: [{ date: 2019-03-10 }]\n`, '/cfg/committee.yaml').config;
    const model = buildConsolidation(config, new Map(), new Date('2019-01-07T08:00:00Z'));
    expect(model.anomalies[0]).toMatchObject({ commitmentId: null, institution: 'Configuration du comité', issue: { code: 'calendar-warning', severity: 'warning', message: "Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là." } });
  }); // prettier-ignore

  it('are said by every command that loads the configuration', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogp-calendar-'));
    await writeFile(join(dir, 'committee.yaml'), `${BASE}meetings: [{ date: 2019-03-10 }]\n`);
    const run = await cli('schedule', '--config', join(dir, 'committee.yaml'), '--from', '2019-01-01', '--to', '2019-01-31');
    expect(run.stderr).toBe("Attention (calendrier) : Réunion du 10/03/2019 : c'est un dimanche. Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là.\n");
  }); // prettier-ignore
});

describe('calendarWarnings of a committee whose people and plan are in its workbook', () => {
  // Its days off are in the workbook's « Jours chômés » sheet: committee.yaml has no holidays.
  const WORKBOOK = `${BASE}roster: { workbook: comite.xlsx }\n`;

  it('send the secretariat to the « Jours chômés » sheet, with no YAML', () => {
    expect(warnings('meetings: [{ date: 2019-06-04 }, { date: 2019-06-12 }]\nholidays: [2019-06-12]\n', WORKBOOK)).toEqual([
      "Réunion du 04/06/2019 : c'est un jour férié (Fête de fin du Ramadan, date estimée : elle dépend de l'observation de la lune, à confirmer dans la feuille « Jours chômés »). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là.",
      "Réunion du 12/06/2019 : c'est un jour férié (jour férié du comité, feuille « Jours chômés » du classeur du comité). Vérifiez la date : tant qu'elle n'est pas changée, les invitations sont envoyées pour ce jour-là.",
    ]);
    expect(warnings('holidays: { remove: [2019-06-03] }\n', WORKBOOK)).toEqual([
      "Ligne « Retiré » : le 03/06/2019 n'est pas un jour férié de MA d'après la liste du pays, rien n'est retiré (vérifiez la date).",
    ]);
    const jordan = WORKBOOK.replace('{ name: Comité test }', '{ name: Comité test, country: JO, timezone: Asia/Amman }');
    const said = [...warnings('', jordan), ...warnings('holidays: [2019-05-25]\n', jordan)];
    expect(said[0]).toBe('Aucun jour férié connu pour JO : les rappels ne tiennent compte que du week-end. Donnez les jours fériés du pays dans la feuille « Jours chômés » du classeur du comité (une ligne par jour ou par période).');
    expect(said[1]).toBe("Aucun jour férié en 2018 : la liste de JO n'est pas connue de l'outil et la feuille « Jours chômés » n'a aucun jour de 2018, les rappels de cette année-là ne tiennent compte que du week-end. Donnez-les dans cette feuille (une ligne par jour ou par période).");
    for (const text of said) expect(text).not.toMatch(/holidays|committee\.yaml|add:|remove:/);
  }); // prettier-ignore
});
