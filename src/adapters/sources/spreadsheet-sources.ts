/**
 * The spreadsheet port's implementation: a local .xlsx file read from disk, a Google Sheet and
 * an .xlsx file in Drive read through Google's APIs. The Google clients are made on the first
 * read that needs them (a run on local files never loads them), once for all reads of a run.
 */
import type {
  FolderListing,
  ReadRequest,
  SpreadsheetLocation,
  SpreadsheetReading,
  SpreadsheetSource,
} from '../../core/spreadsheet-source.js';
import type { GoogleClients } from '../google/api.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/reader.js';
import { listSpreadsheets } from './drive-folder.js';
import { readDriveXlsx } from './drive-xlsx.js';
import { googleBudgetOf, readGoogleSheet } from './google-sheet.js';
import { readLocalXlsx } from './local-xlsx.js';

/** What the sources need: Google's clients on demand, and the reader's limits. */
export interface SpreadsheetSourceOptions {
  /** Makes (or gives) the Google clients; called once, on the first Google read. */
  google: () => Promise<GoogleClients>;
  /** Limits of an .xlsx file, local or in Drive; a Google Sheet's read budget follows them. */
  limits?: ReadLimits;
}

/** Reads spreadsheets wherever they live. */
export function spreadsheetSource(options: SpreadsheetSourceOptions): SpreadsheetSource {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const budget = googleBudgetOf(limits);
  let making: Promise<GoogleClients> | undefined;
  let made: GoogleClients | undefined;
  // One set of clients, even when several sources ask at once.
  const google = async () => (made = await (making ??= options.google()));
  return {
    async read(
      location: SpreadsheetLocation,
      request: ReadRequest = {},
    ): Promise<SpreadsheetReading> {
      switch (location.kind) {
        case 'xlsx':
          return readLocalXlsx(location.path, limits, request);
        case 'google-sheet':
          return readGoogleSheet(await google(), location.spreadsheetId, request, budget);
        case 'drive-file':
          return readDriveXlsx(await google(), location.fileId, limits, request);
      }
    },
    async listFolder(folderId: string): Promise<FolderListing> {
      return listSpreadsheets(await google(), folderId);
    },
    requests: () => made?.requests ?? 0,
  };
}
