import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exampleConfigPath, packageRoot } from '../src/adapters/local/package-files.js';
import { EXAMPLE_ONE_FILE } from './helpers/example-copy.js';
import { cli } from './helpers/run-cli.js';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { ROSTER_KEYS } from '../src/core/config-schema.js';
import { parse, stringify } from 'yaml';
import { calendarWarnings } from '../src/core/calendar-checks.js';
import { isWorkingDay } from '../src/core/working-days.js';

const run = promisify(execFile);
const SUBMISSIONS = join(packageRoot(), 'examples', 'maroc-2019', 'submissions');
const GOOD = join(SUBMISSIONS, 'engagement-03.xlsx');
const NOW = ['--now', '2019-01-07T09:00'];
/** The bundled example, named: no command uses it unless told to. */
const EXAMPLE = ['--config', exampleConfigPath()];
/** The line under a usage error: the command line's page, installed with the package. */
const SEE = {
  fr: `Voir : ${join(packageRoot(), 'docs', 'command-line.md')}\n`,
  es: `Consulte: ${join(packageRoot(), 'docs', 'command-line.md')}\n`,
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ogp-tracker validate', () => {
  it('exits 0 when every file is valid', async () => {
    const { code, stdout } = await cli('validate', ...EXAMPLE, ...NOW, GOOD);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ .*engagement-03\.xlsx — engagement n° 3 : valide/);
    expect(stdout).toMatch(/1 fichier : 1 valide, 0 à corriger — 0 erreur, 0 avertissement\./);
  });

  it('reports a corrupt file as an issue, checks the other files, and exits 1', async () => {
    const corrupt = join(dir, 'corrompu.xlsx');
    await writeFile(corrupt, Buffer.from('PK\u0003\u0004 not really a zip at all'));
    const { code, stdout } = await cli('validate', ...EXAMPLE, '--json', ...NOW, corrupt, GOOD);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toMatchObject({ file: corrupt, valid: false, commitment: null });
    expect(report.files[0].issues).toEqual([
      expect.objectContaining({
        code: 'file-unreadable',
        severity: 'error',
        message: expect.stringMatching(/corrompu/),
      }),
    ]);
    expect(report.files[1]).toMatchObject({ file: GOOD, valid: true, commitment: 3, issues: [] });
    expect(Object.keys(report.files[0].issues[0]).sort()).toEqual(
      ['cell', 'code', 'column', 'field', 'message', 'row', 'severity', 'sheet', 'value'].sort(),
    );
  });

  it('prints each issue with its sheet and cell for people', async () => {
    const { code, stdout } = await cli(
      'validate',
      ...EXAMPLE,
      ...NOW,
      join(SUBMISSIONS, 'engagement-14.xlsx'),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      "erreur invalid-choice — [Actions de communication] B3 (Type d'action) : « Atelir » n'est pas une valeur admise",
    );
    expect(stdout).toContain('7 erreurs, 0 avertissement');
    const quiet = await cli(
      'validate',
      ...EXAMPLE,
      '--quiet',
      ...NOW,
      join(SUBMISSIONS, 'engagement-14.xlsx'),
    );
    expect(quiet.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('checks a file against the commitment whose source it is', async () => {
    const copy = join(dir, 'copie-03.xlsx');
    await copyFile(GOOD, copy);
    const config = (await readFile(EXAMPLE_ONE_FILE, 'utf8'))
      .replaceAll('path: submissions/', `path: ${SUBMISSIONS}/`)
      .replace(`path: ${SUBMISSIONS}/engagement-04.xlsx`, `path: ${copy}`);
    const configPath = join(dir, 'committee.yaml');
    await writeFile(configPath, config);
    const { code, stdout } = await cli('validate', '--json', ...NOW, '--config', configPath, copy);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].issues.map((i: { code: string }) => i.code)).toEqual([
      'commitment-mismatch',
    ]);
  });

  it.each([
    [['validate'], /au moins un fichier/],
    [['validate', '--bogus', GOOD], /Unknown option '--bogus'/],
    [['frobnicate'], /Commande inconnue : frobnicate/],
    [['validate', ...EXAMPLE, '--now', 'demain', GOOD], /--now demain : attendu une date ISO/],
    [
      ['validate', '--config', '/nonexistent/committee.yaml', GOOD],
      /config-not-found.*introuvable/,
    ],
    [['template'], /--out FICHIER/],
    [
      ['template', ...EXAMPLE, '--out', 'x.xlsx', '--commitment', '99'],
      /--commitment 99 : engagement inconnu/,
    ],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 on a bad configuration, naming the line and path', async () => {
    const configPath = join(dir, 'mauvais.yaml');
    await writeFile(
      configPath,
      (await readFile(EXAMPLE_ONE_FILE, 'utf8')).replace('end: 2020-08-31', 'end: 31/08/2020'),
    );
    const { code, stderr } = await cli('validate', '--config', configPath, GOOD);
    expect(code).toBe(2);
    expect(stderr).toMatch(/config-invalid/);
    expect(stderr).toMatch(
      /mauvais\.yaml:\d+:\d+ : plan\.end — date attendue au format AAAA-MM-JJ/,
    );
  });

  it('prints usage with --help and the version with --version', async () => {
    expect((await cli('--help')).stdout).toContain('validate [--config F] FICHIER...');
    expect((await cli('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await cli()).code).toBe(2);
  });

  it('says --help in the committee’s language when a configuration is named or in the folder', async () => {
    const saoPaulo = join(packageRoot(), 'examples', 'sao-paulo-2025', 'committee.yaml');
    expect((await cli('--help', '--config', saoPaulo)).stdout).toMatch(/^Uso: ogp-tracker <comando> \[opções\]/);
    expect((await cli('help', '--config', join(packageRoot(), 'examples', 'jordanie-2025', 'committee.yaml'))).stdout).toMatch(/^الاستعمال: ogp-tracker/);
    // --locale wins; a configuration that does not load still names its language; none: French.
    expect((await cli('--help', '--config', saoPaulo, '--locale', 'en')).stdout).toMatch(/^Usage: ogp-tracker/);
    const broken = join(dir, 'aide-cassee.yaml');
    await writeFile(broken, 'committee: { name: C, locale: es }\nplan: [\n');
    expect((await cli('--help', '--config', broken)).stdout).toMatch(/^Uso: ogp-tracker <comando> \[opciones\]/);
    expect((await cli('--help', '--config', join(dir, 'absent.yaml'))).stdout).toMatch(/^Usage : ogp-tracker/);
    // In a folder holding a committee.yaml, the command speaks its language.
    const here = await mkdtemp(join(dir, 'aide-'));
    await copyFile(saoPaulo, join(here, 'committee.yaml'));
    const cwd = process.cwd();
    process.chdir(here);
    try {
      expect((await cli('--help')).stdout).toMatch(/^Uso: ogp-tracker/);
    } finally {
      process.chdir(cwd);
    }
  }); // prettier-ignore
});

describe('ogp-tracker template and init', () => {
  it('writes a template, pre-filled for a commitment', async () => {
    const out = join(dir, 'modele-07.xlsx');
    const { code, stdout } = await cli(
      'template',
      ...EXAMPLE,
      '--commitment',
      '7',
      '--out',
      out,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ template: out });
    const check = await cli('validate', ...EXAMPLE, '--json', ...NOW, out);
    expect(JSON.parse(check.stdout).files[0].issues.map((i: { code: string }) => i.code)).toEqual([
      'empty-submission',
    ]);
  });

  it('init writes a starter config and one template per commitment, and never overwrites', async () => {
    const target = join(dir, 'nouveau-comite');
    await mkdir(join(target, 'submissions'), { recursive: true });
    await writeFile(join(target, 'submissions', 'engagement-03.xlsx'), 'déjà reçu');
    const { code, stdout } = await cli('init', target, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.written).toHaveLength(17);
    expect(result.kept).toEqual([join(target, 'submissions', 'engagement-03.xlsx')]);
    // The example's people and plan: its workbook, copied beside committee.yaml, which names it.
    expect([result.workbook, result.workbookWritten]).toEqual([join(target, 'comite.xlsx'), true]);
    expect(await readFile(join(target, 'submissions', 'engagement-03.xlsx'), 'utf8')).toBe('déjà reçu');
    expect((await readdir(join(target, 'submissions'))).length).toBe(18);
    // The folder replies are saved into is there, empty, and mail-check finds it.
    expect(await readdir(join(target, 'inbox'))).toEqual([]);
    const mailCheck = await cli('mail-check', '--config', join(target, 'committee.yaml'));
    expect(mailCheck.stdout).toContain(`✓ Dossier de réception ${join(target, 'inbox')}`);
    await rm(join(target, 'inbox'), { recursive: true });
    const missing = await cli('mail-check', '--config', join(target, 'committee.yaml'));
    expect(missing.code).toBe(1);
    expect(missing.stdout + missing.stderr).toContain(`Le dossier de réception ${join(target, 'inbox')} n'existe pas : créez-le`);
    await mkdir(join(target, 'inbox'));
    const check = await cli('validate', '--json', ...NOW, '--config', join(target, 'committee.yaml'), join(target, 'submissions', 'engagement-07.xlsx'));
    expect(JSON.parse(check.stdout).files[0].issues.map((i: { code: string }) => i.code)).toEqual(['empty-submission']);
    // Again, after the configuration dropped commitment 18 (its workbook made YAML again): nothing overwritten, the stale sheet named.
    expect((await cli('roster', 'import', '--config', join(target, 'committee.yaml'), '--force')).code).toBe(0);
    const yaml = await readFile(join(target, 'committee.yaml'), 'utf8');
    const data = parse(yaml) as { commitments: { id: number }[] };
    const dropped = stringify({ ...data, commitments: data.commitments.filter((c) => c.id !== 18) });
    expect(dropped).not.toEqual(yaml);
    await writeFile(join(target, 'committee.yaml'), dropped);
    const before = (await stat(join(target, 'submissions', 'engagement-07.xlsx'))).mtimeMs;
    const again = await cli('init', target);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `Configuration existante conservée : ${join(target, 'committee.yaml')}.\n` +
        'Aucune fiche écrite, 17 fiches existantes conservées (--force pour les réécrire : leur contenu serait perdu).\n' +
        "Fiches d'engagements qui ne sont plus dans la configuration (laissées en place) :\n" +
        `  ${join(target, 'submissions', 'engagement-18.xlsx')}\n`,
    );
    expect(await readFile(join(target, 'committee.yaml'), 'utf8')).toBe(dropped);
    expect((await stat(join(target, 'submissions', 'engagement-07.xlsx'))).mtimeMs).toBe(before);
    expect(await readFile(join(target, 'submissions', 'engagement-03.xlsx'), 'utf8')).toBe('déjà reçu');
  }); // prettier-ignore

  it.each([
    ['MX', undefined, { country: 'MX', locale: 'es', currency: 'MXN', timezone: 'America/Mexico_City', weekend: [6, 7] }, 'compromiso', 'País: México (MX) — idioma: español, moneda: MXN, huso horario: America/Mexico_City, fin de semana: sábado y domingo; feriados: los del país'],
    ['JO', undefined, { country: 'JO', locale: 'ar', currency: 'JOD', timezone: 'Asia/Amman', weekend: [5, 6] }, 'commitment', 'البلد: الأردن (\u2068JO\u2069) — اللغة: العربية، العملة: \u2068JOD\u2069، المنطقة الزمنية: \u2068Asia/Amman\u2069، عطلة نهاية الأسبوع: الجمعة والسبت؛ لا عطلة رسمية معروفة لهذا البلد: اذكروها في ورقة «أيام العطلة» من مصنّف اللجنة'],
    ['br-sp', 'pt', { country: 'BR-SP', locale: 'pt', currency: 'BRL', timezone: 'America/Sao_Paulo', weekend: [6, 7] }, 'compromisso', 'País: São Paulo (Brasil) (BR-SP) — idioma: português'],
    ['MA', 'fr', { country: 'MA', locale: 'fr', currency: 'MAD', timezone: 'Africa/Casablanca', weekend: [6, 7] }, 'engagement', 'Pays : Maroc (MA) — langue : français'],
    // Morocco's administration writes French, as the bundled example: not the library's first language, Arabic.
    ['ma', undefined, { country: 'MA', locale: 'fr', currency: 'MAD', timezone: 'Africa/Casablanca', weekend: [6, 7] }, 'engagement', 'Pays : Maroc (MA) — langue : français'],
    // The city of São Paulo, where the holiday data has its days off.
    ['BR-SP-SP', undefined, { country: 'BR-SP-SP', locale: 'pt', currency: 'BRL', timezone: 'America/Sao_Paulo', weekend: [6, 7] }, 'compromisso', 'País: São Paulo, São Paulo (Brasil) (BR-SP-SP) — idioma: português'],
    // Kyiv by the name IANA gives it since 2022 (tzdata 2022b), not the library's Europe/Kiev.
    ['UA', 'en', { country: 'UA', locale: 'en', currency: 'UAH', timezone: 'Europe/Kyiv', weekend: [6, 7] }, 'commitment', 'Country: Ukraine (UA) — language: English'],
  ] as const)('init --country %s writes a starter committee of that country, nothing of Morocco’s but its own', async (country, locale, committee, stem, summary) => {
    const target = join(dir, `pays-${country}`);
    const run = await cli('init', target, '--country', country, ...(locale ? ['--locale', locale] : []), '--now', '2026-12-02T12:00Z');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(summary);
    const yaml = await readFile(join(target, 'committee.yaml'), 'utf8');
    expect(yaml).not.toMatch(/MRAFP|Suppléant|OGPMaroc|Rabat/);
    if (country.toUpperCase() !== 'MA') expect(yaml).not.toMatch(/Maroc|Morocco|المغرب/);
    // A short committee.yaml of technical settings, naming the workbook that holds the people and the plan.
    const workbook = (parse(yaml) as { roster: { workbook: string } }).roster.workbook;
    expect(Object.keys(parse(yaml) as object).filter((key) => (ROSTER_KEYS as readonly string[]).includes(key))).toEqual([]);
    expect(run.stdout).toContain(join(target, workbook));
    const { config } = await loadConfigFile(join(target, 'committee.yaml'));
    expect(config.committee).toMatchObject(committee);
    expect(config.plan).toMatchObject({ start: '2027-01-01', end: '2028-12-31' });
    expect(await readdir(join(target, 'submissions'))).toEqual([`${stem}-01.xlsx`, `${stem}-02.xlsx`]);
    // Its first meeting falls on a working day of the country, and the calendar has nothing odd
    // but, where the holiday source lacks the country, its holidays still to be typed.
    expect(isWorkingDay(config.meetings[0]!.date, config.calendar)).toBe(true);
    expect(calendarWarnings(config).map((m) => m.id)).toEqual(country === 'JO' ? ['calendar.noHolidays'] : []);
    // The focal points' answers are read from inbox/, as the example's: a new committee can answer by email at once.
    expect(config.intake).toMatchObject({ kind: 'folder', dir: join(target, 'inbox') });
    const check = await cli('validate', '--json', '--now', '2027-01-04T09:00', '--config', join(target, 'committee.yaml'), join(target, 'submissions', `${stem}-01.xlsx`));
    expect(JSON.parse(check.stdout).files[0].issues.map((i: { code: string }) => i.code)).toEqual(['empty-submission']);
  }); // prettier-ignore

  it('init --country refuses what it cannot start from, and writes nothing', async () => {
    const target = join(dir, 'pays-refuse');
    for (const [args, message] of [
      [['--country', 'BR-ZP'], `Erreur (usage) : init --country BR-ZP : subdivision ZP inconnue pour BR (vouliez-vous dire BR-AP ?). Connues : AC, AL, AM, AP, BA, CE, DF, ES, GO, MA, MG, MS, MT, PA, PB, PE, PI, PR, RJ, RN, RO, RR, RS, SC, SE, SP, TO.\n${SEE.fr}`],
      [['--country', 'XX'], `Erreur (usage) : init --country XX : pays inconnu (code ISO 3166-1, par exemple MX, JO, ou BR-SP pour un État).\n${SEE.fr}`],
      [['--country', 'ZZ'], `Erreur (usage) : init --country ZZ : pays inconnu (code ISO 3166-1, par exemple MX, JO, ou BR-SP pour un État).\n${SEE.fr}`],
      [['--country', 'Maroc'], `Erreur (usage) : init --country Maroc : code pays ISO 3166-1 attendu, par exemple MX, JO, ou BR-SP pour un État.\n${SEE.fr}`],
      [['--country', 'BR-SP-SQ'], `Erreur (usage) : init --country BR-SP-SQ : ville ou région SQ inconnue pour BR-SP (vouliez-vous dire BR-SP-SP ?). Connues : SP.\n${SEE.fr}`],
      [['--country', 'BR-BA-SSA'], `Erreur (usage) : init --country BR-BA-SSA : ville ou région SSA inconnue pour BR-BA : écrivez BR-BA (ses jours fériés).\n${SEE.fr}`],
      [['--country', 'MX', '--locale', 'de'], `Erreur (usage) : --locale de : langue attendue parmi fr, ar, en, es ou pt.\n${SEE.fr}`],
      // --locale is the command's language too: the refusal is in Spanish.
      [['--locale', 'es'], `Error (usage): init --locale: debe darse con --country (el idioma del comité de ese país).\n${SEE.es}`],
    ] as const) {
      const run = await cli('init', target, ...args);
      expect([run.code, run.stderr]).toEqual([2, message]);
    }
    await expect(stat(target)).rejects.toThrow();
  }); // prettier-ignore

  it('template never writes over a file without --force', async () => {
    const out = join(dir, 'deja-la.xlsx');
    await writeFile(out, 'une fiche remplie');
    const refused = await cli('template', ...EXAMPLE, '--out', out);
    expect([refused.code, refused.stderr]).toEqual([2, `Erreur (usage) : ${out} existe déjà : rien n'a été écrit. Ajoutez --force pour le remplacer (son contenu serait perdu).\n${SEE.fr}`]);
    expect(await readFile(out, 'utf8')).toBe('une fiche remplie');
    expect((await cli('template', ...EXAMPLE, '--out', out, '--force')).code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(1000);
  }); // prettier-ignore
});

describe('the configuration a command uses', () => {
  const bin = join(packageRoot(), 'bin', 'ogp-tracker.js');

  it('is never the bundled example unless named: in a folder without committee.yaml, exit 2 and how to start', async () => {
    const empty = await mkdtemp(join(dir, 'vide-'));
    // On a French-speaking computer (outside a committee, the command speaks the computer's language).
    const env = { ...process.env, LC_ALL: 'fr_FR.UTF-8' };
    const error = await run(process.execPath, [bin, 'consolidate'], { cwd: empty, env }).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^Erreur \(config-not-found\) : Aucune configuration : pas de --config, et pas de committee\.yaml dans .*vide-.*\. Pour commencer, la commande ci-dessous écrit .* :\nogp-tracker init\n/);
    expect(await readdir(empty)).toEqual([]); // nothing written, anywhere
  }); // prettier-ignore

  it('says where a committee made by init keeps what to adapt: the people and the plan in its workbook, the rest in committee.yaml', async () => {
    const empty = await mkdtemp(join(dir, 'vide-'));
    const cwd = process.cwd();
    process.chdir(empty);
    try {
      const fr = await cli('tick');
      expect(fr.code).toBe(2);
      // The command to copy alone on its line.
      expect(fr.stderr).toContain('Pour commencer, la commande ci-dessous écrit committee.yaml, le classeur du comité et une fiche par engagement ; remplissez ensuite le classeur du comité (les personnes et le plan) et adaptez committee.yaml (les autres réglages) :\nogp-tracker init\n');
      const en = await cli('tick', '--locale', 'en');
      expect(en.stderr).toContain('To start, the command below writes committee.yaml, the committee workbook and a sheet per commitment; then fill in the committee workbook (the people and the plan) and adapt committee.yaml (the other settings):\nogp-tracker init\n');
    } finally {
      process.chdir(cwd);
    }
    expect(await readdir(empty)).toEqual([]);
  }); // prettier-ignore

  it('is ./committee.yaml when the folder has one', async () => {
    const here = await mkdtemp(join(dir, 'ici-'));
    await copyFile(EXAMPLE_ONE_FILE, join(here, 'committee.yaml'));
    const { stdout } = await run(process.execPath, [bin, 'schedule', '--json', '--from', '2019-01-01', '--to', '2019-01-31'], { cwd: here });
    expect(JSON.parse(stdout).sends).toHaveLength(7);
  }); // prettier-ignore
});

