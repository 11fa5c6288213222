/**
 * Preloaded into each measured Node process of the benchmark (`node --import`): at exit,
 * writes the process's peak resident memory (KiB) to the file named by OGP_BENCH_RSS_FILE.
 * A parent process cannot read a child's peak memory from Node, so the child reports it.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.OGP_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
