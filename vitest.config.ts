import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // A limit against hangs, not a speed target: the fuzz and image tests run thousands of reads, and on a busy
    // 2-core machine (builds, browsers) they took 8-16 s where vitest's default gives up at 5.
    testTimeout: 30_000,
  },
});
