/**
 * A Workspace mailbox on the loopback Gmail API (routes added to fake-mail-apis.ts), answering
 * as the Gmail API's documentation says for what the intake calls:
 *
 * | behaviour | documentation |
 * |---|---|
 * | `GET /gmail/v1/users/{u}/history?startHistoryId=…&labelId=INBOX&historyTypes=messageAdded`: `{history: [{id, messagesAdded: [{message: {id, threadId, labelIds}}]}], historyId, nextPageToken?}`; a start id too old: 404 | developers.google.com/gmail/api/reference/rest/v1/users.history/list; …/gmail/api/guides/sync (« a full sync is required ») |
 * | `GET …/profile`: `{emailAddress, messagesTotal, threadsTotal, historyId}` | …/reference/rest/v1/users/getProfile |
 * | `GET …/messages?labelIds=INBOX` (newest first, `nextPageToken`), `?q=rfc822msgid:…` | …/reference/rest/v1/users.messages/list; support.google.com/mail/answer/7190 (rfc822msgid) |
 * | `GET …/messages/{id}?format=minimal` (id, labelIds, internalDate in ms, sizeEstimate), `format=raw` (base64url RFC 2822), `format=full` (payload: headers and parts, a part's data out of line by attachmentId) | …/reference/rest/v1/users.messages/get; …/reference/rest/v1/Format |
 * | `GET …/labels`, `POST …/labels` `{name, labelListVisibility, messageListVisibility}`; `POST …/messages/{id}/modify` `{addLabelIds, removeLabelIds}` | …/users.labels/create; …/users.messages/modify |
 * | errors `{error: {code, message, status, errors: [{reason}]}}`: 429 `rateLimitExceeded` with Retry-After, 401 `authError`, 404 `notFound` | …/gmail/api/guides/handle-errors |
 * | every message has its conversation's `threadId` (`minimal` too); a conversation's id is its first message's | …/reference/rest/v1/users.messages (Message.threadId: « The ID of the thread the message belongs to »); `minimal` leaves out headers, body and payload only (…/reference/rest/v1/Format) |
 * | a message sent (`messages/send`) is kept in the mailbox with `SENT`, in the conversation its `threadId` names when In-Reply-To and References are set (RFC 2822: In-Reply-To a message of it, References naming it) and the Subjects match, else in one of its own; a `threadId` the mailbox lacks: 400 « Invalid thread_id value » (fake-mail-apis.ts) | …/reference/rest/v1/users.messages (Message.threadId); …/guides/threads (« Adding drafts and messages to threads ») |
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { simpleParser } from 'mailparser';
import { parseLeniently } from './lenient-parse.js';
import { json, type FakeMailApis } from './fake-mail-apis.js';

interface StoredMessage {
  id: string;
  threadId: string;
  raw: Buffer;
  labelIds: string[];
  internalDate: number;
  messageId: string;
  subject: string;
}

export interface FakeGmailMailbox {
  messages: StoredMessage[];
  labels: Map<string, string>; // id → name
  log: string[];
  historyId: number;
  /** History before this id is gone: a start id below it is answered 404. */
  oldestHistory: number;
  /** Messages downloaded whole (`format=raw`), and read by their headers (`format=metadata`). */
  rawReads: number;
  metadataReads: number;
  throttleNext(seconds: number): void;
  /** A message arrives, in a conversation of its own unless `threadId` names one. */
  deliver(raw: Buffer, internalDate?: number, threadId?: string): Promise<StoredMessage>;
}

/**
 * A Subject as compared for threading: without the reply and forward prefixes Gmail writes
 * (« Re: », « Fwd: ») ahead of it. The reference says only that the Subjects « must match ».
 */
function topic(subject: string): string {
  return subject
    .replace(/^(?:\s*(?:re|fwd?)\s*:)+/i, '')
    .trim()
    .toLowerCase();
}

const gmailError = (
  res: ServerResponse,
  code: number,
  status: string,
  reason: string,
  message: string,
) =>
  json(res, {
    status: code,
    body: { error: { code, message, status, errors: [{ reason, domain: 'global', message }] } },
  });

