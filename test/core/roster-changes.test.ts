/**
 * The changes between two accepted versions of the committee workbook, as the secretariat
 * reads them in the master workbook and the pre-meeting report.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/core/catalogue/render.js';
import { changeLine, rosterChanges } from '../../src/core/roster/roster-changes.js';
import type { RosterData } from '../../src/core/roster/roster-data.js';

const person = (name: string, email: string) => ({ name, email });
const before: RosterData = {
  plan: { name: 'Plan 2018-2020', start: '2018-09-01', end: '2020-08-31' },
  commitments: [
    { id: 5, title: 'Droit d’accès à l’information', institution: 'MRAFP', focalPoint: person('Samira Chraibi', 's.chraibi@mmsp.gov.ma'), substitute: person('Omar Bennani', 'o.bennani@mmsp.gov.ma'), milestones: [{ title: 'Décret', end: '2019-06-30' }] },
    { id: 7, title: 'Portail de l’intégrité', institution: 'ICPC', focalPoint: person('Karim Idrissi', 'k.idrissi@icpc.ma') },
  ],
  committees: { steering: [person('Leila Amrani', 'l.amrani@mmsp.gov.ma')] },
  meetings: [{ date: '2019-03-07' }, { date: '2019-05-02' }, { kind: 'workshop', title: 'Formation communication', date: '2019-04-10' }],
}; // prettier-ignore

describe('the committee workbook’s changes', () => {
  it('says who replaced whom, an address changed, people, commitments, milestones and meetings added, removed or moved', () => {
    const after: RosterData = {
      ...before,
      plan: { name: 'Plan 2018-2020', start: '2018-09-01', end: '2020-12-31' },
      commitments: [
        { id: 5, title: 'Droit d’accès à l’information', institution: 'MRAFP', focalPoint: person('Nadia Alaoui', 'n.alaoui@mmsp.gov.ma'), substitutes: [person('Omar Bennani', 'omar.bennani@mmsp.gov.ma')], communicationOfficers: [person('Yasmine Tazi', 'y.tazi@mmsp.gov.ma')], milestones: [{ title: 'Décret', end: '2019-06-30' }, { title: 'Portail', end: '2019-12-31' }] },
        { id: 18, title: 'Plan de communication', institution: 'MRAFP', focalPoint: person('Hicham Fassi', 'h.fassi@mmsp.gov.ma') },
      ],
      committees: { steering: [], implementation: [person('Leila Amrani', 'l.amrani@mmsp.gov.ma')] },
      meetings: [{ date: '2019-03-14' }, { date: '2019-05-02' }, { kind: 'workshop', title: 'Formation communication', date: '2019-04-10' }, { kind: 'workshop', title: 'Comité de pilotage', date: '2019-06-20' }],
    }; // prettier-ignore
    const lines = rosterChanges(before, after).map((c) => render('fr', c));
    expect(lines).toEqual([
      'Engagement 5 : point focal Samira Chraibi (s.chraibi@mmsp.gov.ma) → Nadia Alaoui (n.alaoui@mmsp.gov.ma)',
      'Engagement 5 : adresse de Omar Bennani o.bennani@mmsp.gov.ma → omar.bennani@mmsp.gov.ma',
      'Engagement 5 : responsable communication ajouté, Yasmine Tazi (y.tazi@mmsp.gov.ma)',
      'Engagement 5 : jalon ajouté, Portail',
      'Engagement 18 ajouté : Plan de communication',
      'Engagement 7 retiré : Portail de l’intégrité',
      'Comité de pilotage : membre retiré, Leila Amrani (l.amrani@mmsp.gov.ma)',
      'Comité d’implémentation : membre ajouté, Leila Amrani (l.amrani@mmsp.gov.ma)',
      'Réunion déplacée du 07/03/2019 au 14/03/2019',
      'Atelier du 20/06/2019 « Comité de pilotage » ajouté',
      'Modifié : le plan d’action',
    ]);
  });

  it('names each address that can now act: secretariat addresses, a sheet repointed, people added or removed', () => {
    const withSecretariat: RosterData = {
      ...before,
      secretariat: { name: 'MRAFP', emails: ['secretariat.ogp@example.org', 'ogp@mmsp.gov.ma'] },
      commitments: [{ ...before.commitments![0]!, source: { kind: 'xlsx', path: 'submissions/engagement-05.xlsx' } }, { ...before.commitments![1]!, source: { kind: 'google-sheet', spreadsheetId: '1AbCdEf' } }],
    }; // prettier-ignore
    const after: RosterData = {
      ...withSecretariat,
      // One address kept (written in capitals), one removed, one added: the name unchanged.
      secretariat: { name: 'MRAFP', emails: ['Secretariat.OGP@example.org', 'intrus@example.com'] },
      commitments: [
        { ...withSecretariat.commitments![0]!, source: { kind: 'google-sheet', spreadsheetId: '1ZzIntrus' }, substitute: undefined, substitutes: [person('Omar Bennani', 'o.bennani@mmsp.gov.ma'), person('Kamal Intrus', 'kamal@example.com')] },
        { ...withSecretariat.commitments![1]!, source: undefined },
      ],
      committees: { steering: [person('Leila Amrani', 'l.amrani@mmsp.gov.ma'), person('Sara Idrissi', 'sara@example.com')] },
    }; // prettier-ignore
    expect(rosterChanges(withSecretariat, after).map((c) => render('fr', c))).toEqual([
      'Engagement 5 : suppléant ajouté, Kamal Intrus (kamal@example.com)',
      'Engagement 5 : source de la fiche, fichier submissions/engagement-05.xlsx → feuille Google 1ZzIntrus',
      'Engagement 7 : source de la fiche, feuille Google 1AbCdEf → aucune',
      'Comité de pilotage : membre ajouté, Sara Idrissi (sara@example.com)',
      'Secrétariat : adresse ajoutée, intrus@example.com',
      'Secrétariat : adresse retirée, ogp@mmsp.gov.ma',
    ]);
    // The secretariat's name changed alone is the section, said as before.
    const renamed = { ...withSecretariat, secretariat: { ...withSecretariat.secretariat!, name: 'MEF' } };
    expect(rosterChanges(withSecretariat, renamed).map((c) => render('fr', c))).toEqual(['Modifié : le secrétariat']);
    const said = (tag: 'en' | 'es' | 'pt' | 'ar') => rosterChanges(withSecretariat, after).map((c) => render(tag, c)).join('\n');
    expect(said('en')).toContain('Secretariat: address added, intrus@example.com');
    expect(said('en')).toContain('Commitment 5: source of the sheet, file submissions/engagement-05.xlsx → Google Sheet 1ZzIntrus');
    expect(said('es')).toContain('Secretaría: dirección agregada, intrus@example.com');
    expect(said('pt')).toContain('Secretaria: endereço incluído, intrus@example.com');
    for (const tag of ['en', 'es', 'pt', 'ar'] as const) {
      for (const address of ['intrus@example.com', 'ogp@mmsp.gov.ma', 'kamal@example.com', 'sara@example.com', '1ZzIntrus', '1AbCdEf', 'submissions/engagement-05.xlsx'])
        expect(said(tag)).toContain(address);
    }
    expect(said('ar')).toContain('أمانة اللجنة: إضافة عنوان');
  }); // prettier-ignore

  it('finds nothing between a version and itself, whatever the order of its keys', () => {
    const reordered = JSON.parse(JSON.stringify(before)) as RosterData;
    reordered.plan = { end: '2020-08-31', start: '2018-09-01', name: 'Plan 2018-2020' };
    expect(rosterChanges(before, reordered)).toEqual([]);
  });

  it('dates each record and names who changed the workbook, in every language', () => {
    const [change] = rosterChanges(before, { ...before, commitments: [{ ...before.commitments![0]!, focalPoint: person('Nadia Alaoui', 'n.alaoui@mmsp.gov.ma') }, before.commitments![1]!] }); // prettier-ignore
    const record = { change: change!, on: '2019-03-12' as const, by: 'Samira Chraibi' };
    expect(render('fr', changeLine(record))).toBe('Engagement 5 : point focal Samira Chraibi (s.chraibi@mmsp.gov.ma) → Nadia Alaoui (n.alaoui@mmsp.gov.ma) — modification du 12/03/2019, par Samira Chraibi');
    expect(render('fr', changeLine({ ...record, by: null }))).toBe('Engagement 5 : point focal Samira Chraibi (s.chraibi@mmsp.gov.ma) → Nadia Alaoui (n.alaoui@mmsp.gov.ma) — modification du 12/03/2019');
    expect(render('en', changeLine({ ...record, by: null }))).toMatch(/^Commitment 5: focal point Samira Chraibi \(s\.chraibi@mmsp\.gov\.ma\) → Nadia Alaoui \(n\.alaoui@mmsp\.gov\.ma\) — changed on /);
    expect(render('es', changeLine({ ...record, by: null }))).toMatch(/^Compromiso 5: punto focal/);
    expect(render('pt', changeLine({ ...record, by: null }))).toMatch(/^Compromisso 5: ponto focal/);
    expect(render('ar', changeLine({ ...record, by: null }))).toContain('نقطة الاتصال');
  }); // prettier-ignore

  it('never confuses a meeting’s or a workshop’s own day with the day of the change', () => {
    const after: RosterData = { ...before, meetings: [...before.meetings!, { date: '2019-06-04' }, { kind: 'workshop', title: 'Communiquer sur les engagements du plan', date: '2019-03-15' }] }; // prettier-ignore
    const gone: RosterData = { ...before, meetings: [{ date: '2019-05-02' }] };
    const lines = (to: RosterData) =>
      rosterChanges(before, to).map((change) => render('fr', changeLine({ change, on: '2018-12-07', by: 'Samira Chraibi' })));
    expect(lines(after)).toEqual([
      'Réunion du 04/06/2019 ajoutée — modification du 07/12/2018, par Samira Chraibi',
      'Atelier du 15/03/2019 « Communiquer sur les engagements du plan » ajouté — modification du 07/12/2018, par Samira Chraibi',
    ]);
    expect(lines(gone)).toEqual([
      'Réunion du 07/03/2019 retirée — modification du 07/12/2018, par Samira Chraibi',
      'Atelier du 10/04/2019 « Formation communication » retiré — modification du 07/12/2018, par Samira Chraibi',
    ]);
    for (const tag of ['en', 'ar', 'es', 'pt'] as const) {
      const [added] = rosterChanges(before, { ...before, meetings: [...before.meetings!, { date: '2019-06-04' }] });
      const line = render(tag, changeLine({ change: added!, on: '2018-12-07', by: 'Samira Chraibi' }));
      // The meeting's day once, and the change's day once, each in its own words.
      expect(line.match(/04.{0,2}\/06.{0,2}\/2019/g)).toHaveLength(1);
      expect(line.match(/07.{0,2}\/12.{0,2}\/2018/g)).toHaveLength(1);
    }
  }); // prettier-ignore
});
