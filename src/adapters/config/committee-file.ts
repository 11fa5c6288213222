/**
 * Reads `committee.yaml`: YAML syntax errors and schema problems both come back as one
 * `config-invalid` error whose details name the file, line and YAML path of each problem.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import { OgpError } from '../../core/codes.js';
import { libraryCountryFacts } from '../country/country-facts.js';
import { CONFIG_WORDS } from '../../core/catalogue/config-words.js';
import type { ConfigWords } from '../../core/catalogue/config-shape.js';
import {
  localeNamedIn,
  parseCommitteeConfig,
  type CommitteeConfig,
  type ConfigProblem,
} from '../../core/config-schema.js';
import type { Locale } from '../../core/locales.js';

/** A configuration and where it was read from. */
export interface LoadedConfig {
  config: CommitteeConfig;
  /** Absolute path of the configuration file. */
  file: string;
  /** Its folder, from which relative paths were resolved. */
  dir: string;
}

/**
 * Loads, validates and resolves a committee configuration file. Its problems are said in
 * `locale` when given (`--locale`), else in the language the file names, else in French.
 */
export async function loadConfigFile(path: string, locale?: Locale): Promise<LoadedConfig> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const w = CONFIG_WORDS[locale ?? 'fr'];
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    const message = (missing ? w.fileNotFound : w.fileUnreadable)(w.labels.configuration, file);
    throw new OgpError('config-not-found', message, { cause });
  }
  return parseConfigText(text, file, locale);
}

/**
 * The language a configuration file names (`committee.locale`, French when it names none),
 * without validating it: what `--help` speaks. Null when the file cannot be read.
 */
export async function localeOfConfigFile(path: string): Promise<Locale | null> {
  const text = await readFile(resolve(path), 'utf8').catch(() => null);
  if (text === null) return null;
  return localeNamedIn(dataOf(parseDocument(text)).data);
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

/**
 * Parses a YAML file and validates what it holds. YAML syntax errors and schema problems
 * both come back as one `config-invalid` error whose details name the file, the line and
 * column, and the YAML path of each problem, in `locale` when given, else in the language
 * the file names (`committee.locale`, read even from a file that does not load), else French.
 */
export function parseYamlFile<T>(
  text: string,
  file: string,
  what: keyof ConfigWords['labels'],
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
  const w = CONFIG_WORDS[said];
  const label = w.labels[what];
  if (doc.errors.length > 0) {
    // The first error of a line says it; those after it are its echoes.
    const seen = new Set<number>();
    const details = doc.errors.flatMap((e) => {
      const at = e.linePos?.[0];
      if (at && seen.has(at.line)) return [];
      if (at) seen.add(at.line);
      const where = `${file}${at ? `:${at.line}:${at.col}` : ''}`;
      return [w.yamlUnreadable(where, yamlError(w, e.code, e.message))];
    });
    throw new OgpError('config-invalid', w.yamlInvalid(label, file), { details, locale: said });
  }
  if ('error' in read) throw read.error;
  const result = validate(read.data, said);
  if (!result.ok) {
    const details = result.problems.map((p) => {
      const pos = nearestPosition(doc, pathKeys(p.path), lineCounter, p.atKey === true);
      return w.problemAt(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}`, p.path, p.message);
    });
    const count = result.problems.length;
    throw new OgpError('config-invalid', w.problems(label, file, count), {
      details,
      locale: said,
    });
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

/** What a YAML parser's error means, with what to do, in the words' language. */
function yamlError(w: ConfigWords, code: string, message: string): string {
  const detail = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return w.yamlErrors[code] ?? w.yamlOther(code.toLowerCase().replace(/_/g, ' '), detail);
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
