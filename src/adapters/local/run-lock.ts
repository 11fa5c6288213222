/**
 * What the stores' run locks share: who holds a lock, whether its holder is gone, and the
 * error another run gets meanwhile.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import { LOCK_STALE_MS } from '../../core/run-state.js';

/** Written into a lock: enough to tell whether its run is still alive. */
export interface LockHolder {
  pid: number;
  host: string;
  /** Wall-clock instant (ISO 8601), not the run's `--now`. */
  startedAt: string;
}

export function thisRun(): LockHolder {
  return { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
}

/** A name for this run, unique across machines: who holds a claim or a lease. */
export function runId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * True when the run named `id` (see {@link runId}) ran on this machine and its process is
 * gone: what it held can be taken at once, without waiting for a lease.
 */
export function isRunGone(id: string | undefined): boolean {
  const [host, pid] = (id ?? '').split(':');
  return (
    host !== undefined && pid !== undefined && /^\d+$/.test(pid) && processGone(host, Number(pid))
  );
}

/** True when `pid` ran on this machine and is gone (another machine's process is unknown). */
function processGone(host: string, pid: number): boolean {
  if (host !== hostname()) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Reads a lock's content; null when it is not one. */
export function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.startedAt === 'string'
      ? (value as LockHolder)
      : null;
  } catch {
    return null;
  }
}

/** A lock whose run is over: too old, or taken on this machine by a process that is gone. */
export function isAbandoned(holder: LockHolder | null, nowMs = Date.now()): boolean {
  if (!holder) return true;
  const started = Date.parse(holder.startedAt);
  if (!Number.isFinite(started) || nowMs - started > LOCK_STALE_MS) return true;
  return processGone(holder.host, holder.pid);
}

/** The error of a run that finds the storage taken. */
export function runInProgress(holder: LockHolder | null, lockPlace: string): OgpError {
  const since = holder ? new Date(holder.startedAt).toISOString().slice(11, 19) : '?';
  const who = holder
    ? message('errors.lockHolder', { pid: String(holder.pid), host: holder.host, since })
    : '';
  return new OgpError(
    'run-in-progress',
    message('errors.runInProgress', {
      who,
      known: holder !== null,
      minutes: LOCK_STALE_MS / 60_000,
      lockPlace,
    }),
  );
}
