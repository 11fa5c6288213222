/**
 * The secretariat's files in a local folder under their name in the committee's language: a
 * master or page left under another language's name (the French one every earlier version
 * wrote) is renamed, not left behind, and its history copies stay as they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../../src/adapters/local/storage-folder.js';
import { formerFileNames, masterFileName, statusPageName } from '../../../src/core/file-names.js';

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
    // The French run's master is kept, as any previous master is; older copies untouched.
    const history = join(dir, 'history');
    expect((await readdir(history)).sort()).toEqual(['suivi-consolide-2025-02-01T10-00-00-000Z.xlsx', 'suivi-consolide-2025-03-01T10-00-00-000Z.xlsx']);
    expect(await readFile(join(history, 'suivi-consolide-2025-03-01T10-00-00-000Z.xlsx'), 'utf8')).toBe('master of the French run');
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
});
