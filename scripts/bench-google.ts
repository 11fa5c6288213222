/**
 * `npm run bench -- --only google`: N = 500 Google Sheet sources served by the loopback Google
 * server (test/helpers/fake-google.ts, which answers as the APIs do), consolidated three
 * times: (a) a first run, (b) a run with nothing changed, (c) a run with 10 sheets changed.
 * For each: the requests made (Sheets, Drive) and the wall time on loopback, paced at a rate
 * that does not slow loopback down, and the least time Google's real quota (60 Sheets reads a
 * minute per user) would impose on the same requests.
 */
import { render } from '../src/core/catalogue/render.js';
import { unreadableMessage } from '../src/core/failure-message.js';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../src/adapters/config/committee-file.js';
import { pacedDurationMs } from '../src/adapters/google/pace.js';
import { readXlsxFile } from '../src/adapters/xlsx/reader.js';
import { consolidate } from '../src/jobs/consolidate.js';
import { spreadsheetOf, startFakeGoogle, type FakeGoogle } from '../test/helpers/fake-google.js';

/** One of the three runs. */
export interface GoogleRunMeasure {
  name: string;
  sheetsRequests: number;
  driveRequests: number;
  ms: number;
  /** The least time the real quota would impose on these Sheets requests. */
  quotaMs: number;
}

/** The real quota: 60 read requests a minute per user. */
const REAL_QUOTA = 60;
/** The pace on loopback: the same token bucket, at a rate loopback never reaches. */
const LOOPBACK_PACE = 60_000;

/** Serves the N submissions of `dir` as Google Sheets and consolidates them three times. */
export async function benchGoogle(dataDir: string, changed = 10): Promise<GoogleRunMeasure[]> {
  const google: FakeGoogle = await startFakeGoogle();
  const work = await mkdtemp(join(tmpdir(), 'ogp-bench-google-'));
  try {
    const files = (await readdir(join(dataDir, 'submissions')))
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    for (const file of files) {
      const read = await readXlsxFile(join(dataDir, 'submissions', file));
      if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
      google.spreadsheets.set(file.replace('.xlsx', ''), {
        ...spreadsheetOf(read.workbook),
        modifiedTime: '2019-01-06T10:00:00.000Z',
      });
    }
    const text = (await readFile(join(dataDir, 'committee.yaml'), 'utf8'))
      .replace(
        /source: \{ kind: xlsx, path: submissions\/(engagement-\d+)\.xlsx \}/g,
        'source: { kind: google-sheet, spreadsheetId: $1 }',
      )
      .replace('dir: ./out', `dir: ${join(work, 'out')}`);
    const { config } = parseConfigText(text, join(dataDir, 'committee.yaml'));
    // Paced as in production, at a rate loopback never reaches: the quota's time is computed.
    const clients = google.clients({}, 60_000, LOOPBACK_PACE);
    const runs: GoogleRunMeasure[] = [];
    const measure = async (name: string) => {
      google.log.length = 0;
      const started = performance.now();
      await consolidate(config, { now: new Date('2019-01-08T08:00:00Z'), google: clients });
      const sheetsRequests = google.log.filter((r) => r.api === 'sheets').length;
      runs.push({
        name,
        sheetsRequests,
        driveRequests: google.log.length - sheetsRequests,
        ms: Math.round(performance.now() - started),
        quotaMs: Math.round(pacedDurationMs(sheetsRequests, REAL_QUOTA)),
      });
    };
    await measure('first run');
    await measure('nothing changed');
    for (const file of files.slice(0, changed)) {
      const sheet = google.spreadsheets.get(file.replace('.xlsx', ''))!;
      sheet.modifiedTime = '2019-01-08T07:00:00.000Z';
      (sheet.sheets['Actions de communication'] as unknown[][]).pop();
    }
    await measure(`${changed} changed`);
    return runs;
  } finally {
    await google.close();
    await rm(work, { recursive: true, force: true });
  }
}
