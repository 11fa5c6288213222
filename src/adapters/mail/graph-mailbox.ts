/**
 * The secretariat's mailbox through Microsoft Graph (`intake.kind: graph`), on the app of
 * `mail.transport: graph`, with read and move rights on that one mailbox (Exchange Online
 * RBAC for Applications, « Application Mail.ReadWrite » scoped to it; no Entra `Mail.*`
 * permission, which would open every mailbox of the tenant).
 *
 * New messages come from a delta query on the inbox (its `@odata.deltaLink` is the cursor; a
 * link Graph no longer knows, 410, means a full look again), with immutable ids
 * (`Prefer: IdType="ImmutableId"`) so that a message keeps its id when moved. Delta also
 * returns messages that were only read: the run state's Message-IDs say what was handled.
 * A message's attachments are listed (names and sizes) before anything is downloaded; the
 * message itself comes as MIME (`$value`). Handled messages are moved to a folder we name.
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

interface DeltaPage {
  value?: {
    id: string;
    internetMessageId?: string;
    receivedDateTime?: string;
    '@removed'?: unknown;
  }[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

interface AttachmentInfo {
  name?: string;
  contentType?: string;
  size?: number;
}

/** A mailbox read through Microsoft Graph. */
export class GraphMailbox implements InboundMailbox {
  readonly kind = 'graph' as const;
  readonly location: string;
  private readonly base: string;
  private readonly folderIds = new Map<string, string>();

  constructor(
    endpoint: string,
    private readonly mailbox: string,
    private readonly tokens: TokenSource,
    private readonly handledFolder: string,
    /** Where a message that cannot be read is set aside (made on first use). */
    private readonly setAsideFolder: string,
  ) {
    this.base = `${endpoint.replace(/\/+$/, '')}/v1.0/users/${encodeURIComponent(mailbox)}`;
    this.location = `graph:${mailbox}`;
  }

  /** One call, with the immutable ids; 401 renews the token, 429 and 5xx wait (mail-api.ts). */
  private call(url: string, init: RequestInit = {}): Promise<Response> {
    return callMailApi(this.tokens, 'graph', (token) => ({
      url,
      init: {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          prefer: 'IdType="ImmutableId", odata.maxpagesize=50',
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      },
    }));
  }

  private async json<T>(url: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.call(url, init)).json()) as T;
  }

  async listNew(cursor: string | null): Promise<MailboxListing> {
    const first = `${this.base}/mailFolders/inbox/messages/delta?$select=internetMessageId,receivedDateTime`;
    let url = cursor ?? first;
    let fullLook = cursor === null;
    const messages: MessageSummary[] = [];
    for (;;) {
      let page: DeltaPage;
      try {
        page = await this.json<DeltaPage>(url);
      } catch (error) {
        // A delta link Graph no longer knows: everything is listed again.
        const status = (error as { status?: number }).status;
        if (status === 410 && !fullLook) {
          url = first;
          fullLook = true;
          messages.length = 0;
          continue;
        }
        throw error;
      }
      for (const m of page.value ?? []) {
        if (m['@removed']) continue; // moved out of the inbox, or deleted
        messages.push({
          id: m.id,
          size: 0,
          receivedAt: m.receivedDateTime ? new Date(m.receivedDateTime) : new Date(),
          messageId: messageIds(m.internetMessageId)[0] ?? null,
        });
      }
      if (page['@odata.nextLink']) url = page['@odata.nextLink'];
      else return { messages, cursor: page['@odata.deltaLink'] ?? cursor, fullLook };
    }
  }

  async read(summary: MessageSummary, limits: ReadLimitsOfMail): Promise<InboundMessage> {
    const path = `${this.base}/messages/${encodeURIComponent(summary.id)}`;
    const { value = [] } = await this.json<{ value?: AttachmentInfo[] }>(
      `${path}/attachments?$select=name,size,contentType`,
    );
    const size = value.reduce((n, a) => n + (a.size ?? 0), 0);
    if (limits.maxMessageBytes !== undefined && size > limits.maxMessageBytes) {
      // Too large to download: its headers say who sent it; its attachments, what it holds.
      const head = await this.json<{ internetMessageHeaders?: { name: string; value: string }[] }>(
        `${path}?$select=internetMessageHeaders`,
      );
      const lines = (head.internetMessageHeaders ?? []).map((h) => `${h.name}: ${h.value}\r\n`);
      const message = await parseMessage(Buffer.from(`${lines.join('')}\r\n`), summary, limits);
      const attachments = value.map((a) => ({
        filename: a.name ?? '',
        contentType: (a.contentType ?? '').toLowerCase(),
        size: a.size ?? 0,
        content: null,
      }));
      return { ...message, attachments, size };
    }
    const raw = Buffer.from(await (await this.call(`${path}/$value`)).arrayBuffer());
    return parseMessage(raw, { ...summary, size: raw.length }, limits);
  }

  async find(messageId: string): Promise<MessageSummary | null> {
    const filter = encodeURIComponent(`internetMessageId eq '${messageId.replace(/'/g, "''")}'`);
    const { value = [] } = await this.json<DeltaPage>(
      `${this.base}/messages?$filter=${filter}&$select=internetMessageId,receivedDateTime`,
    );
    const m = value[0];
    return m
      ? {
          id: m.id,
          size: 0,
          receivedAt: m.receivedDateTime ? new Date(m.receivedDateTime) : new Date(),
          messageId,
        }
      : null;
  }

  /** A folder's id (ours), found by its name, else made. */
  private async folderId(name: string): Promise<string> {
    const known = this.folderIds.get(name);
    if (known) return known;
    const quoted = name.replace(/'/g, "''");
    const { value = [] } = await this.json<{ value?: { id: string }[] }>(
      `${this.base}/mailFolders?$filter=${encodeURIComponent(`displayName eq '${quoted}'`)}`,
    );
    const id =
      value[0]?.id ??
      (
        await this.json<{ id: string }>(`${this.base}/mailFolders`, {
          method: 'POST',
          body: JSON.stringify({ displayName: name }),
        })
      ).id;
    this.folderIds.set(name, id);
    return id;
  }

  private async moveTo(summary: MessageSummary, folder: string): Promise<void> {
    const destinationId = await this.folderId(folder);
    await this.call(`${this.base}/messages/${encodeURIComponent(summary.id)}/move`, {
      method: 'POST',
      body: JSON.stringify({ destinationId }),
    });
  }

  async markHandled(summary: MessageSummary): Promise<void> {
    await this.moveTo(summary, this.handledFolder);
  }

  async setAside(summary: MessageSummary): Promise<void> {
    await this.moveTo(summary, this.setAsideFolder);
  }

  async check(): Promise<Message[]> {
    const inbox = await this.json<{ totalItemCount?: number }>(
      `${this.base}/mailFolders/inbox?$select=totalItemCount`,
    ).catch((error: unknown) => {
      throw new OgpError(
        'mailbox-failed',
        message('errors.graphMailbox', {
          mailbox: this.mailbox,
          detail: (error as Error).message,
        }),
        {
          cause: error,
        },
      );
    });
    return [
      message('errors.graphChecked', {
        mailbox: this.mailbox,
        messages: inbox.totalItemCount ?? 0,
      }),
    ];
  }

  async close(): Promise<void> {}
}
