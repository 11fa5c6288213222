/**
 * The status page `suivi.html`: one self-contained file (no script, no font, no request)
 * a committee can project, print on A4, send or publish — how far the plan is, who is late,
 * what changed since the last meeting, and a card per commitment. Its charts are drawn by
 * Apache ECharts' server-side renderer into static SVG, here, when the page is written.
 */
import { createRequire } from 'node:module';
import type { IsoDate } from '../../core/calendar-date.js';
import {
  IRM_LEVELS,
  LEVEL_PROGRESS,
  SUBSTANTIAL_FROM,
  type IrmLevel,
} from '../../core/completion.js';
import type { CommitteeConfig } from '../../core/config-schema.js';
import {
  planProgress,
  type ConsolidatedModel,
  type DashboardRow,
  type IndicatorRow,
  type MilestoneBrief,
  type RecordSet,
} from '../../core/consolidation.js';
import { formatDay, formatNumber, selector, translate } from '../../core/catalogue/render.js';
import { describeChange, escapeHtml } from '../../core/email-templates.js';
import {
  directionOf,
  formattingLocale,
  languageOf,
  type LocaleTag,
} from '../../core/locale-tag.js';
import { parseHttpUrl } from '../../core/parse-values.js';
import { levelLabel, statusLabel } from '../../core/value-labels.js';
import { hasChanged, type CommitmentChange, type MeetingSnapshot } from '../../core/snapshot.js';
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

/** How the committee's country writes what the page shows: names, numbers, dates, lists. */
interface Ways {
  tag: LocaleTag;
  levelName: (level: IrmLevel) => string;
  statusName: (status: DashboardRow['status']) => string;
  /** A count (« 20,000 » in Mexico, « 20.000 » in Brazil). */
  count: (n: number) => string;
  /** A percentage from 0 to 100, to a tenth (« 21.7% » in Mexico, « 21,7 % » in France). */
  percent: (value: number) => string;
  day: (iso: IsoDate) => string;
  /** Items joined as the language lists them (« a, b et c »). */
  list: (items: readonly string[]) => string;
}

function waysOf(tag: LocaleTag): Ways {
  const lists = new Intl.ListFormat(formattingLocale(tag), { type: 'conjunction' });
  return {
    tag,
    levelName: (level) => levelLabel(tag, level),
    statusName: (status) => statusLabel(tag, status),
    count: (n) => formatNumber(tag, n),
    percent: (value) =>
      formatNumber(tag, value / 100, { style: 'percent', maximumFractionDigits: 1 }),
    day: (iso) => formatDay(tag, iso),
    list: (items) => lists.format(items),
  };
}

/**
 * A message's text as HTML: escaped, then each of its slots ({@link slot}) replaced by its
 * piece of HTML (a name in its <bdi>, a status in its badge), so that the message keeps the
 * order of its language and the pieces their markup.
 */
function withPieces(text: string, pieces: readonly string[]): string {
  return escapeHtml(text).replace(SLOT, (_, i: string) => pieces[Number(i)] ?? '');
}

/** The `i`th slot of a message: private-use marks, neither escaped nor isolated by render. */
function slot(i: number): string {
  return `\ue000${i}\ue001`;
}
const SLOT = /\ue000(\d+)\ue001/g;

/**
 * The page, as HTML text in pieces: the summary and charts, then one commitment's card at a
 * time, so that a page of hundreds of cards is written as it is drawn, never held whole
 * (at 500 commitments, a 5 MB page held as one string lifted the run's peak by 20 MiB).
 */
