import { defineConfig } from 'vitest/config';

// The same suite runs twice: on PGlite (no DATABASE_URL) and on the PostgreSQL server
// (npm run test:pg sets DATABASE_URL); each test file gets a database of its own.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
