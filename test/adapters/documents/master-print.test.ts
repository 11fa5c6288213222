/**
 * The master as the secretariat prints it: converted to PDF by LibreOffice and read back page
 * by page with poppler, as a person looks at the pages (how many, and at what size the text
 * comes out), not as cells.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate } from '../../../src/jobs/consolidate.js';
import { exampleCopy } from '../../helpers/example-copy.js';
import {
  convertWithLibreOffice,
  describeWithPdfTools,
  readPdfPages,
  type PdfPage,
} from '../../helpers/libreoffice.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-print-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeWithPdfTools('the master, printed', () => {
  let pages: PdfPage[];
  /** The height of 11-point text printed at 100 %, measured on a sheet of our own. */
  let fullScale: number;

  beforeAll(async () => {
    const loaded = await exampleCopy(join(dir, 'example'));
    // On 05/03/2019, two days before the meeting: every sheet has rows.
    const { summary } = await consolidate(loaded.config, { now: new Date('2019-03-05T09:00:00Z'), baseDir: loaded.dir });
    const reference = new ExcelJS.Workbook();
    reference.addWorksheet('Référence').getCell('A1').value = 'Texte ordinaire à cent pour cent';
    await reference.xlsx.writeFile(join(dir, 'reference.xlsx'));
    await convertWithLibreOffice([summary.master, join(dir, 'reference.xlsx')], dir, 'pdf');
    pages = await readPdfPages(join(dir, 'suivi-consolide.pdf'));
    fullScale = (await readPdfPages(join(dir, 'reference.pdf')))[0]!.medianHeight;
  }, 180_000); // prettier-ignore

  it('prints every sheet at a readable scale: never under 55 % (11 points printed at 6)', () => {
    expect(fullScale).toBeGreaterThan(10);
    const scales = pages.map((p) => Math.round((p.medianHeight / fullScale) * 100));
    expect(Math.min(...scales), scales.join(' ')).toBeGreaterThanOrEqual(54);
  });

  it('in a sane number of pages, each numbered and headed by its sheet and date', () => {
    // Seven sheets; the wide ones two or three pages across, for 49 actions and 30 milestones.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(pages.length).toBeLessThanOrEqual(45);
    pages.forEach((page, i) => {
      const text = page.words.join(' ');
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(text, `page ${i + 1}`).toContain('Suivi au 05/03/2019');
    });
  });

  it('puts the dashboard on one page across, under its title, with every column and commitment', () => {
    const dashboard = pages.filter((p) => p.words.join(' ').includes('Tableau de bord'));
    const first = dashboard[0]!.words.join(' ');
    expect(first).toContain("Comité d'implémentation OGP Maroc — Plan d'action national 2018-2020 — Suivi au 05/03/2019");
    // The first and the last column on the same page: nothing pushed onto another one.
    for (const page of dashboard) {
      const text = page.words.join(' ');
      expect(text).toContain('N°');
      expect(text).toContain('Remarque');
    }
    const all = dashboard.map((p) => p.words.join(' ')).join(' ');
    for (const title of ['Gestion des archives publiques', 'Portail de la transparence', 'Plan de communication sur le']) {
      expect(all).toContain(title);
    }
    expect(all).toContain('Total (18 engagements)');
  }); // prettier-ignore

  it('repeats the header and the columns that say whose row it is on every page of a wide sheet', () => {
    const actions = pages.filter((p) => p.words.join(' ').includes('Actions de communication') && p.words.includes('engagement'));
    expect(actions.length).toBeGreaterThan(1);
    for (const page of actions) {
      const text = page.words.join(' ');
      expect(text).toContain('N° engagement');
      expect(text).toContain('Institution');
    }
  }); // prettier-ignore
});
