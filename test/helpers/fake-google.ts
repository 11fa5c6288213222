/**
 * A local HTTP server (127.0.0.1, port 0) speaking the slice of the Sheets v4 and Drive v3
 * REST APIs ogp-tracker uses, with faults to inject. The googleapis clients are pointed at
 * it through `rootUrl`, with a fixed access token. It answers as Google does, not as our code
 * would like; each behaviour and where Google documents it:
 *
 * | behaviour | source |
 * | --- | --- |
 * | Drive errors: `{"error": {"code", "message", "errors": [{"reason", "domain", "message"}]}}` | developers.google.com/workspace/drive/api/guides/handle-errors |
 * | Sheets errors: a `google.rpc.Status` (`code`, `message`, `status`, `details[]` with an `ErrorInfo` `reason`), no `errors[]` | cloud.google.com/apis/design/errors; developers.google.com/workspace/sheets/api/limits |
 * | 403 `rateLimitExceeded` / `userRateLimitExceeded` from Drive: retry with backoff | drive/api/guides/handle-errors (“Resolve a 403 error: Rate limit exceeded”) |
 * | a file not shared with the account: 404 `notFound` | drive/api/guides/handle-errors (“Resolve a 404 error: File not found”) |
 * | `files.create` by a service account in a My Drive folder: 403 `storageQuotaExceeded` | drive/api/guides/handle-errors; issue n8n-io/n8n#26050 (“Service Accounts do not have storage quota”) |
 * | a create retried with an id from `generateIds`: 409, no second file | drive/api/guides/create-file (“Generate IDs to use with your files”) |
 * | downloading a Google Sheet (`alt=media`): 403 `fileNotDownloadable` | drive/api/guides/manage-downloads; handle-errors |
 * | deleting in a shared drive needs the organizer role: 403 `insufficientFilePermissions` | drive/api/guides/manage-shareddrives; drive/api/guides/ref-roles |
 * | `keepRevisionForever` keeps a revision (at most 200 per file); `revisions.update keepForever` | drive/api/reference/rest/v3/files/update; revisions resource |
 * | `files.update` without media (PATCH /drive/v3/files/{id}, JSON body): patch semantics, a new `name` renames the same file (same id, content and revisions) | drive/api/reference/rest/v3/files/update (“Updates a file's metadata, content, or both… This method supports patch semantics”) |
 * | files of a shared drive carry `driveId`; My Drive files do not | drive/api/reference/rest/v3/files (`driveId`) |
 * | `files.get` returns the fields asked: `lastModifyingUser(displayName,emailAddress)`; `permissions(type,role)` only to an account that may share the file, never for an item of a shared drive, where `permissions.list` gives them; a reader may not list them (403 `insufficientFilePermissions`) | drive/api/reference/rest/v3/files (`permissions`: « only available if the requesting user can share the file. Not populated for items in shared drives »); permissions/list |
 * | `changes.getStartPageToken` then `changes.list(pageToken)`: the files changed since the token (`changes[].fileId`, `time`, `file.modifiedTime`), then `newStartPageToken` (or `nextPageToken` while pages remain) | drive/api/guides/manage-changes; drive/api/reference/rest/v3/changes/list |
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Client } from 'google-auth-library';
import type { RawSheet, RawWorkbook } from '../../src/core/cells.js';
import type { GoogleClients, RetryPolicy } from '../../src/adapters/google/api.js';
import { createGoogleClients } from '../../src/adapters/google/clients.js';

export const TEST_TOKEN = 'test-access-token';

export interface FakeSpreadsheet {
  /** Sheet title → rows of unformatted values. */
  sheets: Record<string, unknown[][]>;
  /** Sheet title → each cell's number format (`0%`…), for FORMATTED_VALUE. */
  formats?: Record<string, (string | undefined)[][]>;
  modifiedTime: string;
  name?: string;
  /** Drive folder holding it. */
  parent?: string;
  /** Who changed it last, as Drive names them. */
  lastModifyingUser?: { displayName: string; emailAddress?: string };
  /** Its sharing, and where this account sees it (`get`: files.get; `list`: permissions.list only, as in a shared drive; `none`: a reader). */
  sharing?: { permissions: { type: string; role: string }[]; seen: 'get' | 'list' | 'none' };
}

