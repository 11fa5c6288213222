/**
 * `npm run deploy [-- --dry-run] [-- --config committee.yaml] [-- --file serverless.yml] [-- --restart]`
 * (`-- --help` says so in the committee's language):
 * sets up a Google Cloud project for ogp-tracker and deploys it, step by step with progress
 * (see scripts/deploy-plan.ts), or prints the plan with --dry-run. It stops at the first
 * step that fails, says why in the committee's language, and starts again from that step the
 * next time (each step is safe to run twice; --restart runs them all again); once every step
 * is done, nothing is left to resume: the next run deploys again, from the first step. Secret values come from the
 * environment variable of the same name, or are asked for without being shown; they go to
 * gcloud on its standard input, never on a command line, a file or a log.
 */
import { translate } from '../src/core/catalogue/render.js';
import type { LocaleTag } from '../src/core/locale-tag.js';
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfigFile, localeOfConfigFile } from '../src/adapters/config/committee-file.js';
import { installedPage } from '../src/adapters/local/doc-files.js';
import { packageRoot } from '../src/adapters/local/package-files.js';
import {
  deployPlan,
  parseServerless,
  planText,
  shellLine,
  type PlanStep,
  type Serverless,
} from './deploy-plan.js';

const ROOT = packageRoot();

/** What a real committee writes instead of a local folder (YAML, the same in every language). */
const LOCAL_STATE_FIX =
  'storage: { state: { kind: firestore, prefix: … }, output: { kind: drive, folderId: … } }';

/** The plan for serverless.yml and a committee file (by default the one serverless.yml names). */
export async function planFor(
  file: string,
  committee?: string,
): Promise<{ sls: Serverless; steps: PlanStep[]; tag: LocaleTag; text: string }> {
  const sls = parseServerless(await readFile(file, 'utf8'), file);
  const committeeFile = resolve(ROOT, committee ?? sls.committee);
  const inSource = relative(ROOT, committeeFile);
  if (inSource.startsWith('..') || isAbsolute(inSource)) {
    throw new Error(translate('fr', 'deploy.outsideRoot', { file: committeeFile, root: ROOT }));
  }
  const { config } = await loadConfigFile(committeeFile);
  // Said in the committee's language, as its command line is.
  const tag = config.committee.tag;
  const steps = deployPlan(
    sls,
    config,
    inSource.split('\\').join('/'),
    Object.hasOwn(sls.secrets, 'SMTP_URL') ? process.env.SMTP_URL : undefined,
  );
  const local = config.storage.state.kind === 'local';
  const header = [
    translate(tag, 'deploy.header', {
      project: sls.project,
      region: sls.region,
      committee: config.committee.name,
      file: inSource,
    }),
    translate(tag, 'deploy.dryRunNote'),
    ...Object.keys(sls.secrets).map((variable) =>
      translate(tag, 'deploy.secretFromEnv', { variable }),
    ),
    ...(local ? [translate(tag, 'deploy.localState', { setting: LOCAL_STATE_FIX })] : []),
  ];
  return { sls, steps, tag, text: planText(steps, header, tag) };
}

/** Runs one plan line with bash; what gcloud says goes to the terminal, its errors are kept. */
function runLine(line: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', line], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stderr }));
  });
}

/** « See: …/docs/deploy.md », the runbook on this machine, after a step that failed. */
function seeRunbook(tag: LocaleTag): string {
  const page = installedPage('docs/deploy.md');
  return page ? `${translate(tag, 'cli.seePage', { path: page })}\n` : '';
}

/** Asks for a secret's value on the terminal without echoing it. */
async function askHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  process.stdout.write(question);
  output._writeToOutput = () => undefined;
  const answer = await new Promise<string>((r) => rl.question('', r));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const DEFAULT_FILE = join(ROOT, 'serverless.yml');

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  file: { type: 'string', default: DEFAULT_FILE },
  config: { type: 'string' },
  restart: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parseOptions(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, strict: true });
}

/**
 * The usage and where the runbook is, in the language of the committee deployed (the one
 * `config` names, else serverless.yml's), French when neither can be read.
 */
