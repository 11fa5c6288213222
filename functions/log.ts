/** Structured logs as Cloud Logging reads them: one JSON object per line, with a `severity`. */

export const SEVERITIES = ['DEBUG', 'INFO', 'NOTICE', 'WARNING', 'ERROR'] as const;
export type LogSeverity = (typeof SEVERITIES)[number];

/** Writes one log entry to stdout. Never pass secrets: fields are logged as they are. */
export function log(
  severity: LogSeverity,
  message: string,
  fields: Record<string, unknown> = {},
): void {
  process.stdout.write(
    `${JSON.stringify({ severity, message, component: 'ogp-tracker', ...fields })}\n`,
  );
}