export function* renderStatusPage(input: StatusPageInput): Generator<string, void, undefined> {
  const { config, model } = input;
  const tag = config.committee.tag;
  const ways = waysOf(tag);
  const { levelName, statusName, count, percent, day, list } = ways;
  const rtl = directionOf(tag) === 'rtl';
  const dir = rtl ? 'rtl' : 'ltr';
  const axisNone = translate(tag, 'page.axisNone');
  const echarts = loadECharts();
  const t = model.totals;
  const levels = IRM_LEVELS.map((level) => ({
    level,
    n: model.dashboard.filter((d) => d.completion === level).length,
  }));
  const axes = [...new Set(model.dashboard.map((d) => d.axis ?? axisNone))];
  // The plan's progress as the master's totals row gives it (none reported: 0), per axis too.
  const meanProgress = (rows: readonly DashboardRow[]) => planProgress(rows) ?? 0;
  const axisProgress = axes.map((axis) => ({
    axis,
    progress: meanProgress(model.dashboard.filter((d) => (d.axis ?? axisNone) === axis)),
  }));
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
    xAxis: { type: 'value', max: 100, inverse: rtl, axisLabel: { formatter: percent } },
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
          formatter: (p: { value: number }) => percent(p.value),
        },
      },
    ],
  });
  const rowOf = (labels: string[][]) => (labels.some((l) => l.length > 1) ? ROW.two : ROW.one);
  const axisNames = axisProgress.map((a) => barName('', a.axis, NAME_WIDTH.narrow));
  const charts = {
    levels: svgChart(
      echarts,
      translate(tag, 'page.levelsLabel', {
        levels: list(levels.map((l) => `${levelName(l.level)} ${count(l.n)}`)),
      }),
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
        xAxis: { type: 'value', minInterval: 1, inverse: rtl, axisLabel: { formatter: count } },
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
            label: {
              show: true,
              position: rtl ? 'left' : 'right',
              formatter: (p: { value: number }) => count(p.value),
            },
          },
        ],
      },
      rtl,
    ),
    axes: svgChart(
      echarts,
      translate(tag, 'page.perAxisLabel', {
        axes: list(axisProgress.map((a) => `${a.axis} ${percent(a.progress)}`)),
      }),
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
          translate(tag, 'page.perCommitmentLabel', {
            commitments: list(part.map((d) => `${d.id} ${percent(d.averageProgress ?? 0)}`)),
          }),
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
          translate(tag, 'page.seriesLabel', {
            meetings: list(input.snapshots.map((s) => day(s.meeting))),
          }),
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
              data: input.snapshots.map((s) => day(s.meeting)),
              inverse: rtl,
            },
            yAxis: {
              type: 'value',
              max: 100,
              position: rtl ? 'right' : 'left',
              axisLabel: { formatter: percent },
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
  const asOf = translate(tag, 'page.asOf', { today: model.today });
  const title = `${config.committee.name} — ${config.plan.name} — ${asOf}`;
  const lateItem = (d: DashboardRow) =>
    `<li>${withPieces(
      translate(tag, 'page.lateItem', {
        id: d.id,
        title: slot(0),
        institution: slot(1),
        status: slot(2),
      }),
      [
        typed(d.title),
        typed(d.institution),
        `<span class="status ${STATUS_CLASS[d.status]}">${e(statusName(d.status))}</span>`,
      ],
    )}</li>`;
  const lateList = late.length
    ? `<ul>${late.map(lateItem).join('')}</ul>`
    : `<p>${e(translate(tag, 'page.noneLate'))}</p>`;
  const progress = e(translate(tag, 'page.progress'));
  const rule = translate(tag, 'page.completionRule', {
    notStarted: LEVEL_PROGRESS['not-started'] / 100,
    limited: LEVEL_PROGRESS.limited / 100,
    substantial: LEVEL_PROGRESS.substantial / 100,
    complete: LEVEL_PROGRESS.complete / 100,
    half: SUBSTANTIAL_FROM / 100,
  });
  const figure = (n: string, words: string) => `<li><span class="n">${n}</span> ${e(words)}</li>`;
  yield `<!DOCTYPE html>
<html lang="${languageOf(tag)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${typed(config.committee.name)}</h1>
<p class="plan">${typed(config.plan.name)} — <strong>${e(asOf)}</strong></p>
</header>
<main>
<section aria-labelledby="chiffres">
<h2 id="chiffres" class="visually-hidden">${progress}</h2>
<ul class="figures">
${figure(count(model.dashboard.length), translate(tag, 'page.commitments', { count: model.dashboard.length }))}
${figure(count(t.received), translate(tag, 'page.received', { count: t.received }))}
${figure(count(t.toFix), translate(tag, 'page.toFix'))}
${figure(count(t.toUpdate), translate(tag, 'page.toUpdate'))}
${figure(count(t.missing), translate(tag, 'page.missing', { count: t.missing }))}
<li><span class="n">${e(percent(overall))}</span> ${progress}</li>
</ul>
</section>
<section class="charts" aria-labelledby="niveaux">
<div><h2 id="niveaux">${e(translate(tag, 'page.levels'))}</h2>${charts.levels}<p class="rule"><strong>${e(translate(tag, 'page.rule'))}</strong> ${e(rule)}</p></div>
${model.dashboard.some((d) => d.axis) ? `<div><h2>${e(translate(tag, 'page.perAxis'))}</h2>${charts.axes}</div>` : ''}
</section>
<section aria-labelledby="retard">
<h2 id="retard">${e(translate(tag, 'page.late', { count: late.length }))}</h2>
${lateList}
</section>
<section aria-labelledby="changements">
<h2 id="changements">${e(input.since ? translate(tag, 'page.changesSince', { date: input.since }) : translate(tag, 'page.changesStart'))}</h2>
${changed.length ? `<ul>${changed.map((c) => `<li>${e(describeChange(c, tag))}</li>`).join('')}</ul>` : `<p>${e(translate(tag, 'page.noChange'))}</p>`}
</section>
<section aria-labelledby="par-engagement">
<h2 id="par-engagement">${e(translate(tag, 'page.perCommitment'))}</h2>
${charts.commitments}
</section>
${charts.series ? `<section aria-labelledby="serie"><h2 id="serie">${e(translate(tag, 'page.series'))}</h2>${charts.series}</section>` : ''}
<section aria-labelledby="engagements">
<h2 id="engagements">${e(translate(tag, 'page.cards'))}</h2>
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
    const drawn = card(d, sets.get(d.id), indicators.get(d.id) ?? [], model.today, ways);
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

/** A milestone's state, and the class the page's style draws it with. */
type MilestoneState = 'done' | 'overdue' | 'to-come';
const STATE_CLASS: Record<MilestoneState, string> = {
  done: 'done',
  overdue: 'overdue',
  'to-come': 'toCome',
};

/** One commitment's card: never split across printed pages. */
function card(
  d: DashboardRow,
  set: RecordSet | undefined,
  indicators: readonly IndicatorRow[],
  today: IsoDate,
  ways: Ways,
): string {
  const { tag, levelName, statusName, count, percent, day } = ways;
  const e = escapeHtml;
  const milestones = set?.milestoneList ?? [];
  const stateOf = (m: MilestoneBrief): MilestoneState =>
    (m.progress ?? 0) >= 100 ? 'done' : m.end && m.end < today ? 'overdue' : 'to-come';
  const timeline = milestones.length
    ? `<table class="timeline"><caption>${e(translate(tag, 'page.milestones'))}</caption><tbody>${milestones
        .map((m) => {
          const p = m.progress ?? 0;
          const state = stateOf(m);
          // Each part isolated: a reference « J1 » before an Arabic title stays on its right.
          const name = [m.ref, m.title]
            .filter((part): part is string => Boolean(part))
            .map(typed)
            .join(' — ');
          const end = m.end ? e(day(m.end)) : '';
          const bar = `<span class="bar" style="--p:${p}%"><span></span></span> ${e(percent(p))}`;
          const said = translate(tag, 'page.milestoneState', { state: selector(state) });
          const stateCell = `<span class="state ${STATE_CLASS[state]}">${e(said)}</span>`;
          return `<tr><th scope="row">${name}</th><td>${end}</td><td>${bar}</td><td>${stateCell}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';
  const actions = translate(tag, 'page.actions');
  const indicatorsTitle = translate(tag, 'page.indicators');
  const head = [
    actions,
    indicatorsTitle,
    translate(tag, 'page.target'),
    translate(tag, 'page.achieved'),
  ]
    .map((title) => `<th scope="col">${e(title)}</th>`)
    .join('');
  const rows = indicators.map((x) => {
    const type = `<th scope="row">${typed(x.type)} (${count(x.done)}/${count(x.planned)})</th>`;
    return `<tr>${type}<td>${typed(x.indicator)}</td><td>${count(x.target)}</td><td>${count(x.achieved)}</td></tr>`;
  });
  const table = indicators.length
    ? `<table><caption>${e(indicatorsTitle)}</caption><thead><tr>${head}</tr></thead>` +
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
  const level = `<strong class="level" style="border-color:${LEVEL_COLOURS[d.completion]}">${e(levelName(d.completion))}</strong>`;
  const statusLevel = withPieces(
    translate(tag, 'page.statusLevel', {
      status: slot(0),
      level: slot(1),
      fixed: d.completionSetBy !== null,
      who: slot(2),
    }),
    [status, level, d.completionSetBy ? typed(d.completionSetBy) : ''],
  );
  const evidence = links.length
    ? `<p>${withPieces(translate(tag, 'page.evidence', { links: slot(0) }), [
        links.map((u, i) => `<a href="${e(u)}">${count(i + 1)}</a>`).join(' '),
      ])}</p>`
    : '';
  const done = translate(tag, 'page.actionsDone', {
    done: d.actionsDone,
    planned: d.actionsPlanned,
  });
  const body = set
    ? `<p>${e(done)}</p>${timeline}${table}${evidence}`
    : `<p>${e(translate(tag, 'page.noSheet'))}</p>`;
  const who = withPieces(
    translate(tag, 'page.focalPoint', { institution: slot(0), focalPoint: slot(1) }),
    [typed(d.institution), typed(d.focalPoint)],
  );
  return `<article class="card" aria-labelledby="e${d.id}">
<h3 id="e${d.id}">${d.id}. ${typed(d.title)}</h3>
<p>${who}</p>
<p>${statusLevel}</p>
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
