/**
 * `npm start`: consolidates the bundled example as of 07/01/2019 09:00, two working days
 * before the 09/01/2019 deadline, and says where the master workbook is.
 */
import { join } from 'node:path';
import { exampleConfigPath, packageRoot } from '../src/adapters/package-files.js';
import { runCli } from '../src/cli.js';

const code = await runCli([
  'consolidate',
  '--config',
  exampleConfigPath(),
  '--now',
  '2019-01-07T09:00',
]);
const folder = join(packageRoot(), 'examples', 'maroc-2019');
process.stdout.write(
  `\nOuvrez le classeur ci-dessus : tableau de bord, actions, jalons, indicateurs, anomalies (par cellule),\n` +
    `calendrier et journal. Les fiches de l'exemple (${join(folder, 'submissions')}) contiennent\n` +
    'volontairement les erreurs que font les points focaux. Pour vérifier une fiche :\n' +
    '  node bin/ogp-tracker.js validate --now 2019-01-07T09:00 examples/maroc-2019/submissions/engagement-14.xlsx\n',
);
// 1 means "errors found in submissions", which this example shows on purpose.
process.exitCode = code > 1 ? code : 0;
