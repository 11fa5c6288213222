/**
 * Reads `committee.yaml`: YAML syntax errors and schema problems both come back as one
 * `config-invalid` error whose details name the file, line and YAML path of each problem.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import { OgpError } from '../../core/codes.js';
import { libraryCountryFacts } from '../country/country-facts.js';
import { message, render, translate } from '../../core/catalogue/render.js';
import {
  localeNamedIn,
  parseCommitteeConfig,
  ROSTER_KEYS,
  type CommitteeConfig,
  type ConfigProblem,
  type RosterKey,
} from '../../core/config-schema.js';
import type { Locale } from '../../core/locales.js';
import type { LocaleTag } from '../../core/locale-tag.js';
import {
  rosterKeysIn,
  type RosterData,
  type RosterReading,
} from '../../core/roster/roster-data.js';
import { sheetName, SHEET_OF_KEY } from '../../core/roster/roster-layout.js';
import { readRoster } from '../../core/roster/read-roster.js';
import { failureReason } from '../../core/failure-message.js';
import { readXlsxFile } from '../xlsx/reader.js';

/** A configuration and where it was read from. */
export interface LoadedConfig {
  config: CommitteeConfig;
  /** Absolute path of the configuration file. */
  file: string;
  /** Its folder, from which relative paths were resolved. */
  dir: string;
}

/** committee.yaml read but not yet validated: its data, and how to say where a key is. */
export interface ConfigDocument {
  file: string;
  dir: string;
  data: Record<string, unknown>;
  /** `file:line:col` of a YAML path (or of its nearest ancestor). */
  whereIs(path: readonly (string | number)[], atKey?: boolean): string;
}

/**
 * Reads committee.yaml's text into its data, for a configuration that names a committee
 * workbook: YAML syntax errors throw `config-invalid` as {@link parseYamlFile} says them.
 */
