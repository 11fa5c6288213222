/**
 * The deployment plan, proven offline with Google's own gcloud (installed on this machine
 * image): every command of the bundled example's plan, run with a throw-away configuration
 * and no account, must stop at its authentication step — a wrong flag or value would fail
 * on its arguments first. Plus the descriptor's checks and the plan's printed format.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEPLOYED_FUNCTIONS,
  deployedFunctions,
  cronWeekdays,
  intakeCron,
  deployPlan,
  parseServerless,
  planText,
} from '../../scripts/deploy-plan.js';
import { loadConfigFile, parseConfigText } from '../../src/adapters/config/committee-file.js';
import { readFileSync } from 'node:fs';
import { planFor } from '../../scripts/deploy.js';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { packageRoot } from '../../src/adapters/local/package-files.js';
import { EXAMPLE_ONE_FILE } from '../helpers/example-copy.js';
import '../../functions/index.js';

const SERVERLESS = join(packageRoot(), 'serverless.yml');
const gcloud = spawnSync('gcloud', ['--version']).status === 0;
const describeWithGcloud = gcloud || process.env.CI ? describe : describe.skip;

/** A gcloud configuration of our own: no account, and never the cloud metadata server. */
const config = mkdtempSync(join(tmpdir(), 'ogp-gcloud-'));
writeFileSync(join(config, 'gce'), 'False');
afterAll(() => rmSync(config, { recursive: true, force: true }));

describe('serverless.yml', () => {
  it('is read whole: every key known, the bundled committee named, functions exported', async () => {
    const { sls, steps } = await planFor(SERVERLESS);
    expect(sls).toMatchObject({ project: 'comite-ogp-maroc', region: 'europe-west1', committee: 'examples/maroc-2019/committee.yaml', runtime: 'nodejs24', memory: '256Mi', secrets: { SMTP_URL: 'ogp-smtp-url' } });
    expect(steps.map((s) => s.id)).toEqual(['services', 'accounts', 'roles', 'firestore', 'secrets', 'functions', 'invoker', 'schedule']);
    for (const name of DEPLOYED_FUNCTIONS) expect(getFunction(name), name).toBeTypeOf('function');
  }); // prettier-ignore

  it.each([
    ['an unknown key, with the one meant', 'project: comite-ogp-maroc\nregion: europe-west1\ncommittee: c.yaml\nruntime: nodejs24\nregoin: x\n', 'serverless.yml:5:1 : regoin — clé inconnue : vouliez-vous dire region ?'],
    ['a runtime that is gone', 'project: comite-ogp-maroc\nregion: europe-west1\ncommittee: c.yaml\nruntime: nodejs20\n', 'serverless.yml:4:10 : runtime — nodejs24 attendu (nodejs20 est arrêté, nodejs22 déprécié le 30/04/2027)'],
    ['a missing project', 'region: europe-west1\ncommittee: c.yaml\nruntime: nodejs24\n', 'serverless.yml : project — clé obligatoire absente (texte attendu)'],
    ['a bad retry key', 'project: comite-ogp-maroc\nregion: europe-west1\ncommittee: c.yaml\nruntime: nodejs24\nretry: { attempt: 3 }\n', 'serverless.yml:5:10 : retry.attempt — clé inconnue : vouliez-vous dire attempts ?'],
    ['YAML that is not', 'project: [oups\n', 'serverless.yml:2:1 : YAML illisible'],
  ])('says where and what is wrong: %s', (_, yaml, detail) => {
    expect(() => parseServerless(yaml)).toThrow(expect.objectContaining({ code: 'config-invalid', details: [expect.stringContaining(detail)] }));
  }); // prettier-ignore
});

describe('a committee whose state is in Firestore', () => {
  it('is read by the functions from Firestore (no redeploy for a change), pushed by npm run deploy before the functions', async () => {
    const example = readFileSync(EXAMPLE_ONE_FILE, 'utf8');
    const { config } = parseConfigText(example.replace('storage: { kind: local, dir: ./out, keepHistory: 10 }', 'storage: { state: { kind: firestore, prefix: maroc-2019 }, output: { kind: drive, folderId: PARTAGE } }'), '/x/committee.yaml');
    const sls = parseServerless(readFileSync(SERVERLESS, 'utf8'));
    const steps = deployPlan(sls, config, 'comites/maroc.yaml');
    expect(steps.map((s) => s.id)).toEqual(['services', 'accounts', 'roles', 'firestore', 'secrets', 'config', 'functions', 'invoker', 'schedule']);
    const text = planText(steps, []);
    expect(text).toContain('# npm run deploy le fait lui-même (puis à chaque changement) :\n# npx ogp-tracker config push --config comites/maroc.yaml\n');
    expect(text).toContain('OGP_TRACKER_CONFIG=firestore:comite-ogp-maroc/maroc-2019');
    expect((await loadConfigFile(join(packageRoot(), sls.committee))).config.storage.state.kind).toBe('local');
  }); // prettier-ignore
});

