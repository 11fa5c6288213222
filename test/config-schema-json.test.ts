/**
 * committee.schema.json, what an editor checks committee.yaml against (VS Code's YAML extension,
 * yaml-language-server: JSON Schema draft-07): accepting every shipped example as written,
 * refusing a misspelt key, and named on the first line of the committee.yaml `init` writes.
 * That it is current with the zod schema is test/docs-generated.test.ts's.
 *
 * Checked with ajv, a draft-07 validator as editors use one: our own loader would not tell
 * whether the file says what an editor reads from it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { COMMITTEE_SCHEMA_FILE, committeeJsonSchema } from '../src/core/config-json-schema.js';
import { ROSTER_KEYS } from '../src/core/config-schema.js';
import { initProject } from '../src/jobs/init-project.js';

const SCHEMA_PATH = join(packageRoot(), COMMITTEE_SCHEMA_FILE);
const EXAMPLES = ['maroc-2019', 'mexico-2025', 'sao-paulo-2025', 'jordanie-2025'] as const;
const MEXICO = join(packageRoot(), 'examples', 'mexico-2025', 'committee.yaml');
const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;

let validate: ValidateFunction;

beforeAll(async () => {
  // strict: a keyword ajv does not know, or a schema not draft-07, fails here, not in an editor;
  // but `if`/`then`/`else` may require keys the top level defines (draft-07 allows it).
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  validate = ajv.compile(JSON.parse(await readFile(SCHEMA_PATH, 'utf8')) as object);
});

/** The problems ajv finds in `yaml`, as `path: message (the key)`; none: []. */
function problemsOf(yaml: string): string[] {
  if (validate(parse(yaml))) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'}: ${e.message ?? e.keyword}` +
      ('additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''),
  );
}

describe('committee.schema.json', () => {
  it('says strict objects as such: no key but those the tool reads', () => {
    const schema = committeeJsonSchema() as {
      additionalProperties: unknown;
      properties: Record<string, { additionalProperties?: unknown }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.committee?.additionalProperties).toBe(false);
  });

  it.each(EXAMPLES)(
    'accepts examples/%s/committee.yaml as written, which names it on its first line',
    async (example) => {
      const file = join(packageRoot(), 'examples', example, 'committee.yaml');
      const yaml = await readFile(file, 'utf8');
      expect(problemsOf(yaml)).toEqual([]);
      const named = MODELINE.exec(yaml)?.[1];
      expect(named).toBe('../../committee.schema.json');
      expect(resolve(dirname(file), named!)).toBe(SCHEMA_PATH);
    },
  );

  it('accepts the one-file Moroccan example (people and plan in committee.yaml)', async () => {
    const yaml = await readFile(join(packageRoot(), 'test/fixtures/maroc-2019-one-file.yaml'), 'utf8'); // prettier-ignore
    expect(problemsOf(yaml)).toEqual([]);
  });

  it('refuses a key misspelt, at the top or inside a commitment', async () => {
    const yaml = await readFile(MEXICO, 'utf8');
    expect(problemsOf(yaml.replace(/^committee:/m, 'comittee:'))).toContain(
      '/: must NOT have additional properties (comittee)',
    );
    const focal = yaml.replace(/focalPoint:/, 'focalpoint:');
    expect(focal).not.toBe(yaml);
    expect(problemsOf(focal)).toContain(
      '/commitments/0: must NOT have additional properties (focalpoint)',
    );
  });

  // The zod schema requires the people and the plan in the one configuration it reads; a
  // committee.yaml naming a workbook holds none of them (the tool refuses them there).
  it('requires the people and the plan only when no roster names the committee workbook', async () => {
    const morocco = await readFile(join(packageRoot(), 'examples/maroc-2019/committee.yaml'), 'utf8'); // prettier-ignore
    expect(ROSTER_KEYS.filter((key) => new RegExp(`^${key}:`, 'm').test(morocco))).toEqual([]);
    expect(
      problemsOf(`${morocco}\nplan: { name: P, start: 2019-01-01, end: 2020-12-31 }\n`),
    ).toContain('/plan: boolean schema is false');
    const mexico = await readFile(MEXICO, 'utf8');
    expect(problemsOf(mexico.replace(/^plan:/m, 'old-plan:'))).toContain(
      "/: must have required property 'plan'",
    );
  });
});

describe('init names the schema on committee.yaml’s first line', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['the copied example', {}],
    ['a starter committee', { country: 'MX', now: new Date('2026-12-02T12:00Z') }],
  ] as const)('%s: the installed file, as an absolute file:// URL', async (_what, options) => {
    dir = await mkdtemp(join(tmpdir(), 'ogp-schema-'));
    const { config } = await initProject(dir, options);
    const yaml = await readFile(config, 'utf8');
    const url = MODELINE.exec(yaml)?.[1] ?? '';
    expect(fileURLToPath(url)).toBe(SCHEMA_PATH);
    expect(existsSync(fileURLToPath(url))).toBe(true);
    // Once: the example's own line (relative to the repository's examples/) replaced.
    expect(yaml.match(/yaml-language-server/g)).toHaveLength(1);
    expect(problemsOf(yaml)).toEqual([]);
  });
});