export interface FakeFile {
  name: string;
  mimeType: string;
  content: Buffer;
  modifiedTime: string;
  parent?: string;
  /** Uploads after the first (Drive keeps them as revisions). */
  revisions?: number;
  /** Each upload's revision, whether kept forever. */
  revisionList?: { id: string; keepForever: boolean; modifiedTime: string }[];
  createdTime?: string;
}

/** A fault answered instead of the real response, matched by the request path. */
export type Fault =
  | { match: RegExp; status: number; reason?: string; retryAfter?: string; times?: number }
  | { match: RegExp; drop: true; times?: number }
  /** Done, then the answer lost: the connection drops after the request has taken effect. */
  | { match: RegExp; dropAnswer: true; times?: number }
  /** No answer at all: the client's time-out must give up on it. */
  | { match: RegExp; hang: true; times?: number };

/** A folder: in a shared drive (`driveId`) or in somebody's My Drive. */
export interface FakeFolder {
  name: string;
  driveId?: string;
}

export interface FakeGoogle {
  rootUrl: string;
  spreadsheets: Map<string, FakeSpreadsheet>;
  files: Map<string, FakeFile>;
  folders: Map<string, FakeFolder>;
  faults: Fault[];
  /** Every request: method, API (sheets or drive) and path. */
  log: { method: string; api: 'sheets' | 'drive'; path: string }[];
  /** Files listed per page. */
  pageSize: number;
  clients(
    retry?: Partial<RetryPolicy>,
    timeoutMs?: number,
    sheetsReadsPerMinute?: number,
  ): GoogleClients;
  close(): Promise<void>;
}

const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** Answers that are lost on the way back (see the `dropAnswer` fault). */
const LOST = new WeakSet<ServerResponse>();

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (LOST.has(res)) {
    res.socket?.destroy();
    return;
  }
  const data = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': Buffer.isBuffer(body)
      ? 'application/octet-stream'
      : 'application/json; charset=utf-8',
    'content-length': String(data.length),
    ...headers,
  });
  res.end(data);
}

/** The canonical status of an HTTP code, as `google.rpc.Code` names it. */
const RPC_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE',
}; // prettier-ignore

/** An error in the API's own shape: Drive's `errors[]`, Sheets' `google.rpc.Status`. */
function googleError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  api: 'drive' | 'sheets' = 'drive',
  reason = '',
): void {
  const body =
    api === 'drive'
      ? { error: { code: status, message, errors: [{ message, domain: 'global', reason: reason || (status === 404 ? 'notFound' : status === 403 ? 'forbidden' : 'error') }] } }
      : { error: { code: status, message, status: RPC_STATUS[status] ?? 'UNKNOWN', ...(reason ? { details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }] } : {}) } };
  send(res, status, body, headers);
} // prettier-ignore

/**
 * Rows as the values API returns them: trailing empty cells of each row and trailing empty
 * rows left out (developers.google.com/workspace/sheets/api/guides/values: “empty trailing
 * rows and columns are omitted”).
 */
