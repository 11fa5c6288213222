/**
 * mail-check on a folder inbox counts its .eml files as each language says a count of them:
 * « 3 .eml files » in English, « 3 fichiers .eml » in French (the noun first, as Spanish and
 * Portuguese put it too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderMailbox } from '../../../src/adapters/mail/folder-mailbox.js';
import { render } from '../../../src/core/catalogue/render.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-inbox-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a folder inbox checked', () => {
  it.each([
    ['en', 'Inbox folder ‹dir›: 0 .eml files.', 'Inbox folder ‹dir›: 1 .eml file.', 'Inbox folder ‹dir›: 3 .eml files.'],
    ['fr', 'Dossier de réception ‹dir› : 0 fichier .eml.', 'Dossier de réception ‹dir› : 1 fichier .eml.', 'Dossier de réception ‹dir› : 3 fichiers .eml.'],
    ['es', 'Carpeta de recepción ‹dir›: 0 archivos .eml.', 'Carpeta de recepción ‹dir›: 1 archivo .eml.', 'Carpeta de recepción ‹dir›: 3 archivos .eml.'],
    ['pt-BR', 'Pasta de recebimento ‹dir›: 0 arquivos .eml.', 'Pasta de recebimento ‹dir›: 1 arquivo .eml.', 'Pasta de recebimento ‹dir›: 3 arquivos .eml.'],
  ] as const)('counts its .eml files as %s says them', async (tag, none, one, three) => {
    const inbox = await mkdtemp(join(dir, `${tag}-`));
    const said = async () => (await new FolderMailbox(inbox).check()).map((m) => render(tag, m).replace(inbox, '‹dir›')); // prettier-ignore
    expect(await said()).toEqual([none]);
    await writeFile(join(inbox, 'a.eml'), 'Subject: a\r\n\r\n');
    expect(await said()).toEqual([one]);
    await writeFile(join(inbox, 'b.eml'), 'Subject: b\r\n\r\n');
    await writeFile(join(inbox, 'c.eml'), 'Subject: c\r\n\r\n');
    expect(await said()).toEqual([three]);
  }); // prettier-ignore
});
