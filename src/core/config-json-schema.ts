/**
 * committee.yaml as a JSON Schema (draft-07, what yaml-language-server and so VS Code's YAML
 * extension read): generated from the zod schema, its descriptions and examples included, so
 * an editor completes, explains and checks the keys the tool reads. `npm run docs` writes it
 * to committee.schema.json at the package's root, and docs/configuration.md from it;
 * test/docs-generated.test.ts fails when either is stale.
 */
import { z } from 'zod';
import { committeeConfigSchema, ROSTER_KEYS, type RosterKey } from './config-schema.js';
import { sheetName, SHEET_OF_KEY, type RosterSheet } from './roster/roster-layout.js';

/** The file's name, at the package's root. */
export const COMMITTEE_SCHEMA_FILE = 'committee.schema.json';

/** A JSON Schema node, as generated. */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * The JSON Schema of committee.yaml as a person writes it: zod's input side (before defaults
 * and transforms), strict objects as `additionalProperties: false`, each key with its
 * description (its default said in it, since editors show the description) and examples.
 * What JSON Schema cannot say (a date that exists, an IANA time zone, a known currency) is
 * left to the tool's own check.
 *
 * The people and the plan (ROSTER_KEYS) are required only when no `roster` names a committee
 * workbook; when one does, they are in the workbook and refused here, as the tool refuses them.
 *
 * `sayDefaults: false` leaves the descriptions as written (docs/configuration.md says each
 * default on its own line).
 */
export function committeeJsonSchema(options: { sayDefaults?: boolean } = {}): JsonSchema {
  const generated = z.toJSONSchema(committeeConfigSchema, {
    io: 'input',
    target: 'draft-7',
    // A check zod cannot express (a refinement's function) becomes `{}`: any value, checked at load.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      keepInputMeta(zodSchema as unknown as z.ZodType, jsonSchema);
      dropSafeIntegerBounds(jsonSchema);
    },
  }) as JsonSchema;
  if (options.sayDefaults !== false) sayDefaults(generated);
  const { $schema, required, properties, ...rest } = generated;
  const rosterKeys: readonly string[] = ROSTER_KEYS;
  const always = (required as string[]).filter((key) => !rosterKeys.includes(key));
  const withoutRoster = (required as string[]).filter((key) => rosterKeys.includes(key));
  return {
    $schema,
    $comment: 'Generated from src/core/config-schema.ts by `npm run docs`: do not edit.',
    title: 'committee.yaml (ogp-tracker)',
    description:
      "An OGP committee's settings, and its people and plan unless `roster` names the committee workbook that holds them.",
    ...rest,
    properties: withWorkbookSheets(properties as Record<string, JsonSchema>),
    required: always,
    if: { required: ['roster'] },
    then: { properties: Object.fromEntries(ROSTER_KEYS.map((key) => [key, false])) },
    else: { required: withoutRoster },
  };
}

/**
 * Zod drops, on the input side, the examples and defaults of a schema that transforms (they
 * are said of its output): those a person may write as they are are put back. An example is
 * written by hand for the person; a default is kept when it is valid input (`country: MA`).
 */
function keepInputMeta(schema: z.ZodType, json: JsonSchema): void {
  const meta = z.globalRegistry.get(schema);
  if (meta?.examples !== undefined && json.examples === undefined) json.examples = meta.examples;
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
  if (def.type === 'default' && json.default === undefined && def.innerType) {
    if (def.innerType.safeParse(def.defaultValue).success) json.default = def.defaultValue;
  }
}

/**
 * Zod bounds every `.int()` by the safe integers (±9007199254740991): no bound a person sets,
 * and noise in an editor's hover and on the page.
 */
function dropSafeIntegerBounds(json: JsonSchema): void {
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
}

/**
 * Each described key's default, said at the end of its description: editors (VS Code's
 * hover) show the description and examples, not the `default` keyword. An empty mapping is
 * no default to say (its keys say theirs).
 */
function sayDefaults(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(sayDefaults);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const json = node as JsonSchema;
  const value = json.default;
  if (typeof json.description === 'string' && value !== undefined && !isEmptyMapping(value)) {
    const said = Array.isArray(value) && value.length === 0 ? 'none' : `\`${yamlInline(value)}\``;
    json.description = `${json.description} Default: ${said}.`;
  }
  Object.values(json).forEach(sayDefaults);
}

/** An empty mapping (`{}`): no default worth saying, its keys say theirs. */
export function isEmptyMapping(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

/**
 * Parts of a people-and-plan key kept in another sheet of the committee workbook than the
 * key's own (SHEET_OF_KEY): a commitment's people and milestones, the kinds of holiday.
 */
export const ALSO_IN_SHEETS: Partial<
  Readonly<Record<RosterKey, readonly { part: string; sheet: RosterSheet }[]>>
> = {
  commitments: [
    { part: 'their people (focal point, substitutes, communication officers)', sheet: 'people' },
    { part: 'their milestones', sheet: 'milestones' },
  ],
  holidays: [{ part: '`types`', sheet: 'committee' }],
};

/** Where a people-and-plan key is in the committee workbook, said in English. */
export function workbookPlaceOf(key: RosterKey): string {
  const named = (sheet: RosterSheet) => `“${sheetName('en', sheet)}”`;
  const also = (ALSO_IN_SHEETS[key] ?? []).map(({ part, sheet }) => `${part} in ${named(sheet)}`);
  return `the committee workbook's ${named(SHEET_OF_KEY[key])} sheet${also.length ? ` (${also.join(', ')})` : ''}`; // prettier-ignore
}

/** The people-and-plan keys, each said to live in its sheet of the workbook when `roster` names one. */
function withWorkbookSheets(properties: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const rosterKeys: readonly string[] = ROSTER_KEYS;
  const out: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries(properties)) {
    out[key] = rosterKeys.includes(key)
      ? {
          ...schema,
          description: `${String(schema.description ?? '')} With \`roster\`, it is in ${workbookPlaceOf(key as RosterKey)} instead.`.trim(), // prettier-ignore
        }
      : schema;
  }
  return out;
}

/** Words YAML reads as something else than text when unquoted. */
const NOT_TEXT = /^(true|false|yes|no|on|off|null|~)$/i;

/**
 * A value as it is written on one line of YAML (flow style): `[7, 2, 0]`,
 * `{ kind: local, dir: ./out }`, `'09:00'`.
 */
export function yamlInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlInline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, v]) => `${key}: ${yamlInline(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  if (typeof value === 'string') {
    // A date (or a span of dates) is read as text by the YAML the tool reads (1.2).
    if (/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(value)) return value;
    return /^[A-Za-z./][\w./:@+-]*$/.test(value) && !NOT_TEXT.test(value)
      ? value
      : `'${value.replaceAll("'", "''")}'`;
  }
  return String(value);
}
