/**
 * The Cloud Run functions (functions-framework): `tick`, fired daily by Cloud Scheduler
 * through Pub/Sub, and the private HTTP functions `consolidate`, `remind` and `report` for
 * on-demand runs. Each is a thin call into src/jobs/.
 */
import * as functions from '@google-cloud/functions-framework';
import type { CloudEvent, Request, Response } from '@google-cloud/functions-framework';
import { authorize } from './http-auth.js';
import { log } from './log.js';
import { runJob, type JobName } from './run-job.js';

/** The functions, by entry point name (serverless.yml refers to these). */
export const FUNCTION_NAMES = ['tick', 'consolidate', 'remind', 'report'] as const;

function errorFields(error: unknown): Record<string, unknown> {
  const e = error as { code?: string; message?: string; details?: readonly string[] };
  return {
    code: e.code ?? 'internal',
    error: e.message ?? String(error),
    details: e.details ?? [],
  };
}

functions.cloudEvent<unknown>('tick', async (event: CloudEvent<unknown>) => {
  const now = event.time ? new Date(event.time) : new Date();
  log('INFO', 'tick: début', { eventId: event.id, now: now.toISOString() });
  try {
    const summary = await runJob('tick', { now, dryRun: false });
    log(Number(summary.failed ?? 0) > 0 ? 'WARNING' : 'INFO', 'tick: terminé', { summary });
  } catch (error) {
    if ((error as { code?: string }).code === 'run-in-progress') {
      // A run is already at it (an on-demand call, or this message delivered twice): it
      // sends what is due; nothing to retry.
      log('WARNING', 'tick: une autre exécution est en cours', errorFields(error));
      return;
    }
    log('ERROR', 'tick: échec', errorFields(error));
    throw error; // Pub/Sub redelivers; the ledger keeps the sends exactly once.
  }
});

function httpJob(name: Exclude<JobName, 'tick'>) {
  return async (req: Request, res: Response) => {
    const decision = authorize(req.get('authorization'), process.env);
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
    const now = body.now === undefined ? new Date() : new Date(String(body.now));
    if (Number.isNaN(now.getTime())) {
      res.status(400).json({ error: 'now : date ISO attendue, par exemple 2019-01-07T08:00:00Z.' });
      return;
    }
    try {
      const summary = await runJob(name, { now, dryRun: body.dryRun === true });
      log('INFO', `${name}: terminé`, { summary });
      res.status(200).json(summary);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'run-in-progress') {
        // Another run holds the storage: nothing was done, the caller may try again shortly.
        log('WARNING', `${name}: une autre exécution est en cours`, errorFields(error));
        res
          .status(409)
          .set('retry-after', '60')
          .json({ error: (error as Error).message, code });
        return;
      }
      log('ERROR', `${name}: échec`, errorFields(error));
      res.status(500).json({
        error: (error as Error).message,
        code: (error as { code?: string }).code ?? 'internal',
      });
    }
  };
}

functions.http('consolidate', httpJob('consolidate'));
functions.http('remind', httpJob('remind'));
functions.http('report', httpJob('report'));
