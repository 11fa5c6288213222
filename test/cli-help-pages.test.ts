/**
 * The command line says where to read more, as files of the installed package a person can
 * open: the help names the secretariat's guide in the committee's language (French while a
 * language has none) and the page of the command, and an error with a page names it under
 * itself, in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { translate } from '../src/core/catalogue/render.js';
import { ERROR_CODES } from '../src/core/codes.js';
import { COMMAND_PAGES, DOC_PAGES } from '../src/core/doc-pages.js';
import { cli } from './helpers/run-cli.js';

const ROOT = packageRoot();
const JORDAN = join(ROOT, 'examples', 'jordanie-2025', 'committee.yaml');

/** The path a line ending « label path » names, checked to be an installed file. */
function namedFile(output: string, label: string): string {
  const line = output.split('\n').find((l) => l.startsWith(label));
  expect(line, `${label} in:\n${output}`).toBeDefined();
  // Strip the isolation marks an Arabic line puts around a Latin value.
  const path = line!.slice(label.length).replace(/[\u2068\u2069]/g, '');
  expect(isAbsolute(path)).toBe(true);
  expect(existsSync(path), path).toBe(true);
  return path;
}

describe('the help says where to read more', () => {
  it('names the secretariat’s guide and the page of every command', async () => {
    const { code, stdout } = await cli('--help', '--locale', 'fr');
    expect(code).toBe(0);
    expect(namedFile(stdout, 'Guide du secrétariat : ')).toBe(join(ROOT, 'docs', 'guide', 'fr.md'));
    expect(namedFile(stdout, 'Toutes les commandes en détail : ')).toBe(join(ROOT, 'docs', 'command-line.md'));
  }); // prettier-ignore

  it('names the page of the command asked about, with --help or help COMMAND', async () => {
    const intake = await cli('intake', '--help', '--locale', 'en');
    expect(namedFile(intake.stdout, 'The intake command in detail: ')).toBe(join(ROOT, 'docs', 'emails.md'));
    const init = await cli('help', 'init', '--locale', 'es');
    expect(namedFile(init.stdout, 'El comando init en detalle: ')).toBe(join(ROOT, 'docs', 'configuration.md'));
  }); // prettier-ignore

  it('names a page for every command the usage lists', async () => {
    const usage = translate('en', 'cli.usage', { languages: { anyOf: ['fr'] } });
    const commands = new Set([...usage.matchAll(/^ {2}([a-z][a-z-]+) /gm)].map((m) => m[1]!));
    expect(commands.size).toBeGreaterThanOrEqual(12);
    expect([...commands].sort()).toEqual(Object.keys(COMMAND_PAGES).sort());
    for (const command of commands) {
      const { code, stdout } = await cli('help', command, '--locale', 'en');
      expect(code).toBe(0);
      const page = COMMAND_PAGES[command as keyof typeof COMMAND_PAGES];
      expect(namedFile(stdout, `The ${command} command in detail: `)).toBe(join(ROOT, page));
    }
  });

  it('names the guide in the committee’s language (Jordan: Arabic), French while it has none', async () => {
    const { stdout } = await cli('--help', '--config', JORDAN);
    const arabic = join(ROOT, 'docs', 'guide', 'ar.md');
    expect(namedFile(stdout, 'دليل أمانة اللجنة: ')).toBe(
      existsSync(arabic) ? arabic : join(ROOT, 'docs', 'guide', 'fr.md'),
    );
  });
});

describe('the help speaks the committee’s language', () => {
  it('read in the committee workbook when committee.yaml names none (what init writes)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogp-help-'));
    try {
      expect((await cli('init', dir, '--country', 'KE', '--locale', 'en')).code).toBe(0);
      expect(await readFile(join(dir, 'committee.yaml'), 'utf8')).not.toMatch(/locale:/);
      const { code, stdout } = await cli('--help', '--config', join(dir, 'committee.yaml'));
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: ogp-tracker <command>/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('an error names the page that explains it', () => {
  it('a configuration not found: « Voir : » the configuration page, after the error', async () => {
    const absent = join(ROOT, 'test-artifacts', 'absent', 'committee.yaml');
    const { code, stderr } = await cli('schedule', '--config', absent, '--locale', 'fr');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Erreur \(config-not-found\) : .*\nVoir : /);
    expect(namedFile(stderr, 'Voir : ')).toBe(join(ROOT, 'docs', 'configuration.md'));
  });

  it('in Arabic, the path isolated so that it keeps its order in a right-to-left line', async () => {
    const { code, stderr } = await cli('template', '--locale', 'ar');
    expect(code).toBe(2);
    const page = join(ROOT, 'docs', 'command-line.md');
    expect(stderr.split('\n')).toContain(`انظروا: \u2068${page}\u2069`);
  });

  it('an error no page says more about names none: a file not written', async () => {
    const blocked = join(ROOT, 'package.json', 'x.xlsx');
    const { code, stderr } = await cli(
      'template',
      '--config',
      JORDAN,
      '--out',
      blocked,
      '--locale',
      'fr',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Erreur \(write-failed\) : /m);
    expect(stderr).not.toContain('Voir : ');
  });

  it('every page the code table and the commands name is one of docs/, installed', () => {
    const named = [
      ...ERROR_CODES.flatMap((c) => (c.page ? [c.page] : [])),
      ...Object.values(COMMAND_PAGES),
    ];
    for (const page of new Set(named)) {
      expect(DOC_PAGES).toContain(page);
      expect(existsSync(join(ROOT, page)), page).toBe(true);
    }
  });
});
