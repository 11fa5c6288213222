/**
 * Why a file cannot be read, as a message of the validator's catalogue: each reader says what
 * it found ({@link ReadFailure}), the person who must act reads it in their language. None
 * names a word of the template: each is a plain message, rendered anywhere (`render`).
 */
import { message, selector, type Message } from './catalogue/render.js';
import type { GoogleFailure, ReadFailure } from './read-failure.js';

const MIB = 1024 * 1024;

/**
 * How a Google Sheet is declared in the configuration: named in the message saying that a
 * Drive file is one (the same in every language).
 */
const GOOGLE_SHEET_SOURCE = 'source: { kind: google-sheet, spreadsheetId: … }';

/**
 * Why a file cannot be read, and what to do: « Fichier illisible : le fichier est vide
 * (0 octet). » Google's refusals name their object and need no « file unreadable » before them.
 */
export function unreadableMessage(failure: ReadFailure): Message {
  return failure.kind === 'google'
    ? googleMessage(failure)
    : message('cells.unreadable', { reason: failureReason(failure) });
}

/** The reason alone (« le fichier est vide (0 octet). »), to say inside another sentence. */
export function failureReason(f: ReadFailure): Message {
  switch (f.kind) {
    case 'google':
      return googleMessage(f);
    case 'directory':
      return message('cells.reasonDirectory');
    case 'special-file':
      return message('cells.reasonSpecialFile');
    case 'missing':
      return message('cells.reasonMissing');
    case 'io':
      return message('cells.reasonIo', { detail: f.detail });
    case 'too-large':
      return message('cells.reasonTooLarge', { size: f.size / MIB, limit: f.limit / MIB });
    case 'too-large-unpacked':
      return message('cells.reasonTooLargeUnpacked', {
        size: f.size / MIB,
        limit: f.limit / MIB,
      });
    case 'empty':
      return message('cells.reasonEmpty');
    case 'empty-archive':
      return message('cells.reasonEmptyArchive');
    case 'password':
    case 'encrypted':
      return message('cells.reasonPassword');
    case 'xls':
      return message('cells.reasonXls');
    case 'html':
      return message('cells.reasonHtml');
    case 'pdf':
      return message('cells.reasonPdf');
    case 'xml':
      return message('cells.reasonXml');
    case 'csv':
      return message('cells.reasonCsv');
    case 'email':
      return message('cells.reasonEmail');
    case 'text':
      return message('cells.reasonText');
    case 'ods':
      return message('cells.reasonOds');
    case 'not-xlsx':
      return message('cells.reasonNotXlsx');
    case 'zip64':
      return message('cells.reasonZip64');
    case 'no-workbook':
      return message('cells.reasonNoWorkbook');
    case 'no-sheet':
      return message('cells.reasonNoSheet');
    case 'corrupt':
      return message('cells.reasonCorrupt', { withPart: f.part !== null, part: f.part ?? '' });
    case 'bomb':
      return message('cells.reasonBomb', { part: f.part });
    case 'compression':
      // A method's number is a name, not a quantity: never « 1 234 ».
      return message('cells.reasonCompression', { method: String(f.method) });
    case 'dtd':
      return message('cells.reasonDtd', { part: f.part });
    case 'too-many-rows':
      return message('cells.reasonTooManyRows', { sheet: f.sheet, limit: f.limit });
    case 'too-many-columns':
      return message('cells.reasonTooManyColumns', { sheet: f.sheet, limit: f.limit });
    case 'too-many-cells':
      return message('cells.reasonTooManyCells', { limit: f.limit });
    case 'text-too-long':
      return message('cells.reasonTextTooLong', {
        inSheet: f.sheet !== null,
        sheet: f.sheet ?? '',
        limit: f.limit,
      });
    case 'too-many-strings':
      return message('cells.reasonTooManyStrings', { limit: f.limit });
    case 'too-much-text':
      return message('cells.reasonTooMuchText', { limit: f.limit });
    case 'too-many-elements':
      return message('cells.reasonTooManyElements', { part: f.part, limit: f.limit });
    case 'too-deep':
      return message('cells.reasonTooDeep', { part: f.part, limit: f.limit });
    case 'tag-too-long':
      return message('cells.reasonTagTooLong', { part: f.part, limit: f.limit });
    case 'too-many-links':
      return message('cells.reasonTooManyLinks', { sheet: f.sheet, limit: f.limit });
    case 'too-many-sheets':
      return message('cells.reasonTooManySheets', { count: f.count, limit: f.limit });
    case 'too-many-parts':
      return message('cells.reasonTooManyParts', { count: f.count, limit: f.limit });
    case 'too-many-styles':
      return message('cells.reasonTooManyStyles', { limit: f.limit });
  }
}

/** Why Google would not give an object (a sheet, a file, a folder), and what to do. */
export function googleMessage(f: GoogleFailure): Message<'cells.google'> {
  return message('cells.google', {
    object: f.object,
    id: f.id,
    operation: f.operation ?? '',
    problem: selector(f.problem),
    // Its address when known; else which account it is, in the reader's language.
    account:
      f.account || message('cells.serviceAccountUnnamed', { setting: 'google.serviceAccount' }),
    tries: f.tries,
    status: String(f.status),
    detail: f.detail,
    declaration: GOOGLE_SHEET_SOURCE,
  });
}

/** A configured file that is not there, and the file of its folder it most likely is. */
export function fileMissingMessage(file: string, near: string | null): Message {
  return message('cells.fileMissing', { file, withNear: near !== null, near: near ?? '' });
}
