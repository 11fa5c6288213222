/**
 * A real IMAP server for the intake's tests: Debian's Dovecot 2.3 (`dovecot-imapd`, which
 * `.ci/run` installs) on a free loopback port, with a throw-away configuration — no TLS,
 * plaintext login allowed on loopback, a static user, a Maildir owned by a non-root user
 * (Dovecot refuses to run mail processes as uid 0), its base, state and log in a temporary
 * folder. With `oauth2`, logins are XOAUTH2 tokens checked at a loopback token-introspection
 * URL (`passdb { driver = oauth2 }`). Stopped by the PID in its `master.pid`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ImapFlow } from 'imapflow';
import { describe } from 'vitest';

const DOVECOT = ['/usr/sbin/dovecot', '/usr/bin/dovecot'].find((p) => existsSync(p)) ?? null;

/** Dovecot's master starts as root and runs mail processes as another user (nobody). */
const ROOT = process.getuid?.() === 0;

/**
 * `describe` when Dovecot is installed and can be started (as root); skipped on a developer's
 * machine without it, never in CI.
 */
export const describeWithDovecot: typeof describe =
  (DOVECOT && ROOT) || process.env.CI ? describe : (describe.skip as typeof describe);

export interface TestImap {
  host: string;
  port: number;
  user: string;
  password: string;
  /** `imap://user:password@127.0.0.1:port` for IMAP_URL. */
  url: string;
  /** Whether the introspection endpoint takes a token (XOAUTH2), when started with `oauth2`. */
  acceptToken: (token: string) => boolean;
  /** Introspection requests seen. */
  introspections: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The introspection endpoint Dovecot's oauth2 passdb asks (RFC 7662 form post). */
async function startIntrospection(
  imap: Pick<TestImap, 'acceptToken' | 'user'> & { seen: () => void },
): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      imap.seen();
      const token = new URLSearchParams(body).get('token') ?? '';
      const active = imap.acceptToken(token);
      res.writeHead(active ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(active ? { active: true, username: imap.user } : { active: false }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}/introspect` };
}

/** Starts Dovecot; `oauth2` makes it take XOAUTH2 tokens instead of the password. */
export async function startDovecot(options: { oauth2?: boolean } = {}): Promise<TestImap> {
  if (!DOVECOT) throw new Error('Dovecot (dovecot-imapd) is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'ogp-dovecot-'));
  // The mail processes (nobody) go through it to their Maildir.
  await chmod(dir, 0o711);
  const port = await freePort();
  const user = 'secretariat.ogp@example.org';
  const password = 'mot-de-passe-d-application';
  const mail = join(dir, 'mail');
  await mkdir(join(mail, 'Maildir'), { recursive: true });
  // Mail processes run as nobody: the Maildir is theirs.
  const uid = 65534;
  const gid = 65534;
  await chown(mail, uid, gid);
  await chown(join(mail, 'Maildir'), uid, gid);
  const imap: TestImap & { seen: () => void } = {
    host: '127.0.0.1',
    port,
    user,
    password,
    url: `imap://${encodeURIComponent(user)}:${password}@127.0.0.1:${port}`,
    acceptToken: () => false,
    introspections: 0,
    seen: () => imap.introspections++,
    stop: async () => undefined,
  };
  const introspection = options.oauth2 ? await startIntrospection(imap) : null;
  if (introspection) {
    await writeFile(
      join(dir, 'oauth2.conf'),
      [
        'introspection_mode = post',
        `introspection_url = ${introspection.url}`,
        'username_attribute = username',
        'active_attribute = active',
        'active_value = true',
        'tokeninfo_url =',
        '',
      ].join('\n'),
    );
  }
  const passdb = introspection
    ? `passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = ${join(dir, 'oauth2.conf')}\n}`
    : `passdb {\n  driver = static\n  args = user=${user} password=${password}\n}`;
  await writeFile(
    join(dir, 'dovecot.conf'),
    [
      'protocols = imap',
      'listen = 127.0.0.1',
      `base_dir = ${join(dir, 'run')}`,
      `state_dir = ${join(dir, 'state')}`,
      `log_path = ${join(dir, 'dovecot.log')}`,
      `info_log_path = ${join(dir, 'dovecot.log')}`,
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_failure_delay = 0',
      `auth_mechanisms = ${introspection ? 'xoauth2 oauthbearer' : 'plain login'}`,
      passdb,
      `userdb {\n  driver = static\n  args = uid=${uid} gid=${gid} home=${mail}\n}`,
      `mail_location = maildir:${join(mail, 'Maildir')}`,
      'mail_privileged_group =',
      // Mail processes run as nobody (65534).
      'first_valid_uid = 100',
      'namespace inbox {\n  inbox = yes\n  separator = /\n}',
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      'service stats {\n  unix_listener stats-reader {\n    mode = 0666\n  }\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}',
      '',
    ].join('\n'),
  );
  // The master goes to the background; no pipe is kept open for it (its errors go to the log).
  const started = spawnSync(DOVECOT, ['-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  if (started.status !== 0) {
    const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`dovecot did not start (exit ${started.status}): ${log}`);
  }
  // Ready when the port answers with its greeting.
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createServer().listen(port, '127.0.0.1');
      socket.on('listening', () => socket.close(() => resolve(false)));
      socket.on('error', () => resolve(true));
    });
    if (ok) break;
    await sleep(50);
  }
  imap.stop = async () => {
    const pid = Number(await readFile(join(dir, 'run', 'master.pid'), 'utf8').catch(() => '0'));
    if (pid) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0);
          await sleep(50);
        } catch {
          break;
        }
      }
    }
    await new Promise((resolve) =>
      introspection ? introspection.server.close(resolve) : resolve(null),
    );
    await rm(dir, { recursive: true, force: true });
  };
  return imap;
}

/**
 * An IMAP client of the test's own, as the secretariat's mail program or a delivering server
 * (APPEND), logged in with the test user's password; the caller logs it out.
 */
export async function connectImap(server: TestImap): Promise<ImapFlow> {
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  return client;
}
