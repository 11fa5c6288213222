/**
 * A reader who stops reading (`ogp-tracker --help | head -1`, `| more` left with q) closes the
 * pipe the command writes to: the command ends quietly, as common command-line tools do, never
 * with Node's trace of an unhandled EPIPE. The installed launcher is run in a child process
 * (`npm test` builds dist/ first; OGP_TRACKER_BIN names another build's launcher).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/adapters/local/package-files.js';

const BIN = process.env.OGP_TRACKER_BIN ?? join(packageRoot(), 'bin', 'ogp-tracker.js');

/** Runs the launcher with `args`, the read end of `closed` shut before it writes a byte. */
function runClosed(
  args: readonly string[],
  closed: 'stdout' | 'stderr',
): Promise<{ code: number | null; other: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child[closed].destroy();
    let other = '';
    child[closed === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk: Buffer) => {
      other += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, other }));
  });
}

describe('output to a reader who stopped reading', () => {
  it('--help into a closed pipe ends quietly with 0, no trace on stderr', async () => {
    expect(existsSync(BIN), `${BIN} is missing`).toBe(true);
    const { code, other } = await runClosed(['--help'], 'stdout');
    expect(other).not.toMatch(/EPIPE|node:events|at /);
    expect(other).toBe('');
    expect(code).toBe(0);
  }, 30_000);

  it('an unknown command whose help goes to a closed stderr keeps its own exit code, 2', async () => {
    const { code, other } = await runClosed(['no-such-command'], 'stderr');
    expect(other).toBe('');
    expect(code).toBe(2);
  }, 30_000);
});
