/** The spreadsheets of a Drive folder: its Google Sheets and .xlsx files, every page. */
import type { FolderListing, FolderSpreadsheet } from '../../core/spreadsheet-source.js';
import { googleFailureOf, listFolder, type GoogleClients } from '../google/api.js';

const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Lists a Drive folder (every page, shared drives included) and keeps its Google Sheets and
 * .xlsx files; a folder that cannot be listed is a failure (data), said in the reader's language.
 */
export async function listSpreadsheets(
  clients: GoogleClients,
  folderId: string,
): Promise<FolderListing> {
  try {
    const files = await listFolder(clients, folderId, 'id, name, mimeType, modifiedTime', {
      pageSize: 100,
    });
    return {
      ok: true,
      files: files.flatMap((file): FolderSpreadsheet[] => {
        const kind =
          file.mimeType === SHEET_MIME
            ? 'google-sheet'
            : file.mimeType === XLSX_MIME
              ? 'drive-file'
              : null;
        if (!kind || !file.id) return [];
        const modifiedTime = file.modifiedTime ?? '';
        return [{ id: file.id, name: file.name ?? '', kind, modifiedTime }];
      }),
    };
  } catch (error) {
    const failure = googleFailureOf(error, 'folder', folderId, await clients.account());
    return { ok: false, failure: { kind: 'google', ...failure } };
  }
}
