/**
 * The secretariat's mailbox over IMAP (`intake.kind: imap`), through imapflow: a password or
 * app password in IMAP_URL where the server still takes one, or XOAUTH2 with an app-only
 * token (Microsoft's `IMAP.AccessAsApp`, Google's domain-wide delegation).
 *
 * New messages are those above the highest UID seen, for the folder's UIDVALIDITY (RFC 9051
 * §2.3.1.1: a new UIDVALIDITY means every UID may have changed, so everything is listed
 * again and the run state's Message-IDs keep anything from being filed twice). A message's
 * structure is read first (BODYSTRUCTURE), then its headers and only the workbook parts
 * within the limits, with BODY.PEEK: nothing is marked as read. Handled messages are moved
 * to a folder we name (Exchange's IMAP keeps no custom keywords); nothing is deleted.
 */
import type { ImapFlow, MessageStructureObject } from 'imapflow';
import { message as descriptor, type Message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import type { InboundAttachment, InboundMessage } from '../../core/inbound-mail.js';
import { attachmentKind } from '../../core/inbound-mail.js';
import type {
  InboundMailbox,
  MailboxListing,
  MessageSummary,
  ReadLimitsOfMail,
} from '../../core/mailbox.js';
import { DEFAULT_MIME_LIMITS, type MessageDefect } from '../../core/message-defect.js';
import { fingerprintOf, messageIds, parseMessage } from './inbound-message.js';
import type { TokenSource } from './tokens.js';

/** How to reach and log in to the server. */
export type ImapTarget =
  { url: string } | { host: string; port: number; user: string; tokens: TokenSource };

/** Where the folder's listing stands. */
interface ImapCursor {
  uidValidity: string;
  lastUid: number;
}

/** Base64 makes 4 bytes of 3 (and line ends): a part's encoded size is more than its content. */
const decodedSize = (part: MessageStructureObject) =>
  part.encoding?.toLowerCase() === 'base64'
    ? Math.floor(((part.size ?? 0) * 3) / 4)
    : (part.size ?? 0);

/**
 * The parts of a structure that carry a file: a name, or an attachment disposition. A
 * forwarded message (message/rfc822) is not opened: the spreadsheets it carries are named,
 * marked forwarded, never downloaded.
 */
function fileParts(
  node: MessageStructureObject,
  out: (MessageStructureObject & { forwarded?: boolean })[] = [],
  inForward = false,
) {
  const forward = inForward || node.type?.toLowerCase() === 'message/rfc822';
  if (node.childNodes?.length) {
    for (const child of node.childNodes) fileParts(child, out, forward);
    return out;
  }
  const name = node.dispositionParameters?.filename ?? node.parameters?.name;
  if (name || node.disposition === 'attachment')
    out.push(inForward ? { ...node, forwarded: true } : node);
  return out;
}

/** The number of parts of a structure and how deep its multiparts nest. */
function shapeOf(node: MessageStructureObject, depth = 0): { parts: number; depth: number } {
  let parts = 1;
  let deepest = depth;
  for (const child of node.childNodes ?? []) {
    const inner = shapeOf(child, depth + 1);
    parts += inner.parts;
    deepest = Math.max(deepest, inner.depth);
  }
  return { parts, depth: deepest };
}

/** A password that IMAP_URL holds never shows: the place is said by host and user. */
function describe(target: ImapTarget, folder: string): string {
  if ('url' in target) {
    const u = new URL(target.url);
    return `${u.protocol}//${decodeURIComponent(u.username)}@${u.host}/${folder}`;
  }
  const scheme = target.port === 993 ? 'imaps' : 'imap';
  return `${scheme}://${target.user}@${target.host}:${target.port}/${folder}`;
}

/** An IMAP folder read as the intake's mailbox. */
export class ImapMailbox implements InboundMailbox {
  readonly kind = 'imap' as const;
  readonly location: string;
  private client: ImapFlow | null = null;
  /** The folder is selected (SELECT): needed to read, search and move, not to look for news. */
  private selected = false;

  constructor(
    private readonly target: ImapTarget,
    private readonly folder: string,
    private readonly handledFolder: string,
    /** Where a message that cannot be read is set aside (made on first use). */
    private readonly setAsideFolder: string,
  ) {
    this.location = describe(target, folder);
  }

  /** Connects, logs in and opens the folder (once per run). */
  private async open(): Promise<ImapFlow> {
    if (this.client) return this.client;
    try {
      this.client = await this.connect(false);
    } catch (error) {
      // A token the server refuses (expired, revoked): one new token, one more try.
      const refused = (error as OgpError).cause as { authenticationFailed?: boolean } | undefined;
      if (!('tokens' in this.target) || !refused?.authenticationFailed) throw error;
      this.client = await this.connect(true);
    }
    return this.client;
  }

  private async connect(renew: boolean): Promise<ImapFlow> {
    const { ImapFlow } = await import('imapflow');
    const t = this.target;
    let options: ConstructorParameters<typeof ImapFlow>[0];
    if ('url' in t) {
      const u = new URL(t.url);
      if (u.protocol !== 'imaps:' && u.protocol !== 'imap:') {
        throw new OgpError(
          'config-invalid',
          descriptor('errors.imapProtocol', { protocol: u.protocol }),
        );
      }
      const secure = u.protocol === 'imaps:';
      options = {
        host: u.hostname,
        port: Number(u.port) || (secure ? 993 : 143),
        secure,
        auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
      };
    } else {
      const { accessToken } = await t.tokens.token(renew);
      // 993 is IMAP over TLS; another port starts in clear and upgrades when the server can.
      const secure = t.port === 993;
      options = { host: t.host, port: t.port, secure, auth: { user: t.user, accessToken } };
    }
    const client = new ImapFlow({
      ...options,
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: 30_000,
      greetingTimeout: 16_000,
      socketTimeout: 120_000,
    });
    // A dropped connection is reported by the command that needed it, not as an uncaught event.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (cause) {
      client.close();
      throw imapFailure(cause, this.location);
    }
    return client;
  }

  /** The folder selected, once: SELECT (imapflow lists the folder first). */
  private async select(): Promise<ImapFlow> {
    const client = await this.open();
    if (this.selected) return client;
    try {
      await client.mailboxOpen(this.folder);
    } catch (cause) {
      throw imapFailure(cause, this.location);
    }
    this.selected = true;
    return client;
  }

  async listNew(cursor: string | null): Promise<MailboxListing> {
    const client = await this.open();
    // STATUS alone tells whether anything came: an idle run selects nothing and fetches nothing.
    const status = await client
      .status(this.folder, { uidNext: true, uidValidity: true })
      .catch((cause: unknown) => {
        throw imapFailure(cause, this.location);
      });
    if (!status)
      throw new OgpError(
        'mailbox-failed',
        descriptor('errors.imapFolderMissing', { location: this.location }),
      );
    const uidValidity = String(status.uidValidity);
    const before = cursor ? (JSON.parse(cursor) as ImapCursor) : null;
    const fullLook = !before || before.uidValidity !== uidValidity;
    const from = fullLook ? 1 : before.lastUid + 1;
    const last = Math.max((status.uidNext ?? 1) - 1, 0);
    const next: ImapCursor = { uidValidity, lastUid: fullLook ? 0 : before.lastUid };
    if (last < from) return { messages: [], cursor: JSON.stringify(next), fullLook };
    await this.select();
    const messages: MessageSummary[] = [];
    for await (const m of client.fetch(
      `${from}:*`,
      { uid: true, size: true, internalDate: true, envelope: true },
      { uid: true },
    )) {
      // `N:*` names the last message even when its UID is below N (RFC 9051 §6.4.8).
      if (m.uid < from) continue;
      messages.push({
        id: String(m.uid),
        size: m.size ?? 0,
        receivedAt: m.internalDate ? new Date(m.internalDate) : new Date(),
        messageId: m.envelope?.messageId ? (messageIds(m.envelope.messageId)[0] ?? null) : null,
      });
      next.lastUid = Math.max(next.lastUid, m.uid);
    }
    messages.sort((a, b) => Number(a.id) - Number(b.id));
    return { messages, cursor: JSON.stringify(next), fullLook };
  }

  async read(summary: MessageSummary, limits: ReadLimitsOfMail): Promise<InboundMessage> {
    const client = await this.select();
    const uid = summary.id;
    const head = await client.fetchOne(
      uid,
      { uid: true, headers: true, bodyStructure: true },
      { uid: true },
    );
    if (!head || !head.headers) {
      throw new OgpError(
        'mailbox-failed',
        descriptor('errors.imapMessageMissing', {
          uid: String(uid),
          location: this.location,
        }),
      );
    }
    // The headers alone, read as a message without a body.
    const headers = Buffer.concat([head.headers, Buffer.from('\r\n')]);
    const message = await parseMessage(headers, summary, limits);
    const mime = limits.mime ?? DEFAULT_MIME_LIMITS;
    const shape = head.bodyStructure ? shapeOf(head.bodyStructure) : { parts: 1, depth: 0 };
    // The server parsed the structure: past our limits, nothing of it is downloaded.
    const defect: MessageDefect | undefined =
      message.defect ??
      (shape.parts > mime.maxParts
        ? { kind: 'too-many-parts', found: shape.parts, limit: mime.maxParts }
        : shape.depth > mime.maxDepth
          ? { kind: 'too-deep', limit: mime.maxDepth }
          : undefined);
    if (defect) return { ...message, defect, attachments: [], size: summary.size };
    const attachments: InboundAttachment[] = [];
    const copy: Buffer[] = [headers, Buffer.from(JSON.stringify(head.bodyStructure ?? null))];
    for (const part of head.bodyStructure ? fileParts(head.bodyStructure) : []) {
      const filename = part.dispositionParameters?.filename ?? part.parameters?.name ?? '';
      const contentType = part.type.toLowerCase();
      const size = decodedSize(part);
      if (part.forwarded) {
        if (attachmentKind({ filename, contentType }) !== 'other') {
          attachments.push({ filename, contentType, size, content: null, forwarded: true });
        }
        continue;
      }
      const wanted =
        attachmentKind({ filename, contentType }) === 'workbook' &&
        size <= limits.maxAttachmentBytes;
      let content: Buffer | null = null;
      if (wanted && part.part) {
        const download = await client.download(uid, part.part, {
          uid: true,
          maxBytes: limits.maxAttachmentBytes + 1,
        });
        if ('content' in download && download.content) {
          const chunks: Buffer[] = [];
          for await (const chunk of download.content) chunks.push(chunk as Buffer);
          content = Buffer.concat(chunks);
          if (content.length > limits.maxAttachmentBytes) content = null;
        }
      }
      if (content) copy.push(content);
      attachments.push({ filename, contentType, size: content?.length ?? size, content });
    }
    // The copy as read here: its headers, its structure and the workbooks downloaded.
    return { ...message, attachments, size: summary.size, fingerprint: fingerprintOf(...copy) };
  }

  async find(messageId: string): Promise<MessageSummary | null> {
    const client = await this.select();
    const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true });
    const uid = Array.isArray(uids) ? uids.at(-1) : undefined;
    if (uid === undefined) return null;
    const m = await client.fetchOne(
      String(uid),
      { uid: true, size: true, internalDate: true },
      { uid: true },
    );
    if (!m) return null;
    return {
      id: String(uid),
      size: m.size ?? 0,
      receivedAt: m.internalDate ? new Date(m.internalDate) : new Date(),
      messageId,
    };
  }

  async markHandled(summary: MessageSummary): Promise<void> {
    await this.moveTo(summary, this.handledFolder);
  }

  async setAside(summary: MessageSummary): Promise<void> {
    await this.moveTo(summary, this.setAsideFolder);
  }

  /** Moves a message to a folder of ours, made on first use. */
  private async moveTo(summary: MessageSummary, folder: string): Promise<void> {
    const client = await this.select();
    const moved = await client.messageMove(summary.id, folder, { uid: true }).catch(() => false);
    if (moved) return;
    // The folder is made on first use, then the move is tried again.
    await client.mailboxCreate(folder).catch(() => undefined);
    const again = await client.messageMove(summary.id, folder, { uid: true });
    if (!again) {
      throw new OgpError(
        'mailbox-failed',
        descriptor('errors.imapNotMoved', {
          id: summary.id,
          folder,
          location: this.location,
        }),
      );
    }
  }

  async check(): Promise<Message[]> {
    const client = await this.open();
    const status = await client.status(this.folder, { messages: true }).catch((cause: unknown) => {
      throw imapFailure(cause, this.location);
    });
    return [
      descriptor('errors.imapChecked', {
        location: this.location,
        messages: status ? (status.messages ?? 0) : 0,
      }),
    ];
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.selected = false;
    if (!client) return;
    await client.logout().catch(() => client.close());
  }
}

/** A failed connection or login, said as the server said it, with what to check. */
function imapFailure(cause: unknown, location: string): OgpError {
  const e = cause as {
    responseText?: string;
    authenticationFailed?: boolean;
    code?: string;
    message?: string;
  };
  const answer = e.responseText ?? e.code ?? e.message ?? String(cause);
  const refused = e.authenticationFailed === true;
  return new OgpError(
    'mailbox-failed',
    descriptor('errors.imapFailed', { location, answer, loginRefused: refused }),
    { cause },
  );
}
