/** The `validate` job: reads and checks submission files, one result per file. */
import { unreadableIssue } from '../core/issue.js';
import { resolve } from 'node:path';
import { readXlsxFile, DEFAULT_READ_LIMITS, type ReadLimits } from '../adapters/xlsx/reader.js';
import { localDateAt } from '../core/calendar-date.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import { isValid, type Issue } from '../core/issue.js';
import type { SubmissionReading } from '../core/submission.js';
import { validateSubmission } from '../core/validate-submission.js';

/** The outcome for one file (`validate --json`, docs/command-line.md). */
export interface FileResult {
  file: string;
  /** The commitment the file belongs to: from the configuration, else from its own number. */
  commitment: number | null;
  valid: boolean;
  issues: Issue[];
  /** The rows read, when the file could be read. */
  reading: SubmissionReading | null;
}

/** Validates each file; an unreadable file is an issue in its result, never an exception. */
export async function validateFiles(
  files: readonly string[],
  config: CommitteeConfig,
  now: Date,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<FileResult[]> {
  const today = localDateAt(now, config.committee.timezone);
  const bySource = new Map<string, number>();
  for (const c of config.commitments) {
    if (c.source?.kind === 'xlsx') bySource.set(resolve(c.source.path), c.id);
  }
  const milestonesOf = (id: number | undefined) =>
    config.commitments.find((c) => c.id === id)?.milestones;
  const results: FileResult[] = [];
  for (const file of files) {
    const expected = bySource.get(resolve(file));
    const read = await readXlsxFile(file, limits);
    if (!read.ok) {
      results.push({
        file,
        commitment: expected ?? null,
        valid: false,
        issues: [unreadableIssue(read.failure)],
        reading: null,
      });
      continue;
    }
    const reading = validateSubmission(read.workbook, {
      charter: config.charter,
      currency: config.committee.currency,
      // The secretariat runs the command: its template's words are the closest guesses.
      locale: config.committee.locale,
      plan: config.plan,
      today,
      knownCommitmentIds: config.commitments.map((c) => c.id),
      ...(expected === undefined ? {} : { expectedCommitmentId: expected }),
      ...(milestonesOf(expected) ? { milestones: milestonesOf(expected) } : {}),
    });
    results.push({
      file,
      commitment: expected ?? reading.engagement.commitmentId,
      valid: isValid(reading.issues),
      issues: reading.issues,
      reading,
    });
  }
  return results;
}
