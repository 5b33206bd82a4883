import { defineConfig } from 'vitest/config';

// Real Firefox ESR: one browser per file, one file at a time, generous timeouts for a loaded 2-core
// machine (a launch alone has taken 30-40 s there).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
