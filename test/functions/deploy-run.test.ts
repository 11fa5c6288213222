/**
 * `npm run deploy` run as a person runs it: its help; then for real, with a stand-in `gcloud` on
 * PATH that records what it is asked and keeps secrets as Secret Manager does (versions, the
 * latest read back), to show where a deployment starts again and what a second one does.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runDeploy } from '../../scripts/deploy.js';
import { packageRoot } from '../../src/adapters/local/package-files.js';

const ROOT = packageRoot();

/** `npm run deploy -- …argv`, what it printed and its exit code. */
async function deploy(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  let stdout = '';
  let stderr = '';
  const code = await runDeploy(
    argv,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env,
  );
  return { code, stdout, stderr };
}

describe('npm run deploy -- --help', () => {
  it('prints its usage in the committee’s language, with its options and the runbook, and does nothing', async () => {
    const { code, stdout } = await deploy(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage : npm run deploy -- \[options\]/);
    for (const option of ['--dry-run', '--config', '--file', '--restart', '--help, -h']) expect(stdout).toContain(option);
    expect(stdout).toContain(`Voir : ${join(ROOT, 'docs', 'deploy.md')}`);
    expect((await deploy(['-h'])).stdout).toBe(stdout);
  }); // prettier-ignore

  it('speaks the language of the committee named by --config: Spanish for Mexico', async () => {
    const { code, stdout } = await deploy(['--config', 'examples/mexico-2025/committee.yaml', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Uso: npm run deploy -- \[opciones\]/);
    expect(stdout).toContain(`Consulte: ${join(ROOT, 'docs', 'deploy.md')}`);
  }); // prettier-ignore

  it('answers an unknown option with what is wrong and the usage (exit 2)', async () => {
    const { code, stdout, stderr } = await deploy(['--restrat']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("'--restrat'");
    expect(stderr).toContain('Usage : npm run deploy -- [options]');
  });
});

/** The stand-in: each call on a line of `calls`; a secret's versions as files; fails on $GCLOUD_FAIL. */
const FAKE_GCLOUD = `#!/bin/bash
state="$GCLOUD_STATE"
echo "$*" >> "$state/calls"
if [ -n "$GCLOUD_FAIL" ] && [[ "$*" == *"$GCLOUD_FAIL"* ]]; then
  echo "ERROR: (gcloud.simulated) failure for the test" >&2; exit 1
fi
versions() { ls "$state" | grep -c "^secret-$1-"; }
case "$1 $2 $3" in
  "secrets versions access")
    for a in "$@"; do case "$a" in --secret=*) name="\${a#--secret=}";; esac; done
    n=$(versions "$name")
    if [ "$n" -eq 0 ]; then echo "ERROR: NOT_FOUND: Secret [$name] not found or has no versions." >&2; exit 1; fi
    cat "$state/secret-$name-$n";;
  "secrets versions add") n=$(versions "$4"); cat > "$state/secret-$4-$((n + 1))";;
  "secrets create "*)
    if [ "$(versions "$3")" -gt 0 ]; then echo "ERROR: ALREADY_EXISTS: Secret [$3] already exists." >&2; exit 1; fi
    cat > "$state/secret-$3-1";;
esac
exit 0
`;

describe('npm run deploy, run for real', () => {
  const project = `ogp-essai-${process.pid}`;
  const progress = join(ROOT, '.ogp-deploy', `${project}.json`);
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  const run = (more: NodeJS.ProcessEnv = {}) =>
    deploy(['--file', join(dir, 'serverless.yml')], { ...env, ...more });
  const calls = async (pattern: RegExp) =>
    (await readFile(join(dir, 'state', 'calls'), 'utf8')).split('\n').filter((l) => pattern.test(l))
      .length;
  const versions = async () =>
    (await readdir(join(dir, 'state'))).filter((f) => f.startsWith('secret-ogp-smtp-url-')).sort();

  beforeEach(async () => {
    await rm(progress, { force: true });
    dir = await mkdtemp(join(tmpdir(), 'ogp-deploy-'));
    await writeFile(join(dir, 'serverless.yml'), `project: ${project}\nregion: europe-west1\ncommittee: examples/maroc-2019/committee.yaml\nruntime: nodejs24\nsecrets: { SMTP_URL: ogp-smtp-url }\n`);
    await writeFile(join(dir, 'gcloud'), FAKE_GCLOUD);
    await chmod(join(dir, 'gcloud'), 0o755);
    await mkdir(join(dir, 'state'));
    env = { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}`, GCLOUD_STATE: join(dir, 'state'), SMTP_URL: 'smtp://ogp:premier@smtp.example.org:587' };
  }); // prettier-ignore
  afterAll(async () => {
    await rm(progress, { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves nothing to resume once complete: the next npm run deploy deploys again, every step', async () => {
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(progress)).toBe(false);
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('déjà faite');
    expect(await calls(/^functions deploy ogp-tracker-tick /)).toBe(2);
    expect(await calls(/^scheduler jobs create http ogp-tracker-tick /)).toBe(2);
  }); // prettier-ignore

  it('starts again at the step that failed, then forgets it once complete', async () => {
    const failed = await run({ GCLOUD_FAIL: 'functions deploy ogp-tracker-remind' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Corrigez, puis relancez ; il reprendra à cette étape :\nnpm run deploy\n');
    expect(existsSync(progress)).toBe(true);
    const resumed = await run();
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('Étape 1/8 — Activer les services Google utilisés : déjà faite (--restart pour la refaire)');
    expect(await calls(/^services enable /)).toBe(1);
    expect(await calls(/^functions deploy ogp-tracker-remind /)).toBe(2);
    expect(existsSync(progress)).toBe(false);
  }); // prettier-ignore

  it('adds a secret version only when the value changed', async () => {
    expect((await run()).code).toBe(0);
    expect(await versions()).toEqual(['secret-ogp-smtp-url-1']);
    expect((await run()).code).toBe(0);
    expect(await versions()).toEqual(['secret-ogp-smtp-url-1']);
    expect((await run({ SMTP_URL: 'smtp://ogp:nouveau@smtp.example.org:587' })).code).toBe(0);
    expect(await versions()).toEqual(['secret-ogp-smtp-url-1', 'secret-ogp-smtp-url-2']);
    expect(await readFile(join(dir, 'state', 'secret-ogp-smtp-url-2'), 'utf8')).toBe('smtp://ogp:nouveau@smtp.example.org:587');
    // Never on a command line: the value only goes through gcloud's input.
    expect(await readFile(join(dir, 'state', 'calls'), 'utf8')).not.toContain('smtp://');
  }); // prettier-ignore
});
