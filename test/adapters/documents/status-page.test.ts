/**
 * The status page as a person opens it: Debian's chromium (playwright-core) loads it from
 * file:// with no request and no console error, prints it on A4, and axe-core finds no serious
 * or critical accessibility violation; the Arabic page reads right to left. Its numbers are
 * checked against the master, computed again here.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { writeBenchData } from '../../../scripts/bench-data.js';
import { loadConfigFile } from '../../../src/adapters/config/committee-file.js';
import { packageRoot } from '../../../src/adapters/local/package-files.js';
import { parseNowArgument } from '../../../src/core/calendar-date.js';
import { consolidate } from '../../../src/jobs/consolidate.js';
import { runCalendar } from '../../../src/jobs/send-calendar.js';
import { chromiumPath, describeWithChromium } from '../../helpers/chromium.js';
import { exampleCopy } from '../../helpers/example-copy.js';

const require = createRequire(import.meta.url);
const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-page-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example with two axes, after the summary before the meeting of 7 March was sent. */
async function example(name: string, edit: (t: string) => string = (t) => t) {
  const loaded = await exampleCopy(join(dir, name), (t) =>
    edit(
      t
        .replace("title: \"Sensibiliser le public au droit d'accès à l'information\"", "title: \"Sensibiliser le public au droit d'accès à l'information\"\n    axis: \"Accès à l'information\"")
        .replace("title: \"Désigner et former les chargés de l'information\"", "title: \"Désigner et former les chargés de l'information\"\n    axis: \"Accès à l'information\""),
    ),
  ); // prettier-ignore
  await runCalendar(loaded.config, {
    command: 'tick',
    now: at('2019-03-05T09:00'),
    baseDir: loaded.dir,
  });
  const { summary } = await consolidate(loaded.config, {
    now: at('2019-04-29T10:00'),
    baseDir: loaded.dir,
  });
  return { loaded, summary };
}

describeWithChromium('the status page, in a browser', () => {
  let browser: Browser;
  let page: string;
  let master: string;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: chromiumPath ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const made = await example('fr');
    page = made.summary.page;
    master = made.summary.master;
  }, 120_000); // prettier-ignore
  afterAll(async () => {
    await browser?.close();
  });

  it('loads from file:// with no request and no console error; a screenshot is kept', async () => {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    const errors: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`file://${page}`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([`file://${page}`]);
    const artefacts = join(packageRoot(), 'test-artifacts');
    await mkdir(artefacts, { recursive: true });
    await tab.screenshot({ path: join(artefacts, 'suivi-maroc-2019.png'), fullPage: false });
    // It answers at a glance: how far the plan is, who is late, what changed since 7 March.
    const text = await tab.locator('main').innerText();
    expect(text).toContain('Avancement global');
    expect(text).toMatch(/En retard \(\d+\)/);
    expect(text).toContain('Depuis la réunion du 07/03/2019');
    expect(text).toContain('Avancement à chaque réunion');
    await tab.close();
  }, 60_000);

  it('prints on A4 in a sane number of pages, no card split', async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    const pdf = await tab.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(30);
    expect(await tab.locator('article.card').count()).toBe(18);
    await tab.close();
  }, 60_000);

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    await tab.addScriptTag({
      content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'),
    });
    // Evaluated in the page (a string: the browser's globals are not this program's).
    const violations = (await tab.evaluate(
      '(async () => (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))()',
    )) as { id: string; impact: string; nodes: number }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await tab.close();
  }, 60_000);

  it('shows the headline figures and the progress per axis the master gives', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Tableau de bord')!.eachRow((row, n) => n > 2 && rows.push((row.values as unknown[]).slice(1)));
    const commitments = rows.filter((r) => typeof r[0] === 'number');
    const status = (s: string) => commitments.filter((r) => r[4] === s).length;
    const progress = (list: unknown[][]) => Math.round((list.reduce((a, r) => a + Number(r[11] ?? 0), 0) / list.length) * 10) / 10;
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    const figures = await tab.locator('.figures li').allInnerTexts();
    // Percentages as Intl writes them in French: a decimal comma, a narrow no-break space.
    const fr = (n: number) => new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(n / 100);
    expect(figures.map((f) => f.replace(/\s+/g, ' ').trim())).toEqual([
      `18 engagements`,
      `${status('Reçue')} ${status('Reçue') < 2 ? 'fiche reçue' : 'fiches reçues'}`,
      `${status('À corriger')} à corriger`,
      `${status('À mettre à jour')} à mettre à jour`,
      `${status('Manquante')} ${status('Manquante') < 2 ? 'manquante' : 'manquantes'}`,
      `${fr(progress(commitments)).replace(/\s+/g, ' ')} Avancement global`,
    ]);
    // Per axis: commitments 1 and 2, and the rest without an axis.
    const label = await tab.locator('section.charts svg').nth(1).getAttribute('aria-label');
    expect(label).toBe(`Avancement par axe : Accès à l'information ${fr(progress(commitments.slice(0, 2)))} et Sans axe ${fr(progress(commitments.slice(2)))}`);
    await tab.close();
  }, 60_000); // prettier-ignore

  it('reads right to left in Arabic', async () => {
    const made = await example('ar', (t) => t.replace('locale: fr', 'locale: ar'));
    const tab = await browser.newPage();
    await tab.goto(`file://${made.summary.page}`);
    expect(await tab.evaluate('[document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]')).toEqual(['ar', 'rtl', 'rtl']);
    await tab.close();
  }, 120_000); // prettier-ignore
});

it('is written beside the master by every consolidation, self-contained', async () => {
  const loaded = await exampleCopy(join(dir, 'plain'));
  const { summary } = await consolidate(loaded.config, {
    now: at('2019-01-07T10:00'),
    baseDir: loaded.dir,
  });
  expect(summary.page).toBe(join(loaded.dir, 'out', 'suivi.html'));
  const html = await readFile(summary.page, 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr" dir="ltr">/);
  // Nothing fetched: no script, no external style, font or image.
  expect(html).not.toMatch(/<script|<link |@import|url\(|<img /);
  // Levels and per commitment (no axis configured: no chart per axis).
  expect((html.match(/<svg /g) ?? []).length).toBe(2);
}, 60_000);

it('draws a long plan’s progress per commitment as several charts of 50 bars', async () => {
  const made = join(dir, 'long-plan');
  const loaded = await loadConfigFile(await writeBenchData(made, 51));
  const { summary } = await consolidate(loaded.config, {
    now: at('2019-01-08T09:00'),
    baseDir: loaded.dir,
  });
  const html = await readFile(summary.page, 'utf8');
  const section = html.slice(html.indexOf('id="par-engagement"'), html.indexOf('id="engagements"'));
  const charts = [...section.matchAll(/<svg role="img" aria-label="([^"]*)"[^>]* height="(\d+)"/g)];
  // 51 commitments: 50 in the first chart, the last one in a second; each says whom it shows,
  // its percentages written as a French reader reads them (50,5 %).
  expect(charts.map((c) => Number(c[2]))).toEqual([40 + 26 * 50, 40 + 26]);
  expect(charts[0]![1]).toMatch(/^Avancement par engagement : 1 \d+(,\d)?\u00a0%, 2 /);
  expect(charts[1]![1]).toMatch(/^Avancement par engagement : 51 \d+(,\d)?\u00a0%$/);
}, 120_000);
