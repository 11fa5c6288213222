/**
 * The deployment plan: `serverless.yml` (our own descriptor, checked like committee.yaml) and
 * the committee configuration turned into the gcloud commands that set up a new Google Cloud
 * project and deploy ogp-tracker, step by step, each step safe to run again.
 *
 * The plan's printed form is read by tools: one complete gcloud command per line, every one
 * with `--project`; comments and step titles on lines of their own starting with `#`;
 * `a || b` on one line (b when a fails: « create, or it exists »); a value known only once an
 * earlier step ran (a function's URL) written as a shell substitution; a secret's value goes to
 * gcloud's input (`printf %s "$VAR" | gcloud …`) and is compared with the one kept
 * (`gcloud … | cmp -s - <(printf %s "$VAR")`), never written on a command line.
 */
import { outgoingSmtpPort } from '../src/core/mail-advice.js';
import { z } from 'zod';
import { validateAgainst, type CommitteeConfig } from '../src/core/config-schema.js';
import { parseYamlFile } from '../src/adapters/config/committee-file.js';
import { translate } from '../src/core/catalogue/render.js';
import type { LocaleTag } from '../src/core/locale-tag.js';
import { DEFAULT_FUNCTION_MEMORY, MALLOC_ENV, v8FlagsFor } from './function-memory.js';

const text = z
  .string({ error: 'texte attendu' })
  .trim()
  .min(1, { error: 'texte non vide attendu' });
const duration = z
  .string({ error: 'durée attendue, par exemple 540s' })
  .regex(/^\d+s$/, { error: 'durée en secondes attendue, par exemple 540s' });
const resourceName = text.regex(/^[a-z][a-z0-9-]{1,28}[a-z0-9]$/, {
  error: 'minuscules, chiffres et tirets (3 à 30 caractères), par exemple ogp-tracker',
});

/** `serverless.yml`: every key documented in the file itself; an unknown key is an error. */
export const serverlessSchema = z.strictObject({
  project: text.regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, {
    error: 'identifiant de projet Google Cloud attendu (minuscules, chiffres, tirets)',
  }),
  region: text.regex(/^[a-z]+-[a-z]+\d+$/, { error: 'région attendue, par exemple europe-west1' }),
  committee: text,
  service: resourceName.default('ogp-tracker'),
  runtime: z.literal('nodejs24', {
    error: 'nodejs24 attendu (nodejs20 est arrêté, nodejs22 déprécié le 30/04/2027)',
  }),
  memory: text
    .regex(/^\d+(Mi|Gi)$/, { error: 'mémoire attendue, par exemple 256Mi' })
    .default(DEFAULT_FUNCTION_MEMORY),
  timeout: duration.default('540s'),
  firestoreLocation: text.default('eur3'),
  secrets: z
    .record(
      text.regex(/^[A-Z][A-Z0-9_]*$/, {
        error: "nom de variable d'environnement attendu, par exemple SMTP_URL",
      }),
      resourceName,
    )
    .default({}),
  retry: z
    .strictObject({
      attempts: z.number({ error: 'nombre attendu' }).int().min(0).max(5).default(3),
      minBackoff: duration.default('60s'),
      maxBackoff: duration.default('900s'),
    })
    .prefault({}),
});
export type Serverless = z.infer<typeof serverlessSchema>;

/** The keys `serverless.yml` knows at a path, for « vouliez-vous dire … ? ». */
function knownKeys(path: PropertyKey[]): readonly string[] {
  if (path.length === 0) return Object.keys(serverlessSchema.shape);
  if (path[0] === 'retry') return ['attempts', 'minBackoff', 'maxBackoff'];
  return [];
}

/** Reads and checks serverless.yml; every problem names its line, column and key, in French. */
export function parseServerless(source: string, file = 'serverless.yml'): Serverless {
  return parseYamlFile(source, file, 'deployment', (data, locale) => {
    const result = validateAgainst(serverlessSchema, data ?? {}, locale, knownKeys);
    return result.ok ? { ok: true, value: result.data } : result;
  });
}

/** The functions deployed, by entry point: all private HTTP functions. */
export const DEPLOYED_FUNCTIONS = ['tick', 'consolidate', 'remind', 'report'] as const;

/** One gcloud invocation of a step; `or`, run when it fails (« create, or it exists »). */
export interface PlanCommand {
  args: string[];
  or?: PlanCommand;
  /** The name of the environment variable whose value goes to the command's input. */
  stdinFrom?: string;
  /**
   * The name of the environment variable the command's output is compared with, byte for byte
   * and in memory: the command succeeds when they are the same (a secret's latest value).
   */
  sameAs?: string;
}

