/**
 * The secretariat's Workspace mailbox through the Gmail API (`intake.kind: gmail-api`), with
 * the service account of `mail.transport: gmail-api` acting for it (domain-wide delegation:
 * `gmail.modify` beside `gmail.send`).
 *
 * New messages come from `users.history.list` since the last `historyId` (the cursor), on the
 * INBOX label; a history too old (404) means a full look again (`users.messages.list`), as
 * Google's synchronisation guide says. A message's size is asked first (`format=minimal`);
 * within the limit it comes whole as MIME (`format=raw`), over it only its structure
 * (`format=full`: headers, and the parts' names and sizes, never their data). Handled
 * messages get our label and leave the inbox; nothing is deleted.
 */
import { message, type Message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import type { InboundMessage } from '../../core/inbound-mail.js';
import type {
  InboundMailbox,
  MailboxListing,
  MessageSummary,
  ReadLimitsOfMail,
} from '../../core/mailbox.js';
import { callMailApi } from './mail-api.js';
import { messageIds, parseMessage } from './inbound-message.js';
import type { TokenSource } from './tokens.js';

interface GmailPart {
  filename?: string;
  mimeType?: string;
  headers?: { name: string; value: string }[];
  body?: { size?: number; attachmentId?: string };
  parts?: GmailPart[];
}

interface GmailMessage {
  id: string;
  /** Its conversation, in every format (`minimal` too): where an answer to it is filed. */
  threadId?: string;
  internalDate?: string;
  sizeEstimate?: number;
  labelIds?: string[];
  raw?: string;
  payload?: GmailPart;
}

interface HistoryPage {
  history?: { messagesAdded?: { message: { id: string; labelIds?: string[] } }[] }[];
  historyId?: string;
  nextPageToken?: string;
}

/** The parts of a structure that carry a file. */
function fileParts(part: GmailPart | undefined, out: GmailPart[] = []): GmailPart[] {
  if (!part) return out;
  if (part.filename) out.push(part);
  for (const child of part.parts ?? []) fileParts(child, out);
  return out;
}

/** A Workspace mailbox read through the Gmail API. */
export class GmailMailbox implements InboundMailbox {
  readonly kind = 'gmail-api' as const;
  readonly location: string;
  private readonly base: string;
  private readonly labelIds = new Map<string, string>();

  constructor(
    endpoint: string,
    private readonly mailbox: string,
    private readonly tokens: TokenSource,
    private readonly handledLabel: string,
    /** The label of a message that cannot be read, set aside (made on first use). */
    private readonly setAsideLabel: string,
  ) {
    this.base = `${endpoint.replace(/\/+$/, '')}/gmail/v1/users/${encodeURIComponent(mailbox)}`;
    this.location = `gmail:${mailbox}`;
  }

  private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await callMailApi(this.tokens, 'gmail-api', (token) => ({
      url: `${this.base}${path}`,
      init: {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      },
    }));
    return (await response.json()) as T;
  }

  /** Every message of the inbox (a full look), and the history id to go on from. */
  private async everything(): Promise<MailboxListing> {
    const { historyId } = await this.json<{ historyId: string }>('/profile');
    const messages: MessageSummary[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.json<{ messages?: { id: string }[]; nextPageToken?: string }>(
        `/messages?labelIds=INBOX&maxResults=100${pageToken ? `&pageToken=${pageToken}` : ''}`,
      );
      for (const m of page.messages ?? []) messages.push(await this.metadata(m.id));
      pageToken = page.nextPageToken;
    } while (pageToken);
    // The list is newest first: oldest first, as the port says.
    return { messages: messages.reverse(), cursor: historyId, fullLook: true };
  }

  /**
   * A message listed by its metadata alone (`format=metadata`, the Message-ID header): a full
   * look recognises what was handled without downloading it.
   */
  private async metadata(id: string): Promise<MessageSummary> {
    const m = await this.json<GmailMessage>(
      `/messages/${encodeURIComponent(id)}?format=metadata&metadataHeaders=Message-ID`,
    );
    const header = m.payload?.headers?.find((h) => h.name.toLowerCase() === 'message-id');
    return {
      id,
      size: m.sizeEstimate ?? 0,
      receivedAt: m.internalDate ? new Date(Number(m.internalDate)) : new Date(),
      messageId: messageIds(header?.value)[0] ?? null,
    };
  }

  async listNew(cursor: string | null): Promise<MailboxListing> {
    if (!cursor) return this.everything();
    const seen = new Set<string>();
    const messages: MessageSummary[] = [];
    let historyId = cursor;
    let pageToken: string | undefined;
    do {
      let page: HistoryPage;
      try {
        page = await this.json<HistoryPage>(
          `/history?startHistoryId=${encodeURIComponent(cursor)}&labelId=INBOX&historyTypes=messageAdded` +
            (pageToken ? `&pageToken=${pageToken}` : ''),
        );
      } catch (error) {
        // A history id too old for Gmail: a full look, the run state's Message-IDs keeping
        // anything from being handled twice.
        if ((error as { status?: number }).status === 404) return this.everything();
        throw error;
      }
      for (const entry of page.history ?? []) {
        for (const { message } of entry.messagesAdded ?? []) {
          if (seen.has(message.id) || !(message.labelIds ?? ['INBOX']).includes('INBOX')) continue;
          seen.add(message.id);
          messages.push({ id: message.id, size: 0, receivedAt: new Date() });
        }
      }
      historyId = page.historyId ?? historyId;
      pageToken = page.nextPageToken;
    } while (pageToken);
    return { messages, cursor: historyId, fullLook: false };
  }

  async read(summary: MessageSummary, limits: ReadLimitsOfMail): Promise<InboundMessage> {
    const id = encodeURIComponent(summary.id);
    const minimal = await this.json<GmailMessage>(`/messages/${id}?format=minimal`);
    const size = minimal.sizeEstimate ?? 0;
    const receivedAt = minimal.internalDate
      ? new Date(Number(minimal.internalDate))
      : summary.receivedAt;
    const known = { ...summary, size, receivedAt };
    const thread = minimal.threadId ? { threadId: minimal.threadId } : {};
    if (limits.maxMessageBytes !== undefined && size > limits.maxMessageBytes) {
      // Too large to download: its headers and its parts' names and sizes only.
      const full = await this.json<GmailMessage>(`/messages/${id}?format=full`);
      const lines = (full.payload?.headers ?? []).map((h) => `${h.name}: ${h.value}\r\n`);
      const message = await parseMessage(Buffer.from(`${lines.join('')}\r\n`), known, limits);
      const attachments = fileParts(full.payload).map((p) => ({
        filename: p.filename ?? '',
        contentType: (p.mimeType ?? '').toLowerCase(),
        size: p.body?.size ?? 0,
        content: null,
      }));
      return { ...message, attachments, size, receivedAt, ...thread };
    }
    const raw = await this.json<GmailMessage>(`/messages/${id}?format=raw`);
    const message = await parseMessage(Buffer.from(raw.raw ?? '', 'base64url'), known, limits);
    return { ...message, ...thread };
  }

  async find(messageId: string): Promise<MessageSummary | null> {
    const q = encodeURIComponent(`rfc822msgid:${messageId.replace(/^<|>$/g, '')}`);
    const page = await this.json<{ messages?: { id: string }[] }>(`/messages?q=${q}`);
    const m = page.messages?.[0];
    return m
      ? {
          id: m.id,
          size: 0,
          receivedAt: new Date(),
          messageId: messageIds(messageId)[0] ?? messageId,
        }
      : null;
  }

  /** A label's id (ours), found by its name, else made. */
  private async label(name: string): Promise<string> {
    const known = this.labelIds.get(name);
    if (known) return known;
    const { labels = [] } = await this.json<{ labels?: { id: string; name: string }[] }>('/labels');
    const id =
      labels.find((l) => l.name === name)?.id ??
      (
        await this.json<{ id: string }>('/labels', {
          method: 'POST',
          body: JSON.stringify({
            name,
            labelListVisibility: 'labelShow',
            messageListVisibility: 'show',
          }),
        })
      ).id;
    this.labelIds.set(name, id);
    return id;
  }

  /** Our label on, out of the inbox. */
  private async moveTo(summary: MessageSummary, name: string): Promise<void> {
    const labelId = await this.label(name);
    await this.json(`/messages/${encodeURIComponent(summary.id)}/modify`, {
      method: 'POST',
      body: JSON.stringify({ addLabelIds: [labelId], removeLabelIds: ['INBOX'] }),
    });
  }

  async markHandled(summary: MessageSummary): Promise<void> {
    await this.moveTo(summary, this.handledLabel);
  }

  async setAside(summary: MessageSummary): Promise<void> {
    await this.moveTo(summary, this.setAsideLabel);
  }

  async check(): Promise<Message[]> {
    const profile = await this.json<{ messagesTotal?: number }>('/profile').catch(
      (error: unknown) => {
        throw new OgpError(
          'mailbox-failed',
          message('errors.gmailMailbox', {
            mailbox: this.mailbox,
            detail: (error as Error).message,
          }),
          {
            cause: error,
          },
        );
      },
    );
    return [
      message('errors.gmailChecked', {
        mailbox: this.mailbox,
        messages: profile.messagesTotal ?? 0,
      }),
    ];
  }

  async close(): Promise<void> {}
}
