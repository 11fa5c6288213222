/**
 * What `--dry-run` says of itself is what it does: nothing is sent and no mailbox is read, but
 * the consolidation runs — the master, the status page and the open data are written, the run
 * journalled as a trial. The help says so in every language, and the emails' line no longer
 * says « nothing recorded » under the master it has just written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleCopy } from './helpers/example-copy.js';
import { cli } from './helpers/run-cli.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-dry-run-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The help's --dry-run option, its lines joined. */
async function dryRunHelp(locale: string): Promise<string> {
  const help = await cli('--help', '--locale', locale);
  const lines = help.stdout.split('\n');
  const first = lines.findIndex((l) => l.startsWith('  --dry-run '));
  const rest = lines.slice(first + 1).filter((_, i, all) => all.slice(0, i + 1).every((l) => /^ {21}\S/.test(l))); // prettier-ignore
  return [lines[first], ...rest].join(' ').trim().replace(/\s+/g, ' ');
}

describe('--dry-run', () => {
  it.each([
    ['fr', "--dry-run affiche ce qui serait envoyé, sans rien envoyer ni lire la boîte ; écrit quand même le classeur de suivi, la page de suivi et les données ouvertes (« essai » au Journal)"],
    ['en', '--dry-run shows what would be sent, sending nothing and reading no mailbox; still writes the tracking workbook, the status page and the open data (a “trial” in the Log)'],
    ['es', '--dry-run muestra lo que se enviaría, sin enviar nada ni leer el buzón; escribe de todos modos el libro de seguimiento, la página de seguimiento y los datos abiertos («prueba» en el Registro)'],
    ['pt', '--dry-run mostra o que seria enviado, sem enviar nada nem ler a caixa; grava mesmo assim a pasta de acompanhamento, a página de acompanhamento e os dados abertos (“teste” no Registro)'],
    ['ar', '--dry-run يعرض ما كان سيُرسل، دون إرسال أي شيء ودون قراءة الصندوق؛ ويكتب مع ذلك مصنف المتابعة وصفحة المتابعة والبيانات المفتوحة («تجربة» في السجل)'],
  ])('is said in the help as it is (%s)', async (locale, said) => {
    expect(await dryRunHelp(locale)).toBe(said);
  }); // prettier-ignore

  it('sends nothing but writes the master, the status page and the open data, and says so', async () => {
    const loaded = await exampleCopy(join(root, 'example'));
    const run = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T09:00', '--dry-run'); // prettier-ignore
    expect(run.stdout).toMatch(/^Courriels : \d+ dus, 0 envoyé, 0 échec \(essai : rien n'est envoyé\)\.$/m); // prettier-ignore
    const out = join(loaded.dir, 'out');
    await access(join(out, 'suivi-consolide.xlsx'));
    await access(join(out, 'suivi.html'));
    await access(join(out, 'donnees-ouvertes', 'datapackage.json'));
    expect(await readdir(join(out, 'outbox')).catch(() => [])).toEqual([]);
  }, 60_000);
});
