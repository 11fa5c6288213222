/**
 * Messages as a mail client and the secretariat's server make them: composed by nodemailer's
 * MailComposer (the library our transports use, not the parser the intake reads with), with
 * the headers a receiving server adds (Received, Authentication-Results).
 */
import { readFile } from 'node:fs/promises';
import { buildMime } from '../../src/adapters/mail/transports.js';

export interface Inbound {
  from: string;
  to?: string;
  subject?: string;
  text?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** When the secretariat's server received it (a Received header), ISO 8601. */
  receivedAt?: string;
  /** The receiving server's verdict, e.g. `mx.example.org; dmarc=pass header.from=example.org`. */
  authentication?: string | null;
  headers?: Record<string, string>;
  attachments?: {
    filename: string;
    path?: string;
    content?: Buffer | string;
    contentType?: string;
  }[];
  /** The From header as written on the wire, to put what a composer would not (an encoded CR/LF). */
  rawFrom?: string;
}

/** The raw message. */
export async function composeInbound(message: Inbound): Promise<Buffer> {
  const received = message.receivedAt
    ? new Date(message.receivedAt)
    : new Date('2019-01-07T09:12:00Z');
  const headers: Record<string, string> = {
    ...(message.authentication === null
      ? {}
      : {
          'Authentication-Results':
            message.authentication ??
            `mx.example.org; dmarc=pass header.from=${domain(message.from)}`,
        }),
    Received: `from mail.example.net by mx.example.org; ${received.toUTCString()}`,
    ...message.headers,
  };
  const raw = await buildMime({
    from: message.from,
    to: message.to ?? 'secretariat.ogp@example.org',
    subject: message.subject ?? 'RE: Rappel',
    text: message.text ?? 'Bonjour, veuillez trouver ci-jointe notre fiche. Cordialement.',
    date: received,
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    ...(message.references ? { references: message.references } : {}),
    attachments: await Promise.all(
      (message.attachments ?? []).map(async (a) => ({
        filename: a.filename,
        content: a.content ?? (await readFile(a.path as string)),
        ...(a.contentType ? { contentType: a.contentType } : {}),
      })),
    ),
    headers,
  });
  // The receiving server prepends its trace headers: they stand above the sender's own.
  const text = raw.toString('binary');
  const split = text.indexOf('\r\n\r\n');
  const fields = text.slice(0, split).split(/\r\n(?![ \t])/); // one entry per header, unfolded
  const top = Object.entries(headers)
    .filter(([name]) => name === 'Authentication-Results' || name === 'Received')
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const own = fields
    .filter((field) => !/^(Authentication-Results|Received):/i.test(field))
    .map((field) =>
      message.rawFrom && /^From:/i.test(field) ? `From: ${message.rawFrom}` : field,
    );
  const rest = own.join('\r\n') + text.slice(split);
  return Buffer.from(top + rest, 'binary');
}

function domain(from: string): string {
  return (/@([^>\s]+)/.exec(from)?.[1] ?? 'example.org').toLowerCase();
}