describe('the installed command', () => {
  it('runs as a real process from bin/ with the documented exit code and JSON', async () => {
    const bin = join(packageRoot(), 'bin', 'ogp-tracker.js');
    const files = [GOOD, join(SUBMISSIONS, 'engagement-17.xlsx')];
    const error = await run(process.execPath, [
      bin,
      'validate',
      ...EXAMPLE,
      '--json',
      ...NOW,
      ...files,
    ]).catch((e) => e);
    expect(error.code).toBe(1);
    const report = JSON.parse(error.stdout);
    expect(report.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
  });
});

describe('the command line in the committee’s language', () => {
  const MEXICO = join(packageRoot(), 'examples', 'mexico-2025');
  const mexico = ['--config', join(MEXICO, 'committee.yaml')];

  it('speaks Spanish to a Mexican committee: its checks, its calendar', async () => {
    const files = ['compromiso-01.xlsx', 'compromiso-02.xlsx'].map((f) => join(MEXICO, 'submissions', f));
    const checked = await cli('validate', ...mexico, '--now', '2025-03-12T09:00', '--quiet', ...files);
    expect([checked.code, checked.stdout.split('\n').map((l) => l.replace(/^(.) .*\//, '$1 '))]).toEqual([1, [
      '✓ compromiso-01.xlsx — compromiso n.º 1: válido',
      '✗ compromiso-02.xlsx — compromiso n.º 2: 3 errores, 0 advertencias',
      '2 archivos: 1 válido, 1 por corregir — 3 errores, 0 advertencias.',
      '',
    ]]);
    const planned = await cli('schedule', ...mexico, '--from', '2025-03-01', '--to', '2025-03-31');
    expect(planned.stdout.split('\n').slice(0, 2).map((l) => l.replace(/ +/g, ' '))).toEqual(['Envíos previstos del 01/03/2025 al 31/03/2025: 7', 'Fecha Hora Envío Asunto Destinatarios']);
    // An error of the machine's is said in it too, its cause as the system gave it.
    const blocked = join(dir, 'un-fichier');
    await writeFile(blocked, '');
    const unwritable = await cli('template', ...mexico, '--out', join(blocked, 'x.xlsx'));
    expect([unwritable.code, unwritable.stderr.split('\n')[0]]).toEqual([1, `Error (write-failed): No se puede escribir ${join(blocked, 'x.xlsx')}.`]);
    const missing = await cli('template', ...mexico, '--out', join(dir, 'x.xlsx'), '--commitment', '9');
    expect([missing.code, missing.stderr]).toEqual([2, `Error (usage): --commitment 9: compromiso desconocido (configurados: 1, 2, 3).\n${SEE.es}`]);
  }); // prettier-ignore

  it('says what is wrong in a configuration in the language it names, even one that does not load', async () => {
    const yaml = (await readFile(join(MEXICO, 'committee.yaml'), 'utf8')).replace(/^campaigns:/m, 'campaign:').replace('start: 2025-01-01', 'start: 2025-02-30');
    const file = join(dir, 'comite-mx.yaml');
    await writeFile(file, yaml);
    const run = await cli('consolidate', '--config', file);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').map((l) => l.replace(file, 'F'))).toEqual([
      'Error (config-invalid): Configuración F: 2 problemas por corregir.',
      '  F:20:10: plan.start — se espera una fecha con el formato AAAA-MM-DD (un día que exista)',
      expect.stringMatching(/^ {2}F:\d+:1: campaign — clave desconocida: ¿quiso decir campaigns\?$/),
      `Consulte: ${join(packageRoot(), 'docs', 'configuration.md')}`,
      '',
    ]);
    // A file whose YAML does not parse still names its language; --locale chooses another.
    const broken = join(dir, 'comite-sp.yaml');
    await writeFile(broken, 'committee:\n  locale: pt\n  name: [x\n');
    const said = await cli('schedule', '--config', broken);
    expect(said.stderr.split('\n')[0]).toBe(`Erro (config-invalid): Configuração ${broken}: sintaxe YAML inválida.`);
    const asked = await cli('schedule', '--config', broken, '--locale', 'en');
    expect(asked.stderr).toContain(': unreadable YAML — wrong indentation: the items of one list');
  }); // prettier-ignore

  it('speaks the language --locale asks for, whatever the committee’s', async () => {
    const planned = await cli('schedule', ...EXAMPLE, '--from', '2019-01-01', '--to', '2019-01-31', '--locale', 'en');
    expect(planned.stdout.split('\n')[0]).toBe('Sends planned from 01/01/2019 to 31/01/2019: 7');
    expect(planned.stdout).toContain('Late focal points (copy: substitutes, communication officers, secretariat)');
    const help = await cli('--help', '--locale', 'ar');
    expect(help.stdout.split('\n')[0]).toBe('الاستعمال: ogp-tracker <الأمر> [الخيارات]');
    const refused = await cli('consolidate', ...EXAMPLE, '--locale', 'de');
    expect([refused.code, refused.stderr]).toEqual([2, `Erreur (usage) : --locale de : langue attendue parmi fr, ar, en, es ou pt.\n${SEE.fr}`]);
  }); // prettier-ignore
});
