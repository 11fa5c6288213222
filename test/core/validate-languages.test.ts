/**
 * The validator speaks the language of the person who must act: each message in French,
 * English, Arabic, Spanish or Portuguese, with the column named as that person's template
 * names it and the allowed values as its lists show them.
 */
import { describe, expect, it } from 'vitest';
import { commitmentContext, validateSubmission } from '../../src/core/validate-submission.js';
import type { Locale } from '../../src/core/config-schema.js';
import { issueText } from '../../src/core/issue-message.js';
import { setCell, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

/** A sheet with a day that does not exist, a status misspelt and a realised action without its result. */
function mistaken() {
  const workbook = validWorkbook();
  setCell(workbook, 'Actions de communication', 'F2', '31/02/2019');
  setCell(workbook, 'Actions de communication', 'H3', 'Realizadax');
  setCell(workbook, 'Actions de communication', 'M2', null);
  return workbook;
}

describe('the validator’s messages', () => {
  it.each([
    ['fr', ["F2 (Date prévue) : « 31/02/2019 » n'existe pas au calendrier : attendu une date jour/mois/année, par exemple 09/01/2019.", "H3 (Statut) : « Realizadax » n'est pas une valeur admise : attendu l'une des valeurs : Prévue, En cours, Réalisée, Reportée, Annulée.", "M2 (Valeur réalisée) : l'action est « Réalisée » : indiquez la valeur atteinte de l'indicateur (Nombre de participants)."]],
    ['en', ['F2 (Planned date): "31/02/2019" is not a day of the calendar: expected a date day/month/year, e.g. 09/01/2019.', 'H3 (Status): "Realizadax" is not an allowed value: expected one of Planned, In progress, Done, Postponed, Cancelled.', 'M2 (Achieved value): the action is "Done": give the value the indicator reached (Nombre de participants).']],
    ['es', ['F2 (Fecha prevista): «31/02/2019» no existe en el calendario: se espera una fecha día/mes/año, por ejemplo 09/01/2019.', 'H3 (Estado): «Realizadax» no es un valor admitido: se espera uno de estos valores: Prevista, En curso, Realizada, Aplazada, Cancelada. ¿Quiso decir «Realizada»?', 'M2 (Valor logrado): la acción está «Realizada»: indique el valor alcanzado por el indicador (Nombre de participants).']],
    ['pt', ['F2 (Data prevista): “31/02/2019” não existe no calendário: esperava-se uma data dia/mês/ano, por exemplo 09/01/2019.', 'H3 (Situação): “Realizadax” não é um valor aceito: esperava-se um destes valores: Prevista, Em andamento, Realizada, Adiada, Cancelada. Você quis dizer “Realizada”?', 'M2 (Valor alcançado): a ação está “Realizada”: indique o valor alcançado pelo indicador (Nombre de participants).']],
    ['ar', ['\u2068F2\u2069 (التاريخ المقرر): «31/02/2019» غير موجود في التقويم: المطلوب تاريخ بصيغة يوم/شهر/سنة، مثلًا 09/01/2019.', '\u2068H3\u2069 (الحالة): «\u2068Realizadax\u2069» ليست قيمة مقبولة: المطلوب إحدى القيم: مخطط لها، جارية، منجزة، مؤجلة، ملغاة.', '\u2068M2\u2069 (القيمة المحققة): حالة النشاط «منجزة»: اذكروا القيمة التي بلغها المؤشر (\u2068Nombre de participants\u2069).']],
  ] as const)('%s: in the reader’s language, with its headers and its lists', (locale, expected) => {
    const reading = validateSubmission(mistaken(), { ...TEST_CONTEXT, locale: locale as Locale });
    expect(reading.issues.map((i) => [i.code, issueText(locale, i.message)])).toEqual([
      ['invalid-date', expected[0]],
      ['result-missing', expected[2]],
      ['invalid-choice', expected[1]],
    ]);
  }); // prettier-ignore

  it('keeps the values the same whatever the language: only the words change', () => {
    const french = validateSubmission(mistaken(), TEST_CONTEXT);
    const arabic = validateSubmission(mistaken(), { ...TEST_CONTEXT, locale: 'ar' });
    expect(arabic.actions).toEqual(french.actions);
    expect(arabic.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual(french.issues.map((i) => [i.code, i.sheet, i.cell]));
  }); // prettier-ignore

  it.each([
    ['fr', 'Réalisée', "Budget de l'institution", 'Substantiel'],
    ['en', 'Done', "Institution's budget", 'Substantial'],
    ['ar', 'منجزة', 'ميزانية المؤسسة', 'جوهري'],
    ['es', 'Realizada', 'Presupuesto de la institución', 'Sustancial'],
    ['pt', 'Realizada', 'Orçamento da instituição', 'Substancial'],
  ])('reads the lists’ words of the %s template as their ids, whoever reads the messages', (_language, status, funding, level) => {
    const workbook = validWorkbook();
    setCell(workbook, 'Actions de communication', 'H2', status);
    setCell(workbook, 'Actions de communication', 'J2', funding);
    setCell(workbook, 'Jalons', 'F2', level);
    setCell(workbook, 'Jalons', 'E2', 80);
    for (const locale of ['fr', 'ar'] as const) {
      const reading = validateSubmission(workbook, { ...TEST_CONTEXT, locale });
      expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect([reading.actions[0]?.status, reading.actions[0]?.funding, reading.milestones[0]?.completion]).toEqual(['done', 'institution-budget', 'substantial']);
    }
  }); // prettier-ignore

  it('says the same issues in the committee’s language on its sheets: no word of the focal point’s', () => {
    // An English-speaking focal point of a Jordanian committee: the email in English, the
    // Anomalies sheet in Arabic, columns and list values as each one's template names them.
    const reading = validateSubmission(mistaken(), { ...TEST_CONTEXT, locale: 'en' });
    const forFocalPoint = reading.issues.map((i) => issueText('en', i.message));
    const forSecretariat = reading.issues.map((i) => issueText('ar-JO', i.message));
    expect(forFocalPoint[2]).toBe('H3 (Status): "Realizadax" is not an allowed value: expected one of Planned, In progress, Done, Postponed, Cancelled.');
    expect(forSecretariat).toEqual([
      '\u2068F2\u2069 (التاريخ المقرر): «31/02/2019» غير موجود في التقويم: المطلوب تاريخ بصيغة يوم/شهر/سنة، مثلًا 09/01/2019.',
      '\u2068M2\u2069 (القيمة المحققة): حالة النشاط «منجزة»: اذكروا القيمة التي بلغها المؤشر (\u2068Nombre de participants\u2069).',
      '\u2068H3\u2069 (الحالة): «\u2068Realizadax\u2069» ليست قيمة مقبولة: المطلوب إحدى القيم: مخطط لها، جارية، منجزة، مؤجلة، ملغاة.',
    ]);
    // Latin letters only inside isolates: the cell's address, what was typed, the charter's names.
    for (const text of forSecretariat) expect(text.replace(/\u2068[^\u2069]*\u2069/g, '')).not.toMatch(/[A-Za-z]{2}/);
    // Morocco's administration keeps its own words (ar-MA), Jordan reads the neutral ones.
    expect(issueText('ar-MA', reading.issues[1]!.message)).toContain('وضعية النشاط «منجزة»');
  }); // prettier-ignore

  it('says dates and numbers as the reader’s country writes them', () => {
    const workbook = validWorkbook();
    setCell(workbook, 'Actions de communication', 'G2', '20/11/2099');
    setCell(workbook, 'Actions de communication', 'I2', 'beaucoup');
    const reading = validateSubmission(workbook, TEST_CONTEXT);
    const said = (tag: Parameters<typeof issueText>[0]) => reading.issues.map((i) => issueText(tag, i.message));
    expect(said('fr')).toEqual([
      "G2 (Date de réalisation) : le 20/11/2099 est dans le futur (nous sommes le 07/01/2019) : une action ne peut être réalisée qu'à une date passée.",
      'I2 (Budget en MAD) : « beaucoup » n\'est pas un nombre : attendu par exemple 1\u202f234,5.',
    ]);
    expect(said('es-MX')[1]).toBe('I2 (Presupuesto (MAD)): «beaucoup» no es un número: se espera por ejemplo 1,234.5.');
    expect(said('pt-BR')[1]).toContain('esperava-se por exemplo 1.234,5.');
    expect(said('en')[0]).toMatch(/^G2 \(Date done\): 20\/11\/2099 is in the future \(today is 07\/01\/2019\)/);
  }); // prettier-ignore

  it('reads a budget typed as text as the focal point groups thousands', () => {
    const workbook = validWorkbook();
    setCell(workbook, 'Actions de communication', 'I2', '15,000');
    const budget = (groupMark?: ',' | '.') =>
      validateSubmission(workbook, { ...TEST_CONTEXT, ...(groupMark ? { groupMark } : {}) }).actions[0]?.budget;
    // A Mexican's 15,000 is fifteen thousand; a French reader's is fifteen.
    expect([budget(','), budget()]).toEqual([15000, 15]);
    const mexican = commitmentContext(
      { charter: TEST_CONTEXT.charter, plan: TEST_CONTEXT.plan, committee: { locale: 'es', country: 'MX', currency: 'MXN' } } as never,
      { id: 1, focalPoint: { name: 'A', email: 'a@b.mx' } } as never,
      '2025-03-12',
    );
    expect(mexican.groupMark).toBe(',');
  }); // prettier-ignore
});
