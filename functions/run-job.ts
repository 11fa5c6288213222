/**
 * Runs a job from a function. The jobs (exceljs, Google clients, nodemailer) are imported
 * here, on first call, so that loading the functions' entry point stays fast.
 */
export type JobName = 'tick' | 'consolidate' | 'remind' | 'report';

export interface JobRequest {
  now: Date;
  dryRun: boolean;
}

/** The configuration the functions run with: OGP_TRACKER_CONFIG, or committee.yaml in the working folder. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.OGP_TRACKER_CONFIG ?? 'committee.yaml';
}

export async function runJob(name: JobName, request: JobRequest): Promise<Record<string, unknown>> {
  const { loadConfigFile } = await import('../src/adapters/config-file.js');
  const { config, dir } = await loadConfigFile(configPath());
  if (name === 'consolidate') {
    const { consolidate } = await import('../src/jobs/consolidate.js');
    const { summary } = await consolidate(config, {
      now: request.now,
      baseDir: dir,
      command: 'consolidate',
    });
    return { ...summary };
  }
  const { runCalendar } = await import('../src/jobs/send-calendar.js');
  const smtpUrl = process.env.SMTP_URL?.trim();
  const summary = await runCalendar(config, {
    now: request.now,
    command: name,
    dryRun: request.dryRun,
    baseDir: dir,
    ...(smtpUrl ? { smtpUrl } : {}),
  });
  return { ...summary };
}
