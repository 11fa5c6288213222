import { render, translate } from '../../../src/core/catalogue/render.js';
import { unreadableMessage } from '../../../src/core/failure-message.js';
import { issueText } from '../../../src/core/issue-message.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  ACTION_COLUMNS,
  MILESTONE_COLUMNS,
  SHEET_NAMES,
  TEMPLATE_ROWS,
} from '../../../sheets-templates/submission-template.js';
import {
  TEMPLATE_WORDS,
  withEveryLanguage,
  type TemplateLanguage,
} from '../../../src/core/template-words.js';
import { loadConfigFile, type LoadedConfig } from '../../../src/adapters/config/committee-file.js';
import { normalizeKey } from '../../../src/core/text.js';
import { exampleConfigPath } from '../../../src/adapters/local/package-files.js';
import {
  templateOptionsFor,
  writeTemplateFile,
  type TemplateOptions,
} from '../../../src/adapters/documents/template-workbook.js';
import { DEFAULT_READ_LIMITS, readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import { readZipDirectory, readZipEntry } from '../../../src/adapters/xlsx/zip-archive.js';
import { isUntouchedTemplate, templateMarker } from '../../../src/core/template-content.js';
import { isSheetRead, validateSubmission } from '../../../src/core/validate-submission.js';
import { validateFiles } from '../../../src/jobs/validate-files.js';
import { columnLetter } from '../../../src/core/issue.js';
import { convertWithLibreOffice, describeWithLibreOffice } from '../../helpers/libreoffice.js';

const NOW = new Date('2019-01-07T08:00:00Z');
let dir: string;
let loaded: LoadedConfig;
let options: TemplateOptions;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-template-'));
  loaded = await loadConfigFile(exampleConfigPath());
  const { config } = loaded;
  options = {
    committeeName: config.committee.name,
    planName: config.plan.name,
    plan: config.plan,
    charter: config.charter,
    currency: config.committee.currency,
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function tuples(results: Awaited<ReturnType<typeof validateFiles>>) {
  return results.map((r) => r.issues.map((i) => [i.sheet, i.cell, i.code]));
}

describe('the submission template', () => {
  it('has the sheets of docs/workbooks.md, Listes hidden, headers with notes, frozen and filtered', async () => {
    const path = join(dir, 'modele.xlsx');
    await writeTemplateFile(path, options);
    const workbook = await readBack(path);
    // The Mode d'emploi first: it is what a focal point sees on opening the file.
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Mode d'emploi", 'visible'],
      ['Engagement', 'visible'],
      ['Actions de communication', 'visible'],
      ['Jalons', 'visible'],
      ['Listes', 'hidden'],
    ]);
    for (const [name, columns] of [
      [SHEET_NAMES.actions, ACTION_COLUMNS],
      [SHEET_NAMES.milestones, MILESTONE_COLUMNS],
    ] as const) {
      const ws = workbook.getWorksheet(name)!;
      expect(columns.map((_, i) => ws.getCell(1, i + 1).value)).toEqual(
        columns.map((c) => c.header),
      );
      expect(columns.every((_, i) => typeof ws.getCell(1, i + 1).note === 'string')).toBe(true);
      expect(columns.map((c, i) => ws.getColumn(i + 1).width === c.width)).not.toContain(false);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it('puts dropdowns fed by Listes on every choice column, over a bounded range', async () => {
    const path = join(dir, 'modele-listes.xlsx');
    await writeTemplateFile(path, options);
    const workbook = await readBack(path);
    const ws = workbook.getWorksheet(SHEET_NAMES.actions)!;
    const listes = workbook.getWorksheet(SHEET_NAMES.lists)!;
    const last = TEMPLATE_ROWS.actions + 1;
    ACTION_COLUMNS.forEach((column, i) => {
      const letter = columnLetter(i + 1);
      const first = ws.getCell(`${letter}2`).dataValidation;
      const end = ws.getCell(`${letter}${last}`).dataValidation;
      const beyond = ws.getCell(`${letter}${last + 1}`).dataValidation;
      if (column.choices) {
        expect([first?.type, end?.type], column.header).toEqual(['list', 'list']);
        expect(first?.formulae?.[0]).toMatch(/^Listes!\$[A-F]\$2:\$[A-F]\$\d+$/);
      } else if (column.kind === 'date') {
        expect([first?.type, ws.getCell(`${letter}2`).numFmt], column.header).toEqual([
          'date',
          'dd/mm/yyyy',
        ]);
      } else if (column.kind === 'number') {
        expect(first?.type, column.header).toBe('decimal');
      } else {
        expect(first, column.header).toBeUndefined();
      }
      expect(beyond, `${column.header} beyond the bounded range`).toBeUndefined();
    });
    const types = loaded.config.charter.actionTypes.map((t) => t.name);
    expect(types.map((_, i) => listes.getCell(i + 2, 1).value)).toEqual(types);
    expect(ws.getCell('B2').dataValidation.formulae?.[0]).toBe(
      `Listes!$A$2:$A$${types.length + 1}`,
    );
    const guide = workbook.getWorksheet(SHEET_NAMES.guide)!;
    const text = guide.getColumn(1).values.join('\n');
    expect(text).toContain('Comment remplir la fiche');
    expect(text).toContain('Publication réseaux sociaux');
  });

  it('has one validation rule per column: no two ranges over the same cells', async () => {
    const path = join(dir, 'modele-regles.xlsx');
    await writeTemplateFile(path, options);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await readFile(path));
    for (const [part, rows] of [['xl/worksheets/sheet3.xml', TEMPLATE_ROWS.actions], ['xl/worksheets/sheet4.xml', TEMPLATE_ROWS.milestones]] as const) {
      const xml = await zip.file(part)!.async('string');
      const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
      expect(ranges.length, part).toBeGreaterThan(3);
      // Each rule covers rows 2 to the last, of one column; no cell is under two rules.
      for (const range of ranges) expect(range, part).toMatch(new RegExp(`^(?<col>[A-Z]+)2:\\k<col>${rows + 1}$`));
      expect(new Set(ranges).size, part).toBe(ranges.length);
    }
  }); // prettier-ignore

  it('shows an example row, pre-fills the milestones of the plan and says what, by when and how to send back', async () => {
    const path = join(dir, 'engagement-03.xlsx');
    const three = {
      ...loaded.config.commitments.find((c) => c.id === 3)!,
      milestones: [
        { title: 'Adoption du référentiel de gestion des archives', start: '2018-09-01', end: '2019-06-30' },
        { title: 'Formation de 200 archivistes', end: '2020-06-30' },
      ],
    };
    await writeTemplateFile(path, templateOptionsFor(loaded.config, three));
    const workbook = await readBack(path);
    const actions = workbook.getWorksheet(SHEET_NAMES.actions)!;
    expect(actions.getCell('A2').value).toBe('Exemple');
    expect(actions.getCell('A2').font?.italic).toBe(true);
    expect(actions.getCell('A3').value).toBeNull();
    const jalons = workbook.getWorksheet(SHEET_NAMES.milestones)!;
    expect([2, 3].map((r) => [1, 2, 3, 4].map((c) => jalons.getCell(r, c).value))).toEqual([
      ['J1', 'Adoption du référentiel de gestion des archives', new Date('2018-09-01T00:00:00Z'), new Date('2019-06-30T00:00:00Z')],
      ['J2', 'Formation de 200 archivistes', null, new Date('2020-06-30T00:00:00Z')],
    ]);
    const guide = workbook.getWorksheet(SHEET_NAMES.guide)!.getColumn(1).values.join('\n');
    expect(guide).toContain('Engagement n° 3 « Gestion des archives publiques » — Archives du Maroc');
    expect(guide).toContain('• 09/01/2019 — Fiche des actions de communication');
    expect(guide).toContain('• 28/02/2019 — Mise à jour avant réunion');
    expect(guide).toContain("renvoyez-la en réponse au courriel du secrétariat, ou à l'adresse secretariat.ogp@example.org");
    expect(guide).toContain('les jalons du plan d’action sont pré-remplis');
    // Untouched, it is the template, not a submission: the example row is not read, and its
    // data is the fingerprint it carries.
    const read = await readXlsxFile(path, DEFAULT_READ_LIMITS, isSheetRead);
    if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
    const reading = validateSubmission(read.workbook, { charter: loaded.config.charter, currency: 'MAD', plan: loaded.config.plan, today: '2019-01-07', expectedCommitmentId: 3, milestones: three.milestones });
    expect(reading.actions).toEqual([]);
    expect(reading.milestones.map((m) => m.ref)).toEqual(['J1', 'J2']);
    expect(reading.issues.map((i) => i.code)).toEqual(['empty-submission']);
    expect(templateMarker(read.workbook)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(isUntouchedTemplate(reading, templateMarker(read.workbook), three)).toBe(true);
  }); // prettier-ignore

  it('still knows the templates written with the first fingerprint (FNV-1a, no version)', async () => {
    const three = loaded.config.commitments.find((c) => c.id === 3)!;
    const changed = { ...three, title: `${three.title} (intitulé révisé)` };
    const readMarked = async (marker: string) => {
      const path = join(dir, `modele-03-${marker.length}.xlsx`);
      await writeTemplateFile(path, { ...options, commitment: three });
      // The marker a template written before the versioned fingerprint carries.
      const workbook = await readBack(path);
      workbook.getWorksheet('Listes')!.eachRow((row) =>
        row.eachCell((cell) => {
          if (String(cell.value).startsWith('ogp-tracker-modele:')) cell.value = `ogp-tracker-modele:${marker}`;
        }),
      );
      await workbook.xlsx.writeFile(path);
      const read = await readXlsxFile(path, DEFAULT_READ_LIMITS, isSheetRead);
      if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
      const reading = validateSubmission(read.workbook, { charter: loaded.config.charter, currency: 'MAD', plan: loaded.config.plan, today: '2019-01-07', expectedCommitmentId: 3 });
      expect(templateMarker(read.workbook)).toBe(marker);
      return reading;
    };
    // This template's data hashed by ogp-tracker 0.1.0 before the change (FNV-1a 64 bits).
    const legacy = await readMarked('288f50d5cb28cbc8');
    // Its title changed in the configuration since: only the marker can tell it is the template.
    expect(isUntouchedTemplate(legacy, '288f50d5cb28cbc8', changed)).toBe(true);
    const other = await readMarked('288f50d5cb28cbc9');
    expect(isUntouchedTemplate(other, '288f50d5cb28cbc9', changed)).toBe(false);
  }); // prettier-ignore

  it('names the committee’s currency and logo, and reads a template made for another currency', async () => {
    const three = loaded.config.commitments.find((c) => c.id === 3)!;
    const mexican = { ...options, currency: 'MXN', charter: { ...options.charter, logoName: 'logo Gobierno Abierto México' }, commitment: three };
    const path = join(dir, 'modele-mxn.xlsx');
    await writeTemplateFile(path, mexican);
    const actions = (await readBack(path)).getWorksheet(SHEET_NAMES.actions)!;
    const headers = actions.getRow(1).values as string[];
    expect(headers.filter((h) => /^(Budget|Logo)/.test(String(h)))).toEqual(['Budget (MXN)', 'Logo']);
    expect(actions.getRow(1).getCell(headers.indexOf('Logo')).note).toBeDefined();
    const read = await readXlsxFile(path, DEFAULT_READ_LIMITS, isSheetRead);
    if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
    const context = { charter: mexican.charter, plan: loaded.config.plan, today: '2019-01-07', expectedCommitmentId: 3 };
    // Read under its own currency, and under Morocco's: a budget column is one whatever its currency.
    for (const currency of ['MXN', 'MAD']) {
      const reading = validateSubmission(read.workbook, { ...context, currency });
      expect(reading.issues.filter((i) => i.code.startsWith('column-'))).toEqual([]);
    }
  }); // prettier-ignore

  it('validates as a blank form: empty, and without a number unless pre-filled', async () => {
    const blank = join(dir, 'vierge.xlsx');
    const prefilled = join(dir, 'engagement-07.xlsx');
    await writeTemplateFile(blank, options);
    const seven = loaded.config.commitments.find((c) => c.id === 7)!;
    await writeTemplateFile(prefilled, { ...options, commitment: seven });
    const results = await validateFiles([blank, prefilled], loaded.config, NOW);
    expect(tuples(results)).toEqual([
      [
        ['Engagement', 'B1', 'value-required'],
        [null, null, 'empty-submission'],
      ],
      [[null, null, 'empty-submission']],
    ]);
    const engagement = (await readBack(prefilled)).getWorksheet(SHEET_NAMES.engagement)!;
    expect([1, 2, 3, 4, 5].map((r) => engagement.getCell(r, 2).value)).toEqual([
      7,
      seven.title,
      seven.institution,
      seven.focalPoint.name,
      seven.focalPoint.email,
    ]);
  });
});

describeWithLibreOffice('saved again by LibreOffice Calc', () => {
  it('the template and every example submission validate with the same result', async () => {
    const input = join(dir, 'lo-in');
    const output = join(dir, 'lo-out');
    await mkdir(input, { recursive: true });
    await mkdir(output, { recursive: true });
    await writeTemplateFile(join(input, 'modele.xlsx'), options);
    const three = loaded.config.commitments.find((c) => c.id === 3)!;
    await writeTemplateFile(join(input, 'modele-03.xlsx'), { ...options, commitment: three });
    const submissions = join(loaded.dir, 'submissions');
    for (const name of await readdir(submissions)) {
      if (name !== 'engagement-17.xlsx') await copyFile(join(submissions, name), join(input, name)); // 17 is a CSV
    }
    const files = (await readdir(input)).sort().map((n) => join(input, n));
    await convertWithLibreOffice(files, output, 'xlsx:Calc MS Excel 2007 XML');
    const saved = files.map((f) => join(output, basename(f)));

    // Each file is validated as the source of the same commitment, before and after.
    const config = {
      ...loaded.config,
      commitments: loaded.config.commitments.map((c) => ({ ...c, source: undefined })),
    };
    const before = tuples(await validateFiles(files, config, NOW));
    const after = tuples(await validateFiles(saved, config, NOW));
    const formulaCell = ['Actions de communication', 'I5', 'formula-without-value'];
    const i15 = files.findIndex((f) => f.endsWith('engagement-15.xlsx'));
    // LibreOffice computes the formula that had no cached value: that one issue goes, nothing else moves.
    expect(before[i15]).toContainEqual(formulaCell);
    expect(after[i15]).toEqual(
      before[i15]!.filter((t) => JSON.stringify(t) !== JSON.stringify(formulaCell)),
    );
    after[i15] = before[i15]!;
    expect(after).toEqual(before);
    expect(files.length).toBeGreaterThanOrEqual(17);

    // Opened and saved again untouched, the pre-filled template is still the template.
    const resaved = await readXlsxFile(
      join(output, 'modele-03.xlsx'),
      DEFAULT_READ_LIMITS,
      isSheetRead,
    );
    if (!resaved.ok) throw new Error(render('fr', unreadableMessage(resaved.failure)));
    const reading = validateSubmission(resaved.workbook, {
      charter: config.charter,
      currency: config.committee.currency,
      plan: config.plan,
      today: '2019-01-07',
      expectedCommitmentId: 3,
    });
    const changed = { ...three, title: `${three.title} (intitulé révisé)` };
    // Even after the configuration changed its title: the fingerprint is the one it was written with.
    expect(isUntouchedTemplate(reading, templateMarker(resaved.workbook), changed)).toBe(true);
  });
});

/** A template in `locale`, filled in by its focal point in that language, read back. */
async function filledIn(locale: TemplateLanguage, out: string): Promise<string> {
  const three = loaded.config.commitments.find((c) => c.id === 3)!;
  const path = join(out, `modele-${locale}.xlsx`);
  await writeTemplateFile(path, { ...options, commitment: three, locale });
  const words = TEMPLATE_WORDS[locale];
  const workbook = await readBack(path);
  const actions = workbook.getWorksheet(words.sheets.actions)!;
  // The focal point picks from the dropdowns, as they show in their language.
  const [planned, , done] = words.choices.statuses;
  const [yes] = words.choices.yesNo;
  const type = loaded.config.charter.actionTypes[0]!;
  actions.getRow(3).values = ['A1', type.name, 'Atelier', null, null, new Date('2018-11-20T00:00:00Z'), new Date('2018-11-20T00:00:00Z'), done, 1000, words.choices.funding[0], type.indicator, 40, 45, '#OGPMaroc #GouvernementOuvert', yes, 'https://example.org/a1'];
  actions.getRow(4).values = ['A2', type.name, 'Séminaire', null, null, new Date('2019-02-15T00:00:00Z'), null, planned, 0, words.choices.funding[3]];
  const milestones = workbook.getWorksheet(words.sheets.milestones)!;
  milestones.getRow(2).values = ['J1', 'Adoption du référentiel', new Date('2018-09-01T00:00:00Z'), new Date('2019-06-30T00:00:00Z'), 40, words.choices.completion[1]];
  await workbook.xlsx.writeFile(path);
  return path;
} // prettier-ignore

describe('the template in every language', () => {
  it.each(['en', 'ar', 'es', 'pt'] as const)('%s: written in it, filled in it, read back as the same ids', async (locale) => {
    const words = TEMPLATE_WORDS[locale];
    const path = await filledIn(locale, dir);
    const workbook = await readBack(path);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([words.sheets.guide, words.sheets.engagement, words.sheets.actions, words.sheets.milestones, words.sheets.lists]);
    const headers = (workbook.getWorksheet(words.sheets.actions)!.getRow(1).values as string[]).slice(1);
    expect(headers[0]).toBe(words.actions.ref![0]);
    expect(headers[8]).toBe(`${words.budget} (MAD)`);
    expect(workbook.getWorksheet(words.sheets.engagement)!.getCell('A1').value).toBe(words.labels.commitmentId[0]);
    expect(workbook.getWorksheet(words.sheets.actions)!.views[0]?.rightToLeft ?? false).toBe(locale === 'ar');
    const guide = workbook.getWorksheet(words.sheets.guide)!.getColumn(1).values.join('\n');
    expect(guide).toContain(translate(locale, 'template.fillHeading'));
    const read = await readXlsxFile(path, DEFAULT_READ_LIMITS, isSheetRead);
    if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
    const reading = validateSubmission(read.workbook, { charter: loaded.config.charter, currency: 'MAD', plan: loaded.config.plan, today: '2019-01-07', expectedCommitmentId: 3 });
    expect(reading.issues.map((i) => issueText('fr', i.message))).toEqual([]);
    expect(reading.actions.map((a) => [a.ref, a.status, a.funding, a.logo])).toEqual([
      ['A1', 'done', 'institution-budget', true],
      ['A2', 'planned', 'no-cost', null],
    ]);
    expect(reading.milestones.map((m) => [m.ref, m.progress, m.completion])).toEqual([['J1', 40, 'limited']]);
  }); // prettier-ignore

  it('has no header that two columns of a sheet share, in any language', () => {
    for (const [group, columns] of [['actions', ACTION_COLUMNS], ['milestones', MILESTONE_COLUMNS]] as const) {
      const seen = new Map<string, string>();
      for (const def of withEveryLanguage(columns, group)) {
        for (const header of [def.header, ...(def.aliases ?? [])]) {
          const key = normalizeKey(header);
          expect(seen.get(key) ?? def.field, `${group}: ${header}`).toBe(def.field);
          seen.set(key, def.field);
        }
      }
    }
  }); // prettier-ignore

  it('untouched, in any language, is the template, not a submission', async () => {
    const three = loaded.config.commitments.find((c) => c.id === 3)!;
    for (const locale of ['ar', 'es'] as const) {
      const path = join(dir, `vierge-${locale}.xlsx`);
      await writeTemplateFile(path, { ...options, commitment: three, locale });
      const read = await readXlsxFile(path, DEFAULT_READ_LIMITS, isSheetRead);
      if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
      const reading = validateSubmission(read.workbook, { charter: loaded.config.charter, currency: 'MAD', plan: loaded.config.plan, today: '2019-01-07', expectedCommitmentId: 3, milestones: three.milestones });
      expect(reading.issues.map((i) => i.code)).toEqual(['empty-submission']);
      expect(isUntouchedTemplate(reading, templateMarker(read.workbook), three)).toBe(true);
    }
  }); // prettier-ignore
});

describeWithLibreOffice('a template in Arabic and Spanish saved again by LibreOffice Calc', () => {
  it('keeps its dropdowns, its right-to-left sheets and what was filled in', async () => {
    const input = join(dir, 'lo-langues');
    const output = join(dir, 'lo-langues-out');
    await mkdir(input, { recursive: true });
    await mkdir(output, { recursive: true });
    const files = [await filledIn('ar', input), await filledIn('es', input)];
    await convertWithLibreOffice(files, output, 'xlsx:Calc MS Excel 2007 XML');
    for (const [locale, file] of [['ar', files[0]!], ['es', files[1]!]] as const) {
      const saved = join(output, basename(file));
      const read = await readXlsxFile(saved, DEFAULT_READ_LIMITS, isSheetRead);
      if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
      const reading = validateSubmission(read.workbook, { charter: loaded.config.charter, currency: 'MAD', plan: loaded.config.plan, today: '2019-01-07', expectedCommitmentId: 3 });
      expect(reading.issues.map((i) => i.code)).toEqual([]);
      expect(reading.actions.map((a) => a.status)).toEqual(['done', 'planned']);
      const workbook = await readBack(saved);
      const words = TEMPLATE_WORDS[locale];
      const status = workbook.getWorksheet(words.sheets.actions)!.getCell('H3').dataValidation;
      expect(status.formulae?.[0]).toMatch(locale === 'ar' ? /^'?القوائم'?!\$C\$2:\$C\$6$/ : /^Listas!\$C\$2:\$C\$6$/);
      // LibreOffice writes rightToLeft="true", which exceljs reads as false: read the XML itself.
      const bytes = await readFile(saved);
      const views = readZipDirectory(bytes)
        .filter((e) => /^xl\/worksheets\/sheet[1-4]\.xml$/.test(e.name))
        .map((e) => /<sheetView [^>]*rightToLeft="(true|1)"/.test(readZipEntry(bytes, e).toString('utf8')));
      expect(views).toEqual([locale === 'ar', locale === 'ar', locale === 'ar', locale === 'ar']);
    }
  }); // prettier-ignore
});
