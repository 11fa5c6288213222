/**
 * What of a spreadsheet a submission is: the sheets read of it, and which file of a Drive
 * folder is which commitment's.
 */
import { SHEET_NAMES } from '../../sheets-templates/submission-template.js';
import { commitmentNumberInName } from './file-names.js';
import type { FolderSpreadsheet, SheetSelection } from './spreadsheet-source.js';
import { isSheetRead } from './validate-submission.js';

/**
 * The sheets a submission is read from: its three (asked of a Google Sheet by the template's
 * names first) and its hidden lists (which carry the template's fingerprint).
 */
export const SUBMISSION_SHEETS: SheetSelection = {
  expected: [SHEET_NAMES.engagement, SHEET_NAMES.actions, SHEET_NAMES.milestones],
  accepts: isSheetRead,
};

/**
 * The files of a folder mapped to commitments by the number in their names; for a commitment
 * with several, the latest modified wins.
 */
export function submissionsByCommitment(
  files: readonly FolderSpreadsheet[],
): Map<number, FolderSpreadsheet> {
  const found = new Map<number, FolderSpreadsheet>();
  for (const file of files) {
    const id = commitmentNumberInName(file.name);
    if (id === null) continue;
    const current = found.get(id);
    if (!current || file.modifiedTime > current.modifiedTime) found.set(id, file);
  }
  return found;
}
