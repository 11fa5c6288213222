/**
 * A mailbox on the loopback Microsoft Graph (routes added to fake-mail-apis.ts), answering as
 * Graph's documentation says for what the intake calls:
 *
 * | behaviour | documentation |
 * |---|---|
 * | `GET /v1.0/users/{id}/mailFolders/{folder}/messages/delta`: pages linked by `@odata.nextLink`, the last with `@odata.deltaLink`; a later call of the delta link gives what changed since, read or not | learn.microsoft.com/graph/api/message-delta; …/graph/delta-query-messages |
 * | a delta token too old: 410 Gone, `error.code` `SyncStateNotFound`; the client starts again without a token | …/graph/delta-query-overview (« Synchronization reset ») |
 * | `Prefer: IdType="ImmutableId"`: the id of a message stays the same when it is moved; without it, a move gives a new id | learn.microsoft.com/graph/outlook-immutable-id |
 * | `GET /v1.0/users/{id}/messages/{id}/$value`: the message as MIME | learn.microsoft.com/graph/outlook-get-mime-message |
 * | `GET …/messages/{id}?$select=internetMessageHeaders`: the message's header lines as `{name, value}` | learn.microsoft.com/graph/api/resources/message (internetMessageHeaders) |
 * | `GET …/messages/{id}/attachments?$select=name,size,contentType`: each attachment's name, size (bytes) and type, before any content is downloaded | learn.microsoft.com/graph/api/message-list-attachments; …/resources/attachment |
 * | `POST …/messages/{id}/move` `{ destinationId }`: 201 and the moved message | learn.microsoft.com/graph/api/message-move |
 * | `GET …/mailFolders?$filter=displayName eq '…'`, `POST …/mailFolders` `{ displayName }`: 201 | learn.microsoft.com/graph/api/user-list-mailfolders; …/user-post-mailfolders |
 * | `GET …/messages?$filter=internetMessageId eq '…'` | learn.microsoft.com/graph/api/user-list-messages (« Use $filter ») |
 * | 429 `TooManyRequests` with `Retry-After` (seconds); 401 `InvalidAuthenticationToken` for an expired token | learn.microsoft.com/graph/throttling; …/graph/errors |
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseLeniently } from './lenient-parse.js';
import { json, type FakeMailApis } from './fake-mail-apis.js';

interface StoredMessage {
  id: string;
  folder: string;
  mime: Buffer;
  receivedDateTime: string;
  internetMessageId: string;
  /** Changed since this delta round (added, moved, read). */
  seq: number;
}

export interface FakeGraphMailbox {
  mailbox: string;
  messages: StoredMessage[];
  folders: Map<string, string>; // id → displayName
  /** Requests the mailbox answered, `METHOD path`. */
  log: string[];
  /** Delta tokens issued, the change sequence they stand at; `expire()` forgets them all. */
  expire(): void;
  /** Answers 429 with Retry-After to the next request of the mailbox, once. */
  throttleNext(seconds: number): void;
  /** Answers 401 to the next request, whatever its token (a token revoked early). */
  refuseNextToken(): void;
  /** Puts a message in the inbox, as delivery does. */
  deliver(mime: Buffer, receivedDateTime?: string): Promise<StoredMessage>;
}

const PAGE = 2;

/** Graph's answer for an item that is not there (a message id unknown or moved). */
const notFound = (res: ServerResponse) =>
  json(res, {
    status: 404,
    body: {
      error: {
        code: 'ErrorItemNotFound',
        message: 'The specified object was not found in the store.',
      },
    },
  });

