/**
 * What changed in Drive since a page token (`changes.list`), for the intake's watch on the
 * Google Sheet sources: one request when nothing changed, instead of a request per sheet.
 * The account sees the changes of the files shared with it, shared drives included.
 */
import { callGoogle, type GoogleClients } from './api.js';

/** A file changed since the token, and when. */
export interface DriveChange {
  fileId: string;
  /** The file's modification time (ISO 8601), else the change's. */
  modifiedTime: string;
}

/** The token from which later changes are listed (`changes.getStartPageToken`). */
export async function startPageToken(clients: GoogleClients): Promise<string> {
  const { data } = await callGoogle(clients, () =>
    clients.drive.changes.getStartPageToken({ supportsAllDrives: true }),
  );
  return data.startPageToken ?? '';
}

/** Every change since `pageToken` (all pages), and the token to start from next time. */
export async function changesSince(
  clients: GoogleClients,
  pageToken: string,
): Promise<{ changes: DriveChange[]; next: string }> {
  const changes: DriveChange[] = [];
  let token = pageToken;
  for (;;) {
    const { data } = await callGoogle(clients, () =>
      clients.drive.changes.list({
        pageToken: token,
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        spaces: 'drive',
        fields: 'nextPageToken,newStartPageToken,changes(fileId,time,removed,file(modifiedTime))',
      }),
    );
    for (const change of data.changes ?? []) {
      if (!change.fileId || change.removed) continue;
      changes.push({
        fileId: change.fileId,
        modifiedTime: change.file?.modifiedTime ?? change.time ?? new Date().toISOString(),
      });
    }
    if (data.nextPageToken) token = data.nextPageToken;
    else return { changes, next: data.newStartPageToken ?? token };
  }
}
