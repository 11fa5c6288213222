/**
 * The files `npm run docs` writes, rendered in memory and formatted as prettier formats them
 * (so `prettier --check .` passes on what is committed): committee.schema.json, and the two
 * pages of docs/ written from the code. scripts/generate-docs.ts writes them;
 * test/docs-generated.test.ts checks the committed ones are these.
 */
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { COMMITTEE_SCHEMA_FILE, committeeJsonSchema } from '../../src/core/config-json-schema.js';
import { CODES_PAGE, codesPage } from './codes-page.js';
import { CONFIGURATION_PAGE, configurationPage } from './configuration-page.js';

/** A generated file: its path from the package's root, and its content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Every generated file, formatted with the prettier settings of the package at `root`. */
export async function generatedFiles(root: string): Promise<GeneratedFile[]> {
  const files = [
    { path: COMMITTEE_SCHEMA_FILE, text: JSON.stringify(committeeJsonSchema()) },
    { path: CONFIGURATION_PAGE, text: configurationPage() },
    { path: CODES_PAGE, text: codesPage() },
  ];
  return Promise.all(
    files.map(async ({ path, text }) => {
      const filepath = join(root, path);
      const options = (await resolveConfig(filepath)) ?? {};
      return { path, content: await format(text, { ...options, filepath }) };
    }),
  );
}
