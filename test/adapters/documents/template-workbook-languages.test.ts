/**
 * The template in the focal point's language and country, from the ICU catalogues: its
 * milestones referenced with its own letter (H1 in Spanish, م1 in Arabic) and read back in
 * any, Morocco's Arabic words kept for ar-MA while the plain Arabic template is read too,
 * dates and numbers as the reader writes them; and the master attached to the report under
 * its name in the committee's language, still stored where every run finds it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadConfigFile, type LoadedConfig } from '../../../src/adapters/config/committee-file.js';
import { exampleConfigPath } from '../../../src/adapters/local/package-files.js';
import {
  buildTemplateWorkbook,
  templateOptionsFor,
  type TemplateOptions,
} from '../../../src/adapters/documents/template-workbook.js';
import { DEFAULT_READ_LIMITS, readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import { parseNowArgument } from '../../../src/core/calendar-date.js';
import type { Commitment } from '../../../src/core/config-schema.js';
import type { ConsolidatedModel } from '../../../src/core/consolidation.js';
import type { LocaleTag } from '../../../src/core/locale-tag.js';
import { changesSince, type MeetingSnapshot } from '../../../src/core/snapshot.js';
import { isUntouchedTemplate, templateMarker } from '../../../src/core/template-content.js';
import { templateWords } from '../../../src/core/template-words.js';
import { isSheetRead, validateSubmission } from '../../../src/core/validate-submission.js';
import { runCalendar } from '../../../src/jobs/send-calendar.js';
import { exampleCopy } from '../../helpers/example-copy.js';
import { startSmtp } from '../../helpers/smtp.js';

let dir: string;
let loaded: LoadedConfig;
let three: Commitment;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-template-languages-'));
  loaded = await loadConfigFile(exampleConfigPath());
  three = {
    ...loaded.config.commitments.find((c) => c.id === 3)!,
    milestones: [
      { title: 'Adoption du référentiel', start: '2018-09-01', end: '2019-06-30' },
      { title: 'Formation de 200 archivistes', end: '2020-06-30' },
    ],
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The template of commitment 3 for a reader of `tag`, as a focal point receives it. */
function templateFor(tag: LocaleTag, edit: (o: TemplateOptions) => TemplateOptions = (o) => o) {
  return buildTemplateWorkbook(edit({ ...templateOptionsFor(loaded.config, three), locale: tag }));
}

/** A workbook written to disk and read back as the intake reads it. */
async function read(workbook: ExcelJS.Workbook, name: string) {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  const result = await readXlsxFile(path, DEFAULT_READ_LIMITS, isSheetRead);
  if (!result.ok) throw new Error(`${name} unreadable`);
  return result.workbook;
}

const context = () => ({
  charter: loaded.config.charter,
  currency: 'MAD',
  plan: loaded.config.plan,
  today: '2019-01-07',
  expectedCommitmentId: 3,
  milestones: three.milestones,
});