/** One step of the plan: a French title, its commands, and what to check when it fails. */
export interface PlanStep {
  id: string;
  title: string;
  commands: PlanCommand[];
  /** Lines said about the step (printed as comments): what `npm run deploy` does itself. */
  notes?: string[];
  /** Said when the step fails: the likely cause and what to do. */
  onFailure: string;
}

/** The accounts the plan creates: the functions' identity, the build's, the scheduler's. */
export function accountsOf(sls: Serverless) {
  const email = (name: string) => `${name}@${sls.project}.iam.gserviceaccount.com`;
  return {
    runtime: { name: `${sls.service}`, email: email(sls.service) },
    build: { name: `${sls.service}-build`, email: email(`${sls.service}-build`) },
    scheduler: { name: `${sls.service}-scheduler`, email: email(`${sls.service}-scheduler`) },
  };
}

/** The APIs the deployment uses. */
const SERVICES = [
  'cloudfunctions.googleapis.com',
  'run.googleapis.com',
  'cloudbuild.googleapis.com',
  'artifactregistry.googleapis.com',
  'cloudscheduler.googleapis.com',
  'secretmanager.googleapis.com',
  'firestore.googleapis.com',
  'iam.googleapis.com',
  'sheets.googleapis.com',
  'drive.googleapis.com',
  'logging.googleapis.com',
];

/**
 * The functions deployed for a committee: the mailbox intake only when it reads a mailbox
 * (a folder of .eml files is a machine's, not a function's).
 */
export function deployedFunctions(config: CommitteeConfig): string[] {
  return [...DEPLOYED_FUNCTIONS, ...(deploysIntake(config) ? ['intake'] : [])];
}

function deploysIntake(config: CommitteeConfig): boolean {
  return config.intake !== undefined && config.intake.kind !== 'folder';
}

/**
 * The cron of the intake: every five minutes during its hours, on the committee's working
 * weekdays (Monday to Friday in Morocco, Sunday to Thursday in Jordan; the function checks
 * holidays itself: Cloud Scheduler knows none), two minutes off the daily tick's minute so
 * that the two never start together: the daily run is never the one kept waiting.
 */
export function intakeCron(config: CommitteeConfig): string {
  const { from, to } = config.intake?.hours ?? { from: '08:00', to: '18:00' };
  const first = Number(from.slice(0, 2));
  const [toHour, toMinute] = to.split(':').map(Number);
  const last = toMinute === 0 ? (toHour ?? 18) - 1 : (toHour ?? 18);
  const tickMinute = Number(config.reminders.sendAt.slice(3, 5));
  const offset = (tickMinute + 2) % 5;
  return `${offset}-59/5 ${first}-${Math.max(first, last)} * * ${cronWeekdays(config.committee.weekend)}`;
}

/** The days of the week outside `weekend` (ISO, 1 = Monday), as unix-cron writes them (0 = Sunday): `1-5`, `0-4`. */
export function cronWeekdays(weekend: readonly number[]): string {
  const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => !weekend.includes(d === 0 ? 7 : d));
  const ranges: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
    ranges.push(j > i ? `${days[i]}-${days[j]}` : `${days[i]}`);
    i = j + 1;
  }
  return ranges.join(',');
}

/** The cron of the daily tick: the committee's sending time, every day (tick knows working days). */
export function dailyCron(config: CommitteeConfig): string {
  const [hours, minutes] = config.reminders.sendAt.split(':').map(Number);
  return `${minutes ?? 0} ${hours ?? 9} * * *`;
}

/**
 * Outbound port 25 is blocked on Google Cloud (« Sending email », Compute Engine docs): a
 * deployed function would time out on every email. Refused before anything is created.
 */
function refusePort25(config: CommitteeConfig, smtpUrl: string | undefined): void {
  const port = outgoingSmtpPort(config.mail?.transport, smtpUrl);
  if (port === 25) throw new Error(translate(config.committee.tag, 'deploy.port25'));
}

