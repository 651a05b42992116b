import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    include: ['tests/unit/**/*.test.ts', 'tests/svg/**/*.test.ts'],
    // Bad-content tests build a copy of the site, a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
