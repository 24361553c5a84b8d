import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Real-browser suites (`npm run test:e2e`). One browser at a time: the machines have 2 cores, and two browsers
 * plus a build would make timings meaningless. The demo platform is started once for all files (global setup).
 */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // Each file launches one browser in beforeAll; launching, installing and closing take seconds, not minutes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/e2e-results.json' },
  },
});
