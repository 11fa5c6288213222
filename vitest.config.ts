import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // LibreOffice round-trips are CPU-heavy; two workers match the 2-core machines we run on.
    maxWorkers: 2,
    // Google clients must never look for the cloud metadata server from a test.
    env: { METADATA_SERVER_DETECTION: 'none' },
  },
});
