/**
 * The Cloud Run functions (functions-framework), all private HTTP functions: `tick`, called
 * daily by Cloud Scheduler with an OIDC token (and retried by it when a run fails), `intake`,
 * called every five minutes to read the secretariat's mailbox, and `consolidate`, `remind` and
 * `report` for on-demand runs. Each is a thin call into src/jobs/.
 */
import * as functions from '@google-cloud/functions-framework';
import type { Request, Response } from '@google-cloud/functions-framework';
import { authorize, TOKEN_HEADER } from './http-auth.js';
import { log } from './log.js';
import { runJob, type JobName } from './run-job.js';

/** The functions, by entry point name (serverless.yml refers to these). */
export const FUNCTION_NAMES = ['tick', 'intake', 'consolidate', 'remind', 'report'] as const;

function errorFields(error: unknown): Record<string, unknown> {
  const e = error as { code?: string; message?: string; details?: readonly string[] };
  return {
    code: e.code ?? 'internal',
    error: e.message ?? String(error),
    details: e.details ?? [],
  };
}

/**
 * The instant a run evaluates as: the time Cloud Scheduler scheduled it
 * (`X-CloudScheduler-ScheduleTime`, the same on each retry of that run), else `now` in the
 * body, else the clock.
 */
function instantOf(req: Request, body: { now?: unknown }): Date {
  const scheduled = req.get('x-cloudscheduler-scheduletime');
  if (scheduled) return new Date(scheduled);
  return body.now === undefined ? new Date() : new Date(String(body.now));
}

function httpJob(name: JobName) {
  return async (req: Request, res: Response) => {
    const decision = authorize(req.get(TOKEN_HEADER), process.env);
    if (!decision.ok) {
      log('WARNING', `${name}: appel refusé`, { status: decision.status });
      res.status(decision.status).json({ error: decision.message });
      return;
    }
    if (req.method !== 'POST') {
      res.status(405).set('allow', 'POST').json({ error: 'Méthode attendue : POST.' });
      return;
    }
    const body = (typeof req.body === 'object' && req.body) || {};
    const now = instantOf(req, body);
    if (Number.isNaN(now.getTime())) {
      res.status(400).json({ error: 'now : date ISO attendue, par exemple 2019-01-07T08:00:00Z.' });
      return;
    }
    try {
      const summary = await runJob(name, { now, dryRun: body.dryRun === true });
      const scheduled = req.get('x-cloudscheduler-jobname');
      log(Number(summary.failed ?? 0) > 0 ? 'WARNING' : 'INFO', `${name}: terminé`, {
        summary,
        ...(scheduled ? { job: scheduled, scheduledFor: now.toISOString() } : {}),
      });
      res.status(200).json(summary);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'run-in-progress') {
        // Another run holds the state: nothing was done. Cloud Scheduler retries later, and
        // that retry finds everything already sent.
        log('WARNING', `${name}: une autre exécution est en cours`, errorFields(error));
        res
          .status(409)
          .set('retry-after', '60')
          .json({ error: (error as Error).message, code });
        return;
      }
      // A failure answers 500: Cloud Scheduler retries the run (with the same scheduled time).
      log('ERROR', `${name}: échec`, errorFields(error));
      res.status(500).json({
        error: (error as Error).message,
        code: (error as { code?: string }).code ?? 'internal',
      });
    }
  };
}

functions.http('tick', httpJob('tick'));
functions.http('intake', httpJob('intake'));
functions.http('consolidate', httpJob('consolidate'));
functions.http('remind', httpJob('remind'));
functions.http('report', httpJob('report'));
