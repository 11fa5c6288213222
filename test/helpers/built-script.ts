/**
 * A tool of scripts/ that a test runs in a child process, compiled on the spot. The tools are
 * built into dist-dev/ by `npm run build:dev` (dist/ holds only what runs), which `npm test`
 * does not run, and vitest compiles only what a test imports itself.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { packageRoot } from '../../src/adapters/local/package-files.js';

/**
 * scripts/`name`.ts compiled to `dir`/`name`.mjs (an ES module wherever it is written), its
 * path returned. Only for a script that imports nothing of ours: its JavaScript is the file alone.
 */
export async function builtScript(name: string, dir: string): Promise<string> {
  const source = await readFile(join(packageRoot(), 'scripts', `${name}.ts`), 'utf8');
  if (/\bfrom\s+['"]\.|import\(\s*['"]\./.test(source)) {
    throw new Error(`scripts/${name}.ts imports our own files: run it from dist-dev/`);
  }
  const { outputText } = ts.transpileModule(source, {
    fileName: `${name}.ts`,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(dir, `${name}.mjs`);
  await writeFile(file, outputText);
  return file;
}