/** The plan for a project, from serverless.yml and the committee configuration deployed. */
export function deployPlan(
  sls: Serverless,
  config: CommitteeConfig,
  committeePath: string,
  /** The SMTP_URL the secret will hold, when it is one of the secrets. */
  smtpUrl?: string,
): PlanStep[] {
  refusePort25(config, smtpUrl);
  // Said in the committee's language, as its command line is.
  const tag = config.committee.tag;
  const p = ['--project', sls.project];
  const where = ['--region', sls.region, ...p];
  const accounts = accountsOf(sls);
  const fn = (entry: string) => `${sls.service}-${entry}`;
  const secrets = Object.entries(sls.secrets);
  const state = config.storage.state;
  // A committee whose state is in Firestore is read from there at each run (config push):
  // a changed address or meeting date needs no redeploy.
  const configSetting =
    state.kind === 'firestore'
      ? `firestore:${state.projectId ?? sls.project}/${state.prefix}`
      : committeePath;
  const env = {
    NODE_OPTIONS: v8FlagsFor(sls.memory).join(' '),
    ...MALLOC_ENV,
    OGP_TRACKER_CONFIG: configSetting,
  };
  const account = (a: { name: string; email: string }, label: string): PlanCommand => ({
    args: ['iam', 'service-accounts', 'describe', a.email, ...p],
    or: { args: ['iam', 'service-accounts', 'create', a.name, `--display-name=${label}`, ...p] },
  });
  const role = (email: string, role: string): PlanCommand => ({
    args: [
      'projects',
      'add-iam-policy-binding',
      sls.project,
      `--member=serviceAccount:${email}`,
      `--role=${role}`,
      '--condition=None',
      ...p,
    ],
  });
  const uriOf = (entry: string) =>
    `$(gcloud functions describe ${fn(entry)} --region ${sls.region} --project ${sls.project} --format='value(serviceConfig.uri)')`;
  const job = (verb: 'create' | 'update', entry = 'tick'): PlanCommand => ({
    args: [
      'scheduler',
      'jobs',
      verb,
      'http',
      fn(entry),
      '--location',
      sls.region,
      ...p,
      `--schedule=${entry === 'intake' ? intakeCron(config) : dailyCron(config)}`,
      `--time-zone=${config.committee.timezone}`,
      `--uri=${uriOf(entry)}`,
      '--http-method=POST',
      `--oidc-service-account-email=${accounts.scheduler.email}`,
      `--attempt-deadline=${sls.timeout}`,
      // The intake is not retried: the next one, five minutes later, does the work.
      ...(entry === 'intake'
        ? ['--max-retry-attempts=0']
        : [
            `--max-retry-attempts=${sls.retry.attempts}`,
            `--min-backoff=${sls.retry.minBackoff}`,
            `--max-backoff=${sls.retry.maxBackoff}`,
          ]),
    ],
  });
  const scheduled = deploysIntake(config) ? ['tick', 'intake'] : ['tick'];
  return [
    {
      id: 'services',
      title: translate(tag, 'deploy.services'),
      commands: [{ args: ['services', 'enable', ...SERVICES, ...p] }],
      onFailure: translate(tag, 'deploy.servicesFailure'),
    },
    {
      id: 'accounts',
      title: translate(tag, 'deploy.accountsTitle'),
      commands: [
        account(accounts.runtime, translate(tag, 'deploy.accountRuntime')),
        account(accounts.build, translate(tag, 'deploy.accountBuild')),
        account(accounts.scheduler, translate(tag, 'deploy.accountScheduler')),
      ],
      onFailure: translate(tag, 'deploy.accountsFailure'),
    },
    {
      id: 'roles',
      title: translate(tag, 'deploy.roles'),
      commands: [
        role(accounts.runtime.email, 'roles/datastore.user'),
        role(accounts.build.email, 'roles/cloudbuild.builds.builder'),
      ],
      onFailure: translate(tag, 'deploy.rolesFailure'),
    },
    {
      id: 'firestore',
      title: translate(tag, 'deploy.firestore', { location: sls.firestoreLocation }),
      commands: [
        {
          args: ['firestore', 'databases', 'describe', '--database=(default)', ...p],
          or: {
            args: [
              'firestore',
              'databases',
              'create',
              `--location=${sls.firestoreLocation}`,
              '--type=firestore-native',
              ...p,
            ],
          },
        },
      ],
      onFailure: translate(tag, 'deploy.firestoreFailure'),
    },
    {
      id: 'secrets',
      title: translate(tag, 'deploy.secrets'),
      commands: secrets.flatMap(([variable, secret]): PlanCommand[] => [
        {
          // The value unchanged (compared in memory, never shown), no new version.
          args: ['secrets', 'versions', 'access', 'latest', `--secret=${secret}`, ...p],
          sameAs: variable,
          or: {
            args: [
              'secrets',
              'create',
              secret,
              '--replication-policy=automatic',
              '--data-file=-',
              ...p,
            ],
            stdinFrom: variable,
            or: {
              args: ['secrets', 'versions', 'add', secret, '--data-file=-', ...p],
              stdinFrom: variable,
            },
          },
        },
        {
          args: [
            'secrets',
            'add-iam-policy-binding',
            secret,
            `--member=serviceAccount:${accounts.runtime.email}`,
            '--role=roles/secretmanager.secretAccessor',
            ...p,
          ],
        },
      ]),
      onFailure: translate(tag, 'deploy.secretsFailure'),
    },
    ...(state.kind === 'firestore'
      ? [
          {
            id: 'config',
            title: translate(tag, 'deploy.config'),
            commands: [],
            // The command on a line of its own, with no mark a copy would take along.
            notes: [
              translate(tag, 'deploy.configNote'),
              `npx ogp-tracker config push --config ${shellWord(committeePath)}`,
            ],
            onFailure: translate(tag, 'deploy.configFailure'),
          },
        ]
      : []),
    {
      id: 'functions',
      title: translate(tag, 'deploy.functions', { runtime: sls.runtime, memory: sls.memory }),
      ...(config.intake?.kind === 'folder'
        ? {
            notes: [
              translate(tag, 'deploy.folderIntake', {
                folder: 'intake: { kind: folder }',
                imap: 'intake: { kind: imap }',
              }),
            ],
          }
        : {}),
      commands: deployedFunctions(config).map((entry) => ({
        args: [
          'functions',
          'deploy',
          fn(entry),
          '--gen2',
          `--runtime=${sls.runtime}`,
          ...where,
          '--source=.',
          `--entry-point=${entry}`,
          '--trigger-http',
          '--no-allow-unauthenticated',
          `--service-account=${accounts.runtime.email}`,
          `--build-service-account=projects/${sls.project}/serviceAccounts/${accounts.build.email}`,
          `--memory=${sls.memory}`,
          `--timeout=${sls.timeout}`,
          `--set-env-vars=${Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')}`,
          ...(secrets.length
            ? [`--set-secrets=${secrets.map(([k, v]) => `${k}=${v}:latest`).join(',')}`]
            : []),
        ],
      })),
      onFailure: translate(tag, 'deploy.functionsFailure'),
    },
    {
      id: 'invoker',
      title: translate(tag, 'deploy.invoker', { intake: scheduled.includes('intake') }),
      commands: scheduled.map((entry) => ({
        args: [
          'functions',
          'add-invoker-policy-binding',
          fn(entry),
          ...where,
          `--member=serviceAccount:${accounts.scheduler.email}`,
        ],
      })),
      onFailure: translate(tag, 'deploy.invokerFailure'),
    },
    {
      id: 'schedule',
      title: translate(tag, 'deploy.schedule', {
        time: config.reminders.sendAt,
        timeZone: config.committee.timezone,
        intake: scheduled.includes('intake'),
      }),
      commands: scheduled.map((entry) => ({ ...job('create', entry), or: job('update', entry) })),
      onFailure: translate(tag, 'deploy.scheduleFailure'),
    },
  ];
}

