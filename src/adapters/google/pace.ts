/**
 * Requests paced under a per-minute quota (Sheets: 60 reads a minute per user), before they
 * are refused with 429 rather than after.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket for `perMinute` requests a minute: a burst of a sixth of the quota, refilled
 * at five sixths of it a minute, so that no minute, however it is cut, sees more than the
 * quota (the burst plus a minute's refill). Callers wait their turn in order.
 */
export function tokenBucket(
  perMinute: number,
  clock: () => number = () => performance.now(),
  wait: (ms: number) => Promise<unknown> = sleep,
): () => Promise<void> {
  const capacity = Math.max(1, Math.floor(perMinute / 6));
  const refillPerMs = (perMinute - capacity) / 60_000;
  let tokens = capacity;
  let last = clock();
  let queue: Promise<void> = Promise.resolve();
  const take = async () => {
    for (;;) {
      const now = clock();
      tokens = Math.min(capacity, tokens + (now - last) * refillPerMs);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await wait(Math.ceil((1 - tokens) / refillPerMs));
    }
  };
  return () => (queue = queue.then(take));
}

/** The least time `requests` take under {@link tokenBucket}'s pace, in milliseconds. */
export function pacedDurationMs(requests: number, perMinute: number): number {
  const capacity = Math.max(1, Math.floor(perMinute / 6));
  return (Math.max(0, requests - capacity) * 60_000) / (perMinute - capacity);
}
