import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/catalogue/render.js';
import { LOCALES } from '../../src/core/locales.js';
import { parse } from 'csv-parse/sync';
import {
  csvHeader,
  csvLine,
  dataPackage,
  fieldsFor,
  neutralised,
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
    tag: 'es-MX',
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
      const d = dataPackage(counts, { ...meta, tag: locale });
      for (const table of [0, 1, 2]) {
        for (const field of fieldsOf(d, table).schema.fields) expect(field.title, `${locale} ${field.name}`).not.toBe(field.name);
      }
    }
    const spanish = dataPackage(counts, meta);
    expect([spanish.title, fieldsOf(spanish, 2).title]).toEqual(['Seguimiento del Plan 2025 — Comité', 'Acciones de comunicación']);
    // The day as Mexico writes it, no longer ISO inside a sentence.
    expect(spanish.description).toMatch(/^Compromisos, hitos y acciones de comunicación al 12\/03\/2025, /);
    expect(fieldsOf(spanish, 2).schema.fields.find((f) => f.name === 'budget_mxn')).toMatchObject({ title: 'Presupuesto (MXN)', description: 'Monto en MXN (código ISO 4217)' });
    expect(fieldsOf(dataPackage(counts, { ...meta, currency: 'MAD', tag: 'fr' }), 0).schema.fields.map((f) => f.title).slice(0, 2)).toEqual(["Numéro de l'engagement", 'Intitulé']);
    // Nothing French in another language's descriptor: every title is the language's own.
    const french = JSON.stringify(dataPackage(counts, { ...meta, tag: 'fr' }));
    for (const tag of ['es-MX', 'pt-BR', 'ar-JO', 'en'] as const) {
      const titles = JSON.stringify(dataPackage(counts, { ...meta, tag })).match(/"(title|description|label)":"[^"]*"/g) ?? [];
      // Names (the committee's, the licence's), hashtags and English's « Budget » are the same words.
      const same = tag === 'en' ? /Comité|Hashtags|Open Data Commons|Budget/ : /Comité|Hashtags|Open Data Commons/;
      const shared = titles.filter((t) => french.includes(t) && !same.test(t));
      expect(shared, tag).toEqual([]);
    }
    // Morocco's administrative words for ar-MA, plain Arabic for Jordan.
    expect(fieldsOf(dataPackage(counts, { ...meta, tag: 'ar-MA' }), 2).schema.fields.find((f) => f.name === 'statut')?.title).toBe('الوضعية');
    expect(fieldsOf(dataPackage(counts, { ...meta, tag: 'ar-JO' }), 2).schema.fields.find((f) => f.name === 'statut')?.title).toBe('الحالة');
  }); // prettier-ignore

  it('publishes the lists’ ids, each labelled in the committee’s language, in a version a pipeline can tell', () => {
    type Categorised = { name: string; constraints?: { enum?: string[] }; categories?: { value: string; label: string }[]; categoriesOrdered?: boolean };
    const categories = (tag: 'es-MX' | 'fr' | 'ar', table: number, field: string) => {
      const fields = fieldsOf(dataPackage(counts, { ...meta, tag }), table).schema.fields as Categorised[];
      return fields.find((f) => f.name === field)!;
    };
    const status = categories('es-MX', 0, 'statut_fiche');
    expect(status.categories).toEqual([
      { value: 'received', label: 'Recibida' },
      { value: 'to-fix', label: 'Por corregir' },
      { value: 'to-update', label: 'Por actualizar' },
      { value: 'missing', label: 'Faltante' },
    ]);
    expect(status.constraints?.enum).toEqual(status.categories!.map((c) => c.value));
    expect(categories('es-MX', 0, 'niveau_achevement')).toMatchObject({ categoriesOrdered: true, categories: [{ value: 'no-data' }, { value: 'not-started', label: 'No iniciado' }, { value: 'limited', label: 'Limitado' }, { value: 'substantial', label: 'Sustancial' }, { value: 'complete', label: 'Completo' }] });
    expect(categories('fr', 1, 'niveau').categories?.map((c) => c.label)).toEqual(['Non démarré', 'Limité', 'Substantiel', 'Achevé']);
    expect(categories('fr', 2, 'statut').categories?.find((c) => c.value === 'done')?.label).toBe('Réalisée');
    expect(categories('ar', 2, 'financement').categories?.map((c) => c.value)).toEqual(['institution-budget', 'coordinating-ministry', 'partner', 'no-cost', 'to-find']);
    expect(categories('ar', 2, 'financement').categories?.[0]?.label).toBe('ميزانية المؤسسة');
    // A field without a list has no categories.
    expect(categories('fr', 2, 'intitule').categories).toBeUndefined();
    expect(dataPackage(counts, meta).version).toBe('2.0.0');
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

/** What a re-user does, as the descriptor says: one apostrophe removed where it was added. */
const restored = (text: string) => text.replace(/(?<=^|[;\t\r\n])'/g, '');
/** A cell a spreadsheet would read as a formula, whether it splits at `,`, `;`, tabs or lines. */
const formulaCell = (line: string) =>
  line.split(/[,;\t\r\n]/).some((cell) => /^"?[ \u00a0]*[=+\-@]/.test(cell));

describe('no text runs as a formula (OWASP « CSV injection »)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t'=1+1"],
    ['\r=1+1', "'\r'=1+1"],
    ['\0=1+1', "'=1+1"],
    ['  =HYPERLINK("http://x.example")', '\'  =HYPERLINK("http://x.example")'],
    ["'déjà une apostrophe", "''déjà une apostrophe"],
    ['Retard;=HYPERLINK("http://x.example")', 'Retard;\'=HYPERLINK("http://x.example")'],
    ['Retards :\n- financement\n- recrutement', "Retards :\n'- financement\n'- recrutement"],
    ['Budget de 35 000 MAD, -10 % et @OGPMaroc', 'Budget de 35 000 MAD, -10 % et @OGPMaroc'],
    ['Nul\0 au milieu', 'Nul au milieu'],
  ])('« %j » is published « %j », and restored as declared', (declared, published) => {
    expect(neutralised(declared)).toBe(published);
    expect(restored(published)).toBe(declared.replace(/\0/g, ''));
  });

  it('quotes per RFC 4180 and reads back as declared with a CSV parser; numbers and booleans go as typed', () => {
    const declared = ['=cmd|\' /C calc\'!A0', 'a "b", c', 'x;=1+1', 'deux\r\nlignes', '\0'];
    const line = csvLine([-1500, ...declared, -12.5, true, null]);
    expect(line).toBe(`-1500,'=cmd|' /C calc'!A0,"a ""b"", c","x;'=1+1","deux\r\nlignes",,-12.5,true,\r\n`);
    const [cells] = parse(line) as string[][];
    expect(cells!.slice(1, 6).map(restored)).toEqual(declared.map((d) => d.replace(/\0/g, '')));
    expect([cells![0], cells![6]]).toEqual(['-1500', '-12.5']);
    expect(line).not.toContain('\0');
  }); // prettier-ignore

  it('leaves no cell a spreadsheet would run, whether it splits at commas or at semicolons', () => {
    const hostile = ['=1+1', '+1', '-1+1', '@A1', '\t=1', '\r=1', 'a;=1', 'a;-1', 'a\n=1', 'a\r\n+1', 'a;  @A1', '\0=1'];
    for (const text of hostile) {
      const line = csvLine([1, text]);
      expect(formulaCell(line), JSON.stringify(line)).toBe(false);
      expect(formulaCell(csvLine([1, text.replace(/^\0/, '')]).replace(/'/g, '')), text).toBe(true); // the check can fail
    }
  }); // prettier-ignore

  it('says so in each file’s description, in the committee’s language', () => {
    const counts = OPEN_TABLES.map((name) => ({ name, published: 0, heldBack: 0 }));
    const meta = { committee: 'C', plan: 'P', today: '2025-03-12', created: '2025-03-12T09:00:00Z', slug: 's', currency: 'MAD' } as const;
    for (const locale of LOCALES) {
      const d = dataPackage(counts, { ...meta, tag: locale }) as { resources: { description: string }[] };
      const formulas = translate(locale, 'open-data.formulas');
      for (const r of d.resources) expect(r.description, locale).toBe(formulas);
      for (const sign of ["'", '=', '+', '-', '@', 'NUL']) expect(formulas, locale).toContain(sign);
    }
    expect(translate('fr', 'open-data.formulas')).toContain('une apostrophe (\') est ajoutée');
  }); // prettier-ignore
});
