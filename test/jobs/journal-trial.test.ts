/**
 * A trial run (`--dry-run`) is written in the master's journal in the committee's language
 * (« tick (prueba) »), as are trials a former version recorded as « tick (essai) ».
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import { translate } from '../../src/core/catalogue/render.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { countryExampleCopy } from '../helpers/example-copy.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-trial-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The master's journal: its command column, newest first. */
async function journalCommands(master: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(master);
  const sheet = workbook.getWorksheet(translate('es', 'master.sheetJournal'))!;
  const commands: unknown[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) commands.push(row.getCell(2).value);
  });
  return commands;
}

describe('the journal of a trial', () => {
  it('says « (prueba) » in a Spanish committee’s master, and translates a trial recorded « (essai) »', async () => {
    const dir = await countryExampleCopy(root, 'mexico-2025');
    const { config } = await loadConfigFile(join(dir, 'committee.yaml'));
    const now = parseNowArgument('2025-03-12T09:00', config.committee.timezone)!;
    const first = await runCalendar(config, { command: 'tick', dryRun: true, now, baseDir: dir });
    expect(await journalCommands(first.master)).toEqual(['tick (prueba)']);
    // A journal kept by an earlier version, which wrote the trial into the command's name.
    const store = new LocalStore(config.storage.state.kind === 'local' ? config.storage.state.dir : '');
    const journal = await store.loadJournal();
    await store.saveJournal(journal.map((run) => ({ at: run.at, command: 'tick (essai)', sources: run.sources, read: run.read, actions: run.actions, milestones: run.milestones, errors: run.errors, warnings: run.warnings, durationMs: run.durationMs })));
    const later = parseNowArgument('2025-03-12T10:00', config.committee.timezone)!;
    const second = await runCalendar(config, { command: 'remind', now: later, baseDir: dir });
    expect(await journalCommands(second.master)).toEqual(['remind', 'tick (prueba)']);
  }); // prettier-ignore
});
