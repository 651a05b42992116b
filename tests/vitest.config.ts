/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/**
 * Runs through Astro's Vite setup (`getViteConfig`) so that tests can render `.astro`
 * components with the container API (SVG snapshots of components); plain TypeScript tests are
 * unaffected. The dev toolbar is off so rendered markup carries no source-file annotations.
 */
export default getViteConfig(
  {
    test: {
      root: fileURLToPath(new URL('..', import.meta.url)),
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
      include: ['tests/unit/**/*.test.ts', 'tests/svg/**/*.test.ts'],
      // Bad-content tests build a copy of the site, a few seconds each.
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  },
  { devToolbar: { enabled: false } },
);
