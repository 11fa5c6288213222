/**
 * The command line speaks its reader's language everywhere: an existing committee's when `init`
 * runs in it again, the committee workbook's when committee.yaml names none (even a
 * committee.yaml that does not parse, even a new committee's refused workbook), and outside a
 * committee folder the computer's (LC_ALL, LC_MESSAGES, LANG), with the bundled example in it.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { systemLocale } from '../src/cli/system-locale.js';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { translate } from '../src/core/catalogue/render.js';
import type { LocaleTag } from '../src/core/locale-tag.js';
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

/** Runs the CLI in-process as on a computer whose language is `locale` (from LANG…). */
async function cliOn(locale: LocaleTag, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), locale };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
} // prettier-ignore

/** Runs `body` with `folder` as the current folder. */
async function inFolder<T>(folder: string, body: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    return await body();
  } finally {
    process.chdir(cwd);
  }
}

describe('outside a committee folder', () => {
  it('takes the computer’s language from LC_ALL, LC_MESSAGES or LANG, in POSIX’s order, when it is one of ours', () => {
    expect(systemLocale({ LANG: 'pt_BR.UTF-8' })).toBe('pt-BR');
    expect(systemLocale({ LANG: 'es_CR.UTF-8' })).toBe('es-CR');
    expect(systemLocale({ LANG: 'ar_JO.UTF-8' })).toBe('ar-JO');
    expect(systemLocale({ LANG: 'en_US.UTF-8' })).toBe('en-US');
    expect(systemLocale({ LANG: 'fr_FR.UTF-8@euro' })).toBe('fr-FR');
    expect(systemLocale({ LANG: 'es' })).toBe('es');
    expect(systemLocale({ LC_MESSAGES: 'pt_PT.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('pt-PT');
    expect(systemLocale({ LC_ALL: 'es_MX.UTF-8', LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es-MX');
    // The first one set decides, even when it is none of ours; an empty one is not set.
    expect(systemLocale({ LC_ALL: 'C.UTF-8', LANG: 'es_CR.UTF-8' })).toBeNull();
    expect(systemLocale({ LC_ALL: '', LANG: 'es_CR.UTF-8' })).toBe('es-CR');
    expect(systemLocale({ LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(systemLocale({ LANG: 'POSIX' })).toBeNull();
    expect(systemLocale({})).toBeNull();
  }); // prettier-ignore

  it('speaks it, and offers the bundled example in it', async () => {
    const empty = await mkdtemp(join(dir, 'vide-'));
    const example = (folder: string) => relative(empty, join(packageRoot(), 'examples', folder, 'committee.yaml'));
    const said = await inFolder(empty, async () => ({
      es: await cliOn('es-CR', 'tick'),
      pt: await cliOn('pt-BR', 'tick'),
      ar: await cliOn('ar-JO', 'tick'),
      en: await cliOn('en-US', 'tick'),
      fr: await cliOn('fr-FR', 'tick'),
      help: await cliOn('pt-BR', '--help'),
      missing: await cliOn('es-CR', 'schedule', '--config', 'ausente.yaml'),
    }));
    expect(said.es.code).toBe(2);
    expect(said.es.stderr).toMatch(/^Error \(config-not-found\): Ninguna configuración: /);
    expect(said.es.stderr).toContain(`--config ${example('mexico-2025')}`);
    expect(said.pt.stderr).toMatch(/^Erro \(config-not-found\): Nenhuma configuração: /);
    expect(said.pt.stderr).toContain(`--config ${example('sao-paulo-2025')}`);
    // An option to copy, alone on its line: no direction mark around it, even in Arabic.
    expect(said.ar.stderr).toContain(`\n--config ${example('jordanie-2025')}\n`);
    expect(said.en.stderr).toMatch(/^Error \(config-not-found\): No configuration: /);
    expect(said.en.stderr).toContain(`--config ${example('maroc-2019')}`);
    expect(said.fr.stderr).toContain(`--config ${example('maroc-2019')}`);
    expect(said.help.stdout).toMatch(/^Uso: ogp-tracker /);
    expect(said.help.stdout).toContain(join('docs', 'guide', 'pt.md'));
    expect(said.missing.stderr.split('\n')[0]).toBe(`Error (config-not-found): ${translate('es', 'config.fileNotFound', { file: join(empty, 'ausente.yaml') })}`);
    expect(await readdir(empty)).toEqual([]);
  }); // prettier-ignore

  it('gives way to the committee’s language, and to --locale', async () => {
    const costaRica = await starter('CR');
    const there = await cliOn('en-US', 'schedule', '--config', join(costaRica, 'committee.yaml'), '--from', '2027-01-01', '--to', '2027-01-31');
    expect(there.stdout).toMatch(/^Envíos previstos del /);
    const asked = await inFolder(costaRica, () => cliOn('pt-BR', 'tick', '--config', 'ausente.yaml', '--locale', 'fr'));
    expect(asked.stderr).toMatch(/^Erreur \(config-not-found\) : /);
  }); // prettier-ignore
});
