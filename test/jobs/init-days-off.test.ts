/**
 * A committee of a country whose holidays the library does not know (Jordan) starts with no day
 * off at all, not with placeholder days a secretariat could take for its holidays: its « Days
 * off » sheet holds only the grey example row, not read while unchanged; its guide says every
 * holiday is to be typed there; and every command warns until they are, as init says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { render } from '../../src/core/catalogue/render.js';
import { calendarWarnings } from '../../src/core/calendar-checks.js';
import { sheetName } from '../../src/core/roster/roster-layout.js';
import { initProject } from '../../src/jobs/init-project.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-init-days-off-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The starter of `country`, its configuration and its committee workbook as written. */
async function starterOf(country: string) {
  const result = await initProject(join(dir, country), {
    country,
    now: new Date('2026-12-02T12:00Z'),
  });
  const { config } = await loadConfigFile(result.config);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(result.workbook!);
  return { config, workbook };
}

/** A sheet's rows after its header, as text. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))); // prettier-ignore
  });
  return rows;
}

describe('init --country JO, a country without holiday data', () => {
  it('writes no day off: the days-off sheet holds only its example row, and its guide says to type every holiday', async () => {
    const { config, workbook } = await starterOf('JO');
    expect(config.holidays.add).toEqual([]);
    const daysOff = workbook.getWorksheet(sheetName('ar-JO', 'daysOff'))!;
    expect(rowsOf(daysOff)).toEqual([['2027-01-01', '', 'مثال: يوم عطلة', 'مضاف']]);
    expect(daysOff.getCell(2, 1).font?.italic).toBe(true);
    const guide = rowsOf(workbook.getWorksheet(sheetName('ar-JO', 'guide'))!).flat().join('\n');
    expect(guide).toContain('كل العطل الرسمية للبلد، سطر لكل يوم أو فترة: لا تعرفها الأداة');
    // Until they are typed, every command says so, at the sheet where they go.
    expect(calendarWarnings(config).map((m) => render('ar-JO', m))).toEqual([
      'لا تعرف الأداة أي عطلة رسمية في \u2068JO\u2069: لا تتجنب التذكيرات إلا نهاية الأسبوع. اذكروا العطل الرسمية في ورقة «أيام العطلة» من مصنّف اللجنة (سطر لكل يوم أو فترة).',
    ]);
  }); // prettier-ignore

  it('keeps the usual words for a country whose holidays are known', async () => {
    const { config, workbook } = await starterOf('MX');
    expect(calendarWarnings(config)).toEqual([]);
    const guide = rowsOf(workbook.getWorksheet(sheetName('es-MX', 'guide'))!)
      .flat()
      .join('\n');
    expect(guide).toContain('Los días inhábiles agregados a los del país, o quitados.');
  });
});