export function readConfigDocument(text: string, file: string, locale?: Locale): ConfigDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Said as every YAML error is said (the validation is never reached).
    parseYamlFile(text, file, 'configuration', () => ({ ok: true, value: null }), locale);
  }
  const read = dataOf(doc);
  if ('error' in read) throw read.error;
  const data = (read.data ?? {}) as Record<string, unknown>;
  return {
    file,
    dir: dirname(file),
    data: typeof data === 'object' && !Array.isArray(data) ? data : {},
    whereIs: (path, atKey = false) => {
      const pos = nearestPosition(doc, [...path], lineCounter, atKey);
      return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}`;
    },
  };
}

/**
 * One source for each key: a configuration that names a workbook and still holds people-and-plan
 * keys is refused, each key said at its line with the workbook's sheet where it now lives.
 */
export function refuseRosterKeysInYaml(
  doc: ConfigDocument,
  workbook: string,
  tag: LocaleTag,
): void {
  const keys = rosterKeysIn(doc.data);
  if (keys.length === 0) return;
  const details = keys.map((key) =>
    translate(tag, 'roster-load.keyInWorkbook', {
      where: doc.whereIs([key], true),
      key,
      workbook,
      sheet: sheetName(tag, SHEET_OF_KEY[key]),
    }),
  );
  throw new OgpError(
    'config-invalid',
    translate(tag, 'roster-load.keysInYaml', { file: doc.file, count: keys.length }),
    { details, locale: tag },
  );
}

/** What merging committee.yaml with the workbook's people and plan gives. */
export type MergedConfig =
  | { ok: true; loaded: LoadedConfig }
  | {
      ok: false;
      /** Problems of the workbook, each at its sheet and cell, in the committee's language. */
      roster: string[];
      /** Problems of committee.yaml's own settings, each at its line. */
      yaml: string[];
      tag: LocaleTag;
    };

/**
 * committee.yaml's technical settings with the workbook's people and plan, validated by the one
 * schema. A problem of a people-and-plan path is said at the workbook cell it was read from
 * (`reading.cellOf`), else at the sheet holding that key; one of a technical setting, at its
 * YAML line. The reading's own problems come first.
 */
export function mergeRosterConfig(
  doc: ConfigDocument,
  roster: RosterData,
  reading: Pick<RosterReading, 'issues' | 'cellOf'> | null,
): MergedConfig {
  const data = { ...doc.data, ...roster };
  const tag = localeNamedIn(data);
  const said = (sheet: string, cell: string | null, problem: string) =>
    translate(tag, 'roster-load.problemAt', {
      hasCell: cell !== null,
      sheet,
      cell: cell ?? '',
      problem,
    });
  const rosterProblems = (reading?.issues ?? []).map((i) =>
    said(i.sheet, i.cell, render(tag, i.message)),
  );
  // A cell the reading found wrong was left out of the data: the schema's « missing » echoes it.
  const told = new Set((reading?.issues ?? []).map((i) => `${i.sheet}!${i.cell ?? ''}`));
  const result = parseCommitteeConfig(data, libraryCountryFacts, tag);
  if (result.ok && rosterProblems.length === 0) {
    return { ok: true, loaded: { config: resolvePaths(result.config, doc.dir), file: doc.file, dir: doc.dir } }; // prettier-ignore
  }
  const yamlProblems: string[] = [];
  for (const p of result.ok ? [] : result.problems) {
    const keys = pathKeys(p.path);
    const key = keys[0];
    if (typeof key === 'string' && (ROSTER_KEYS as readonly string[]).includes(key)) {
      const cell = reading?.cellOf(keys);
      const sheet = cell?.sheet ?? sheetName(tag, SHEET_OF_KEY[key as RosterKey]);
      if (cell && told.has(`${cell.sheet}!${cell.cell}`)) continue;
      rosterProblems.push(said(sheet, cell?.cell ?? null, p.message));
    } else {
      yamlProblems.push(
        translate(tag, 'config.problemAt', {
          where: doc.whereIs(keys, p.atKey === true),
          path: p.path,
          problem: p.message,
        }),
      );
    }
  }
  return { ok: false, roster: rosterProblems, yaml: yamlProblems, tag };
}

/** Throws the problems of committee.yaml's own settings, as a configuration's are thrown. */
export function throwYamlProblems(
  file: string,
  problems: readonly string[],
  tag: LocaleTag,
): never {
  throw new OgpError(
    'config-invalid',
    translate(tag, 'config.problems', { what: 'configuration', file, count: problems.length }),
    { details: [...problems], locale: tag },
  );
}

/**
 * The text of committee.yaml at `path`, with its absolute path; `config-not-found` when it
 * cannot be read, said in `locale` (the file unread names no language: else in the reader's).
 */
export async function readConfigFileText(
  path: string,
  locale?: Locale,
): Promise<{ file: string; text: string }> {
  const file = resolve(path);
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    const said = missing
      ? message('config.fileNotFound', { file })
      : message('config.fileUnreadable', { file });
    throw new OgpError('config-not-found', locale ? render(locale, said) : said, { cause });
  }
}

/**
 * Loads, validates and resolves a committee configuration file. Its problems are said in
 * `locale` when given (`--locale`), else in the language the file names, else in French.
 */
export async function loadConfigFile(path: string, locale?: Locale): Promise<LoadedConfig> {
  const { file, text } = await readConfigFileText(path, locale);
  const doc = readConfigDocument(text, file, locale ?? (await localeOfBrokenYaml(text, file)));
  const workbook = (doc.data.roster as { workbook?: unknown } | undefined)?.workbook;
  if (typeof workbook !== 'string') return parseConfigText(text, file, locale);
  return withWorkbook(doc, workbook, locale);
}

/**
 * committee.yaml with the committee workbook it names, read as it is now, without the run
 * state's last accepted version (the jobs' way, `loadCommitteeConfig`): for the commands and
 * scripts that only look at a configuration. A workbook with problems throws them all, each at
 * its sheet and cell.
 */
async function withWorkbook(
  doc: ConfigDocument,
  workbook: string,
  locale?: Locale,
): Promise<LoadedConfig> {
  const tag = locale ?? localeNamedIn(doc.data);
  refuseRosterKeysInYaml(doc, workbook, tag);
  const read = await readXlsxFile(resolve(doc.dir, workbook));
  if (!read.ok) {
    const reason = render(tag, failureReason(read.failure));
    throw new OgpError('config-invalid', translate(tag, 'roster-load.unreadable', { workbook, reason })); // prettier-ignore
  }
  const reading = readRoster(read.workbook, tag);
  const merged = mergeRosterConfig(doc, reading.data, reading);
  if (merged.ok) return merged.loaded;
  if (merged.yaml.length > 0) throwYamlProblems(doc.file, merged.yaml, merged.tag);
  throw new OgpError(
    'config-invalid',
    translate(merged.tag, 'roster-load.problems', { workbook, count: merged.roster.length }),
    { details: merged.roster, locale: merged.tag },
  );
}

/**
 * The language a configuration file names (`committee.locale`, French when it names none),
 * without validating it: what `--help` speaks. A committee whose people and plan are in a
 * local committee workbook names its language there (what `init` writes), so the workbook is
 * read when committee.yaml names none. Null when the file cannot be read.
 */
export async function localeOfConfigFile(path: string): Promise<Locale | null> {
  const file = resolve(path);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  return localeOfConfigText(text, file);
}

/**
 * {@link localeOfConfigFile} for committee.yaml's text read from `file`: what it names as far
 * as it parses, else what the local workbook it names says (`roster.workbook`, when that much
 * could be read), else French.
 */
async function localeOfConfigText(text: string, file: string): Promise<Locale> {
  const data = dataOf(parseDocument(text)).data;
  const named = (data as { committee?: { locale?: unknown } } | null)?.committee?.locale;
  const workbook = (data as { roster?: { workbook?: unknown } } | null)?.roster?.workbook;
  if (named === undefined && typeof workbook === 'string') {
    const read = await readXlsxFile(resolve(dirname(file), workbook)).catch(() => null);
    if (read?.ok) return localeNamedIn(readRoster(read.workbook).data);
  }
  return localeNamedIn(data);
}

/**
 * The language to say a YAML syntax error of committee.yaml's `text` in: the one the file
 * names, or its committee workbook when it names none (the committee's, as `--help` speaks
 * it); undefined when the YAML parses (its problems are then said as the file names them).
 */
export async function localeOfBrokenYaml(text: string, file: string): Promise<Locale | undefined> {
  if (parseDocument(text).errors.length === 0) return undefined;
  return localeOfConfigText(text, file);
}

/** Validates configuration text as if read from `file` (used by tests and `init`). */
export function parseConfigText(text: string, file: string, locale?: Locale): LoadedConfig {
  const check = (data: unknown, said: Locale) => {
    const result = parseCommitteeConfig(data, libraryCountryFacts, said);
    return result.ok ? { ok: true as const, value: result.config } : result;
  };
  const config = parseYamlFile(text, file, 'configuration', check, locale);
  const dir = dirname(file);
  return { config: resolvePaths(config, dir), file, dir };
}

/** What a YAML file read this way holds: the committee's configuration, or the deployment's. */
export type YamlFileKind = 'configuration' | 'deployment';

/**
 * Parses a YAML file and validates what it holds. YAML syntax errors and schema problems
 * both come back as one `config-invalid` error whose details name the file, the line and
 * column, and the YAML path of each problem, in `locale` when given, else in the language
 * the file names (`committee.locale`, read even from a file that does not load), else French.
 */
export function parseYamlFile<T>(
  text: string,
  file: string,
  what: YamlFileKind,
  validate: (
    data: unknown,
    locale: Locale,
  ) => { ok: true; value: T } | { ok: false; problems: ConfigProblem[] },
  locale?: Locale,
): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Read once: a broken document still names its language; a sound one is then validated.
  const read = dataOf(doc);
  const said = locale ?? localeNamedIn(read.data);
  if (doc.errors.length > 0) {
    // The first error of a line says it; those after it are its echoes.
    const seen = new Set<number>();
    const details = doc.errors.flatMap((e) => {
      const at = e.linePos?.[0];
      if (at && seen.has(at.line)) return [];
      if (at) seen.add(at.line);
      const where = `${file}${at ? `:${at.line}:${at.col}` : ''}`;
      const reason = yamlError(said, e.code, e.message);
      return [translate(said, 'config.yamlUnreadable', { where, reason })];
    });
    const summary = translate(said, 'config.yamlInvalid', { what, file });
    throw new OgpError('config-invalid', summary, { details, locale: said });
  }
  if ('error' in read) throw read.error;
  const result = validate(read.data, said);
  if (!result.ok) {
    const details = result.problems.map((p) => {
      const pos = nearestPosition(doc, pathKeys(p.path), lineCounter, p.atKey === true);
      const where = `${file}${pos ? `:${pos.line}:${pos.col}` : ''}`;
      return translate(said, 'config.problemAt', { where, path: p.path, problem: p.message });
    });
    const count = result.problems.length;
    throw new OgpError(
      'config-invalid',
      translate(said, 'config.problems', { what, file, count }),
      {
        details,
        locale: said,
      },
    );
  }
  return result.value;
}

/** What a document holds as far as it can be read, or what stopped reading it. */
function dataOf(
  doc: ReturnType<typeof parseDocument>,
): { data: unknown } | { data: null; error: unknown } {
  try {
    return { data: doc.toJS() };
  } catch (error) {
    return { data: null, error };
  }
}

/** What each YAML parser error means, with what to do (by the yaml library's error codes). */
const YAML_ERRORS = {
  BAD_INDENT: 'config.yamlBadIndent',
  TAB_AS_INDENT: 'config.yamlTabAsIndent',
  DUPLICATE_KEY: 'config.yamlDuplicateKey',
  MISSING_CHAR: 'config.yamlMissingChar',
  BAD_DQ_ESCAPE: 'config.yamlBadEscape',
  BLOCK_AS_IMPLICIT_KEY: 'config.yamlBlockAsImplicitKey',
  MULTILINE_IMPLICIT_KEY: 'config.yamlMultilineImplicitKey',
  UNEXPECTED_TOKEN: 'config.yamlUnexpectedToken',
  BAD_SCALAR_START: 'config.yamlBadScalarStart',
  BLOCK_IN_FLOW: 'config.yamlBlockInFlow',
  MULTIPLE_DOCS: 'config.yamlMultipleDocs',
  KEY_OVER_1024_CHARS: 'config.yamlKeyTooLong',
  BAD_ALIAS: 'config.yamlBadAlias',
  TAG_RESOLVE_FAILED: 'config.yamlTagResolveFailed',
} as const;

/** What a YAML parser's error means, with what to do, for a reader of `tag`. */
function yamlError(tag: Locale, code: string, parserText: string): string {
  if (Object.hasOwn(YAML_ERRORS, code)) {
    return translate(tag, YAML_ERRORS[code as keyof typeof YAML_ERRORS]);
  }
  // Another code: the parser's own words, its code made readable.
  const detail = parserText.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return translate(tag, 'config.yamlOther', {
    code: code.toLowerCase().replace(/_/g, ' '),
    detail,
  });
}

/** The line and column of the node at `keys`, or of its nearest ancestor (a missing key). */
function nearestPosition(
  doc: ReturnType<typeof parseDocument>,
  keys: (string | number)[],
  lineCounter: LineCounter,
  atKey = false,
): { line: number; col: number } | undefined {
  for (let n = keys.length; n > 0; n--) {
    // An unknown key is shown at its name, not at its value.
    const parent = n > 1 ? doc.getIn(keys.slice(0, n - 1), true) : doc.contents;
    if (atKey && n === keys.length && isMap(parent)) {
      const pair = parent.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(keys[n - 1]),
      );
      if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]);
    }
    const node = doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
  }
  return undefined;
}

/** `commitments[2].focalPoint` → `['commitments', 2, 'focalPoint']`. */
function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[1] !== undefined) keys.push(m[1]);
  }
  return keys;
}

function resolvePaths(config: CommitteeConfig, dir: string): CommitteeConfig {
  return {
    ...config,
    commitments: config.commitments.map((c) =>
      c.source?.kind === 'xlsx'
        ? { ...c, source: { ...c.source, path: resolve(dir, c.source.path) } }
        : c,
    ),
    storage: {
      state:
        config.storage.state.kind === 'local'
          ? { ...config.storage.state, dir: resolve(dir, config.storage.state.dir) }
          : config.storage.state,
      output:
        config.storage.output.kind === 'local'
          ? { ...config.storage.output, dir: resolve(dir, config.storage.output.dir) }
          : config.storage.output,
    },
    ...(config.intake?.kind === 'folder' && config.intake.dir
      ? { intake: { ...config.intake, dir: resolve(dir, config.intake.dir) } }
      : {}),
  };
}