describe('milestone references', () => {
  it.each([
    ['fr', ['J1', 'J2']],
    ['en', ['M1', 'M2']],
    ['es-MX', ['H1', 'H2']],
    ['pt-BR', ['M1', 'M2']],
    ['ar-JO', ['م1', 'م2']],
  ] as const)('%s: pre-filled with the language’s own letter, the template still known untouched', async (tag, refs) => {
    const workbook = templateFor(tag);
    const milestones = workbook.getWorksheet(templateWords(tag).sheets.milestones)!;
    expect([2, 3].map((r) => milestones.getCell(r, 1).value)).toEqual(refs);
    const raw = await read(workbook, `refs-${tag}.xlsx`);
    const reading = validateSubmission(raw, context());
    expect(reading.milestones.map((m) => m.ref)).toEqual(refs);
    expect(reading.issues.map((i) => i.code)).toEqual(['empty-submission']);
    expect(isUntouchedTemplate(reading, templateMarker(raw), three)).toBe(true);
  }); // prettier-ignore

  it('reads a Spanish sheet whatever letter its references have: H1 from today’s template, J1 from an earlier one', async () => {
    const words = templateWords('es-MX');
    for (const refs of [['H1', 'H2'], ['J1', 'J2']]) {
      const workbook = templateFor('es-MX');
      const milestones = workbook.getWorksheet(words.sheets.milestones)!;
      refs.forEach((ref, i) => {
        milestones.getCell(i + 2, 1).value = ref;
        milestones.getCell(i + 2, 5).value = 40;
        milestones.getCell(i + 2, 6).value = words.choices.completion[1]!;
      });
      const reading = validateSubmission(await read(workbook, `es-${refs[0]}.xlsx`), context());
      expect(reading.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([]);
      expect(reading.milestones.map((m) => [m.ref, m.progress, m.completion])).toEqual([[refs[0], 40, 'limited'], [refs[1], 40, 'limited']]);
    }
  }); // prettier-ignore

  it('knows an untouched copy without its fingerprint, whichever language’s references it was written with', async () => {
    // A Google Sheet made from a Spanish template sent before its references were Spanish: J1, J2.
    for (const refs of [['J1', 'J2'], ['H1', 'H2']]) {
      const workbook = templateFor('es-MX');
      const words = templateWords('es-MX');
      workbook.removeWorksheet(workbook.getWorksheet(words.sheets.lists)!.id);
      refs.forEach((ref, i) => (workbook.getWorksheet(words.sheets.milestones)!.getCell(i + 2, 1).value = ref));
      const raw = await read(workbook, `sans-empreinte-${refs[0]}.xlsx`);
      expect(templateMarker(raw)).toBeNull();
      const reading = validateSubmission(raw, context());
      expect(isUntouchedTemplate(reading, null, three)).toBe(true);
      // Anything the focal point typed is a submission.
      reading.milestones[0]!.progress = 10;
      expect(isUntouchedTemplate(reading, null, three)).toBe(false);
    }
  }); // prettier-ignore

  it('counts a milestone achieved before as achieved before, whichever language’s letter its sheet now gives it', () => {
    // Reported at the last meeting from a sheet written with the French letters, now from a Spanish template.
    const model = {
      dashboard: [{ id: 1, title: 'Compromiso 1', institution: 'Institución', lastUpdate: '2019-04-20' }],
      recordSets: [{ commitmentId: 1, doneDates: [], achieved: ['H1 — Adopción del referencial', 'H2 — Formación'] }],
      anomalies: [],
    } as unknown as ConsolidatedModel;
    const previous = { version: 1, meeting: '2019-03-07', takenOn: '2019-03-05', commitments: [{ id: 1, lastUpdate: '2019-02-20', achieved: ['J1 — Adopción del referencial'], errors: [] }] } as unknown as MeetingSnapshot;
    expect(changesSince(model, '2019-03-07', previous)[0]!.newlyAchieved).toEqual(['H2 — Formación']);
  }); // prettier-ignore
});

describe('regional words', () => {
  it('writes Morocco’s Arabic for ar-MA and plain Arabic for ar-JO, and reads both as the same ids', async () => {
    const words = { morocco: templateWords('ar-MA'), jordan: templateWords('ar-JO') };
    expect(words.morocco.labels.updatedAt[0]).toBe('تاريخ التحيين');
    expect(words.jordan.labels.updatedAt[0]).toBe('تاريخ التحديث');
    expect([words.morocco.actions.status![0], words.jordan.actions.status![0]]).toEqual(['الوضعية', 'الحالة']);
    expect([words.morocco.choices.statuses[0], words.jordan.choices.statuses[0]]).toEqual(['مبرمجة', 'مخطط لها']);
    for (const [tag, w] of [['ar-MA', words.morocco], ['ar-JO', words.jordan]] as const) {
      const workbook = templateFor(tag);
      expect(workbook.getWorksheet(w.sheets.engagement)!.getCell('A6').value).toBe(w.labels.updatedAt[0]);
      const actions = workbook.getWorksheet(w.sheets.actions)!;
      const type = loaded.config.charter.actionTypes[0]!;
      actions.getRow(3).values = ['A1', type.name, 'Atelier', null, null, new Date('2019-02-15T00:00:00Z'), null, w.choices.statuses[0], 0, w.choices.funding[3]];
      const reading = validateSubmission(await read(workbook, `arabe-${tag}.xlsx`), context());
      expect(reading.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([]);
      expect(reading.actions.map((a) => [a.status, a.funding])).toEqual([['planned', 'no-cost']]);
    }
  }); // prettier-ignore
});

describe('dates and numbers as the reader writes them', () => {
  it.each([
    // An amount as it is typed into a cell: no group mark (Morocco's French groups with « . »,
    // which a French Excel does not read as thousands).
    ['fr', '(du 01/09/2018 au 31/08/2020)', '(par exemple 15000)'],
    ['fr-MA', '(du 01/09/2018 au 31/08/2020)', '(par exemple 15000)'],
    ['es-MX', '(del 01/09/2018 al 31/08/2020)', '(por ejemplo 15000)'],
    ['en', '(01/09/2018 to 31/08/2020)', '(e.g. 15000)'],
    // Arabic-Indic digits where the committee asks for them (Intl marks each slash right-to-left).
    ['ar-JO-u-nu-arab', '(من ٠١\u200f/٠٩\u200f/٢٠١٨ إلى ٣١\u200f/٠٨\u200f/٢٠٢٠)', '(مثلا ١٥٠٠٠)'],
  ] as const)('%s', (tag, plan, amount) => {
    const workbook = templateFor(tag, (o) => ({
      ...o,
      plan: { start: '2018-09-01', end: '2020-08-31' },
    }));
    const guide = workbook
      .getWorksheet(templateWords(tag).sheets.guide)!
      .getColumn(1)
      .values.join('\n');
    expect(guide).toContain(plan);
    expect(guide).toContain(amount);
    // The deadlines as the reader writes days; the example of a date typed stays dd/mm/yyyy,
    // the form the reading expects whatever the country.
    if (!tag.endsWith('arab')) expect(guide).toContain('• 09/01/2019 — ');
    expect(guide).toMatch(/\b09\/01\/2019\)/);
  });

  it.each(['fr', 'en', 'es-MX', 'pt-BR', 'ar-JO', 'ar-MA'] as const)('%s: the example of a date is a day of the plan, its first deadline, else its first day', (tag) => {
    const guideOf = (o: Partial<TemplateOptions>) =>
      templateFor(tag, (options) => ({ ...options, plan: { start: '2027-01-01', end: '2028-12-31' }, ...o }))
        .getWorksheet(templateWords(tag).sheets.guide)!
        .getColumn(1)
        .values.join('\n');
    const withDeadlines = guideOf({ deadlines: [{ title: 'b', due: '2027-06-10' }, { title: 'a', due: '2027-01-14' }] });
    expect(withDeadlines).toMatch(/\b14\/01\/2027\)/);
    expect(withDeadlines).not.toContain('2019');
    expect(guideOf({ deadlines: [] })).toMatch(/\b01\/01\/2027\)/);
  }); // prettier-ignore
});

describe('the master attached to the report', () => {
  it('is named in the committee’s language, as it is stored', async () => {
    const smtp = await startSmtp();
    try {
      const copy = await exampleCopy(join(dir, 'comite-es'), (text) => text.replace('locale: fr', 'locale: es'));
      expect(copy.config.committee.tag).toBe('es-MA');
      await runCalendar(copy.config, { command: 'report', smtpUrl: smtp.url, baseDir: copy.dir, now: parseNowArgument('2019-01-10T09:00', 'Africa/Casablanca') as Date });
      const report = smtp.received.find((r) => r.envelope.includes('secretariat.ogp@example.org'))!;
      expect(report.mail.attachments.map((a) => a.filename)).toContain('seguimiento-consolidado.xlsx');
      expect(report.mail.attachments.map((a) => a.filename)).not.toContain('suivi-consolide.xlsx');
      // On disk, under the same name (renamed from the French one by storage-folder.ts when found).
      expect((await stat(join(copy.dir, 'out', 'seguimiento-consolidado.xlsx'))).isFile()).toBe(true);
      await expect(stat(join(copy.dir, 'out', 'suivi-consolide.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await smtp.close();
    }
  }); // prettier-ignore
});
