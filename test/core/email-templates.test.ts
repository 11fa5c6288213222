import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig, type Locale } from '../../src/core/config-schema.js';
import { buildConsolidation } from '../../src/core/consolidation.js';
import {
  escapeHtml,
  headerText,
  LISTED_ERRORS,
  renderAnswer,
  renderEmail,
} from '../../src/core/email-templates.js';
import { makeIssue } from '../../src/core/issue.js';
import type { DueEmail, ReminderContent } from '../../src/core/due-emails.js';
import { peoplePlace } from '../../src/core/roster/people-place.js';
import { TEST_CHARTER } from '../helpers/raw-workbook.js';

/** Parses a configuration with the country facts of the product. */
const parseWithCountry = (data: unknown) => parseCommitteeConfig(data, libraryCountryFacts);

const parsed = parseWithCountry({
  committee: { name: 'Comité <test> & co' },
  secretariat: { name: 'MRAFP', emails: ['s@example.org'] },
  plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
  commitments: [
    {
      id: 7,
      title: 'Portail "intégrité" <script>alert(1)</script>',
      institution: 'ICPC',
      focalPoint: { name: 'Hind <i>Berrada</i>', email: 'hind@example.org' },
    },
  ],
  campaigns: [{ id: 'c', title: 'Fiche des actions', due: '2019-01-09' }],
  charter: TEST_CHARTER,
});
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const commitment = config.commitments[0]!;
const errors = Array.from({ length: 23 }, (_, i) =>
  makeIssue(
    'invalid-date',
    { sheet: 'Actions de communication', row: i + 2, col: 6 },
    `F${i + 2} (Date prévue) : <date> illisible.`,
  ),
);

function reminder(locale: Locale): DueEmail {
  const content: ReminderContent = {
    type: 'reminder',
    commitment,
    round: { campaignId: 'c', title: 'Fiche des actions', due: '2019-01-09', opensAfter: null },
    daysLeft: 2,
    status: 'to-fix',
    lastUpdate: '2019-01-05',
    link: 'https://docs.google.com/spreadsheets/d/abc?x=1&y=2',
    errors,
    warnings: [],
    received: null,
    templateAttached: false,
    heldOn: null,
  };
  return {
    key: 'k',
    kind: 'reminder',
    tag: locale,
    to: [commitment.focalPoint],
    cc: [],
    content,
    attachMaster: false,
  };
}

