/**
 * `npm run docs`: writes what is generated from the code — committee.schema.json (what an
 * editor checks committee.yaml against), docs/configuration.md (committee.yaml key by key)
 * and docs/validation-codes.md (the issue and error codes, with their messages). A maintainer's
 * tool, run after changing the schema, the codes or the catalogues' messages;
 * test/docs-generated.test.ts fails until it is.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { generatedFiles } from './docs/generated-files.js';

const root = packageRoot();
for (const { path, content } of await generatedFiles(root)) {
  const file = join(root, path);
  const before = await readFile(file, 'utf8').catch(() => null);
  if (before === content) {
    console.log(`${path}: current`);
  } else {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    console.log(`${path}: written`);
  }
}
