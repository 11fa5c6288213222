/**
 * `npm run deploy` run as a person runs it: its help.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
