/**
 * The status page `suivi.html`: one self-contained file (no script, no font, no request)
 * a committee can project, print on A4, send or publish — how far the plan is, who is late,
 * what changed since the last meeting, and a card per commitment. Its charts are drawn by
 * Apache ECharts' server-side renderer into static SVG, here, when the page is written.
 */
import { createRequire } from 'node:module';
import { formatFrenchDate, type IsoDate } from '../../core/calendar-date.js';
import { IRM_LEVELS, type IrmLevel } from '../../core/completion.js';
import type { CommitteeConfig, Locale } from '../../core/config-schema.js';
import type {
  ConsolidatedModel,
  DashboardRow,
  IndicatorRow,
  MilestoneBrief,
  RecordSet,
} from '../../core/consolidation.js';
import { CATALOGUES } from '../../core/catalogue/index.js';
import { describeChange, escapeHtml } from '../../core/email-templates.js';
import { parseHttpUrl } from '../../core/parse-values.js';
import { levelLabel, statusLabel } from '../../core/value-labels.js';
import { hasChanged, type CommitmentChange, type MeetingSnapshot } from '../../core/snapshot.js';
import { counted, decimalComma } from '../../core/text.js';
import { measureChartText, RLI, PDI, typedIsolated, wrapText } from './chart-text.js';
import type * as EChartsModule from 'echarts';

/** What the page needs beyond the model: each commitment's rows, the meetings' snapshots. */
export interface StatusPageInput {
  config: CommitteeConfig;
  model: ConsolidatedModel;
  /** The changes since the previous meeting (and its date). */
  since: IsoDate | null;
  changes: readonly CommitmentChange[];
  snapshots: readonly MeetingSnapshot[];
}

const LEVEL_COLOURS: Record<IrmLevel, string> = {
  'no-data': '#8c8c8c',
  'not-started': '#c0392b',
  limited: '#d68910',
  substantial: '#2e86c1',
  complete: '#1e8449',
};

const STATUS_CLASS: Record<DashboardRow['status'], string> = {
  received: 'ok',
  'to-fix': 'fix',
  'to-update': 'update',
  missing: 'missing',
};

type ECharts = typeof EChartsModule;

/**
 * ECharts' single-file bundle of its common charts (bar, line, legend, the SVG renderer):
 * required, it loads in about 0.1 s; imported as ES modules (a thousand small files) it takes
 * 0.4 to 0.6 s and 30 MB more. The full bundle adds charts the page does not draw, and its
 * loading and compiling raised the peak of a 500-commitment run by some 15 MiB (Node 24).
 */
function loadECharts(): ECharts {
  // Minified: a third of the text to scan, and no development warnings on standard output,
  // where they would break `--json`.
  const echarts = createRequire(import.meta.url)('echarts/dist/echarts.common.min') as ECharts;
  // Text measured as the browser draws it, not by ECharts' guess without a canvas, which
  // counted an Arabic letter twice its width and cut names short (chart-text.ts).
  echarts.setPlatformAPI({ measureText: measureChartText });
  return echarts;
}

/** The charts' text: the page's fonts (measured in chart-text.ts), 12 px, lines of 14. */
const CHART_FONT = 'DejaVu Sans, Arial, sans-serif';
const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
/**
 * The widest a bar's name gets, in pixels, on two lines at most: in the charts 940 px wide,
 * a third; in the 460 px ones, 200 px (a name of some 30 letters on a line).
 */
const NAME_WIDTH = { wide: 300, narrow: 200 } as const;
/** A bar's row: 26 px for names on one line, 32 when one takes two. */
const ROW = { one: 26, two: 32 } as const;

/**
 * Commitments in one chart of progress per commitment: a plan with more is drawn as several
 * charts of 50 bars (1 340 px each). One chart of 500 bars was 13 000 px tall, and drawing it
 * lifted a run's peak memory by some 35 MiB; charts of 30 bars cost the page a third more time.
 */
const COMMITMENTS_PER_CHART = 50;

/** `items` in consecutive parts of at most `size`. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/**
 * A chart as static SVG, with its description for screen readers. ECharts places text by
 * its left or right end on the page, as the SVG reads left to right (the page's style keeps
 * every chart so, in Arabic too); in right-to-left, each text is isolated right to left
 * inside, so « 25 % » and « 1. name » read as in the rest of the page.
 */
