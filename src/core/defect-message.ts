/** Why a message was set aside unread, as a message to render in the reader's language. */
import { message, type Message } from './catalogue/render.js';
import type { MessageDefect } from './message-defect.js';

/** The defect said with its figures: parts found, the limit passed (in MiB, KiB), tries. */
export function defectMessage(defect: MessageDefect): Message {
  switch (defect.kind) {
    case 'too-many-parts':
      return message('intake.defectTooManyParts', { found: defect.found, limit: defect.limit });
    case 'text-too-large':
      return message('intake.defectTextTooLarge', { mib: Math.round(defect.limit / 1024 / 1024) });
    case 'too-deep':
      return message('intake.defectTooDeep', { limit: defect.limit });
    case 'headers-too-large':
      return message('intake.defectHeadersTooLarge', { kib: Math.round(defect.limit / 1024) });
    case 'malformed':
      return message('intake.defectMalformed');
    case 'failed':
      return message('intake.defectFailed', { tries: defect.tries, detail: defect.detail });
  }
}