/** Adds a Gmail mailbox for `user` to the loopback APIs. */
export function addGmailMailbox(apis: FakeMailApis, user: string): FakeGmailMailbox {
  let throttle = 0;
  const added: { historyId: number; id: string }[] = [];
  const box: FakeGmailMailbox = {
    messages: [],
    labels: new Map([['INBOX', 'INBOX']]),
    log: [],
    historyId: 1000,
    oldestHistory: 0,
    rawReads: 0,
    metadataReads: 0,
    throttleNext: (seconds) => (throttle = seconds),
    deliver: async (raw, internalDate = Date.now(), threadId) => {
      const parsed = await parseLeniently(raw);
      const id = randomUUID().replace(/-/g, '').slice(0, 16);
      const message = {
        id,
        threadId: threadId ?? id,
        raw,
        labelIds: ['INBOX', 'UNREAD'],
        internalDate,
        messageId: parsed.messageId ?? '',
        subject: parsed.subject ?? '',
      };
      box.messages.push(message);
      added.push({ historyId: ++box.historyId, id: message.id });
      return message;
    },
  };
  // What Gmail does with a message sent from this mailbox: kept with SENT, in the conversation
  // its threadId names when the three conditions of the reference hold, else in its own.
  apis.gmailMailboxes.set(user, ({ raw, mail, threadId }) => {
    const thread = threadId ? box.messages.filter((m) => m.threadId === threadId) : [];
    if (threadId && thread.length === 0) return null;
    const references = [mail.references ?? []].flat();
    const answered = thread.find((m) => m.messageId === mail.inReplyTo);
    const joins =
      answered !== undefined &&
      references.includes(answered.messageId) &&
      topic(mail.subject ?? '') === topic(answered.subject);
    const id = randomUUID().replace(/-/g, '').slice(0, 16);
    box.messages.push({
      id,
      threadId: joins && threadId ? threadId : id,
      raw,
      labelIds: ['SENT'],
      internalDate: Date.now(),
      messageId: mail.messageId ?? '',
      subject: mail.subject ?? '',
    });
    added.push({ historyId: ++box.historyId, id });
    return { id, threadId: joins && threadId ? threadId : id };
  });
  const full = (m: StoredMessage, parsed: Awaited<ReturnType<typeof simpleParser>>) => ({
    id: m.id,
    threadId: m.threadId,
    labelIds: m.labelIds,
    internalDate: String(m.internalDate),
    sizeEstimate: m.raw.length,
    payload: {
      mimeType: 'multipart/mixed',
      headers: parsed.headerLines.map((h) => ({
        name: h.line.slice(0, h.line.indexOf(':')),
        value: h.line
          .slice(h.line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      })),
      parts: parsed.attachments.map((a, i) => ({
        partId: String(i + 1),
        filename: a.filename ?? '',
        mimeType: a.contentType,
        body: { size: a.size, attachmentId: `att${i}` },
      })),
    },
  });

  apis.routes.push((req: IncomingMessage, url: URL, body: string, res: ServerResponse) => {
    const prefix = `/gmail/v1/users/${encodeURIComponent(user)}`;
    if (!url.pathname.startsWith(prefix)) return false;
    const path = url.pathname.slice(prefix.length);
    box.log.push(`${req.method} ${path}`);
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!apis.isValid(bearer)) {
      gmailError(
        res,
        401,
        'UNAUTHENTICATED',
        'authError',
        'Request had invalid authentication credentials.',
      );
      return true;
    }
    if (throttle) {
      const seconds = throttle;
      throttle = 0;
      json(res, {
        status: 429,
        headers: { 'retry-after': String(seconds) },
        body: {
          error: {
            code: 429,
            message: 'User-rate limit exceeded.',
            status: 'RESOURCE_EXHAUSTED',
            errors: [{ reason: 'rateLimitExceeded' }],
          },
        },
      });
      return true;
    }
    if (req.method === 'GET' && path === '/profile') {
      json(res, {
        status: 200,
        body: {
          emailAddress: user,
          messagesTotal: box.messages.length,
          threadsTotal: box.messages.length,
          historyId: String(box.historyId),
        },
      });
      return true;
    }
    if (req.method === 'GET' && path === '/history') {
      const start = Number(url.searchParams.get('startHistoryId'));
      if (!Number.isFinite(start) || start < box.oldestHistory) {
        gmailError(res, 404, 'NOT_FOUND', 'notFound', 'Requested entity was not found.');
        return true;
      }
      const history = added
        .filter((h) => h.historyId > start)
        .map((h) => {
          const m = box.messages.find((x) => x.id === h.id)!;
          return {
            id: String(h.historyId),
            messagesAdded: [
              { message: { id: m.id, threadId: m.threadId, labelIds: [...m.labelIds] } },
            ],
          };
        })
        .filter(
          (h) =>
            h.messagesAdded[0]!.message.labelIds.includes('INBOX') ||
            url.searchParams.get('labelId') !== 'INBOX',
        );
      json(res, {
        status: 200,
        body: { ...(history.length ? { history } : {}), historyId: String(box.historyId) },
      });
      return true;
    }
    if (req.method === 'GET' && path === '/messages') {
      const q = url.searchParams.get('q');
      const wanted = q ? `<${q.replace(/^rfc822msgid:/, '')}>` : null;
      const list = box.messages
        .filter((m) =>
          wanted
            ? m.messageId === wanted
            : m.labelIds.includes(url.searchParams.get('labelIds') ?? 'INBOX'),
        )
        .reverse()
        .map((m) => ({ id: m.id, threadId: m.threadId }));
      json(res, {
        status: 200,
        body: { ...(list.length ? { messages: list } : {}), resultSizeEstimate: list.length },
      });
      return true;
    }
    const one = /^\/messages\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const m = box.messages.find((x) => x.id === one[1]);
      if (!m) {
        gmailError(res, 404, 'NOT_FOUND', 'notFound', 'Requested entity was not found.');
        return true;
      }
      const format = url.searchParams.get('format') ?? 'full';
      const minimal = {
        id: m.id,
        threadId: m.threadId,
        labelIds: m.labelIds,
        internalDate: String(m.internalDate),
        sizeEstimate: m.raw.length,
      };
      if (format === 'minimal') {
        json(res, { status: 200, body: minimal });
      } else if (format === 'metadata') {
        // Only the headers named by `metadataHeaders` (users.messages.get, Format METADATA).
        const wanted = url.searchParams.getAll('metadataHeaders').map((h) => h.toLowerCase());
        void parseLeniently(m.raw).then((parsed) => {
          const headers = full(m, parsed).payload.headers.filter((h: { name: string }) =>
            wanted.includes(h.name.toLowerCase()),
          );
          box.metadataReads++;
          json(res, { status: 200, body: { ...minimal, payload: { headers } } });
        });
      } else if (format === 'raw') {
        box.rawReads++;
        json(res, { status: 200, body: { ...minimal, raw: m.raw.toString('base64url') } });
      } else {
        void parseLeniently(m.raw).then((parsed) =>
          json(res, { status: 200, body: full(m, parsed) }),
        );
      }
      return true;
    }
    const modify = /^\/messages\/([^/]+)\/modify$/.exec(path);
    if (req.method === 'POST' && modify) {
      const m = box.messages.find((x) => x.id === modify[1]);
      const change = JSON.parse(body) as { addLabelIds?: string[]; removeLabelIds?: string[] };
      if (!m || (change.addLabelIds ?? []).some((l) => !box.labels.has(l))) {
        gmailError(res, 400, 'INVALID_ARGUMENT', 'invalidArgument', 'Invalid label');
        return true;
      }
      m.labelIds = [...new Set([...m.labelIds, ...(change.addLabelIds ?? [])])].filter(
        (l) => !(change.removeLabelIds ?? []).includes(l),
      );
      box.historyId++;
      json(res, { status: 200, body: { id: m.id, threadId: m.threadId, labelIds: m.labelIds } });
      return true;
    }
    if (req.method === 'GET' && path === '/labels') {
      json(res, {
        status: 200,
        body: {
          labels: [...box.labels].map(([id, name]) => ({
            id,
            name,
            type: id === name ? 'system' : 'user',
          })),
        },
      });
      return true;
    }
    if (req.method === 'POST' && path === '/labels') {
      const { name } = JSON.parse(body) as { name: string };
      const id = `Label_${box.labels.size}`;
      box.labels.set(id, name);
      json(res, { status: 200, body: { id, name, type: 'user' } });
      return true;
    }
    return false;
  });
  return box;
}
