/**
 * After the build, each page's <meta> Content Security Policy keeps only the
 * hashes of its own inline scripts and styles (trimCspHashes in csp.ts).
 * Astro writes the whole build's hashes into every page; the rest allow
 * nothing the page needs and cost every reader about 1 KB.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from './csp';

export function cspTrimIntegration(): AstroIntegration {
  return {
    name: 'explainer:csp-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        let removed = 0;
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const trimmed = trimCspHashes(readFileSync(file, 'utf8'));
          if (trimmed.removed === 0) continue;
          writeFileSync(file, trimmed.html);
          pages++;
          removed += trimmed.removed;
        }
        logger.info(`dropped ${removed} CSP hashes of inline code that is not on the page, from ${pages} pages`);
      },
    },
  };
}
