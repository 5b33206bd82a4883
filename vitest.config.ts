import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Set before workers start so they inherit it; `test.env` arrives too late for Date's time zone.
process.env.TZ = 'Europe/London';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-messages.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
