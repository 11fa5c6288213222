/**
 * The secretariat's files in a local folder under their name in the committee's language: a
 * master, page or open data folder left under another language's name (the French one every
 * earlier version wrote) is renamed, not left behind; the history copies are named as the master
 * is, the older ones kept as they are and counted with the new.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../../src/adapters/local/storage-folder.js';
import {
  commitmentNumberInName,
  emailedWorkbookName,
  formerFileNames,
  masterFileName,
  openDataFolder,
  statusPageName,
} from '../../../src/core/file-names.js';
import type { LocaleTag } from '../../../src/core/locale-tag.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-store-names-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (text: string) => async (out: NodeJS.WritableStream) => void out.end(text);
const spanishMaster = () => ({
  name: masterFileName('es-MX'),
  formerNames: formerFileNames('es-MX', 'files.master'),
});

describe('the names of the secretariat’s files', () => {
  it('are the catalogue’s, French unchanged, every other language’s name a former one', () => {
    expect([masterFileName('fr-MA'), statusPageName('fr-MA')]).toEqual(['suivi-consolide.xlsx', 'suivi.html']);
    expect([masterFileName('es-MX'), statusPageName('es-MX')]).toEqual(['seguimiento-consolidado.xlsx', 'seguimiento.html']);
    expect(formerFileNames('es-MX', 'files.master')).toEqual(['suivi-consolide.xlsx', 'المتابعة-الموحدة.xlsx', 'التتبع-الموحد.xlsx', 'consolidated-tracking.xlsx', 'acompanhamento-consolidado.xlsx']);
    // Morocco's Arabic variant names its page its own way: both Arabic names are known.
    expect(statusPageName('ar-MA')).toBe('صفحة-التتبع.html');
    expect(formerFileNames('fr-MA', 'files.statusPage')).toEqual(expect.arrayContaining(['صفحة-التتبع.html', 'صفحة-المتابعة.html', 'seguimiento.html']));
    expect(formerFileNames('fr-MA', 'files.statusPage')).not.toContain('suivi.html');
  }); // prettier-ignore

  it('name the open data folder and the workbooks received by email in the committee’s language', () => {
    expect((['fr-MA', 'en-KE', 'es-MX', 'pt-BR', 'ar-JO', 'ar-MA'] as LocaleTag[]).map(openDataFolder)).toEqual(['donnees-ouvertes', 'open-data', 'datos-abiertos', 'dados-abertos', 'البيانات-المفتوحة', 'البيانات-المفتوحة']);
    expect(formerFileNames('en-KE', 'files.openData')).toEqual(['donnees-ouvertes', 'البيانات-المفتوحة', 'datos-abiertos', 'dados-abertos']);
    const names = (['fr-MA', 'en-KE', 'es-MX', 'pt-BR', 'ar-JO'] as LocaleTag[]).map((tag) => emailedWorkbookName(tag, 7, '2019-01-07-10h12', '1a2b3c4d5e6f'));
    expect(names).toEqual([
      'courriels/engagement-07-2019-01-07-10h12-1a2b3c4d.xlsx',
      'emails/commitment-07-2019-01-07-10h12-1a2b3c4d.xlsx',
      'correos/compromiso-07-2019-01-07-10h12-1a2b3c4d.xlsx',
      'e-mails/compromisso-07-2019-01-07-10h12-1a2b3c4d.xlsx',
      'البريد-الإلكتروني/التزام-07-2019-01-07-10h12-1a2b3c4d.xlsx',
    ]);
    // Whatever the language it was kept in, the name says its commitment.
    expect(names.map((n) => commitmentNumberInName(n.split('/')[1]!))).toEqual([7, 7, 7, 7, 7]);
  }); // prettier-ignore

  it('renames a master left under the French name, which then goes to history as the previous one', async () => {
    const dir = join(root, 'master');
    await mkdir(join(dir, 'history'), { recursive: true });
    await writeFile(join(dir, 'suivi-consolide.xlsx'), 'master of the French run');
    await utimes(join(dir, 'suivi-consolide.xlsx'), new Date('2025-03-01T10:00:00Z'), new Date('2025-03-01T10:00:00Z'));
    await writeFile(join(dir, 'history', 'suivi-consolide-2025-02-01T10-00-00-000Z.xlsx'), 'older');
    const store = new LocalStore(dir);

    const path = await store.publishMaster(write('master of the Spanish run'), { ...spanishMaster(), keepPrevious: true });

    expect(path).toBe(join(dir, 'seguimiento-consolidado.xlsx'));
    expect(await readFile(path, 'utf8')).toBe('master of the Spanish run');
    expect((await readdir(dir)).filter((n) => n.endsWith('.xlsx'))).toEqual(['seguimiento-consolidado.xlsx']);
    // The French run's master is kept, as any previous master is, named as the master now is;
    // older copies untouched.
    const history = join(dir, 'history');
    expect((await readdir(history)).sort()).toEqual(['seguimiento-consolidado-2025-03-01T10-00-00-000Z.xlsx', 'suivi-consolide-2025-02-01T10-00-00-000Z.xlsx']);
    expect(await readFile(join(history, 'seguimiento-consolidado-2025-03-01T10-00-00-000Z.xlsx'), 'utf8')).toBe('master of the French run');
    expect(await readFile(join(history, 'suivi-consolide-2025-02-01T10-00-00-000Z.xlsx'), 'utf8')).toBe('older');
  }); // prettier-ignore

  it('renames a master left under another language’s name (a committee that changed language)', async () => {
    const dir = join(root, 'english');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'consolidated-tracking.xlsx'), 'master of the English run');
    await new LocalStore(dir, 0).publishMaster(write('new'), spanishMaster());
    expect(await readdir(dir)).toEqual(['seguimiento-consolidado.xlsx']);
  });

  it('leaves another language’s file alone when the current name is there already', async () => {
    const dir = join(root, 'both');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'seguimiento-consolidado.xlsx'), 'current');
    await writeFile(join(dir, 'suivi-consolide.xlsx'), 'copied there by hand');
    await new LocalStore(dir, 0).publishMaster(write('new'), spanishMaster());
    expect(await readFile(join(dir, 'seguimiento-consolidado.xlsx'), 'utf8')).toBe('new');
    expect(await readFile(join(dir, 'suivi-consolide.xlsx'), 'utf8')).toBe('copied there by hand');
  });

  it('renames the status page the same way, and writes a new one when there is none', async () => {
    const dir = join(root, 'page');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'suivi.html'), '<p>ancienne</p>');
    await writeFile(join(dir, 'source.html'), '<p>nueva</p>');
    const former = formerFileNames('es-MX', 'files.statusPage');
    const store = new LocalStore(dir);
    const path = await store.publishFile('seguimiento.html', { path: join(dir, 'source.html') }, 'text/html', former);
    expect(path).toBe(join(dir, 'seguimiento.html'));
    expect((await readdir(dir)).sort()).toEqual(['seguimiento.html', 'source.html']);
    expect(await readFile(path, 'utf8')).toBe('<p>nueva</p>');

    const fresh = join(root, 'fresh');
    await new LocalStore(fresh).publishFile('seguimiento.html', { path: join(dir, 'source.html') }, 'text/html', former);
    expect(await readdir(fresh)).toEqual(['seguimiento.html']);
  }); // prettier-ignore

  it('keeps the newest copies in history whatever language’s name each has, and leaves other files alone', async () => {
    const dir = join(root, 'history');
    const history = join(dir, 'history');
    await mkdir(history, { recursive: true });
    const old = ['suivi-consolide-2025-01-01T10-00-00-000Z.xlsx', 'suivi-consolide-2025-01-03T10-00-00-000Z.xlsx', 'consolidated-tracking-2025-01-02T10-00-00-000Z.xlsx', 'consolidated-tracking-2025-01-03T10-00-00-000Z-2.xlsx'];
    for (const name of [...old, 'suivi-consolide-notes.xlsx']) await writeFile(join(history, name), name);
    await writeFile(join(dir, 'seguimiento-consolidado.xlsx'), 'previous');
    await utimes(join(dir, 'seguimiento-consolidado.xlsx'), new Date('2025-01-04T10:00:00Z'), new Date('2025-01-04T10:00:00Z'));

    await new LocalStore(dir, 3).publishMaster(write('new'), { ...spanishMaster(), keepPrevious: true });

    // The three newest by the time they carry (the -2 copy after its time's first), the
    // secretariat's own file kept.
    expect((await readdir(history)).sort()).toEqual(['consolidated-tracking-2025-01-03T10-00-00-000Z-2.xlsx', 'seguimiento-consolidado-2025-01-04T10-00-00-000Z.xlsx', 'suivi-consolide-2025-01-03T10-00-00-000Z.xlsx', 'suivi-consolide-notes.xlsx']);
  }); // prettier-ignore

  it('moves the open data left in the French folder into the committee’s, and removes the emptied one', async () => {
    const dir = join(root, 'open-data');
    const files = ['engagements.csv', 'jalons.csv', 'actions.csv', 'datapackage.json'];
    await mkdir(join(dir, 'donnees-ouvertes'), { recursive: true });
    for (const file of files) await writeFile(join(dir, 'donnees-ouvertes', file), `ancien ${file}`);
    await writeFile(join(dir, 'new.csv'), 'new');
    const store = new LocalStore(dir);
    const former = formerFileNames('en-KE', 'files.openData');
    for (const file of files) {
      const path = await store.publishFile(`open-data/${file}`, { path: join(dir, 'new.csv') }, 'text/csv', former.map((f) => `${f}/${file}`));
      expect(path).toBe(join(dir, 'open-data', file));
    }
    expect((await readdir(dir)).sort()).toEqual(['new.csv', 'open-data']);
    expect((await readdir(join(dir, 'open-data'))).sort()).toEqual([...files].sort());
    expect(await readFile(join(dir, 'open-data', 'actions.csv'), 'utf8')).toBe('new');
  }); // prettier-ignore

  it('keeps the former open data folder while it holds something else', async () => {
    const dir = join(root, 'open-data-kept');
    await mkdir(join(dir, 'donnees-ouvertes'), { recursive: true });
    await writeFile(join(dir, 'donnees-ouvertes', 'actions.csv'), 'ancien');
    await writeFile(join(dir, 'donnees-ouvertes', 'LISEZ-MOI.txt'), 'à nous');
    await writeFile(join(dir, 'new.csv'), 'new');
    await new LocalStore(dir).publishFile('open-data/actions.csv', { path: join(dir, 'new.csv') }, 'text/csv', ['donnees-ouvertes/actions.csv']);
    expect(await readdir(join(dir, 'donnees-ouvertes'))).toEqual(['LISEZ-MOI.txt']);
    expect(await readFile(join(dir, 'open-data', 'actions.csv'), 'utf8')).toBe('new');
  }); // prettier-ignore
});