function svgChart(
  echarts: ECharts,
  label: string,
  width: number,
  height: number,
  option: Record<string, unknown>,
  rtl: boolean,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize: FONT_SIZE },
    ...option,
  });
  const drawn = chart.renderToSVGString();
  chart.dispose();
  const svg = rtl
    ? drawn.replace(/(<text\b[^>]*>)([^<]+)(<\/text>)/g, `$1${RLI}$2${PDI}$3`)
    : drawn;
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `);
}

/**
 * A bar's name on at most two lines of `width` pixels, « … » only past them; the part a
 * person typed (a commitment's title, an axis) read in its own direction.
 */
function barName(prefix: string, name: string, width: number): string[] {
  const { lines } = wrapText(`${prefix}${name}`, width, FONT_SIZE);
  return lines.map((line, i) =>
    i === 0 && prefix && line.startsWith(prefix)
      ? `${prefix}${typedIsolated(line.slice(prefix.length))}`
      : typedIsolated(line),
  );
}

/** A completion level and a sheet's status as the committee's language names them. */
function namesIn(locale: Locale): {
  levelName: (level: IrmLevel) => string;
  statusName: (status: DashboardRow['status']) => string;
} {
  return {
    levelName: (level) => levelLabel(locale, level),
    statusName: (status) => statusLabel(locale, status),
  };
}

/** A date as the committee's language writes it. */
function dateIn(locale: Locale, iso: IsoDate): string {
  return locale === 'en' ? iso : formatFrenchDate(iso);
}

/**
 * The page, as HTML text in pieces: the summary and charts, then one commitment's card at a
 * time, so that a page of hundreds of cards is written as it is drawn, never held whole
 * (at 500 commitments, a 5 MB page held as one string lifted the run's peak by 20 MiB).
 */
export function* renderStatusPage(input: StatusPageInput): Generator<string, void, undefined> {
  const { config, model } = input;
  const locale = config.committee.locale;
  const w = CATALOGUES[locale].page;
  const { levelName, statusName } = namesIn(locale);
  const rtl = locale === 'ar';
  const dir = rtl ? 'rtl' : 'ltr';
  // A noun agreed with its count, by the language's plural rules.
  const agreed = (n: number, one: string, many: string) =>
    counted(n, one, many, locale).replace(/^\d+ /, '');
  const echarts = loadECharts();
  const t = model.totals;
  const levels = IRM_LEVELS.map((level) => ({
    level,
    n: model.dashboard.filter((d) => d.completion === level).length,
  }));
  const axes = [...new Set(model.dashboard.map((d) => d.axis ?? w.axisNone))];
  // The mean of the commitments' progress (none reported: 0), to a tenth.
  const meanProgress = (rows: readonly DashboardRow[]) =>
    Math.round(
      (rows.reduce((a, d) => a + (d.averageProgress ?? 0), 0) / Math.max(1, rows.length)) * 10,
    ) / 10;
  const axisProgress = axes.map((axis) => ({
    axis,
    progress: meanProgress(model.dashboard.filter((d) => (d.axis ?? w.axisNone) === axis)),
  }));
  const number = (value: number) => (locale === 'en' ? String(value) : decimalComma(value));
  const overall = meanProgress(model.dashboard);
  // Mirrored in Arabic (ECharts has no right-to-left switch: axes are placed and inverted):
  // names on the right, bars growing leftwards from them, the first category still on top.
  const mirrored = (room: number) => (rtl ? { left: room, right: 8 } : { left: 8, right: room });
  const bars = (labels: string[][], values: number[], colours?: string[]) => ({
    grid: {
      ...mirrored(40),
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', max: 100, inverse: rtl, axisLabel: { formatter: '{value} %' } },
    yAxis: {
      type: 'category',
      data: labels.map((lines) => lines.join('\n')),
      inverse: true,
      position: rtl ? 'right' : 'left',
      // Wrapped and measured beforehand (barName): drawn whole.
      axisLabel: { lineHeight: LINE_HEIGHT, overflow: 'none' },
    },
    series: [
      {
        type: 'bar',
        data: values.map((v, i) => ({
          value: v,
          ...(colours ? { itemStyle: { color: colours[i] } } : {}),
        })),
        label: {
          show: true,
          position: rtl ? 'left' : 'right',
          formatter: (p: { value: number }) => `${number(p.value)} %`,
        },
      },
    ],
  });
  const rowOf = (labels: string[][]) => (labels.some((l) => l.length > 1) ? ROW.two : ROW.one);
  const axisNames = axisProgress.map((a) => barName('', a.axis, NAME_WIDTH.narrow));
  const charts = {
    levels: svgChart(
      echarts,
      `${w.levels}${w.colon}${levels.map((l) => `${levelName(l.level)} ${l.n}`).join(', ')}`,
      460,
      240,
      {
        grid: {
          ...mirrored(30),
          top: 8,
          bottom: 8,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
        xAxis: { type: 'value', minInterval: 1, inverse: rtl },
        yAxis: {
          type: 'category',
          data: levels.map((l) => levelName(l.level)),
          inverse: true,
          position: rtl ? 'right' : 'left',
        },
        series: [
          {
            type: 'bar',
            data: levels.map((l) => ({ value: l.n, itemStyle: { color: LEVEL_COLOURS[l.level] } })),
            label: { show: true, position: rtl ? 'left' : 'right' },
          },
        ],
      },
      rtl,
    ),
    axes: svgChart(
      echarts,
      `${w.perAxis}${w.colon}${axisProgress.map((a) => `${a.axis} ${number(a.progress)} %`).join(', ')}`,
      460,
      60 + 34 * axes.length,
      bars(
        axisNames,
        axisProgress.map((a) => a.progress),
      ),
      rtl,
    ),
    commitments: chunks(model.dashboard, COMMITMENTS_PER_CHART)
      .map((part) => {
        const names = part.map((d) => barName(`${d.id}. `, d.title, NAME_WIDTH.wide));
        return svgChart(
          echarts,
          `${w.perCommitment}${w.colon}${part.map((d) => `${d.id} ${number(d.averageProgress ?? 0)} %`).join(', ')}`,
          940,
          40 + rowOf(names) * part.length,
          bars(
            names,
            part.map((d) => d.averageProgress ?? 0),
            part.map((d) => LEVEL_COLOURS[d.completion]),
          ),
          rtl,
        );
      })
      .join('\n'),
    series: input.snapshots.length
      ? svgChart(
          echarts,
          `${w.series}${w.colon}${input.snapshots.map((s) => dateIn(locale, s.meeting)).join(', ')}`,
          940,
          320,
          {
            grid: {
              ...mirrored(100),
              top: 30,
              bottom: 8,
              outerBoundsMode: 'same',
              outerBoundsContain: 'axisLabel',
            },
            legend: { type: 'scroll', top: 0, ...(rtl ? { right: 8, align: 'right' } : {}) },
            xAxis: {
              type: 'category',
              data: input.snapshots.map((s) => dateIn(locale, s.meeting)),
              inverse: rtl,
            },
            yAxis: {
              type: 'value',
              max: 100,
              position: rtl ? 'right' : 'left',
              axisLabel: { formatter: '{value} %' },
            },
            series: model.dashboard.map((d) => ({
              type: 'line',
              name: `${d.id}`,
              data: input.snapshots.map(
                (s) => s.commitments.find((c) => c.id === d.id)?.averageProgress ?? 0,
              ),
            })),
          },
          rtl,
        )
      : '',
  };

  const late = model.dashboard.filter((d) => d.late);
  const changed = input.changes.filter(hasChanged);
  const e = escapeHtml;
  const title = `${config.committee.name} — ${config.plan.name}`;
  const lateItem = (d: DashboardRow) =>
    `<li>${d.id}. ${typed(d.title)} — ${typed(d.institution)}${w.colon}` +
    `<span class="status ${STATUS_CLASS[d.status]}">${e(statusName(d.status))}</span></li>`;
  const lateList = late.length
    ? `<ul>${late.map(lateItem).join('')}</ul>`
    : `<p>${e(w.noneLate)}</p>`;
  yield `<!DOCTYPE html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} — ${e(w.asOf)} ${e(dateIn(locale, model.today))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${typed(config.committee.name)}</h1>
<p class="plan">${typed(config.plan.name)} — <strong>${e(w.asOf)} ${e(dateIn(locale, model.today))}</strong></p>
</header>
<main>
<section aria-labelledby="chiffres">
<h2 id="chiffres" class="visually-hidden">${e(w.progress)}</h2>
<ul class="figures">
<li><span class="n">${model.dashboard.length}</span> ${e(agreed(model.dashboard.length, w.commitment, w.commitments))}</li>
<li><span class="n">${t.received}</span> ${e(agreed(t.received, w.receivedOne, w.received))}</li>
<li><span class="n">${t.toFix}</span> ${e(w.toFix)}</li>
<li><span class="n">${t.toUpdate}</span> ${e(w.toUpdate)}</li>
<li><span class="n">${t.missing}</span> ${e(agreed(t.missing, w.missingOne, w.missing))}</li>
<li><span class="n">${number(overall)} %</span> ${e(w.progress)}</li>
</ul>
</section>
<section class="charts" aria-labelledby="niveaux">
<div><h2 id="niveaux">${e(w.levels)}</h2>${charts.levels}<p class="rule"><strong>${e(w.rule)}${w.colon.trimEnd()}</strong> ${e(w.completionRule)}</p></div>
${model.dashboard.some((d) => d.axis) ? `<div><h2>${e(w.perAxis)}</h2>${charts.axes}</div>` : ''}
</section>
<section aria-labelledby="retard">
<h2 id="retard">${e(w.late)} (${late.length})</h2>
${lateList}
</section>
<section aria-labelledby="changements">
<h2 id="changements">${e(input.since ? `${w.changes} ${dateIn(locale, input.since)}` : w.changesStart)}</h2>
${changed.length ? `<ul>${changed.map((c) => `<li>${e(describeChange(c, locale))}</li>`).join('')}</ul>` : `<p>${e(w.noChange)}</p>`}
</section>
<section aria-labelledby="par-engagement">
<h2 id="par-engagement">${e(w.perCommitment)}</h2>
${charts.commitments}
</section>
${charts.series ? `<section aria-labelledby="serie"><h2 id="serie">${e(w.series)}</h2>${charts.series}</section>` : ''}
<section aria-labelledby="engagements">
<h2 id="engagements">${e(w.cards)}</h2>
`;
  // From the readings' summaries: no submission is read again for the page.
  const sets = new Map(model.recordSets.map((r) => [r.commitmentId, r]));
  const indicators = new Map<number, IndicatorRow[]>();
  for (const row of model.indicators) {
    const list = indicators.get(row.commitmentId);
    if (list) list.push(row);
    else indicators.set(row.commitmentId, [row]);
  }
  for (const [index, d] of model.dashboard.entries()) {
    const drawn = card(d, sets.get(d.id), indicators.get(d.id) ?? [], model.today, locale);
    yield index === 0 ? drawn : `\n${drawn}`;
  }
  yield `
</section>
</main>
</body>
</html>
`;
}

/**
 * What a person typed (a title, an institution, a name), escaped and isolated: an English
 * name in an Arabic sentence, or the reverse, keeps its own direction and leaves the
 * sentence's punctuation where it was.
 */
function typed(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** One commitment's card: never split across printed pages. */
function card(
  d: DashboardRow,
  set: RecordSet | undefined,
  indicators: readonly IndicatorRow[],
  today: IsoDate,
  locale: Locale,
): string {
  const w = CATALOGUES[locale].page;
  const { levelName, statusName } = namesIn(locale);
  const e = escapeHtml;
  const milestones = set?.milestoneList ?? [];
  const stateOf = (m: MilestoneBrief): 'done' | 'overdue' | 'toCome' =>
    (m.progress ?? 0) >= 100 ? 'done' : m.end && m.end < today ? 'overdue' : 'toCome';
  const timeline = milestones.length
    ? `<table class="timeline"><caption>${e(w.milestones)}</caption><tbody>${milestones
        .map((m) => {
          const p = m.progress ?? 0;
          const state = stateOf(m);
          // Each part isolated: a reference « J1 » before an Arabic title stays on its right.
          const name = [m.ref, m.title]
            .filter((part): part is string => Boolean(part))
            .map(typed)
            .join(' — ');
          const end = m.end ? e(dateIn(locale, m.end)) : '';
          const bar = `<span class="bar" style="--p:${p}%"><span></span></span> ${p} %`;
          const stateCell = `<span class="state ${state}">${e(w[state])}</span>`;
          return `<tr><th scope="row">${name}</th><td>${end}</td><td>${bar}</td><td>${stateCell}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';
  const head = [w.actions, w.indicators, w.target, w.achieved]
    .map((title) => `<th scope="col">${e(title)}</th>`)
    .join('');
  const rows = indicators.map((x) => {
    const type = `<th scope="row">${typed(x.type)} (${x.done}/${x.planned})</th>`;
    return `<tr>${type}<td>${typed(x.indicator)}</td><td>${x.target}</td><td>${x.achieved}</td></tr>`;
  });
  const table = indicators.length
    ? `<table><caption>${e(w.indicators)}</caption><thead><tr>${head}</tr></thead>` +
      `<tbody>${rows.join('')}</tbody></table>`
    : '';
  const links = [
    ...new Set(
      [...milestones.map((m) => m.evidence), ...(set?.actionEvidence ?? [])].filter(
        (u): u is string => Boolean(u) && parseHttpUrl(u as string).ok,
      ),
    ),
  ];
  const status = `<span class="status ${STATUS_CLASS[d.status]}">${e(statusName(d.status))}</span>`;
  const level =
    `<strong class="level" style="border-color:${LEVEL_COLOURS[d.completion]}">${e(levelName(d.completion))}</strong>` +
    (d.completionSetBy ? ` (${e(w.setBy)}${w.colon}${typed(d.completionSetBy)})` : '');
  const evidence = links.length
    ? `<p>${e(w.evidence)}${w.colon}${links.map((u, i) => `<a href="${e(u)}">${i + 1}</a>`).join(' ')}</p>`
    : '';
  const body = set
    ? `<p>${e(w.actions)}${w.colon}${d.actionsDone} ${e(w.realised)} ${d.actionsPlanned}</p>${timeline}${table}${evidence}`
    : `<p>${e(w.noSheet)}</p>`;
  return `<article class="card" aria-labelledby="e${d.id}">
<h3 id="e${d.id}">${d.id}. ${typed(d.title)}</h3>
<p>${typed(d.institution)} — ${e(w.focalPoint)}${w.colon}${typed(d.focalPoint)}</p>
<p>${e(w.status)}${w.colon}${status} — ${e(w.level)}${w.colon}${level}</p>
${body}
</article>`;
}

const STYLE = `
:root { color: #1b1b1b; background: #fff; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 15px; }
body { max-width: 1000px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.6rem; margin: 0; color: #1f4e79; }
h2 { font-size: 1.2rem; color: #1f4e79; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; }
h3 { font-size: 1.05rem; margin: 0 0 4px; }
.plan { margin: 4px 0 12px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; }
.figures li { border: 1px solid #9aa9b8; border-radius: 6px; padding: 8px 12px; min-width: 120px; }
.figures .n { display: block; font-size: 1.6rem; font-weight: bold; color: #1f4e79; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.charts > div { flex: 1 1 440px; }
svg { max-width: 100%; height: auto; direction: ltr; } /* ECharts places text left to right: svgChart */
.rule { font-size: 0.85rem; }
.status { padding: 0 6px; border-radius: 4px; font-weight: bold; }
.status.ok { background: #c6efce; color: #004d00; }
.status.fix { background: #ffeb9c; color: #6b3d00; }
.status.update { background: #fce4d6; color: #6b2d06; }
.status.missing { background: #ffc7ce; color: #7a0010; }
.level { border-inline-start: 6px solid; padding-inline-start: 4px; }
.card { border: 1px solid #9aa9b8; border-radius: 6px; padding: 10px 12px; margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; margin: 6px 0; width: 100%; font-size: 0.9rem; }
caption { text-align: start; font-weight: bold; }
th, td { border: 1px solid #c8d0d8; padding: 2px 6px; text-align: start; vertical-align: top; }
.bar { display: inline-block; width: 80px; height: 10px; background: #e1e6eb; vertical-align: middle; }
.bar span { display: block; height: 100%; width: var(--p); background: #2e86c1; }
.state.done { color: #1e6b3a; font-weight: bold; }
.state.overdue { color: #9c0006; font-weight: bold; }
.state.toCome { color: #37474f; }
a { color: #0b5394; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@page { size: A4; margin: 14mm; }
@media print { body { max-width: none; padding: 0; font-size: 11px; } .charts > div { flex-basis: 45%; } h2 { break-after: avoid; } }
`;
