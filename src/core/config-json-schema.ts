/**
 * committee.yaml as a JSON Schema (draft-07, what yaml-language-server and so VS Code's YAML
 * extension read): generated from the zod schema, so an editor completes and checks the keys
 * the tool reads. `npm run config-schema` writes it to committee.schema.json at the package's
 * root; test/config-schema-json.test.ts fails when that file is stale.
 */
import { z } from 'zod';
import { committeeConfigSchema, ROSTER_KEYS } from './config-schema.js';

/** The file's name, at the package's root. */
export const COMMITTEE_SCHEMA_FILE = 'committee.schema.json';

/**
 * The JSON Schema of committee.yaml as a person writes it: zod's input side (before defaults
 * and transforms), strict objects as `additionalProperties: false`. What JSON Schema cannot say
 * (a date that exists, an IANA time zone, a known currency) is left to the tool's own check.
 *
 * The people and the plan (ROSTER_KEYS) are required only when no `roster` names a committee
 * workbook; when one does, they are in the workbook and refused here, as the tool refuses them.
 */
export function committeeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(committeeConfigSchema, {
    io: 'input',
    target: 'draft-7',
    // A check zod cannot express (a refinement's function) becomes `{}`: any value, checked at load.
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, required, ...rest } = generated;
  const rosterKeys: readonly string[] = ROSTER_KEYS;
  const always = (required as string[]).filter((key) => !rosterKeys.includes(key));
  const withoutRoster = (required as string[]).filter((key) => rosterKeys.includes(key));
  return {
    $schema,
    $comment: 'Generated from src/core/config-schema.ts by `npm run config-schema`: do not edit.',
    title: 'committee.yaml (ogp-tracker)',
    description:
      "An OGP committee's settings, and its people and plan unless `roster` names the committee workbook that holds them.",
    ...rest,
    required: always,
    if: { required: ['roster'] },
    then: { properties: Object.fromEntries(ROSTER_KEYS.map((key) => [key, false])) },
    else: { required: withoutRoster },
  };
}
