/**
 * Reads `committee.yaml`: YAML syntax errors and schema problems both come back as one
 * `config-invalid` error whose details name the file, line and YAML path of each problem.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import { OgpError } from '../../core/codes.js';
import { libraryCountryFacts } from '../country/country-facts.js';
import {
  parseCommitteeConfig,
  type CommitteeConfig,
  type ConfigProblem,
} from '../../core/config-schema.js';

/** A configuration and where it was read from. */
export interface LoadedConfig {
  config: CommitteeConfig;
  /** Absolute path of the configuration file. */
  file: string;
  /** Its folder, from which relative paths were resolved. */
  dir: string;
}

/** Loads, validates and resolves a committee configuration file. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const reason =
      (cause as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'fichier introuvable'
        : 'lecture impossible';
    throw new OgpError('config-not-found', `Configuration ${file} : ${reason}.`, { cause });
  }
  return parseConfigText(text, file);
}

/** Validates configuration text as if read from `file` (used by tests and `init`). */
export function parseConfigText(text: string, file: string): LoadedConfig {
  const config = parseYamlFile(text, file, 'Configuration', (data) => {
    const result = parseCommitteeConfig(data, libraryCountryFacts);
    return result.ok ? { ok: true, value: result.config } : result;
  });
  const dir = dirname(file);
  return { config: resolvePaths(config, dir), file, dir };
}

/**
 * Parses a YAML file and validates what it holds. YAML syntax errors and schema problems
 * both come back as one `config-invalid` error whose details name the file, the line and
 * column, and the YAML path of each problem, in French.
 */
export function parseYamlFile<T>(
  text: string,
  file: string,
  label: string,
  validate: (data: unknown) => { ok: true; value: T } | { ok: false; problems: ConfigProblem[] },
): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The first error of a line says it; those after it are its echoes.
    const seen = new Set<number>();
    const details = doc.errors.flatMap((e) => {
      const at = e.linePos?.[0];
      if (at && seen.has(at.line)) return [];
      if (at) seen.add(at.line);
      return [
        `${file}${at ? `:${at.line}:${at.col}` : ''} : YAML illisible — ${yamlErrorInFrench(e.code, e.message)}`,
      ];
    });
    throw new OgpError('config-invalid', `${label} ${file} : syntaxe YAML invalide.`, { details });
  }
  const result = validate(doc.toJS());
  if (!result.ok) {
    const details = result.problems.map((p) => {
      const pos = nearestPosition(doc, pathKeys(p.path), lineCounter, p.atKey === true);
      return `${file}${pos ? `:${pos.line}:${pos.col}` : ''} : ${p.path} — ${p.message}`;
    });
    const count = result.problems.length;
    throw new OgpError(
      'config-invalid',
      `${label} ${file} : ${count} problème${count > 1 ? 's' : ''} à corriger.`,
      { details },
    );
  }
  return result.value;
}

/** What the YAML parser's error codes mean, in French, with what to do. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT:
    'indentation incorrecte : les éléments d’une même liste ou d’un même objet commencent ' +
    'à la même colonne, et une liste entre crochets se ferme par ]',
  TAB_AS_INDENT: 'une tabulation sert d’indentation : indentez avec des espaces',
  DUPLICATE_KEY: 'cette clé est déjà donnée plus haut au même niveau : gardez-en une seule',
  MISSING_CHAR: 'un guillemet, un crochet ou une accolade n’est pas refermé',
  BAD_DQ_ESCAPE:
    'séquence d’échappement inconnue entre guillemets doubles (écrivez \\\\ pour une ' +
    'barre oblique inverse, ou utilisez des guillemets simples)',
  BLOCK_AS_IMPLICIT_KEY:
    'deux « : » sur une même ligne : mettez la valeur entre guillemets si elle contient « : »',
  MULTILINE_IMPLICIT_KEY: 'une clé ne peut pas s’étendre sur plusieurs lignes',
  UNEXPECTED_TOKEN: 'contenu inattendu à cet endroit (indentation, ou « - » et « : » mélangés)',
  BAD_SCALAR_START:
    'une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets',
  BLOCK_IN_FLOW:
    'une liste ou un objet sur plusieurs lignes ne peut pas être dans des crochets ou des accolades',
  MULTIPLE_DOCS: 'le fichier contient plusieurs documents (« --- ») : un seul est attendu',
  KEY_OVER_1024_CHARS: 'clé trop longue (plus de 1024 caractères)',
  BAD_ALIAS: 'alias (*nom) invalide',
  TAG_RESOLVE_FAILED: 'valeur typée (!!…) invalide',
};

function yamlErrorInFrench(code: string, message: string): string {
  return (
    YAML_ERRORS[code] ??
    `syntaxe invalide (${code.toLowerCase().replace(/_/g, ' ')} : ${message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')})`
  );
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
