/**
 * The streamed consolidation at a size where the master's sheets outrun the zip compressor
 * (thousands of rows): its dashboard, read back from the workbook, holds the counts of the
 * submissions validated one by one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { consolidate } from '../../src/jobs/consolidate.js';
import { validateFiles } from '../../src/jobs/validate-files.js';
import { ACTIONS_PER_FILE, MILESTONES_PER_FILE, writeBenchData } from '../../scripts/bench-data.js';

const N = 12;
const NOW = new Date('2019-01-08T08:00:00Z');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-scale-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe(`a streamed consolidation of ${N} benchmark submissions`, () => {
  it('shows on its dashboard the counts of the submissions, row for row', async () => {
    const loaded = await loadConfigFile(await writeBenchData(root, N));
    const { summary } = await consolidate(loaded.config, { now: NOW, baseDir: loaded.dir });

    const files = loaded.config.commitments.map((c) => (c.source?.kind === 'xlsx' ? c.source.path : ''));
    const results = await validateFiles(files, loaded.config, NOW);
    const count = (r: (typeof results)[number], severity: string) => r.issues.filter((i) => i.severity === severity).length;
    const expected = results.map((r, i) => [i + 1, r.reading?.actions.length, r.reading?.milestones.length, count(r, 'error'), count(r, 'warning')]);
    expect(expected.every(([, actions, milestones]) => actions === ACTIONS_PER_FILE && milestones === MILESTONES_PER_FILE)).toBe(true);

    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(summary.master);
    const dashboard = master.getWorksheet('Tableau de bord')!;
    // Row 1 is the title, row 2 the header.
    const header = (dashboard.getRow(2).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name);
    const rows = Array.from({ length: N + 1 }, (_, i) => (dashboard.getRow(i + 3).values as unknown[]).slice(1));
    // "achieved / total" milestones.
    const milestones = (row: unknown[]) => Number(String(row[col('Jalons achevés / total')]).split('/')[1]);
    const pick = (row: unknown[]) => [row[col('N°')], row[col('Actions prévues')], milestones(row), row[col('Erreurs')], row[col('Avertissements')]];
    expect(rows.slice(0, N).map(pick)).toEqual(expected);

    const sum = (k: number) => expected.reduce((n, r) => n + (r[k] as number), 0);
    const totals = rows[N]!;
    expect([totals[col('Actions prévues')], milestones(totals), totals[col('Erreurs')], totals[col('Avertissements')]]).toEqual([sum(1), sum(2), sum(3), sum(4)]);
    expect([summary.actions, summary.milestones, summary.errors, summary.warnings]).toEqual([sum(1), sum(2), sum(3), sum(4)]);
    expect(master.getWorksheet('Actions de communication')!.actualRowCount).toBe(1 + N * ACTIONS_PER_FILE);
    expect(master.getWorksheet('Jalons')!.actualRowCount).toBe(1 + N * MILESTONES_PER_FILE);
    expect(master.getWorksheet('Anomalies')!.actualRowCount).toBe(1 + sum(3) + sum(4));
  }, 60_000);
}); // prettier-ignore
