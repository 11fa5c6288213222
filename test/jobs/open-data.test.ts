/**
 * The open data package, checked as a re-user would: its descriptor against the official
 * Tabular Data Package profile (a JSON Schema validator), each file read with a real CSV
 * parser, each cell cast by the Frictionless reference library against its field, and the
 * published rows equal to the master's rows without errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/jobs/consolidate.js';
import { exampleCopy } from '../helpers/example-copy.js';

const require = createRequire(import.meta.url);
/** The Frictionless reference implementation's field caster, and the profile's validator. */
const { Field } = require('tableschema') as { Field: new (d: unknown, o?: { missingValues: string[] }) => { castValue(v: string, o?: { constraints: boolean }): unknown } }; // prettier-ignore
const tv4 = require('tv4') as { validateMultiple(data: unknown, schema: unknown): { valid: boolean; errors: { message: string; dataPath: string }[] } }; // prettier-ignore

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string; constraints?: { required?: boolean } }[] };
  rowsPublished: number;
  rowsHeldBack: number;
}

let out: string;
let descriptor: { profile: string; resources: Resource[] };
let master: ExcelJS.Workbook;

/** What focal points typed in engagement 3's sheet, as a spreadsheet would run it (OWASP). */
const HOSTILE = {
  jalons: { H2: "=cmd|' /C calc'!A0", H3: "Retards :\n- financement\n-2+3+cmd|' /C calc'!A0" },
  'Actions de communication': { E2: "Présentiel, Rabat;@SUM(1+9)*cmd|' /C calc'!A0" },
} as const; // prettier-ignore

beforeAll(async () => {
  const loaded = await exampleCopy(await mkdtemp(join(tmpdir(), 'ogp-open-')));
  const e03 = join(loaded.dir, 'submissions', 'engagement-03.xlsx');
  const sheet = new ExcelJS.Workbook();
  await sheet.xlsx.readFile(e03);
  for (const [name, cells] of Object.entries(HOSTILE)) {
    const ws = sheet.getWorksheet(name === 'jalons' ? 'Jalons' : name)!;
    for (const [ref, text] of Object.entries(cells)) ws.getCell(ref).value = text;
  }
  await sheet.xlsx.writeFile(e03);
  const { summary } = await consolidate(loaded.config, { now: new Date('2019-01-07T09:00:00Z'), baseDir: loaded.dir });
  out = join(loaded.dir, 'out', 'donnees-ouvertes');
  descriptor = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8'));
  master = new ExcelJS.Workbook();
  await master.xlsx.readFile(summary.master);
}, 60_000); // prettier-ignore

const csv = async (name: string) => parse(await readFile(join(out, name), 'utf8'), { bom: false, relax_column_count: false }) as string[][]; // prettier-ignore