function trimmed(rows: unknown[][], render: (value: unknown, r: number, c: number) => unknown): unknown[][] {
  const out = rows.map((row, r) => {
    const cells = Array.from(row, (v, c) => (v === null || v === undefined ? '' : render(v, r, c)));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length && (out[out.length - 1] as unknown[]).length === 0) out.pop();
  return out;
} // prettier-ignore

/** A value as FORMATTED_VALUE shows it: text, a percent-formatted number with `%`. */
function shownAs(value: unknown, format: string | undefined): string {
  if (typeof value === 'number' && format?.includes('%')) return `${Math.round(value * 100)}%`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A cell of grid data: its typed effectiveValue and what it shows (an empty cell is `{}`). */
function gridCell(value: unknown, format: string | undefined): Record<string, unknown> {
  if (value === '' || value === null || value === undefined) return {};
  const shown = shownAs(value, format);
  if (typeof value === 'number')
    return { effectiveValue: { numberValue: value }, formattedValue: shown };
  if (typeof value === 'boolean')
    return { effectiveValue: { boolValue: value }, formattedValue: shown };
  const error = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!)$/.exec(String(value));
  if (error) return { effectiveValue: { errorValue: { type: error[1]?.replace(/[!?/]/g, '') === 'NA' ? 'N_A' : error[1]?.replace(/[!?/]/g, ''), message: 'Formula error' } }, formattedValue: shown }; // prettier-ignore
  return { effectiveValue: { stringValue: String(value) }, formattedValue: shown };
}

/** Parses `'Sheet name'!A1:AZ100` → `Sheet name`. */
function sheetOfRange(range: string): string {
  const m = /^'((?:[^']|'')+)'!|^([^!]+)!/.exec(range);
  return m?.[1]?.replace(/''/g, "'") ?? m?.[2] ?? range;
}

