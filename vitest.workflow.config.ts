import { defineConfig } from 'vitest/config';

// The editor-workflow tests (issue 8) build whole sites from temporary content
// folders in a child process; they need no Astro Vite setup, and run as their
// own `npm test` step so `npm run test:unit` stays fast.
export default defineConfig({
  test: {
    include: ['tests/workflow/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-workflow.json' },
  },
});
