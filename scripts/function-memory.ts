/**
 * The V8 heap sizes a deployed function runs with, from the memory it is given: the deploy
 * plan sets them in NODE_OPTIONS and `npm run bench` runs ogp-tracker with the same flags, so
 * the peak the bench reports is the one the function reaches.
 *
 * Why flags: on Node 24, V8 sizes its heap from the machine it starts on. On a large machine
 * it lets the young generation grow to 2 × 64 MiB and the old generation run far past the
 * live data before collecting: consolidating 500 submissions keeps 25–35 MiB live after each
 * full collection, yet peaked at 357 MiB of RSS. Told the instance's size, V8 collects sooner
 * and the same run peaks near 170 MiB, in the same time (measured in docs/benchmarks.md).
 *
 * NODE_OPTIONS accepts only a short list of V8's flags (Node's CLI docs: these two, --jitless,
 * --expose-gc…), and the functions buildpack starts the framework itself: no other V8 flag
 * reaches a deployed function. Beyond V8's heap, a run's peak is the C
 * allocator's: glibc keeps freed buffers and compiler memory in per-thread arenas. Its
 * settings are environment variables (mallopt(3)), set on the function like NODE_OPTIONS.
 */

/** A semi-space of 8 MiB: a 16 MiB young generation, enough for a run's short-lived rows. */
const SEMI_SPACE_MIB = 8;
/** The old generation gets three quarters of the instance; the rest is code, buffers, young generation. */
const OLD_SHARE = 0.75;

/** Cloud Run's memory notation (`256Mi`, `1Gi`, `512M`) in MiB. */
export function memoryMiB(memory: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(Mi|Gi|M|G)?$/.exec(memory.trim());
  if (!m) throw new Error(`mémoire illisible : « ${memory} » (exemple : 256Mi)`);
  const value = Number(m[1]);
  switch (m[2]) {
    case 'Gi':
      return value * 1024;
    case 'G':
      return (value * 1e9) / 2 ** 20;
    case 'M':
      return (value * 1e6) / 2 ** 20;
    default:
      return value;
  }
}

/** The V8 flags for a function of this memory, as Node takes them on its command line. */
export function v8FlagsFor(memory: string): string[] {
  return [
    `--max-old-space-size=${Math.floor(memoryMiB(memory) * OLD_SHARE)}`,
    `--max-semi-space-size=${SEMI_SPACE_MIB}`,
  ];
}

/**
 * glibc's allocator, told to give memory back (mallopt(3), « Environment variables »): two
 * arenas rather than eight per core, and buffers of 128 KiB or more mapped on their own and
 * returned when freed instead of kept for reuse. Measured on Node 24 (consolidating 500
 * submissions): the peak went from 192–215 MiB (median of 12 runs: 204) to 177–202 MiB
 * (median of 9: 183), in the same time.
 */
export const MALLOC_ENV = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
} as const;

/** The memory the deploy plan gives a function unless serverless.yml says otherwise. */
export const DEFAULT_FUNCTION_MEMORY = '256Mi';
