/**
 * Whether this build shows drafts and future-dated articles, decided by the
 * Astro command, not by `import.meta.env.DEV`: DEV follows NODE_ENV, so a
 * production build started with NODE_ENV=test or development (a test runner,
 * a CI shell) had DEV true and published every draft (found by
 * tests/workflow/editor-workflow.test.ts, issue 8). Only `astro dev` shows them.
 *
 * Read it as `import.meta.env.EX_INCLUDE_DRAFTS` (src/lib/site-model.ts).
 */
import type { AstroIntegration } from 'astro';

export const INCLUDE_DRAFTS_KEY = 'import.meta.env.EX_INCLUDE_DRAFTS';

export function draftsIntegration(): AstroIntegration {
  return {
    name: 'explainer:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { [INCLUDE_DRAFTS_KEY]: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
