/**
 * The secretariat's report lists the addresses a mail server refused for good and says where
 * to correct them: a committee keeping its people in its workbook is sent to that workbook's
 * sheets (people, committees, the secretariat's row), never to committee.yaml, which must not
 * hold them.
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type CommitteeConfig } from '../../src/core/config-schema.js';
import { buildConsolidation } from '../../src/core/consolidation.js';
import { dueEmails } from '../../src/core/due-emails.js';
import { renderEmail } from '../../src/core/email-templates.js';
import { TEST_CHARTER } from '../helpers/raw-workbook.js';

function committee(locale: string): CommitteeConfig {
  const result = parseCommitteeConfig(
    {
      committee: { name: 'Comité test', locale },
      secretariat: { name: 'MRAFP', emails: ['secretariat@example.org'] },
      plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
      commitments: [{ id: 1, title: 'Engagement 1', institution: 'ICPC', focalPoint: { name: 'Hind', email: 'hind@example.org' } }],
      meetings: [{ date: '2019-05-02', time: '10:00', place: 'MRAFP, Rabat' }],
      reports: { beforeMeeting: 2 },
      charter: TEST_CHARTER,
      mail: { from: 'Secrétariat <ogp@example.org>' },
    },
    libraryCountryFacts,
  ); // prettier-ignore
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const now = new Date('2019-04-29T09:00:00Z');
const refused = [
  { address: 'hind@example.org', answer: '550 5.1.1 unknown', subject: 'Rappel', at: '2019-04-20T08:00:00Z' },
  { address: 'secretariat@example.org', answer: '550 5.1.1 unknown', subject: 'Synthèse', at: '2019-04-21T08:00:00Z' },
]; // prettier-ignore

/** The report's text for `config`, as the secretariat reads it. */
function reportText(config: CommitteeConfig): string {
  const model = buildConsolidation(config, new Map(), now);
  const due = dueEmails({ config, model, fresh: new Map(), delivered: () => false, now, refused });
  const report = due.find((e) => e.kind === 'report-meeting');
  if (!report) throw new Error('no report due');
  return renderEmail(report, config.committee.name).text;
}

describe('refused addresses in the secretariat’s report', () => {
  it('sends a workbook committee to its workbook’s sheets, in its language', () => {
    const text = reportText({ ...committee('fr'), roster: { workbook: 'comite.xlsx' } });
    expect(text).toContain(
      "Adresses refusées par le serveur de courriel : ces personnes ne reçoivent rien tant que l'adresse n'est pas corrigée dans le classeur du comité : feuille « Personnes » pour un engagement, feuille « Comités » pour un membre d'un comité, ligne « Courriels du secrétariat » de la feuille « Comité » pour le secrétariat.",
    );
    expect(text).not.toContain('committee.yaml');
    const english = reportText({ ...committee('en'), roster: { sheet: '1AbCdEf' } });
    expect(english).toContain('until corrected in the committee workbook: sheet “People” for a commitment, sheet “Committees” for a committee member, row “Secretariat emails” of sheet “Committee” for the secretariat.'); // prettier-ignore
    for (const locale of ['es', 'pt', 'ar']) {
      const said = reportText({ ...committee(locale), roster: { workbook: 'comite.xlsx' } });
      expect(said).toContain('hind@example.org');
      expect(said).not.toContain('committee.yaml');
    }
  });

  it('sends a committee without a workbook to committee.yaml', () => {
    expect(reportText(committee('fr'))).toContain(
      "ces personnes ne reçoivent rien tant que l'adresse n'est pas corrigée dans committee.yaml.",
    );
  });
});
