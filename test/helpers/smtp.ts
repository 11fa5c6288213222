/**
 * A real SMTP server on 127.0.0.1 (port 0) that keeps and parses what it accepts, with
 * faults to inject: a connection dropped in the middle of a message, 4xx answers, refused
 * recipients, and a hook that runs before a message is acknowledged.
 */
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope recipients of this delivery. */
  envelope: string[];
  raw: string;
  mail: ParsedMail;
}

/** What to do to the next messages (counted from 1 over the server's life). */
export interface SmtpFaults {
  /** Messages whose connection is cut once their content has arrived, before the answer. */
  dropAt: Set<number>;
  /** Messages answered 451 once their content has arrived (not kept). */
  tempFailAt: Set<number>;
  /** Addresses answered 451 at RCPT TO, so many times each. */
  tempFailRecipient: Map<string, number>;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Addresses refused at RCPT TO with a 550. */
  refuse: Set<string>;
  faults: SmtpFaults;
  /** Messages whose content arrived, acknowledged or not. */
  attempts: number;
  /** Every RCPT TO address, in order, accepted or not. */
  recipientsTried: string[];
  /** Called when a message's content has arrived; `false` drops it unacknowledged. */
  beforeAccept?: (attempt: number) => Promise<boolean>;
  /** Every `message-id recipient` pair accepted, in order (duplicates kept). */
  pairs(): string[];
  close(): Promise<void>;
}

const temporary = (text: string) => Object.assign(new Error(text), { responseCode: 451 });

/**
 * `auth`: the only credentials accepted (AUTH PLAIN/LOGIN required); none by default.
 * `oauth`: XOAUTH2 only, each token checked by `oauth` (a refused one gets the SASL error
 * challenge, then 535, as Gmail and Exchange answer).
 */
export async function startSmtp(
  auth?: { user: string; pass: string },
  oauth?: (user: string, token: string) => boolean,
  /** How a refused login is answered (Exchange's 535 5.7.139, Gmail's 534 5.7.9…). */
  refusal: { code: number; text: string } = { code: 535, text: '5.7.8 Identifiants refusés' },
): Promise<TestSmtp> {
  const sockets = new Map<number, Socket>();
  const faults: SmtpFaults = { dropAt: new Set(), tempFailAt: new Set(), tempFailRecipient: new Map() };
  const test: TestSmtp = {
    url: '',
    received: [],
    refuse: new Set(),
    faults,
    attempts: 0,
    recipientsTried: [],
    pairs: () =>
      test.received.flatMap((r) => r.envelope.map((to) => `${r.mail.messageId ?? ''} ${to}`)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: !auth && !oauth,
    allowInsecureAuth: true,
    ...(oauth ? { authMethods: ['XOAUTH2'] } : {}),
    disabledCommands: auth || oauth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    logger: false,
    onAuth(credentials, _session, callback) {
      if (oauth) {
        const { username, accessToken } = credentials as { username: string; accessToken: string };
        if (oauth(username, accessToken)) return callback(null, { user: username });
        // RFC 7628 §3.2.2: a failed XOAUTH2 answers a JSON challenge, then 535 on its reply.
        return callback(null, { data: { status: '401', schemes: 'bearer', scope: 'https://outlook.office365.com/.default' } } as never);
      }
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) {
        callback(null, { user: auth.user });
      } else callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
    },
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      test.recipientsTried.push(to);
      const left = faults.tempFailRecipient.get(to) ?? 0;
      if (left > 0) {
        faults.tempFailRecipient.set(to, left - 1);
        callback(temporary('4.2.1 Boîte aux lettres momentanément indisponible'));
      } else if (test.refuse.has(to)) {
        callback(Object.assign(new Error('5.1.1 Boîte aux lettres inconnue'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const attempt = ++test.attempts;
        void (async () => {
          if (faults.dropAt.has(attempt)) {
            // Cut the connection before answering: the client cannot know, the message is not kept.
            sockets.get(session.remotePort)?.destroy();
            return;
          }
          if (faults.tempFailAt.has(attempt)) return callback(temporary('4.3.0 Surcharge temporaire, réessayez'));
          if (test.beforeAccept && !(await test.beforeAccept(attempt))) {
            return callback(temporary('4.3.0 Interrompu'));
          }
          const raw = Buffer.concat(chunks);
          const mail = await simpleParser(raw);
          test.received.push({ envelope: session.envelope.rcptTo.map((r) => r.address), raw: raw.toString('utf8'), mail });
          callback();
        })().catch(callback);
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    const port = socket.remotePort ?? 0;
    sockets.set(port, socket);
    socket.on('close', () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  test.url = `smtp://127.0.0.1:${port}`;
  return test;
} // prettier-ignore
