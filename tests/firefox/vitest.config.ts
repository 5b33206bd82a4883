import { defineConfig } from 'vitest/config';

// Real Firefox ESR: one browser, one file at a time, generous timeouts for a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