describe('the mailbox intake', () => {
  const sls = () => parseServerless(readFileSync(SERVERLESS, 'utf8'));
  const example = () => readFileSync(EXAMPLE_ONE_FILE, 'utf8');

  it('is deployed with the mailbox: every five minutes during its hours, never retried (the next run does it)', () => {
    const yaml = example().replace(
      'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
      "intake: { kind: imap, hours: { from: '08:30', to: '17:30' } }",
    );
    const { config } = parseConfigText(yaml, '/x/committee.yaml');
    expect(deployedFunctions(config)).toEqual([...DEPLOYED_FUNCTIONS, 'intake']);
    // Minutes 2, 7, 12…: never the minute of the daily tick (09:00).
    expect(intakeCron(config)).toBe('2-59/5 8-17 * * 1-5');
    // The committee's working weekdays: Sunday to Thursday in Jordan, Monday to Saturday with a one-day weekend.
    expect([[5, 6], [7], [6, 7], [5]].map((weekend) => cronWeekdays(weekend))).toEqual([
      '0-4',
      '1-6',
      '1-5',
      '0-4,6',
    ]);
    const text = planText(deployPlan(sls(), config, 'c.yaml'), []);
    expect(text).toMatch(/functions deploy ogp-tracker-intake .*--entry-point=intake/);
    expect(text).toMatch(/functions add-invoker-policy-binding ogp-tracker-intake /);
    const job = text
      .split('\n')
      .find((l) => l.includes('scheduler jobs create http ogp-tracker-intake'));
    expect(job).toContain("'--schedule=2-59/5 8-17 * * 1-5'");
    expect(job).toContain('--max-retry-attempts=0');
    expect(getFunction('intake')).toBeTypeOf('function');
    if (!gcloud && !process.env.CI) return;
    // gcloud's own argument checks, for the intake's commands (the rest of the plan is checked below).
    const commands = text
      .split('\n')
      .filter((l) => l.includes('ogp-tracker-intake') && !l.startsWith('#'))
      .flatMap((line) => line.split(' || '))
      .map((c) =>
        c.replace(/"\$\(gcloud .*?\)"/g, 'https://ogp-tracker-intake-abc123-ew.a.run.app'),
      );
    expect(commands).toHaveLength(4);
    for (const command of commands) {
      const said = run(command);
      expect(said, command).toMatch(/You do not currently have an active account selected/);
      expect(said, command).not.toMatch(
        /unrecognized arguments|argument --?[\w-]+:|Bad value|invalid choice/i,
      );
    }
  }, 60_000);

  it("is not deployed for a folder of .eml files, which is a machine's, and the plan says so", () => {
    const { config } = parseConfigText(example(), '/x/committee.yaml');
    expect(deployedFunctions(config)).toEqual([...DEPLOYED_FUNCTIONS]);
    const text = planText(deployPlan(sls(), config, 'c.yaml'), []);
    expect(text).not.toContain('ogp-tracker-intake');
    expect(text).toContain("la fonction intake n'est pas déployée");
  });
});

describe('mail from Google Cloud', () => {
  it('is refused on port 25, blocked there: by SMTP_URL or by mail.transport, before anything is created', () => {
    const example = readFileSync(EXAMPLE_ONE_FILE, 'utf8');
    const sls = parseServerless(readFileSync(SERVERLESS, 'utf8'));
    const { config } = parseConfigText(example, '/x/committee.yaml');
    expect(() => deployPlan(sls, config, 'c.yaml', 'smtp://ogp:secret@smtp.example.org:25')).toThrow(/port 25, qui est bloqué en sortie sur Google Cloud.*587/);
    expect(deployPlan(sls, config, 'c.yaml', 'smtp://ogp:secret@smtp.example.org:587').length).toBeGreaterThan(5);
    const oauth = parseConfigText(example.replace("replyTo: secretariat.ogp@example.org }", "replyTo: secretariat.ogp@example.org, transport: { kind: smtp-oauth2, host: smtp.office365.com, port: 25, user: ogp@example.org, provider: { kind: microsoft, tenant: t, clientId: c } } }"), '/x/committee.yaml').config;
    expect(() => deployPlan(sls, oauth, 'c.yaml')).toThrow(/port 25/);
  }); // prettier-ignore
});

