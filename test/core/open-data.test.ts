import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/core/catalogue/index.js';
import { LOCALES } from '../../src/core/locales.js';
import {
  csvHeader,
  dataPackage,
  fieldsFor,
  OPEN_TABLES,
  publishedRows,
} from '../../src/core/open-data.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { setCell, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

describe('the budget field', () => {
  it('names the committee’s currency: budget_mad stays Morocco’s, budget_mxn for pesos', () => {
    expect(csvHeader('actions', 'MAD')).toContain(',budget_mad,');
    expect(csvHeader('engagements', 'MXN')).toContain(',budget_mxn,');
    expect(fieldsFor('actions', 'JOD').map((f) => f.name)).toContain('budget_jod');
  }); // prettier-ignore
});

describe('the descriptor', () => {
  const counts = OPEN_TABLES.map((name) => ({ name, published: 1, heldBack: 0 }));
  const meta = {
    committee: 'Comité',
    plan: 'Plan 2025',
    today: '2025-03-12',
    created: '2025-03-12T09:00:00Z',
    slug: 'suivi',
    currency: 'MXN',
  } as const;
  const fieldsOf = (d: Record<string, unknown>, table: number) =>
    (
      d.resources as {
        title: string;
        schema: { fields: { name: string; title: string; description?: string }[] };
      }[]
    )[table]!;

  it('gives every file and field a title in the committee’s language, names as published', () => {
    for (const locale of LOCALES) {
      const d = dataPackage(counts, meta, CATALOGUES[locale].openData);
      for (const table of [0, 1, 2]) {
        for (const field of fieldsOf(d, table).schema.fields) expect(field.title, `${locale} ${field.name}`).not.toBe(field.name);
      }
    }
    const spanish = dataPackage(counts, meta, CATALOGUES.es.openData);
    expect([spanish.title, fieldsOf(spanish, 2).title]).toEqual(['Seguimiento del Plan 2025 — Comité', 'Acciones de comunicación']);
    expect(fieldsOf(spanish, 2).schema.fields.find((f) => f.name === 'budget_mxn')).toMatchObject({ title: 'Presupuesto (MXN)', description: 'Monto en MXN (código ISO 4217)' });
    expect(fieldsOf(dataPackage(counts, { ...meta, currency: 'MAD' }, CATALOGUES.fr.openData), 0).schema.fields.map((f) => f.title).slice(0, 2)).toEqual(["Numéro de l'engagement", 'Intitulé']);
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
