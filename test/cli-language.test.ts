/**
 * The command line speaks its reader's language everywhere: an existing committee's when `init`
 * runs in it again, the committee workbook's when committee.yaml names none (even a
 * committee.yaml that does not parse, even a new committee's refused workbook), and outside a
 * committee folder the computer's (LC_ALL, LC_MESSAGES, LANG), with the bundled example in it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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
    // --locale still chooses another (with a --country, which changes nothing here).
    const asked = await cli('init', brazil, '--locale', 'en', '--country', 'GB');
    expect(asked.stdout.split('\n')[0]).toMatch(/^Existing configuration kept: /);
  });
});

describe('a committee that does not load', () => {
  it('says a YAML syntax error in the language of the workbook committee.yaml names', async () => {
    const costaRica = await starter('CR');
    const file = join(costaRica, 'committee.yaml');
    const yaml = await readFile(file, 'utf8');
    // The closing bracket of a list removed: the YAML does not parse.
    await writeFile(file, yaml.replace("hashtags: ['#OpenGov']", "hashtags: ['#OpenGov'"));
    const run = await cli('tick', '--config', file);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe(`Error (config-invalid): Configuración ${file}: sintaxis YAML no válida.`);
    expect(lines[1]).toMatch(/^ {2}.*committee\.yaml:\d+:\d+: YAML ilegible — /);
    expect(lines.at(-2)).toMatch(/^Consulte: /);
    // The job's loader says it so too (what the functions and tick load with).
    const { loadCommitteeConfig } = await import('../src/jobs/load-config.js');
    const thrown = await loadCommitteeConfig(file).catch((e: Error) => e);
    expect((thrown as Error).message).toBe(`Configuración ${file}: sintaxis YAML no válida.`);
    // A workbook that cannot be read names no language: French, as before.
    await writeFile(file, (await readFile(file, 'utf8')).replace(/workbook: '[^']+'/, "workbook: 'absent.xlsx'"));
    const unnamed = await cli('tick', '--config', file);
    expect(unnamed.stderr.split('\n')[0]).toBe(`Erreur (config-invalid) : Configuration ${file} : syntaxe YAML invalide.`);
  }); // prettier-ignore

  it('says a new committee’s refused workbook in its language, heading and details', async () => {
    const brazil = await starter('BR');
    const path = join(brazil, 'comite.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('Pessoas')!.getCell('D2').value = 'ana.souza@';
    await workbook.xlsx.writeFile(path);
    const run = await cli('tick', '--config', join(brazil, 'committee.yaml'));
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('Erro (config-invalid): Pasta de trabalho do comitê comite.xlsx: 1 problema a corrigir; nenhuma versão anterior foi aceita, o comitê não pode funcionar até a correção.');
    expect(lines[1]).toMatch(/^ {2}Aba “Pessoas”, célula D2: “ana\.souza@” não é um endereço de e-mail/);
    expect(lines[2]).toMatch(/^Consulte: /);
  }); // prettier-ignore
});