describe('the open data package', () => {
  it('validates against the Tabular Data Package profile', () => {
    const profile = JSON.parse(require('node:fs').readFileSync(require.resolve('datapackage/lib/profiles/tabular-data-package.json'), 'utf8'));
    const result = tv4.validateMultiple(descriptor, profile);
    expect(result.errors.map((e) => `${e.dataPath} ${e.message}`)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(descriptor.resources.map((r) => r.path)).toEqual(['engagements.csv', 'jalons.csv', 'actions.csv']);
  }); // prettier-ignore

  it('has, in each file, one header row in field order and cells that match their field', async () => {
    for (const resource of descriptor.resources) {
      const [header, ...rows] = await csv(resource.path);
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      expect(rows, resource.name).toHaveLength(resource.rowsPublished);
      const fields = resource.schema.fields.map((f) => new Field(f, { missingValues: [''] }));
      for (const row of rows) {
        row.forEach((cell, c) => {
          expect(() => fields[c]!.castValue(cell, { constraints: true }), `${resource.name} ${header![c]} « ${cell} »`).not.toThrow();
        });
      }
      // No personal address: nothing that looks like an email.
      expect(rows.flat().filter((cell) => /[^\s@/]+@[^\s@]+\.[a-z]{2,}/i.test(cell) && !/^https?:/.test(cell)), resource.name).toEqual([]);
    }
  }); // prettier-ignore

  it('publishes the master rows without errors, and says how many it held back', async () => {
    const sheet = (name: string) => {
      const rows: unknown[][] = [];
      master.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const anomalies = sheet('Anomalies').slice(1);
    const errorRows = (name: string) => new Set(anomalies.filter((a) => a[2] === name && a[5] === 'Erreur' && a[3]).map((a) => `${a[0]}|${String(a[3]).replace(/^[A-Z]+/, '')}`));
    for (const [file, name, pick] of [
      ['jalons.csv', 'Jalons', (r: unknown[], h: unknown[]) => [r[h.indexOf('N° engagement')], r[h.indexOf('Réf. jalon')], r[h.indexOf('Jalon')]]],
      ['actions.csv', 'Actions de communication', (r: unknown[], h: unknown[]) => [r[h.indexOf('N° engagement')], r[h.indexOf('Réf.')], r[h.indexOf('Intitulé')]]],
    ] as const) {
      const [head, ...rows] = sheet(name);
      const bad = errorRows(name);
      const line = head!.indexOf('Ligne');
      const clean = rows.filter((r) => !bad.has(`${r[0]}|${r[line]}`)).map((r) => pick(r, head!).map(String));
      const published = (await csv(file)).slice(1).map((r) => [r[0], r[1], r[file === 'jalons.csv' ? 2 : 3]]);
      expect(published, file).toEqual(clean);
      const resource = descriptor.resources.find((x) => x.path === file)!;
      expect(resource.rowsHeldBack, file).toBe(rows.length - clean.length);
      expect(resource.rowsHeldBack, file).toBeGreaterThan(0); // the example's mistakes are held back
    }
    const engagements = (await csv('engagements.csv')).slice(1);
    expect(engagements.map((r) => r[0])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(engagements[11]!.slice(4, 5)).toEqual(['missing']); // the untouched template
  }); // prettier-ignore

  it('publishes the lists’ ids, as the descriptor’s categories name them in French, and says its version', async () => {
    const fields = (file: string) => descriptor.resources.find((r) => r.path === file)!.schema.fields as { name: string; categories?: { value: string; label: string }[] }[];
    const labelled = (file: string, field: string) => new Map(fields(file).find((f) => f.name === field)!.categories!.map((c) => [c.value, c.label]));
    const column = async (file: string, field: string) => {
      const [header, ...rows] = await csv(file);
      return new Set(rows.map((r) => r[header!.indexOf(field)]!).filter(Boolean));
    };
    // Every value published is one of the field's categories; the example has several of each.
    for (const [file, field, some] of [
      ['engagements.csv', 'statut_fiche', ['received', 'to-fix', 'missing']],
      ['engagements.csv', 'niveau_achevement', ['no-data', 'limited']],
      ['jalons.csv', 'niveau', ['limited']],
      ['actions.csv', 'statut', ['done', 'planned']],
      ['actions.csv', 'financement', ['institution-budget', 'no-cost']],
    ] as const) {
      const values = await column(file, field);
      const labels = labelled(file, field);
      expect([...values].filter((v) => !labels.has(v)), `${file} ${field}`).toEqual([]);
      expect([...values], `${file} ${field}`).toEqual(expect.arrayContaining([...some]));
    }
    expect([labelled('engagements.csv', 'statut_fiche').get('to-fix'), labelled('actions.csv', 'statut').get('done'), labelled('engagements.csv', 'niveau_achevement').get('no-data')]).toEqual(['À corriger', 'Réalisée', 'Pas de données']);
    expect((descriptor as unknown as { version: string }).version).toBe('2.0.0');
  }); // prettier-ignore

  it('runs no text as a formula: what a focal point typed is published behind an apostrophe, and read back as typed', async () => {
    const jalons = (await csv('jalons.csv')).filter((r) => r[0] === '3');
    expect(jalons.map((r) => r[8])).toEqual(["'=cmd|' /C calc'!A0", "Retards :\n'- financement\n'-2+3+cmd|' /C calc'!A0", '']);
    const actions = (await csv('actions.csv')).filter((r) => r[0] === '3');
    expect(actions.map((r) => r[5])).toContain("Présentiel, Rabat;'@SUM(1+9)*cmd|' /C calc'!A0");
    // As the descriptor tells a re-user: the apostrophe removed, the text as typed.
    const restored = (text: string) => text.replace(/(?<=^|[;\t\r\n])'/g, '');
    expect([...jalons.map((r) => r[8]!), ...actions.map((r) => r[5]!)].map(restored)).toEqual(expect.arrayContaining([...Object.values(HOSTILE.jalons), HOSTILE['Actions de communication'].E2]));
    // No cell a spreadsheet would run, whether it splits lines at commas or at semicolons.
    for (const resource of descriptor.resources) {
      const raw = await readFile(join(out, resource.path), 'utf8');
      const cells = raw.split(/[,;\t\r\n]/).filter((cell) => /^"?[ \u00a0]*[=+@-]/.test(cell));
      expect(cells, resource.name).toEqual([]);
      expect(resource, resource.name).toMatchObject({ description: expect.stringContaining("une apostrophe (') est ajoutée") });
    }
  }); // prettier-ignore
});
