/**
 * The emails in their reader's language and country, from the ICU catalogues: what a
 * business rule decides is said in every language (the Arabic reminder asks for the corrected
 * sheet too), dates and numbers as the reader's country writes them, a value written the
 * other way isolated (FSI … PDI) in subjects and plain text, validation issues in the focal
 * point's language, and no French word in another language's email.
 */
import { describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { parseCommitteeConfig } from '../../src/core/config-schema.js';
import { buildConsolidation } from '../../src/core/consolidation.js';
import type { DueEmail, ReminderContent } from '../../src/core/due-emails.js';
import { attachmentNames, renderAnswer, renderEmail } from '../../src/core/email-templates.js';
import { makeIssue } from '../../src/core/issue.js';
import { issueMessage } from '../../src/core/issue-message.js';
import { formatDay } from '../../src/core/catalogue/render.js';
import type { LocaleTag } from '../../src/core/locale-tag.js';
import { peoplePlace } from '../../src/core/roster/people-place.js';
import { TEST_CHARTER } from '../helpers/raw-workbook.js';

const FSI = '\u2068';
const PDI = '\u2069';

const parsed = parseCommitteeConfig(
  {
    committee: { name: 'Comité' },
    secretariat: { name: 'Secrétariat', emails: ['s@example.org'] },
    plan: { name: 'Plan', start: '2018-09-01', end: '2020-08-31' },
    commitments: [
      {
        id: 3,
        title: 'بوابة الشفافية',
        institution: 'وزارة',
        focalPoint: { name: 'Leila', email: 'leila@example.org' },
      },
    ],
    campaigns: [{ id: 'c', title: 'بطاقة أنشطة التواصل', due: '2019-01-09' }],
    charter: TEST_CHARTER,
  },
  libraryCountryFacts,
);
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const commitment = config.commitments[0]!;

function reminder(tag: LocaleTag, over: Partial<ReminderContent> = {}): DueEmail {
  return {
    key: 'k',
    kind: 'reminder',
    tag,
    to: [commitment.focalPoint],
    cc: [],
    content: {
      type: 'reminder',
      commitment,
      round: { campaignId: 'c', title: 'بطاقة أنشطة التواصل', due: '2019-01-09', opensAfter: null },
      daysLeft: 2,
      status: 'to-fix',
      lastUpdate: '2019-01-05',
      link: null,
      errors: [],
      warnings: [],
      received: null,
      templateAttached: false,
      heldOn: null,
      ...over,
    },
    attachMaster: false,
  };
}

describe('text written the other way', () => {
  it('is isolated in an English email about an Arabic-titled commitment, subject and body', () => {
    const email = renderEmail(reminder('en'), 'Committee');
    expect(email.subject).toBe(`Reminder: ${FSI}بطاقة أنشطة التواصل${PDI} — commitment no. 3, due 09/01/2019`);
    expect(email.text).toContain(`${FSI}بطاقة أنشطة التواصل${PDI} — commitment no. 3 "${FSI}بوابة الشفافية${PDI}". Your sheet was received but needs corrections.`);
    // Latin words in English are not isolated: only what runs the other way.
    expect(email.text).toContain('Dear Leila,');
  }); // prettier-ignore

  it('is isolated in an Arabic email naming a Latin file, and kept in the HTML', () => {
    const refusal: DueEmail = {
      key: 'r',
      kind: 'answer',
      tag: 'ar',
      to: [commitment.focalPoint],
      cc: [],
      content: { type: 'intake-refused', name: 'ليلى', subject: 'RE: Fiche', refusals: [{ reason: 'other-spreadsheet', file: 'fiche-03.xls' }], deadline: null },
      attachMaster: false,
    }; // prettier-ignore
    const answer = renderAnswer(refusal, 'Committee', 'RE: Fiche');
    expect(answer.text).toContain(`«${FSI}fiche-03.xls${PDI}» ليست بصيغة البطاقة`);
    expect(answer.text).toContain(`تلقّينا رسالتكم «${FSI}RE: Fiche${PDI}»`);
    expect(answer.html).toContain(`«${FSI}fiche-03.xls${PDI}»`);
    expect(answer.html).toContain('<html lang="ar" dir="rtl">');
  }); // prettier-ignore
});

describe('the Arabic reminder', () => {
  it('asks for the corrected sheet, as the four other languages do', () => {
    const fix = renderEmail(reminder('ar'), 'اللجنة').text;
    expect(fix).toContain('البطاقة المصحَّحة');
    expect(fix).not.toContain('المحدَّثة');
    const update = renderEmail(reminder('ar', { status: 'to-update' }), 'اللجنة').text;
    expect(update).toContain('البطاقة المحدَّثة، بأنشطة التواصل وتقدّم كل مرحلة');
    // The deadline day itself is allowed: « no later than », not « before ».
    expect(update).toContain(`المطلوب في موعد أقصاه ${formatDay('ar', '2019-01-09')}`);
  });

  it('is plain Arabic by default and Morocco’s administrative words for ar-MA', () => {
    const neutral = renderEmail(reminder('ar-JO', { received: { actions: 3, milestones: 2 }, errors: [] }), 'اللجنة');
    expect(neutral.subject).toMatch(/^تلقّينا البطاقة/);
    expect(neutral.text).toContain('أمانة اللجنة');
    const moroccan = renderEmail(reminder('ar-MA', { received: { actions: 3, milestones: 2 }, errors: [] }), 'اللجنة');
    expect(moroccan.subject).toMatch(/^توصلنا بالبطاقة/);
    expect(moroccan.text).toContain('كتابة اللجنة');
    expect(moroccan.html).toContain('<html lang="ar-MA" dir="rtl">');
  }); // prettier-ignore
});

describe('validation issues in a feedback', () => {
  const feedback = (tag: LocaleTag): DueEmail => ({
    key: 'f',
    kind: 'feedback',
    tag,
    to: [commitment.focalPoint],
    cc: [],
    content: {
      type: 'feedback', commitment, link: null, actions: 1, milestones: 1, status: 'to-fix', lastUpdate: '2019-01-05', deadline: { title: 'Round', due: '2019-01-09' }, warnings: [],
      errors: [makeIssue('date-order', { sheet: 'Jalons', row: 3, col: 5 }, issueMessage('cells.dateOrder', { end: '2019-01-02', start: '2019-03-01' }))],
    },
    attachMaster: false,
  }); // prettier-ignore

  it.each([
    ['en', 'the end date (02/01/2019) comes before the start date (01/03/2019).'],
    ['es-MX', 'la fecha de fin (02/01/2019)'],
    ['ar', 'تاريخ النهاية'],
  ] as const)('are said in the focal point’s language (%s)', (tag, said) => {
    expect(renderEmail(feedback(tag), 'Committee').text).toContain(said);
  });
});

describe('the secretariat’s report', () => {
  const model = buildConsolidation(config, new Map(), new Date('2019-01-10T08:00:00Z'));
  const report = (tag: LocaleTag): DueEmail => ({
    key: 'r',
    kind: 'report-deadline',
    tag,
    to: [{ name: 'S', email: 's@example.org' }],
    cc: [],
    content: {
      type: 'report-deadline',
      committeeName: 'Comité',
      round: model.round!,
      model: {
        ...model,
        totals: { ...model.totals, averageProgress: 21.7, actionsPlanned: 20000 },
      },
      since: null,
      previous: null,
      changes: [],
      refused: [],
      people: peoplePlace(config),
    },
    attachMaster: true,
  });

  it.each([
    ['es-MX', 'avance medio de 21.7%', 'de 20,000.', 'seguimiento.html'],
    ['pt-BR', 'avanço médio de 21,7%', 'de 20.000.', 'acompanhamento.html'],
    ['fr', 'avancement moyen de 21,7\u00a0%', 'sur 20\u202f000.', 'suivi.html'],
    ['en', 'average progress 21.7%', 'of 20,000 done.', 'status-page.html'],
  ] as const)('writes numbers as the committee’s country does and names its attachments in its language (%s)', (tag, average, planned, page) => {
    const text = renderEmail(report(tag), 'Comité').text;
    expect(text).toContain(average);
    expect(text).toContain(planned);
    expect(text).toContain(`: ${page}`);
    expect(attachmentNames(tag).page).toBe(page);
    if (!tag.startsWith('fr')) expect(text).not.toMatch(/suivi|Jalon|échéance/);
  }); // prettier-ignore

  it('says a passed deadline as passed in Arabic, never « in preparation for » it', () => {
    const text = renderEmail(report('ar'), 'اللجنة').text;
    expect(text).toContain(`بعد الموعد النهائي ${formatDay('ar', '2019-01-09')}`);
    expect(text).not.toContain('استعدادا');
  });
});

describe('the invitation', () => {
  it('names the calendar file it carries in the reader’s language', () => {
    const invitation = (tag: LocaleTag): DueEmail => ({
      key: 'i',
      kind: 'invitation',
      tag,
      to: [commitment.focalPoint],
      cc: [],
      content: { type: 'invitation', committeeName: 'Comité', meeting: { kind: 'meeting', date: '2019-03-07', time: '10:00', agenda: [], invite: ['focal-points'] }, invitee: commitment.focalPoint },
      attachMaster: false,
    }); // prettier-ignore
    expect(renderEmail(invitation('es-MX'), 'Comité').text).toContain(
      '(archivo reunion-2019-03-07.ics)',
    );
    expect(renderEmail(invitation('en'), 'Comité').text).toContain('(file meeting-2019-03-07.ics)');
    expect(renderEmail(invitation('en'), 'Comité').subject).toBe(
      'Invitation: meeting on 07/03/2019 at 10:00 — Comité',
    );
  });
});
