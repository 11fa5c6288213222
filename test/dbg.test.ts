import { it, expect } from 'vitest';
import { ImapFlow } from 'imapflow';
import { startDovecot } from './helpers/dovecot.js';
it('dovecot', async () => {
  const imap = await startDovecot();
  try {
    const client = new ImapFlow({ host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.password }, logger: false });
    await client.connect();
    await client.append('INBOX', 'From: a@b.c\r\nSubject: hi\r\nMessage-ID: <x@y>\r\n\r\nbody\r\n');
    const box = await client.mailboxOpen('INBOX');
    console.log(box.exists, box.uidValidity, box.uidNext);
    await client.logout();
  } finally { await imap.stop(); }
});
