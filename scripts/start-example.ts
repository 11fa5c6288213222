/**
 * `npm start`: runs `tick` on the bundled example as of 07/01/2019 09:00, two working days
 * before the 09/01/2019 deadline: consolidates the submissions into the master workbook,
 * then writes the emails due that morning into the outbox (no SMTP server needed); its
 * mailbox is left for later (--no-intake: the reply below came in after the morning). Then,
 * at 10:15, `tick` again, as a person runs it after a reply: it reads the example's inbox/
 * first — engagement 5's focal point answered the J-2 reminder with the sheet attached; it is
 * filed and answered in her thread, in the outbox — then counts her sheet, and sends nothing
 * more that day.
 */
import { join } from 'node:path';
import { exampleConfigPath, packageRoot } from '../src/adapters/local/package-files.js';
import { runCli } from '../src/cli.js';

/**
 * The examples of other OGP members (`npm run start:mexico` …): their `tick` on the morning
 * of a J-2 reminder, their emails in the outbox.
 */
const OTHERS: Record<string, { folder: string; now: string }> = {
  mexico: { folder: 'mexico-2025', now: '2025-03-12T09:00' },
  'sao-paulo': { folder: 'sao-paulo-2025', now: '2025-07-02T09:00' },
  jordanie: { folder: 'jordanie-2025', now: '2025-05-04T09:00' },
};

const other = process.argv[2] ? OTHERS[process.argv[2]] : undefined;
if (process.argv[2] && !other) {
  process.stderr.write(
    `Exemple inconnu : ${process.argv[2]} (connus : ${Object.keys(OTHERS).join(', ')}).\n`,
  );
  process.exit(2);
}
if (other) {
  const config = join(packageRoot(), 'examples', other.folder, 'committee.yaml');
  const code = await runCli(['tick', '--config', config, '--now', other.now]);
  // 1 means "errors found in submissions", which the example shows on purpose.
  process.exit(code > 1 ? code : 0);
}

const config = exampleConfigPath();
const morning = await runCli(['tick', '--config', config, '--now', '2019-01-07T09:00', '--no-intake']); // prettier-ignore
process.stdout.write('\n');
const later = await runCli(['tick', '--config', config, '--now', '2019-01-07T10:15']);
process.stdout.write(
  '\nOuvrez le classeur de suivi (tableau de bord, actions, jalons, indicateurs, anomalies par cellule,\n' +
    "calendrier, journal) et les courriels .eml de la boîte d'envoi (retours aux points focaux, relances J-2,\n" +
    "et la réponse à l'engagement 5, dont la fiche est arrivée par courriel : examples/maroc-2019/inbox/).\n" +
    "Relancer le même jour n'envoie rien de nouveau. Les fiches de l'exemple contiennent volontairement\n" +
    'les erreurs que font les points focaux. Le calendrier des envois de 2019 :\n' +
    '  node bin/ogp-tracker.js schedule --config examples/maroc-2019/committee.yaml --from 2019-01-01 --to 2019-12-31\n',
);
// 1 means "errors found in submissions", which this example shows on purpose.
const worst = Math.max(morning, later);
process.exitCode = worst > 1 ? worst : 0;