export async function startFakeGoogle(): Promise<FakeGoogle> {
  const spreadsheets = new Map<string, FakeSpreadsheet>();
  const files = new Map<string, FakeFile>();
  const folders = new Map<string, FakeFolder>();
  const faults: Fault[] = [];
  const log: FakeGoogle['log'] = [];
  const state = { pageSize: 100 };

  let nextId = 1;

  /** Splits a multipart/related upload into its metadata and its content. */
  const parseUpload = (
    req: IncomingMessage,
    body: Buffer,
  ): { meta: Record<string, unknown>; content: Buffer } => {
    const type = req.headers['content-type'] ?? '';
    const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
    if (!boundary) return { meta: {}, content: body };
    const parts = body.toString('latin1').split(`--${boundary}`).slice(1, -1);
    const partOf = (part: string) => {
      const split = part.indexOf('\r\n\r\n');
      return Buffer.from(part.slice(split + 4, part.length - 2), 'latin1');
    };
    return {
      meta: JSON.parse(partOf(parts[0] ?? '').toString('utf8') || '{}'),
      content: partOf(parts[1] ?? ''),
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const api = path.startsWith('/v4/') ? 'sheets' : 'drive';
    log.push({ method: req.method ?? 'GET', api, path: `${path}${url.search}` });
    if (req.headers.authorization !== `Bearer ${TEST_TOKEN}`)
      return googleError(res, 401, 'Request had invalid authentication credentials.');

    const fault = faults.find((f) => f.match.test(path) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if ('drop' in fault) {
        req.socket.destroy();
        return;
      }
      if ('dropAnswer' in fault) LOST.add(res);
      if ('hang' in fault) return; // closed by close() if the client never gives up
      if (!('dropAnswer' in fault))
        return googleError(
          res,
          fault.status,
          `Injected ${fault.status}`,
          fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
          api,
          fault.reason,
        );
    }

    const revision = (file: FakeFile) => {
      file.revisionList ??= [];
      file.revisionList.push({ id: `rev-${nextId++}`, keepForever: url.searchParams.get('keepRevisionForever') === 'true', modifiedTime: new Date(Date.now() + nextId).toISOString() }); // prettier-ignore
    };
    if (path === '/drive/v3/files/generateIds') {
      const count = Number(url.searchParams.get('count') ?? 10);
      return send(res, 200, { kind: 'drive#generatedIds', space: 'drive', ids: Array.from({ length: count }, () => `gen-${nextId++}`) }); // prettier-ignore
    }
    if (path === '/upload/drive/v3/files' && req.method === 'POST') {
      const { meta, content } = parseUpload(req, body);
      const id = typeof meta.id === 'string' ? meta.id : `upload-${nextId++}`;
      if (files.has(id)) return googleError(res, 409, 'A file already exists with the provided ID.', {}, 'drive', 'fileIdInUse'); // prettier-ignore
      const parents = meta.parents as string[] | undefined;
      const folder = parents?.[0] ? folders.get(parents[0]) : undefined;
      if (folder && !folder.driveId) {
        return googleError(res, 403, 'Service Accounts do not have storage quota. Leverage shared drives (https://developers.google.com/workspace/drive/api/guides/about-shareddrives), or use OAuth delegation (http://support.google.com/a/answer/7281227) instead.', {}, 'drive', 'storageQuotaExceeded'); // prettier-ignore
      }
      files.set(id, {
        name: String(meta.name ?? id),
        mimeType: String(meta.mimeType ?? 'application/octet-stream'),
        content,
        modifiedTime: new Date().toISOString(),
        createdTime: new Date().toISOString(),
        ...(parents?.[0] ? { parent: parents[0] } : {}),
      });
      revision(files.get(id) as FakeFile);
      return send(res, 200, { id });
    }
    let m = /^\/upload\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && req.method === 'PATCH') {
      const file = files.get(m[1] ?? '');
      if (!file) return googleError(res, 404, 'File not found.');
      file.content = parseUpload(req, body).content;
      file.revisions = (file.revisions ?? 0) + 1;
      revision(file);
      file.modifiedTime = new Date().toISOString();
      return send(res, 200, { id: m[1] });
    }
    m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/.exec(path);
    if (m) {
      const sheet = spreadsheets.get(m[1] ?? '');
      if (!sheet) return googleError(res, 404, 'Requested entity was not found.', {}, 'sheets');
      const ranges = url.searchParams.getAll('ranges');
      const titles = ranges.map(sheetOfRange);
      const unknown = titles.find((t) => !(t in sheet.sheets));
      if (unknown !== undefined)
        return googleError(
          res,
          400,
          `Unable to parse range: ${ranges[titles.indexOf(unknown)]}`,
          {},
          'sheets',
        );
      const formatted = url.searchParams.get('valueRenderOption') === 'FORMATTED_VALUE';
      return send(res, 200, {
        spreadsheetId: m[1],
        valueRanges: titles.map((t, i) => {
          const rows = trimmed(
            sheet.sheets[t] ?? [],
            formatted ? (v, r, c) => shownAs(v, sheet.formats?.[t]?.[r]?.[c]) : (v) => v,
          );
          // An empty range has no `values` at all.
          return {
            range: ranges[i],
            majorDimension: 'ROWS',
            ...(rows.length ? { values: rows } : {}),
          };
        }),
      });
    }
    m = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(path);
    if (m) {
      const sheet = spreadsheets.get(m[1] ?? '');
      if (!sheet) return googleError(res, 404, 'Requested entity was not found.', {}, 'sheets');
      if (url.searchParams.get('includeGridData') !== 'true') {
        return send(res, 200, { sheets: Object.keys(sheet.sheets).map((title) => ({ properties: { title } })) });
      }
      // Grid data: the sheets of the ranges asked, in the spreadsheet's order (not the ranges'),
      // each cell with its effectiveValue and formattedValue, trailing empties left out.
      const titles = url.searchParams.getAll('ranges').map(sheetOfRange);
      const unknown = titles.find((t) => !(t in sheet.sheets));
      if (unknown !== undefined) return googleError(res, 400, `Unable to parse range: ${unknown}`, {}, 'sheets');
      return send(res, 200, {
        sheets: Object.keys(sheet.sheets)
          .filter((title) => titles.includes(title))
          .map((title) => {
            const rows = trimmed(sheet.sheets[title] ?? [], (v) => v);
            return {
              properties: { title },
              data: [{ ...(rows.length ? { rowData: rows.map((row, r) => (row.length ? { values: row.map((v, c) => gridCell(v, sheet.formats?.[title]?.[r]?.[c])) } : {})) } : {}) }],
            };
          }),
      });
    } // prettier-ignore
    m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(path);
    if (m) {
      const sheet = spreadsheets.get(m[1] ?? '');
      if (!sheet) return googleError(res, 404, `File not found: ${m[1]}.`);
      if (!sheet.sharing || sheet.sharing.seen === 'none')
        return googleError(res, 403, 'The user does not have sufficient permissions for this file.', {}, 'drive', 'insufficientFilePermissions'); // prettier-ignore
      return send(res, 200, {
        kind: 'drive#permissionList',
        permissions: sheet.sharing.permissions,
      });
    }
    m = /^\/drive\/v3\/files\/([^/]+)\/revisions(?:\/([^/]+))?$/.exec(path);
    if (m) {
      const file = files.get(m[1] ?? '');
      if (!file) return googleError(res, 404, `File not found: ${m[1]}.`);
      if (!m[2])
        return send(res, 200, { kind: 'drive#revisionList', revisions: file.revisionList ?? [] });
      const rev = file.revisionList?.find((r) => r.id === m?.[2]);
      if (!rev)
        return googleError(
          res,
          404,
          `Revision not found: ${m[2]}.`,
          {},
          'drive',
          'revisionNotFound',
        );
      const patch = JSON.parse(body.toString('utf8') || '{}') as { keepForever?: boolean };
      if (typeof patch.keepForever === 'boolean') rev.keepForever = patch.keepForever;
      return send(res, 200, rev);
    }
    m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && req.method === 'PATCH') {
      // A metadata update: only the fields sent change (patch semantics); the id stays.
      const file = files.get(m[1] ?? '');
      if (!file) return googleError(res, 404, `File not found: ${m[1]}.`);
      const patch = JSON.parse(body.toString('utf8') || '{}') as { name?: unknown };
      if (typeof patch.name === 'string') file.name = patch.name;
      file.modifiedTime = new Date().toISOString();
      return send(res, 200, { id: m[1], name: file.name });
    }
    if (m && req.method === 'DELETE') {
      const parent = files.get(m[1] ?? '')?.parent;
      if (parent && folders.get(parent)?.driveId) {
        return googleError(res, 403, 'The user does not have sufficient permissions for this file.', {}, 'drive', 'insufficientFilePermissions'); // prettier-ignore
      }
      if (!files.delete(m[1] ?? '')) return googleError(res, 404, 'File not found.');
      res.writeHead(204).end();
      return;
    }
    if (m) {
      const id = m[1] ?? '';
      const sheet = spreadsheets.get(id);
      const file = files.get(id);
      const folder = folders.get(id);
      if (folder)
        return send(res, 200, { id, name: folder.name, mimeType: 'application/vnd.google-apps.folder', ...(folder.driveId ? { driveId: folder.driveId } : {}) }); // prettier-ignore
      if (url.searchParams.get('alt') === 'media') {
        // A Google Sheet has no content to download: it must be exported or read with Sheets.
        if (sheet) return googleError(res, 403, 'Only files with binary content can be downloaded. Use Export with Docs Editors files.', {}, 'drive', 'fileNotDownloadable'); // prettier-ignore
        return file
          ? send(res, 200, file.content)
          : googleError(res, 404, `File not found: ${id}.`);
      }
      if (sheet) {
        const fields = url.searchParams.get('fields') ?? '';
        return send(res, 200, {
          id,
          name: sheet.name ?? id,
          mimeType: SHEET_MIME,
          modifiedTime: sheet.modifiedTime,
          ...(fields.includes('lastModifyingUser') && sheet.lastModifyingUser ? { lastModifyingUser: sheet.lastModifyingUser } : {}), // prettier-ignore
          ...(fields.includes('permissions') && sheet.sharing?.seen === 'get' ? { permissions: sheet.sharing.permissions } : {}), // prettier-ignore
        });
      }
      if (file)
        return send(res, 200, {
          id,
          name: file.name,
          mimeType: file.mimeType,
          modifiedTime: file.modifiedTime,
          size: String(file.content.length),
        });
      return googleError(res, 404, 'File not found.');
    }
    // Changes: a token stands for the files' state when it was given; a list since a token
    // names every file modified since (the state is the token, so that tests may mutate freely).
    const snapshot = () =>
      Buffer.from(
        JSON.stringify(
          Object.fromEntries([...spreadsheets].map(([id, sheet]) => [id, sheet.modifiedTime])),
        ),
      ).toString('base64url');
    if (path === '/drive/v3/changes/startPageToken') {
      return send(res, 200, { kind: 'drive#startPageToken', startPageToken: snapshot() });
    }
    if (path === '/drive/v3/changes') {
      const before = JSON.parse(
        Buffer.from(url.searchParams.get('pageToken') ?? '', 'base64url').toString() || '{}',
      ) as Record<string, string>;
      const changes = [...spreadsheets]
        .filter(([id, sheet]) => before[id] !== sheet.modifiedTime)
        .map(([id, sheet]) => ({
          kind: 'drive#change',
          changeType: 'file',
          removed: false,
          fileId: id,
          time: sheet.modifiedTime,
          file: {
            id,
            name: sheet.name ?? id,
            mimeType: SHEET_MIME,
            modifiedTime: sheet.modifiedTime,
          },
        }));
      return send(res, 200, { kind: 'drive#changeList', changes, newStartPageToken: snapshot() });
    }
    if (path === '/drive/v3/files') {
      const q = url.searchParams.get('q') ?? '';
      const parent = /'([^']+)' in parents/.exec(q)?.[1];
      const nameContains = /name contains '([^']+)'/.exec(q)?.[1] ?? '';
      const all = [
        ...[...spreadsheets]
          .filter(([, s]) => s.parent === parent)
          .map(([id, s]) => ({
            id,
            name: s.name ?? id,
            mimeType: SHEET_MIME,
            modifiedTime: s.modifiedTime,
          })),
        ...[...files]
          .filter(([, f]) => f.parent === parent)
          .map(([id, f]) => ({
            id,
            name: f.name,
            mimeType: f.mimeType,
            modifiedTime: f.modifiedTime,
            createdTime: f.createdTime ?? f.modifiedTime,
          })),
      ]
        .filter((f) => f.name.includes(nameContains))
        .sort((a, b) => a.id.localeCompare(b.id));
      const start = Number(url.searchParams.get('pageToken') ?? 0);
      const page = all.slice(start, start + state.pageSize);
      const next = start + state.pageSize < all.length ? String(start + state.pageSize) : undefined;
      return send(res, 200, { files: page, ...(next ? { nextPageToken: next } : {}) });
    }
    return googleError(res, 404, `No fake for ${req.method} ${path}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => googleError(res, 500, error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rootUrl = `http://127.0.0.1:${port}/`;
  return {
    rootUrl,
    spreadsheets,
    files,
    folders,
    faults,
    log,
    get pageSize() {
      return state.pageSize;
    },
    set pageSize(n: number) {
      state.pageSize = n;
    },
    clients(retry = {}, timeoutMs = 10_000, sheetsReadsPerMinute?: number) {
      const auth = new OAuth2Client();
      auth.setCredentials({ access_token: TEST_TOKEN, expiry_date: Date.now() + 3_600_000 });
      return createGoogleClients({
        auth,
        rootUrl,
        serviceAccount: 'ogp-tracker@comite-ogp.iam.gserviceaccount.com',
        retry: { maxRetries: 5, baseDelayMs: 5, maxDelayMs: 2_000, ...retry },
        timeoutMs,
        ...(sheetsReadsPerMinute ? { sheetsReadsPerMinute } : {}),
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A workbook as a Google Sheet holding the same content: each sheet's values (as the API
 * returns them) and each cell's number format (what it shows). `keep` chooses the sheets.
 */
export function spreadsheetOf(
  workbook: RawWorkbook,
  keep: (sheet: RawSheet) => boolean = () => true,
): Pick<FakeSpreadsheet, 'sheets' | 'formats'> {
  const sheets: Record<string, unknown[][]> = {};
  const formats: Record<string, (string | undefined)[][]> = {};
  for (const sheet of workbook.sheets.filter(keep)) {
    sheets[sheet.name] = sheet.rows.map((row) => Array.from(row, (c) => (c?.error ? c.error : toSheetsValue(c?.value))));
    formats[sheet.name] = sheet.rows.map((row) => Array.from(row, (c) => c?.numFmt));
  }
  return { sheets, formats };
} // prettier-ignore

/** A workbook's cells as the Sheets values API returns them (UNFORMATTED_VALUE, SERIAL_NUMBER dates). */
function toSheetsValue(value: unknown): unknown {
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (value === null || value === undefined) return '';
  return value;
}
