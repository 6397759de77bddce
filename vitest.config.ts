import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Keep runs deterministic regardless of the machine's zone.
    env: { TZ: 'UTC' },
  },
});
