/** The Sheets quota's pace: a token bucket that no minute, however cut, can overrun. */
import { describe, expect, it } from 'vitest';
import { pacedDurationMs, tokenBucket } from '../../../src/adapters/google/pace.js';

describe('tokenBucket', () => {
  it('lets a burst of a sixth of the quota through, then paces, never more than the quota in any minute', async () => {
    let now = 0;
    const starts: number[] = [];
    const take = tokenBucket(
      60,
      () => now,
      async (ms) => void (now += ms),
    );
    for (let i = 0; i < 200; i++) {
      await take();
      starts.push(now);
    }
    expect(starts.slice(0, 10)).toEqual(Array(10).fill(0));
    expect(starts[10]).toBe(1_200); // then one every 1.2 s: 50 a minute
    for (let i = 0; i < starts.length; i++) {
      const inMinute = starts.filter((t) => t >= starts[i]! && t < starts[i]! + 60_000).length;
      expect(inMinute).toBeLessThanOrEqual(60);
    }
    expect(starts.at(-1)).toBe(pacedDurationMs(200, 60));
  });

  it('serves callers that wait at once in the order they came', async () => {
    let now = 0;
    const take = tokenBucket(
      6,
      () => now,
      async (ms) => void (now += ms),
    );
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
    expect(now).toBe(24_000); // a burst of 1, then one every 12 s
  });
});