describe('email templates', () => {
  it('writes a personal French reminder listing the first 20 errors and counting the rest', () => {
    const email = renderEmail(reminder('fr'), config.committee.name);
    expect(email.subject).toBe(
      'Rappel : Fiche des actions — engagement n° 7, échéance le 09/01/2019',
    );
    expect(email.text).toContain('Bonjour Hind <i>Berrada</i>,');
    expect(email.text).toContain("L'échéance est le 09/01/2019, dans 2 jours.");
    expect(email.text).toContain('23 erreurs à corriger, cellule par cellule :');
    expect(email.text.match(/^- \[Actions de communication\] F\d+/gm)).toHaveLength(LISTED_ERRORS);
    expect(email.text).toContain('… et 3 autres erreurs.');
    expect(email.html).toContain('<html lang="fr" dir="ltr">');
    expect(email.html).toContain('Bonjour Hind &lt;i&gt;Berrada&lt;/i&gt;,');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).not.toMatch(/<script|<i>/);
    expect(email.html).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/abc?x=1&amp;y=2">',
    );
    expect(email.html).toContain('<p>Le secrétariat<br>\nComité &lt;test&gt; &amp; co</p>');
  });

  it('speaks English and Arabic (right to left) when asked', () => {
    const english = renderEmail(reminder('en'), config.committee.name);
    // Dates as international English writes them (dd/mm/yyyy, as the English template asks).
    expect(english.subject).toBe('Reminder: Fiche des actions — commitment no. 7, due 09/01/2019');
    expect(english.text).toContain('Your sheet was received but needs corrections.');
    const arabic = renderEmail(reminder('ar'), config.committee.name);
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.html).toContain('<body dir="rtl"');
    expect(arabic.subject).toContain('الالتزام رقم 7');
    // Arabic counts agree with their number: 3 to 10 « أخطاء », 11 to 99 « خطأً ».
    expect(arabic.text).toContain('23 خطأً يجب تصحيحها، خلية بخلية:');
  });

  it('speaks Spanish and Portuguese, counts agreed by their plural rules', () => {
    const spanish = renderEmail(reminder('es'), config.committee.name);
    expect(spanish.subject).toBe('Recordatorio: Fiche des actions — compromiso n.º 7, fecha límite: 09/01/2019');
    expect(spanish.text).toContain('Buen día, Hind <i>Berrada</i>:');
    expect(spanish.text).toContain('El plazo vence el 09/01/2019, dentro de 2 días.');
    expect(spanish.text).toContain('23 errores por corregir, celda por celda:');
    expect(spanish.text).toContain('… y 3 errores más.');
    expect(spanish.html).toContain('<html lang="es" dir="ltr">');
    const portuguese = renderEmail(reminder('pt'), config.committee.name);
    expect(portuguese.subject).toBe('Lembrete: Fiche des actions — compromisso nº 7, prazo até 09/01/2019');
    expect(portuguese.text).toContain('O prazo vence em 09/01/2019, daqui a 2 dias.');
    expect(portuguese.text).toContain('23 erros a corrigir, célula por célula:');
    expect(portuguese.text).toContain('A secretaria\nComité <test> & co');
  }); // prettier-ignore

  it('reports to the secretariat in the committee language', () => {
    const model = buildConsolidation(config, new Map(), new Date('2019-01-10T08:00:00Z'));
    const report = (locale: Locale): DueEmail => ({
      key: 'r',
      kind: 'report-deadline',
      tag: locale,
      to: [{ name: 'MRAFP', email: 's@example.org' }],
      cc: [],
      content: {
        type: 'report-deadline',
        committeeName: 'Comité',
        round: model.round!,
        model,
        since: null,
        previous: null,
        changes: [],
        refused: [],
        people: peoplePlace(config),
      },
      attachMaster: true,
    });
    expect(renderEmail(report('fr'), 'Comité').subject).toBe(
      "Bilan de l'échéance du 09/01/2019 — Comité",
    );
    expect(renderEmail(report('fr'), 'Comité').text).toContain('En retard (1) :');
    expect(renderEmail(report('en'), 'Comité').text).toContain('Late (1):');
    expect(renderEmail(report('ar'), 'Comité').html).toContain('dir="rtl"');
    expect(renderEmail(report('es'), 'Comité').subject).toBe('Balance del plazo del 09/01/2019 — Comité');
    expect(renderEmail(report('es'), 'Comité').text).toContain('Atrasados (1):');
    expect(renderEmail(report('pt'), 'Comité').subject).toBe('Balanço do prazo de 09/01/2019 — Comité');
  }); // prettier-ignore

  it('keeps headers on one line and escapes HTML', () => {
    expect(headerText('Objet\r\nBcc: x@y.z\u2028suite')).toBe('Objet Bcc: x@y.z suite');
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('a feedback with warnings', () => {
  const warnings = Array.from({ length: 22 }, (_, i) =>
    makeIssue('evidence-missing', { sheet: 'Actions de communication', row: i + 2, col: 16 }, `P${i + 2} (Justificatif) : lien absent pour une action réalisée.`),
  ); // prettier-ignore
  const feedback = (locale: 'fr' | 'en', count: number): DueEmail => ({
    key: 'f',
    kind: 'feedback',
    tag: locale,
    to: [commitment.focalPoint],
    cc: [],
    content: { type: 'feedback', commitment, link: null, errors: [], warnings: warnings.slice(0, count), actions: 3, milestones: 2, status: 'received', lastUpdate: '2019-01-05', deadline: { title: 'Fiche des actions', due: '2019-01-09' } },
    attachMaster: false,
  }); // prettier-ignore

  it.each([
    [
      'fr',
      1,
      [
        '1 avertissement, à vérifier sans urgence :',
        '- [Actions de communication] P2 (Justificatif) : lien absent pour une action réalisée.',
      ],
    ],
    [
      'fr',
      22,
      [
        '22 avertissements, à vérifier sans urgence :',
        '- [Actions de communication] P21 (Justificatif)',
        '… et 2 autres avertissements.',
      ],
    ],
    ['en', 22, ['22 warnings to check when convenient:', '… and 2 more warnings.']],
  ] as const)('lists them one by one, like errors (%s, %i)', (locale, count, expected) => {
    const email = renderEmail(feedback(locale, count), 'Comité');
    for (const text of expected) expect(email.text).toContain(text);
    expect(email.text.match(/\(Justificatif\)/g)).toHaveLength(Math.min(count, LISTED_ERRORS));
  });
});

describe('how to send the sheet back', () => {
  it.each([
    ['a file on the machine that runs the job', '/srv/ogp/submissions/engagement-07.xlsx', 'Renvoyez la fiche corrigée (.xlsx) en réponse à ce courriel.', '/srv/'],
    ['a Google Sheet', 'https://docs.google.com/spreadsheets/d/abc', 'Votre fiche :', 'Renvoyez'],
  ])('for %s', (_, link, expected, absent) => {
    const email = reminder('fr');
    const withLink = { ...email, content: { ...(email.content as ReminderContent), link } };
    const rendered = renderEmail(withLink, 'Comité');
    expect(rendered.text).toContain(expected);
    expect(rendered.text).not.toContain(absent);
    expect(rendered.html).not.toContain(absent);
  }); // prettier-ignore
});

describe('an answer to a message a focal point sent', () => {
  const feedback = (locale: Locale): DueEmail => ({
    key: 'f',
    kind: 'feedback',
    tag: locale,
    to: [commitment.focalPoint],
    cc: [],
    content: { type: 'feedback', commitment, link: null, errors: [], warnings: [], actions: 3, milestones: 2, status: 'received', lastUpdate: '2019-01-05', deadline: null },
    attachMaster: false,
  }); // prettier-ignore
  const refusal = (locale: Locale): DueEmail => ({
    key: 'r',
    kind: 'answer',
    tag: locale,
    to: [commitment.focalPoint],
    cc: [],
    content: { type: 'intake-refused', name: 'Hind', subject: 'RE: Rappel', refusals: [{ reason: 'other-spreadsheet', file: 'fiche.xls' }], deadline: null },
    attachMaster: false,
  }); // prettier-ignore

  it.each([
    ['fr', feedback, 'Fiche reçue et complète — engagement n° 7'],
    ['en', feedback, 'Sheet received and complete — commitment no. 7'],
    ['fr', refusal, 'Fiche non enregistrée'],
    ['ar', refusal, 'لم يتم تسجيل البطاقة'],
    ['es', refusal, 'Ficha no registrada'],
    ['pt', refusal, 'Ficha não registrada'],
  ] as const)('keeps their Subject with « RE: » and says what became of it first (%s, %#)', (locale, email, verdict) => {
    const answer = renderAnswer(email(locale), 'Comité', 'RE: RE: Rappel : fiche');
    expect(answer.subject).toBe('RE: Rappel : fiche');
    expect(answer.text.split('\n')[0]).toBe(verdict);
    expect(answer.text.split('\n')[1]).toBe('');
    expect(answer.html).toMatch(new RegExp(`<body[^>]*>\\n<h1[^>]*>${verdict}</h1>\\n<p>`));
    // The same email sent on its own (the morning's) keeps the verdict as its Subject.
    expect(renderEmail(email(locale), 'Comité').subject).toBe(verdict);
    expect(renderEmail(email(locale), 'Comité').text).not.toContain(verdict);
  }); // prettier-ignore

  it('answers a Subject on one line, whatever it carried', () => {
    expect(renderAnswer(feedback('fr'), 'Comité', 'Fiche\r\nBcc: x@y.z').subject).toBe('RE: Fiche Bcc: x@y.z');
    expect(renderAnswer(feedback('fr'), 'Comité', '').subject).toBe('RE:');
  }); // prettier-ignore
});
