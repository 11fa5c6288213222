/**
 * Writes committee.schema.json at the package's root (`npm run config-schema`): committee.yaml's
 * JSON Schema, generated from the zod schema (src/core/config-json-schema.ts), formatted as
 * prettier formats it so `prettier --check .` passes. test/config-schema-json.test.ts fails when
 * the committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { COMMITTEE_SCHEMA_FILE, committeeJsonSchema } from '../src/core/config-json-schema.js';
import { packageRoot } from '../src/adapters/local/package-files.js';

const file = join(packageRoot(), COMMITTEE_SCHEMA_FILE);
const options = (await resolveConfig(file)) ?? {};
await writeFile(
  file,
  await format(JSON.stringify(committeeJsonSchema()), { ...options, filepath: file }),
);
console.log(file);
