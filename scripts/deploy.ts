/**
 * `npm run deploy [-- --dry-run] [-- --file serverless.yml]`: turns serverless.yml into the
 * gcloud commands that deploy ogp-tracker (Secret Manager secrets, Pub/Sub topic, functions,
 * Cloud Scheduler job) and runs them, or prints them with --dry-run.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEFAULT_FUNCTION_MEMORY, v8FlagsFor } from './function-memory.js';

const text = z.string().trim().min(1);
const event = z.union([
  z.object({ pubsub: z.object({ topic: text }) }),
  z.object({ schedule: z.object({ cron: text, timeZone: text.default('Africa/Casablanca') }) }),
  z.object({ http: z.object({ private: z.boolean().default(true) }).default({ private: true }) }),
]);

/** The part of serverless.yml we deploy from. */
export const serverlessSchema = z.object({
  service: text,
  provider: z.object({
    name: z.literal('google'),
    runtime: z.literal('nodejs24'),
    project: text,
    region: text,
    memory: text.default(DEFAULT_FUNCTION_MEMORY),
    timeout: text.default('540s'),
    serviceAccount: text,
    environment: z.record(z.string(), z.string()).default({}),
    secrets: z.record(z.string(), text).default({}),
  }),
  functions: z.record(
    z.string(),
    z.object({ handler: text, description: z.string().optional(), events: z.array(event).min(1) }),
  ),
});
export type Serverless = z.infer<typeof serverlessSchema>;

/** One gcloud invocation; `existsOk`: an "already exists" answer is not a failure. */
export interface Command {
  args: string[];
  existsOk?: boolean;
  /** Run instead when the create says it exists (an update of the same thing). */
  orElse?: string[];
}

/** Reads and validates serverless.yml; every problem names its path. */
export function parseServerless(source: string): Serverless {
  const result = serverlessSchema.safeParse(parse(source));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`);
    throw new Error(`serverless.yml invalide :\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** The gcloud commands that deploy what serverless.yml declares, in order. */
export function deployCommands(sls: Serverless): Command[] {
  const p = sls.provider;
  const where = ['--project', p.project];
  const commands: Command[] = [];
  for (const value of Object.values(p.secrets)) {
    const secret = value.split(':')[0] ?? value;
    commands.push({ args: ['secrets', 'create', secret, ...where, '--replication-policy', 'automatic'], existsOk: true });
    commands.push({
      args: ['secrets', 'add-iam-policy-binding', secret, ...where, '--member', `serviceAccount:${p.serviceAccount}`, '--role', 'roles/secretmanager.secretAccessor'],
    });
  }
  // The heap sizes the bench measured with, for this memory (function-memory.ts).
  const environment = { NODE_OPTIONS: v8FlagsFor(p.memory).join(' '), ...p.environment };
  const env = Object.entries(environment).map(([k, v]) => `${k}=${v}`);
  const secrets = Object.entries(p.secrets).map(([k, v]) => `${k}=${v}`);
  for (const [name, fn] of Object.entries(sls.functions)) {
    const service = `${sls.service}-${name}`;
    const topic = fn.events.flatMap((e) => ('pubsub' in e ? [e.pubsub.topic] : []))[0];
    const schedule = fn.events.flatMap((e) => ('schedule' in e ? [e.schedule] : []))[0];
    const http = fn.events.some((e) => 'http' in e);
    if (topic) commands.push({ args: ['pubsub', 'topics', 'create', topic, ...where], existsOk: true });
    commands.push({
      args: [
        'functions', 'deploy', service, '--gen2', ...where, '--region', p.region, '--runtime', p.runtime,
        '--source', '.', '--entry-point', fn.handler, '--memory', p.memory, '--timeout', p.timeout,
        '--service-account', p.serviceAccount,
        ...(topic ? ['--trigger-topic', topic] : []),
        ...(http ? ['--trigger-http', '--no-allow-unauthenticated'] : []),
        ...(env.length ? ['--set-env-vars', env.join(',')] : []),
        ...(secrets.length ? ['--set-secrets', secrets.join(',')] : []),
      ],
    });
    if (schedule && topic) {
      const job = [`${service}-schedule`, ...where, '--location', p.region, '--schedule', schedule.cron, '--time-zone', schedule.timeZone, '--topic', topic, '--message-body', '{}'];
      commands.push({ args: ['scheduler', 'jobs', 'create', 'pubsub', ...job], existsOk: true, orElse: ['scheduler', 'jobs', 'update', 'pubsub', ...job] });
    }
  }
  return commands;
} // prettier-ignore

/** A command as a shell line (for --dry-run and logs). */
export function shellLine(args: readonly string[]): string {
  return ['gcloud', ...args]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`))
    .join(' ');
}

function run(args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('gcloud', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => process.stdout.write(d));
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, file: { type: 'string', default: 'serverless.yml' } } });
  const sls = parseServerless(await readFile(values.file, 'utf8'));
  const commands = deployCommands(sls);
  if (values['dry-run']) {
    for (const c of commands) process.stdout.write(`${shellLine(c.args)}\n`);
    process.stdout.write(`# puis, une fois : printf %s "$SMTP_URL" | gcloud secrets versions add ${Object.values(sls.provider.secrets)[0]?.split(':')[0] ?? 'SECRET'} --data-file=- --project ${sls.provider.project}\n`);
    return 0;
  }
  for (const c of commands) {
    process.stdout.write(`$ ${shellLine(c.args)}\n`);
    let result;
    try {
      result = await run(c.args);
    } catch {
      process.stderr.write("gcloud est introuvable : installez le Google Cloud SDK (https://cloud.google.com/sdk) et connectez-vous (gcloud auth login).\n");
      return 2;
    }
    if (result.code !== 0 && c.existsOk && /already exists|ALREADY_EXISTS/i.test(result.output)) {
      if (c.orElse && (await run(c.orElse)).code !== 0) return 1;
      continue;
    }
    if (result.code !== 0) return 1;
  }
  return 0;
} // prettier-ignore

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    },
  );
}