/** One argument as the shell reads it back: quoted unless plain; a substitution kept live. */
function shellWord(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  const substitution = /^(--[\w-]+=)(\$\(.*\))$/.exec(arg);
  if (substitution) return `${substitution[1]}"${substitution[2]}"`;
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/** A command as one shell line: `gcloud …`, its input from its variable, its fallback after `||`. */
export function shellLine(command: PlanCommand): string {
  const own = `${command.stdinFrom ? `printf %s "$${command.stdinFrom}" | ` : ''}gcloud ${command.args.map(shellWord).join(' ')}${command.sameAs ? ` | cmp -s - <(printf %s "$${command.sameAs}")` : ''}`;
  return command.or ? `${own} || ${shellLine(command.or)}` : own;
}

/** The whole plan as tools read it. */
export function planText(
  steps: readonly PlanStep[],
  header: string[],
  tag: LocaleTag = 'fr',
): string {
  const lines = header.map((h) => `# ${h}`);
  steps.forEach((step, i) => {
    const title = { index: i + 1, count: steps.length, title: step.title };
    lines.push('', `# ${translate(tag, 'deploy.step', title)}`);
    for (const note of step.notes ?? []) lines.push(`# ${note}`);
    for (const command of step.commands) lines.push(shellLine(command));
  });
  return `${lines.join('\n')}\n`;
}