/** Adds a Graph mailbox for `mailbox` to the loopback APIs. */
export function addGraphMailbox(apis: FakeMailApis, mailbox: string): FakeGraphMailbox {
  let seq = 0;
  const tokens = new Map<string, number>();
  let throttle = 0;
  let refuse = false;
  const inbox = `inbox-${randomUUID().slice(0, 8)}`;
  const box: FakeGraphMailbox = {
    mailbox,
    messages: [],
    folders: new Map([[inbox, 'Inbox']]),
    log: [],
    expire: () => tokens.clear(),
    throttleNext: (seconds) => (throttle = seconds),
    refuseNextToken: () => (refuse = true),
    deliver: async (mime, receivedDateTime = new Date().toISOString()) => {
      const parsed = await parseLeniently(mime);
      const message: StoredMessage = {
        id: `AAMk-${randomUUID()}`,
        folder: inbox,
        mime,
        receivedDateTime,
        internetMessageId: parsed.messageId ?? `<${randomUUID()}@example.org>`,
        seq: ++seq,
      };
      box.messages.push(message);
      return message;
    },
  };
  const folderOf = (name: string) =>
    name.toLowerCase() === 'inbox' ? inbox : [...box.folders.keys()].find((id) => id === name);
  const summary = (m: StoredMessage) => ({
    id: m.id,
    internetMessageId: m.internetMessageId,
    receivedDateTime: m.receivedDateTime,
    parentFolderId: m.folder,
  });

  apis.routes.push((req: IncomingMessage, url: URL, body: string, res: ServerResponse) => {
    const prefix = `/v1.0/users/${encodeURIComponent(mailbox)}`;
    const alt = `/v1.0/users/${mailbox}`;
    const path = url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length)
      : url.pathname.startsWith(alt)
        ? url.pathname.slice(alt.length)
        : null;
    if (path === null) return false;
    box.log.push(`${req.method} ${path}`);
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!apis.isValid(bearer) || refuse) {
      refuse = false;
      json(res, {
        status: 401,
        body: {
          error: {
            code: 'InvalidAuthenticationToken',
            message: 'Lifetime validation failed, the token is expired.',
          },
        },
      });
      return true;
    }
    if (throttle) {
      const seconds = throttle;
      throttle = 0;
      json(res, {
        status: 429,
        headers: { 'retry-after': String(seconds) },
        body: { error: { code: 'TooManyRequests', message: 'Too many requests.' } },
      });
      return true;
    }
    const immutable = /IdType="ImmutableId"/.test(String(req.headers.prefer ?? ''));

    // Delta of a folder: first round, or from a delta or next link's token.
    const delta = /^\/mailFolders\/([^/]+)\/messages\/delta$/.exec(path);
    if (req.method === 'GET' && delta) {
      const folder = folderOf(decodeURIComponent(delta[1]!));
      const token = url.searchParams.get('$deltatoken');
      const skip = url.searchParams.get('$skiptoken');
      let since = 0;
      if (token) {
        if (!tokens.has(token)) {
          json(res, {
            status: 410,
            body: {
              error: {
                code: 'SyncStateNotFound',
                message: 'The sync state generation is not found.',
              },
            },
          });
          return true;
        }
        since = tokens.get(token)!;
      }
      const [from, offset] = skip
        ? (JSON.parse(Buffer.from(skip, 'base64url').toString()) as [number, number])
        : [since, 0];
      const changed = box.messages.filter((m) => m.folder === folder && m.seq > from);
      const page = changed.slice(offset, offset + PAGE);
      const base = `${apis.url}/v1.0/users/${encodeURIComponent(mailbox)}/mailFolders/${delta[1]}/messages/delta`;
      const more = offset + PAGE < changed.length;
      const link: Record<string, string> = {};
      if (more) {
        link['@odata.nextLink'] =
          `${base}?$skiptoken=${Buffer.from(JSON.stringify([from, offset + PAGE])).toString('base64url')}`;
      } else {
        const next = `d${randomUUID().slice(0, 8)}`;
        tokens.set(next, seq);
        link['@odata.deltaLink'] = `${base}?$deltatoken=${next}`;
      }
      json(res, { status: 200, body: { value: page.map(summary), ...link } });
      return true;
    }
    const value = /^\/messages\/([^/]+)\/\$value$/.exec(path);
    if (req.method === 'GET' && value) {
      const m = box.messages.find((x) => x.id === decodeURIComponent(value[1]!));
      if (!m) {
        notFound(res);
        return true;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(m.mime);
      return true;
    }
    const move = /^\/messages\/([^/]+)\/move$/.exec(path);
    if (req.method === 'POST' && move) {
      const m = box.messages.find((x) => x.id === decodeURIComponent(move[1]!));
      const { destinationId } = JSON.parse(body) as { destinationId: string };
      if (!m || !box.folders.has(destinationId)) {
        notFound(res);
        return true;
      }
      m.folder = destinationId;
      m.seq = ++seq;
      if (!immutable) m.id = `AAMk-${randomUUID()}`; // a moved item gets a new id unless immutable
      json(res, { status: 201, body: summary(m) });
      return true;
    }
    const attachments = /^\/messages\/([^/]+)\/attachments$/.exec(path);
    if (req.method === 'GET' && attachments) {
      const m = box.messages.find((x) => x.id === decodeURIComponent(attachments[1]!));
      if (!m) {
        notFound(res);
        return true;
      }
      void parseLeniently(m.mime).then((parsed) =>
        json(res, {
          status: 200,
          body: {
            value: parsed.attachments.map((a, i) => ({
              '@odata.type': '#microsoft.graph.fileAttachment',
              id: `att-${i}`,
              name: a.filename ?? '',
              contentType: a.contentType,
              size: a.size,
              isInline: a.contentDisposition === 'inline',
            })),
          },
        }),
      );
      return true;
    }
    const one = /^\/messages\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const m = box.messages.find((x) => x.id === decodeURIComponent(one[1]!));
      if (!m) {
        notFound(res);
        return true;
      }
      // internetMessageHeaders: the message's own header lines, unfolded (message resource).
      const select = url.searchParams.get('$select') ?? '';
      const head = m.mime.toString('latin1').split('\r\n\r\n')[0] ?? '';
      const internetMessageHeaders = head
        .split(/\r\n(?![ \t])/)
        .map((line) => /^([^:]+):\s*([\s\S]*)$/.exec(line))
        .filter((x): x is RegExpExecArray => x !== null)
        .map((x) => ({ name: x[1]!, value: x[2]!.replace(/\r\n[ \t]+/g, ' ') }));
      json(res, {
        status: 200,
        body: {
          ...summary(m),
          ...(select.includes('internetMessageHeaders') ? { internetMessageHeaders } : {}),
        },
      });
      return true;
    }
    if (req.method === 'GET' && path === '/messages') {
      const wanted = /internetMessageId eq '([^']+)'/.exec(
        url.searchParams.get('$filter') ?? '',
      )?.[1];
      json(res, {
        status: 200,
        body: { value: box.messages.filter((m) => m.internetMessageId === wanted).map(summary) },
      });
      return true;
    }
    if (req.method === 'GET' && path === '/mailFolders') {
      const name = /displayName eq '([^']+)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      const value = [...box.folders]
        .filter(([, n]) => !name || n === name)
        .map(([id, displayName]) => ({ id, displayName }));
      json(res, { status: 200, body: { value } });
      return true;
    }
    if (req.method === 'POST' && path === '/mailFolders') {
      const { displayName } = JSON.parse(body) as { displayName: string };
      const id = `folder-${randomUUID().slice(0, 8)}`;
      box.folders.set(id, displayName);
      json(res, { status: 201, body: { id, displayName } });
      return true;
    }
    const folder = /^\/mailFolders\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && folder) {
      const id = folderOf(decodeURIComponent(folder[1]!));
      json(res, {
        status: 200,
        body: {
          id,
          displayName: box.folders.get(id ?? ''),
          totalItemCount: box.messages.filter((m) => m.folder === id).length,
        },
      });
      return true;
    }
    return false;
  });
  return box;
}