async function usage(file: string, config: string | undefined): Promise<string> {
  const committee =
    config ??
    (await readFile(file, 'utf8')
      .then((text) => parseServerless(text, file).committee)
      .catch(() => undefined));
  const tag = (committee && (await localeOfConfigFile(resolve(ROOT, committee)))) || 'fr';
  const page = installedPage('docs/deploy.md');
  const see = page ? `\n${translate(tag, 'cli.seePage', { path: page })}\n` : '';
  return `${translate(tag, 'deploy.usage')}${see}`;
}

/** Where `npm run deploy` writes: the terminal, or a test's buffers. */
export interface DeployIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: DeployIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** `npm run deploy` with `argv` (after `--`); resolves to the exit code. */
export async function runDeploy(
  argv: readonly string[],
  io: DeployIo = processIo,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let values: ReturnType<typeof parseOptions>['values'];
  try {
    ({ values } = parseOptions(argv));
  } catch (cause) {
    // What is wrong, then the usage, in the committee's language as --help gives it.
    const { values: loose } = parseArgs({ args: [...argv], options: OPTIONS, strict: false });
    const file = typeof loose.file === 'string' ? loose.file : DEFAULT_FILE;
    const config = typeof loose.config === 'string' ? loose.config : undefined;
    io.stderr(`${(cause as Error).message}\n\n${await usage(file, config)}`);
    return 2;
  }
  if (values.help) {
    io.stdout(await usage(values.file, values.config));
    return 0;
  }
  const { sls, steps, tag, text } = await planFor(values.file, values.config);
  if (values['dry-run']) {
    io.stdout(text);
    return 0;
  }
  const env: NodeJS.ProcessEnv = { ...environment };
  for (const variable of Object.keys(sls.secrets)) {
    if (env[variable]) continue;
    if (!process.stdin.isTTY) {
      io.stderr(`${translate(tag, 'deploy.secretMissing', { variable })}\n`);
      return 2;
    }
    env[variable] = await askHidden(translate(tag, 'deploy.askSecret', { variable }));
  }
  // Where the last run stopped: the next one starts at the step that failed.
  const progressFile = join(ROOT, '.ogp-deploy', `${sls.project}.json`);
  const done = new Set<string>(
    values.restart
      ? []
      : (JSON.parse(await readFile(progressFile, 'utf8').catch(() => '[]')) as string[]),
  );
  for (const [i, step] of steps.entries()) {
    const label = translate(tag, 'deploy.step', {
      index: i + 1,
      count: steps.length,
      title: step.title,
    });
    if (done.has(step.id)) {
      io.stdout(`${translate(tag, 'deploy.stepDone', { label })}\n`);
      continue;
    }
    io.stdout(`${label}…\n`);
    const failed = translate(tag, 'deploy.stepFailed', {
      title: step.title,
      onFailure: step.onFailure,
    });
    if (step.id === 'config') {
      const { runCli } = await import('../src/cli.js');
      const committeeFile = resolve(ROOT, values.config ?? sls.committee);
      if ((await runCli(['config', 'push', '--config', committeeFile])) !== 0) {
        io.stderr(`\n${failed}\n${seeRunbook(tag)}`);
        return 1;
      }
    }
    for (const command of step.commands) {
      const result = await runLine(shellLine(command), env).catch(() => ({
        code: 127,
        stderr: translate(tag, 'deploy.noBash'),
      }));
      if (result.code === 127 && /gcloud: (command )?not found/.test(result.stderr)) {
        io.stderr(`${translate(tag, 'deploy.noGcloud')}\n${seeRunbook(tag)}`);
        return 2;
      }
      if (result.code !== 0) {
        io.stderr(`\n${failed}\n${translate(tag, 'deploy.resume')}\n${seeRunbook(tag)}`);
        return 1;
      }
    }
    done.add(step.id);
    await mkdir(join(ROOT, '.ogp-deploy'), { recursive: true });
    await writeFile(progressFile, JSON.stringify([...done]));
  }
  // Complete: nothing to resume, the next npm run deploy deploys again (new code, new values).
  await rm(progressFile, { force: true });
  const logs = `gcloud functions logs read ${sls.service}-tick --region ${sls.region} --project ${sls.project}`;
  io.stdout(`${translate(tag, 'deploy.finished', { count: steps.length, logs })}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runDeploy(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error & { details?: readonly string[] }) => {
      process.stderr.write(`${[error.message, ...(error.details ?? [])].join('\n  ')}\n`);
      process.exitCode = 2;
    },
  );
}
