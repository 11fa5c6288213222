/**
 * Status of a commitment's submission for the round being collected, one per commitment (an
 * id: the catalogues name it in each language):
 * - `received`: a sheet dated in this round, without error;
 * - `to-fix`: a sheet dated in this round, with errors;
 * - `to-update`: the last sheet is from an earlier round;
 * - `missing`: no sheet at all (no file, or the template as we wrote it).
 */
export const SUBMISSION_STATUSES = ['received', 'to-fix', 'to-update', 'missing'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