describe('the printed plan', () => {
  it('is said in the committee’s language: the Mexican example’s in Spanish', async () => {
    const { text, steps } = await planFor(SERVERLESS, 'examples/mexico-2025/committee.yaml');
    expect(text.split('\n')[0]).toBe('# Despliegue de ogp-tracker: proyecto comite-ogp-maroc, región europe-west1, comité «Comité Coordinador de la Alianza para el Gobierno Abierto en México» (examples/mexico-2025/committee.yaml).');
    expect(text).toContain('\n# Paso 1/8 — Habilitar los servicios de Google utilizados\n');
    expect(text).toContain("'--display-name=ogp-tracker: funciones'");
    expect(steps.find((s) => s.id === 'invoker')?.title).toBe('Autorizar al programador a llamar a tick, y a nada más');
  }); // prettier-ignore

  it('is one complete gcloud command a line, each with --project, comments on lines of their own', async () => {
    const { text } = await planFor(SERVERLESS);
    const lines = text.split('\n').filter((l) => l.trim());
    for (const line of lines.filter((l) => !l.startsWith('#'))) {
      expect(line).not.toMatch(/\\$/);
      for (const command of line.split(' || ')) {
        expect(command, command).toMatch(/^(printf %s "\$[A-Z_]+" \| )?gcloud [^|]*( \| cmp -s - <\(printf %s "\$[A-Z_]+"\))?$/);
        expect(command, command).toMatch(/ --project[ =]comite-ogp-maroc(\s|$)/);
      }
    }
    // Secrets with their value before any deploy that reads them; the schedule in the committee's zone.
    const index = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
    expect(index(/secrets create ogp-smtp-url/)).toBeLessThan(index(/functions deploy ogp-tracker-tick /));
    expect(index(/functions deploy ogp-tracker-tick /)).toBeLessThan(index(/scheduler jobs create http/));
    expect(text).toContain("'--schedule=0 9 * * *' --time-zone=Africa/Casablanca");
    expect(text).not.toMatch(/--allow-unauthenticated/); // nothing public
    // V8's heap and glibc's allocator sized for the instance (scripts/function-memory.ts).
    expect(text).toContain("'--set-env-vars=NODE_OPTIONS=--max-old-space-size=192 --max-semi-space-size=8,MALLOC_ARENA_MAX=2,MALLOC_MMAP_THRESHOLD_=131072,MALLOC_TRIM_THRESHOLD_=131072,");
    expect(text).not.toContain('smtp://'); // a secret's value never in the plan
    // A secret gets a new version only when its value changed, compared without being shown.
    expect(lines).toContain('gcloud secrets versions access latest --secret=ogp-smtp-url --project comite-ogp-maroc | cmp -s - <(printf %s "$SMTP_URL") || printf %s "$SMTP_URL" | gcloud secrets create ogp-smtp-url --replication-policy=automatic --data-file=- --project comite-ogp-maroc || printf %s "$SMTP_URL" | gcloud secrets versions add ogp-smtp-url --data-file=- --project comite-ogp-maroc');
  }); // prettier-ignore
});

/** Runs one shell line with the throw-away configuration; what gcloud said. */
function run(line: string): string {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', line], {
    env: { ...process.env, CLOUDSDK_CONFIG: config, SMTP_URL: 'smtp://essai@127.0.0.1:2525' },
    encoding: 'utf8',
  });
  return `${result.stdout}${result.stderr}`;
}

describeWithGcloud('the plan, fed to the installed gcloud', () => {
  it('passes every command through gcloud’s own argument checks, stopping at authentication', async () => {
    const { text } = await planFor(SERVERLESS);
    const commands = text
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      // Each branch of `a || b` on its own; a value an earlier step gives (a URL) given here,
      // its own command checked too.
      .flatMap((line) => line.split(' || '))
      .flatMap((command) => {
        const inner = [...command.matchAll(/"\$\((gcloud .*?)\)"/g)].map((m) => m[1] as string);
        return [
          ...inner,
          command.replace(/"\$\(gcloud .*?\)"/g, 'https://ogp-tracker-tick-abc123-ew.a.run.app'),
        ];
      });
    expect(commands.length).toBeGreaterThan(20);
    for (const command of commands) {
      const said = run(command);
      expect(said, command).toMatch(/You do not currently have an active account selected/);
      expect(said, command).not.toMatch(
        /unrecognized arguments|argument --?[\w-]+:|Bad value|invalid choice|must be specified/i,
      );
    }
  }, 240_000);
});
