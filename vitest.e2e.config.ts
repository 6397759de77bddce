import { defineConfig } from 'vitest/config';

// E2E tests drive real Chromium with the built extension; they share one browser build,
// so they run one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
