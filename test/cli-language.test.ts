/**
 * The command line speaks its reader's language everywhere: an existing committee's when `init`
 * runs in it again, the committee workbook's when committee.yaml names none (even a
 * committee.yaml that does not parse, even a new committee's refused workbook), and outside a
 * committee folder the computer's (LC_ALL, LC_MESSAGES, LANG), with the bundled example in it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-cli-language-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A starter committee of `country` (its language in its workbook only), in a new folder. */
async function starter(country: string): Promise<string> {
  const target = await mkdtemp(join(dir, `${country}-`));
  const made = await cli('init', target, '--country', country, '--now', '2026-12-02T12:00Z');
  expect(made.code).toBe(0);
  // committee.yaml names no language: the workbook does.
  expect(await readFile(join(target, 'committee.yaml'), 'utf8')).not.toMatch(/locale/);
  return target;
}

describe('init in an existing committee', () => {
  it('answers in the committee’s language, not French', async () => {
    const costaRica = await starter('CR');
    const again = await cli('init', costaRica, '--force');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `Configuración existente conservada: ${join(costaRica, 'committee.yaml')}.\n` +
        '2 fichas prellenadas escritas.\n',
    );
    const brazil = await starter('BR');
    const kept = await cli('init', brazil);
    expect(kept.stdout.split('\n')[0]).toBe(
      `Configuração existente mantida: ${join(brazil, 'committee.yaml')}.`,
    );
    // --locale still chooses another.
    const asked = await cli('init', brazil, '--locale', 'en', '--country', 'BR');
    expect(asked.stdout.split('\n')[0]).toMatch(/^Existing configuration kept: /);
  });
});
