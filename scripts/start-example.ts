/**
 * `npm start`: checks the bundled example's submissions as of 07/01/2019 09:00, two working
 * days before the 09/01/2019 deadline, and says what the user is looking at.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exampleConfigPath, packageRoot } from '../src/adapters/package-files.js';
import { runCli } from '../src/cli.js';

const folder = join(packageRoot(), 'examples', 'maroc-2019');
const submissions = join(folder, 'submissions');
const files = (await readdir(submissions))
  .filter((name) => name.endsWith('.xlsx'))
  .sort()
  .map((name) => join(submissions, name));

const code = await runCli([
  'validate',
  '--config',
  exampleConfigPath(),
  '--now',
  '2019-01-07T09:00',
  ...files,
]);
process.stdout.write(
  `\nExemple : ${folder}\n` +
    'Les fiches de cet exemple contiennent volontairement les erreurs que font les points focaux ;\n' +
    'chaque problème est signalé par sa feuille et sa cellule. Pour la sortie JSON :\n' +
    '  node bin/ogp-tracker.js validate --json --now 2019-01-07T09:00 examples/maroc-2019/submissions/*.xlsx\n',
);
// 1 means "errors found", which is what this example shows; only a crash or bad usage fails.
process.exitCode = code > 1 ? code : 0;
