/** An .xlsx file stored in Drive: downloaded and read with the same code as a local one. */
import { createHash } from 'node:crypto';
import {
  sheetFilterOf,
  type ReadRequest,
  type SpreadsheetReading,
} from '../../core/spreadsheet-source.js';
import { callGoogle, googleFailureOf, type GoogleClients } from '../google/api.js';
import { DEFAULT_READ_LIMITS, readXlsxBytes, type ReadLimits } from '../xlsx/reader.js';
import { ACCESS_FIELDS, accessOf } from './drive-access.js';

/**
 * Downloads an .xlsx file from Drive (after its size is checked against `limits`) and reads the
 * sheets `request.sheets` wants; with `request.access`, who changed it last and who may edit it.
 */
export async function readDriveXlsx(
  clients: GoogleClients,
  fileId: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  request: ReadRequest = {},
): Promise<SpreadsheetReading> {
  try {
    const fields = 'modifiedTime,name,size,mimeType';
    const meta = await callGoogle(clients, () =>
      clients.drive.files.get({
        fileId,
        fields: request.access ? `${fields},${ACCESS_FIELDS}` : fields,
        supportsAllDrives: true,
      }),
    );
    const size = Number(meta.data.size ?? 0);
    if (size > limits.maxFileBytes) {
      return { ok: false, failure: { kind: 'too-large', size, limit: limits.maxFileBytes } };
    }
    const access = request.access ? { access: await accessOf(clients, fileId, meta.data) } : {};
    const media = await callGoogle(clients, () =>
      clients.drive.files.get(
        { fileId, alt: 'media', supportsAllDrives: true },
        { responseType: 'arraybuffer' },
      ),
    );
    const bytes = Buffer.from(media.data as unknown as ArrayBuffer);
    const reading = await readXlsxBytes(bytes, limits, sheetFilterOf(request.sheets));
    if (!reading.ok) return reading;
    return {
      ok: true,
      workbook: reading.workbook,
      modifiedAt: new Date(meta.data.modifiedTime ?? 0),
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      ...access,
    };
  } catch (error) {
    const failure = googleFailureOf(error, 'file', fileId, await clients.account());
    return { ok: false, failure: { kind: 'google', ...failure } };
  }
}
