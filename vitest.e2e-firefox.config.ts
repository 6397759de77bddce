import { defineConfig } from 'vitest/config';

// E2E tests in real Firefox ESR with the built extension (.output/firefox-mv3). One Firefox per
// file, one file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
