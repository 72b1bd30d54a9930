/**
 * After the build, each page's <meta> Content Security Policy keeps only the
 * hashes of its own inline scripts and styles (trimCspHashes in csp.ts).
 * Astro writes the whole build's hashes into every page; the rest allow
 * nothing the page needs and cost every reader about 1 KB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFilesIn } from './built-files';
import { trimCspHashes } from './csp';

export function cspTrimIntegration(): AstroIntegration {
  return {
    name: 'explainer:csp-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let pages = 0;
        let removed = 0;
        const without: string[] = [];
        for (const page of htmlFilesIn(root)) {
          const file = join(root, page);
          const trimmed = trimCspHashes(readFileSync(file, 'utf8'));
          if (!trimmed.policy) without.push(`/${page}`);
          if (trimmed.removed === 0) continue;
          writeFileSync(file, trimmed.html);
          pages++;
          removed += trimmed.removed;
        }
        logger.info(`dropped ${removed} CSP hashes of inline code that is not on the page, from ${pages} pages, in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        // Every page should carry Astro's <meta> policy; none found means Astro changed how it writes it, and nothing was trimmed.
        if (without.length > 0) logger.warn(`${without.length} pages have no CSP <meta> in the form Astro 7 writes, so they were not trimmed: ${without.slice(0, 5).join(', ')}${without.length > 5 ? ', …' : ''}`);
      },
    },
  };
}
