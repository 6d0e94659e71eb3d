import { defineConfig } from 'vitest/config';
import { sightlineRules } from './scripts/vite-plugin-rules';

export default defineConfig({
  plugins: [sightlineRules()],
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    environment: 'node',
    // Browser (e2e) test files each launch a browser; run files one at a time on a 2-core machine.
    fileParallelism: false,
  },
});
