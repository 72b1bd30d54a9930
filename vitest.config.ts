/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests Astro's Vite setup (astro:content, the container API).
// globalSetup runs `astro sync` first so collections are not empty
// (../shared/STACK-NOTES.md, "Vitest with Astro").
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    globalSetup: ['tests/setup/astro-sync.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
