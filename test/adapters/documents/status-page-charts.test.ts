/**
 * The status page's charts as a browser draws them, in the Arabic, Spanish and French
 * examples (and Morocco's French names on an Arabic page): every text inside its chart,
 * none over a bar, every name whole (on two lines where one is too short), no « … », text
 * drawn no wider than measured; in Arabic, mirrored. And names a person typed isolated in
 * their own direction on the page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { choiceDisplay } from '../../../src/core/template-words.js';
import { loadConfigFile, type LoadedConfig } from '../../../src/adapters/config/committee-file.js';
import { textWidth } from '../../../src/adapters/documents/chart-text.js';
import { packageRoot } from '../../../src/adapters/local/package-files.js';
import { parseNowArgument } from '../../../src/core/calendar-date.js';
import { translate } from '../../../src/core/catalogue/render.js';
import { IRM_LEVELS } from '../../../src/core/completion.js';
import type { LocaleTag } from '../../../src/core/locale-tag.js';
import { consolidate } from '../../../src/jobs/consolidate.js';
import { runCalendar } from '../../../src/jobs/send-calendar.js';
import { chromiumPath, describeWithChromium } from '../../helpers/chromium.js';
import { EXAMPLE_ONE_FILE } from '../../helpers/example-copy.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-charts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A bundled example's page, consolidated at `now` (after a tick at `tick`, which takes the
 * meeting's snapshot for the chart of progress at each meeting).
 */
async function pageOf(folder: string, now: string, options: { tick?: string; edit?: (t: string) => string } = {}) {
  const copy = await mkdtemp(join(dir, `${folder}-`));
  await cp(join(packageRoot(), 'examples', folder), copy, { recursive: true, filter: (s) => !s.includes(`${folder}/out`) });
  // Morocco's people and plan as YAML, which the edits change as text.
  if (folder === 'maroc-2019') await cp(EXAMPLE_ONE_FILE, join(copy, 'committee.yaml'));
  if (options.edit) {
    const { readFile, writeFile } = await import('node:fs/promises');
    const path = join(copy, 'committee.yaml');
    await writeFile(path, options.edit(await readFile(path, 'utf8')));
  }
  const loaded = await loadConfigFile(join(copy, 'committee.yaml'));
  const at = (text: string) => parseNowArgument(text, loaded.config.committee.timezone) as Date;
  if (options.tick) await runCalendar(loaded.config, { command: 'tick', now: at(options.tick), baseDir: loaded.dir });
  const { summary } = await consolidate(loaded.config, { now: at(now), baseDir: loaded.dir });
  return { loaded, page: summary.page };
} // prettier-ignore

