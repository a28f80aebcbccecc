import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    // Two cores: more workers only make the browser and synth tests fight for them.
    maxWorkers: 2,
    // One log line per request would flood the output (and slow the 200-at-once tests); the log has its own test.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN' },
    projects: [
      'tests/vitest.components.config.ts',
      {
        extends: true,
        test: {
          name: 'fast',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          // These render .astro components and need Astro's compiler: their own project below.
          exclude: ['tests/integration/components/**'],
          testTimeout: 30_000,
          // Starting a local server and seeding it takes seconds when the two cores are shared.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          // The synth tests share nothing mutable; one module graph of aws-cdk-lib instead of one per file saves most of their time.
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One local server and one Chromium for every e2e file; files reach them with useSite().
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
