import { describe, expect, it } from 'vitest';
import { csvHeader, fieldsFor, publishedRows } from '../../src/core/open-data.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { setCell, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

describe('the budget field', () => {
  it('names the committee’s currency: budget_mad stays Morocco’s, budget_mxn for pesos', () => {
    expect(csvHeader('actions', 'MAD')).toContain(',budget_mad,');
    expect(csvHeader('engagements', 'MXN')).toContain(',budget_mxn,');
    expect(fieldsFor('actions', 'JOD').find((f) => f.name === 'budget_jod')).toMatchObject({ title: 'Budget (JOD)', description: 'Montant en JOD (code ISO 4217)' });
  }); // prettier-ignore
});

describe('the rows published', () => {
  it('holds back a row with an error whatever the sheet is called (« Fiche des actions », « Hitos »)', () => {
    const workbook = validWorkbook();
    const actions = workbook.sheets.find((s) => s.name === 'Actions de communication')!;
    actions.name = 'Fiche des actions';
    workbook.sheets.find((s) => s.name === 'Jalons')!.name = 'Hitos';
    setCell(workbook, 'Fiche des actions', 'F3', 'le 15 février');
    setCell(workbook, 'Hitos', 'E2', 140);
    const reading = validateSubmission(workbook, TEST_CONTEXT);
    expect(reading.issues.filter((i) => i.severity === 'error').map((i) => [i.sheet, i.row])).toEqual([['Fiche des actions', 3], ['Hitos', 2]]);
    const rows = publishedRows(3, reading);
    expect([rows.actions.length, rows.jalons.length, rows.heldBack]).toEqual([1, 0, { actions: 1, jalons: 1 }]);
  }); // prettier-ignore
});
