import { defineConfig } from 'vitest/config';
import { sightlineRules } from './scripts/vite-plugin-rules';

// Files that launch a browser, or clone and build the repository, each want the whole machine: they run
// one at a time, after the rest. Everything else is pure or in-process and runs in parallel first.
const wholeMachine = ['tests/e2e/**/*.test.ts', 'tests/release-package.test.ts', 'tests/reproducible-build.test.ts'];

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  environment: 'node' as const,
};

export default defineConfig({
  plugins: [sightlineRules()],
  test: {
    projects: [
      {
        plugins: [sightlineRules()],
        test: {
          ...shared,
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: wholeMachine,
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [sightlineRules()],
        test: {
          ...shared,
          name: 'browser',
          include: wholeMachine,
          // A 2-core machine: one browser (or one repository build) at a time.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