/** One chart's texts and bars as drawn, in page pixels. */
interface DrawnChart {
  label: string;
  box: Box;
  texts: { text: string; box: Box; width: number; size: number }[];
  bars: Box[];
}
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every chart of the page: its texts (bidi controls dropped) and its bars, as laid out. */
async function chartsOf(tab: Page): Promise<DrawnChart[]> {
  // Evaluated in the page (a string: the browser's globals are not this program's).
  return (await tab.evaluate(`(() => {
    const box = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return [...document.querySelectorAll('svg[role="img"]')].map((svg) => ({
      label: svg.getAttribute('aria-label'),
      box: box(svg.getBoundingClientRect()),
      texts: [...svg.querySelectorAll('text')].map((t) => ({
        text: t.textContent.replace(/[\\u2066-\\u2069]/g, ''),
        box: box(t.getBoundingClientRect()),
        width: t.getComputedTextLength(),
        size: parseFloat(getComputedStyle(t).fontSize),
      })),
      bars: [...svg.querySelectorAll('path[ecmeta_ssr_type="chart"]')]
        .filter((p) => p.closest('svg') === svg && p.getAttribute('fill') !== 'none')
        .map((p) => box(p.getBoundingClientRect())),
    }));
  })()`)) as DrawnChart[];
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** The level names as the committee's language writes them. */
const levelNames = (tag: LocaleTag) =>
  IRM_LEVELS.map((l) =>
    l === 'no-data' ? translate(tag, 'values.noData') : choiceDisplay(tag).get(l)!,
  );

/** What every chart of a page must be, whatever the language; its charts for more checks. */
async function checkCharts(tab: Page, loaded: LoadedConfig): Promise<DrawnChart[]> {
  const tag = loaded.config.committee.tag;
  const rtl = tag.startsWith('ar');
  const charts = await chartsOf(tab);
  expect(charts.length).toBeGreaterThanOrEqual(2);
  for (const chart of charts) {
    for (const t of chart.texts) {
      // Inside the chart: nothing cut by its edges.
      const inside = t.box.left >= chart.box.left - 0.5 && t.box.right <= chart.box.right + 0.5 && t.box.top >= chart.box.top - 0.5 && t.box.bottom <= chart.box.bottom + 0.5;
      expect(inside, `${chart.label.slice(0, 30)}: « ${t.text} » at ${JSON.stringify(t.box)} outside ${JSON.stringify(chart.box)}`).toBe(true);
      // Never under a bar, never shortened.
      for (const bar of chart.bars) expect(overlaps(t.box, bar), `« ${t.text} » over a bar`).toBe(false);
      expect(t.text).not.toMatch(/…|\.\./);
      // Drawn no wider than the page measured it (the browser's own font: DejaVu Sans here).
      expect(t.width, `« ${t.text} »`).toBeLessThanOrEqual(textWidth(t.text, t.size) + 0.5);
    }
  }
  const [levels, ...others] = charts;
  const words = (chart: DrawnChart) => chart.texts.map((t) => t.text).join(' ').replace(/\s+/g, ' ');
  // Each level named whole.
  for (const name of levelNames(tag)) expect(levels!.texts.map((t) => t.text)).toContain(name);
  // Each commitment named whole in its chart of progress, on one line or two.
  const progress = others.filter((c) => c.label.startsWith(translate(tag, 'page.perCommitment')));
  expect(progress.length).toBeGreaterThan(0);
  const names = progress.map(words).join(' ');
  for (const c of loaded.config.commitments) expect(names).toContain(`${c.id}. ${c.title}`);
  // Mirrored in Arabic: names beside the axis on the right, bars growing leftwards from it.
  for (const chart of [levels!, ...progress]) {
    const drawn = chart.bars.filter((b) => b.right - b.left > 1);
    expect(drawn.length).toBeGreaterThan(0);
    const start = rtl ? Math.max(...drawn.map((b) => b.right)) : Math.min(...drawn.map((b) => b.left));
    for (const bar of drawn) expect(Math.abs((rtl ? bar.right : bar.left) - start)).toBeLessThan(1);
    const beside = chart.texts.filter((t) => t.box.bottom < Math.max(...chart.bars.map((b) => b.bottom)) && (rtl ? t.box.left >= start - 1 : t.box.right <= start + 1));
    // Every name is on the axis' side: as many texts there as lines of names.
    const lines = chart === levels ? levelNames(tag).length : loaded.config.commitments.length;
    expect(beside.length, chart.label).toBeGreaterThanOrEqual(lines);
  }
  return charts;
} // prettier-ignore

describeWithChromium('the status page’s charts, in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: chromiumPath ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  }, 60_000); // prettier-ignore
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (page: string) => {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await tab.goto(`file://${page}`);
    return tab;
  };

  it('Jordan, in Arabic: levels and names whole, mirrored; an English title read left to right', async () => {
    // Commitment 3 named in English, starting with a number: not isolated, « 2025 » would
    // be drawn after « Review », at the line's other end.
    const english = '2025 Youth Policy Review';
    const { loaded, page } = await pageOf('jordanie-2025', '2025-05-04T09:00', { edit: (t) => t.replace("'إشراك الشباب في صنع السياسات'", `'${english}'`) });
    const tab = await open(page);
    const charts = await checkCharts(tab, loaded);
    // « مكتمل » whole, on the axis' right, not under the bars.
    expect(charts[0]!.texts.map((t) => t.text)).toContain('مكتمل');
    // Left to right inside, in its card's heading and in the chart: « 2025 » left of « Youth ».
    const [card, chart] = (await tab.evaluate(`(() => {
      const h = document.querySelector('#e3 bdi').firstChild;
      const at = (i) => { const r = document.createRange(); r.setStart(h, i); r.setEnd(h, i + 1); return r.getBoundingClientRect().left; };
      const label = [...document.querySelectorAll('section[aria-labelledby="par-engagement"] text')].find((t) => t.textContent.includes('Youth'));
      const s = label.textContent;
      return [[at(0), at(5)], [label.getExtentOfChar(s.indexOf('2')).x, label.getExtentOfChar(s.indexOf('Y')).x]];
    })()`)) as [[number, number], [number, number]];
    expect(card[0]).toBeLessThan(card[1]);
    expect(chart[0]).toBeLessThan(chart[1]);
    await tab.close();
  }, 120_000); // prettier-ignore

  it('Mexico, in Spanish: names whole, a long one on two lines', async () => {
    const { loaded, page } = await pageOf('mexico-2025', '2025-03-12T09:00');
    const tab = await open(page);
    const charts = await checkCharts(tab, loaded);
    const texts = charts[1]!.texts.map((t) => t.text);
    expect(texts).toContain('1. Gasto abierto y responsable en programas');
    expect(texts).toContain('sociales');
    await tab.close();
  }, 120_000);

  it('Morocco, in French: eighteen names whole, by axis and at each meeting', async () => {
    const axes = (t: string) => t.replace('title: "Sensibiliser', 'axis: "Accès à l\'information et participation citoyenne"\n    title: "Sensibiliser');
    const { loaded, page } = await pageOf('maroc-2019', '2019-04-29T10:00', { tick: '2019-03-05T09:00', edit: axes });
    const tab = await open(page);
    const charts = await checkCharts(tab, loaded);
    expect(charts.length).toBe(4);
    await tab.close();
  }, 120_000); // prettier-ignore

  it('Morocco’s French names on an Arabic page: whole and mirrored, at each meeting too; typed names isolated', async () => {
    const { loaded, page } = await pageOf('maroc-2019', '2019-04-29T10:00', { tick: '2019-03-05T09:00', edit: (t) => t.replace('locale: fr', 'locale: ar') });
    const tab = await open(page);
    const charts = await checkCharts(tab, loaded);
    // At each meeting: the dates run from the right, the percentages on the right.
    const series = charts.at(-1)!;
    expect(series.label.startsWith(translate(loaded.config.committee.tag, 'page.series'))).toBe(true);
    // Percentages as Intl writes them in Arabic with Latin digits: 25, a left-to-right mark, %, another.
    const percent = series.texts.filter((t) => /^\d+\u200e?%\u200e?$/.test(t.text));
    expect(percent.length).toBeGreaterThan(0);
    expect(Math.min(...percent.map((t) => t.box.left))).toBeGreaterThan((series.box.left + series.box.right) / 2);
    // Every title, institution and person's name in a card is isolated.
    const isolated = (await tab.evaluate(`[...document.querySelectorAll('article.card')].map((c) => c.querySelectorAll('h3 bdi').length + c.querySelectorAll('h3 + p bdi').length)`)) as number[]; // prettier-ignore
    expect(isolated).toEqual(loaded.config.commitments.map(() => 3));
    await tab.close();
  }, 120_000); // prettier-ignore
});
