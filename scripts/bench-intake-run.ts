/**
 * One intake run in a fresh process, as the deployed function's first call makes it:
 * `node dist-dev/scripts/bench-intake-run.js CONFIG NOW [IMAP_URL]`. Prints its summary's counts
 * and the time the run took inside the process, as JSON. Run by `npm run bench`.
 */
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { runIntake } from '../src/jobs/intake.js';

const [config, now, imapUrl] = process.argv.slice(2);
const started = performance.now();
const loaded = await loadConfigFile(config as string);
const summary = await runIntake(loaded.config, {
  now: new Date(now as string),
  baseDir: loaded.dir,
  ...(imapUrl ? { imapUrl } : {}),
});
const ms = Math.round(performance.now() - started);
const { messages, answers, skipped } = summary;
process.stdout.write(`${JSON.stringify({ messages, answers, skipped, ms })}\n`);
