/**
 * The folders a secretariat opens are named in its committee's language, as the master is: an
 * English committee's run writes `open-data/` and keeps a workbook received by email as
 * `emails/commitment-05-….xlsx`, a French one `donnees-ouvertes/` and `courriels/engagement-…`
 * as always. A folder written under the French names and taken over in English loses nothing:
 * the open data moves (no stale copy left beside it), a workbook kept before stays where it is
 * and its version still counts, the next one gets the new name.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile, type LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { commitmentNumberInName } from '../../src/core/file-names.js';
import { consolidate } from '../../src/jobs/consolidate.js';
import { runIntake } from '../../src/jobs/intake.js';
import { exampleReplyMessage, exampleReplyWorkbook } from '../../scripts/make-example.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { composeInbound } from '../helpers/inbound.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const OPEN_DATA = ['actions.csv', 'datapackage.json', 'engagements.csv', 'jalons.csv'];
const english = (text: string) => text.replace(/^ {2}locale: fr$/m, '  locale: en');

let root: string;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-output-names-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
});

const intake = (loaded: LoadedConfig, now: string) =>
  runIntake(loaded.config, { now: at(now), smtpUrl: smtp.url, baseDir: loaded.dir });
const run = (loaded: LoadedConfig, now: string) =>
  consolidate(loaded.config, { now: at(now), baseDir: loaded.dir });
const list = async (dir: string) => (await readdir(dir)).sort();

/** Every cell's text of the master. */
async function masterText(path: string): Promise<string> {
  const master = new ExcelJS.Workbook();
  await master.xlsx.readFile(path);
  const texts: string[] = [];
  for (const ws of master.worksheets)
    ws.eachRow((row) => row.eachCell((c) => void texts.push(c.text)));
  return texts.join('\n');
}

describe('the folders of the output, in the committee’s language', () => {
  it('an English committee writes open-data/, emails/commitment-…, history/consolidated-tracking-…', async () => {
    const loaded = await exampleCopy(join(root, 'english'), english);
    expect(loaded.config.committee.locale).toBe('en');
    await writeFile(join(loaded.inbox, 'reply.eml'), await exampleReplyMessage(loaded.config));
    expect(await intake(loaded, '2019-01-07T10:15')).toMatchObject({ filed: 1 });
    await run(loaded, '2019-01-07T11:00');
    const { summary } = await run(loaded, '2019-01-08T09:00');

    const out = join(loaded.dir, 'out');
    expect(summary.openData).toBe(join(out, 'open-data', 'datapackage.json'));
    expect(await list(out)).toEqual(['consolidated-tracking.xlsx', 'emails', 'history', 'open-data', 'state', 'status-page.html']);
    expect(await list(join(out, 'open-data'))).toEqual(OPEN_DATA);
    const emailed = await readdir(join(out, 'emails'));
    expect(emailed).toEqual([expect.stringMatching(/^commitment-05-2019-01-07-10h12-[0-9a-f]{8}\.xlsx$/)]);
    expect(commitmentNumberInName(emailed[0]!)).toBe(5);
    // The previous masters (the intake's and the first run's), named as the master is.
    const history = await readdir(join(out, 'history'));
    expect(history.length).toBeGreaterThanOrEqual(2);
    for (const name of history) expect(name).toMatch(/^consolidated-tracking-\d{4}-\d\d-\d\dT[\d-]+Z\.xlsx$/);
  }, 60_000); // prettier-ignore

  it('a French committee keeps donnees-ouvertes/, courriels/engagement-… and history/suivi-consolide-…', async () => {
    const loaded = await exampleCopy(join(root, 'french'));
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    await intake(loaded, '2019-01-07T10:15');
    await run(loaded, '2019-01-07T11:00');
    await run(loaded, '2019-01-08T09:00');

    const out = join(loaded.dir, 'out');
    expect(await list(out)).toEqual(['courriels', 'donnees-ouvertes', 'history', 'state', 'suivi-consolide.xlsx', 'suivi.html']);
    expect(await list(join(out, 'donnees-ouvertes'))).toEqual(OPEN_DATA);
    expect(await readdir(join(out, 'courriels'))).toEqual([expect.stringMatching(/^engagement-05-2019-01-07-10h12-[0-9a-f]{8}\.xlsx$/)]);
    for (const name of await readdir(join(out, 'history'))) expect(name).toMatch(/^suivi-consolide-\d{4}-\d\d-\d\dT[\d-]+Z\.xlsx$/);
  }, 60_000); // prettier-ignore

  it('a folder written in French and taken over in English: the open data moves, the workbook kept stays and counts, the next one is named in English', async () => {
    const french = await exampleCopy(join(root, 'taken-over'));
    await writeFile(join(french.inbox, 'reponse.eml'), await exampleReplyMessage(french.config));
    await intake(french, '2019-01-07T10:15');
    await run(french, '2019-01-07T11:00');
    const out = join(french.dir, 'out');
    const [kept] = await readdir(join(out, 'courriels'));
    const before = await readFile(join(out, 'donnees-ouvertes', 'actions.csv'), 'utf8');

    const file = join(french.dir, 'committee.yaml');
    await writeFile(file, english(await readFile(file, 'utf8')));
    const loaded = { ...french, ...(await loadConfigFile(file)) };
    const { summary } = await run(loaded, '2019-01-07T12:00');

    // One open data folder, in English, holding what the French one did (the same day's rows).
    expect(await list(out)).toEqual(['consolidated-tracking.xlsx', 'courriels', 'history', 'open-data', 'state', 'status-page.html']);
    expect(await list(join(out, 'open-data'))).toEqual(OPEN_DATA);
    expect(await readFile(join(out, 'open-data', 'actions.csv'), 'utf8')).toBe(before);
    // The workbook received in French times is where it was, its path in the state, its rows in the master.
    expect(await readdir(join(out, 'courriels'))).toEqual([kept]);
    const state = JSON.parse(await readFile(join(out, 'state', 'intake.json'), 'utf8'));
    expect(state.versions['5'].file).toBe(join(out, 'courriels', kept!));
    expect(await masterText(summary.master)).toContain('Received by email on 07/01/2019 at 10:12 (samira.chraibi@example.org).');

    // The next workbook received: under the English name, beside nothing else.
    await writeFile(join(french.inbox, 'again.eml'), await composeInbound({
      from: 'samira.chraibi@example.org',
      messageId: '<again-e05@example.org>',
      receivedAt: '2019-01-08T10:30:00Z',
      attachments: [{ filename: 'engagement-05.xlsx', content: await exampleReplyWorkbook(loaded.config) }],
    })); // prettier-ignore
    expect(await intake(loaded, '2019-01-08T11:45')).toMatchObject({ filed: 1 });
    expect(await readdir(join(out, 'emails'))).toEqual([expect.stringMatching(/^commitment-05-2019-01-08-11h30-[0-9a-f]{8}\.xlsx$/)]);
    expect(await readdir(join(out, 'courriels'))).toEqual([kept]);
  }, 60_000); // prettier-ignore
});
