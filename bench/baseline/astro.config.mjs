/**
 * Plain Astro baseline for the build benchmark (issue 7): MDX and nothing else,
 * one page per section, over the same synthetic content as the site
 * (CONTENT_DIR). Built from the repo root so it uses the root node_modules:
 *
 *   CONTENT_DIR=/tmp/… astro build --root bench/baseline
 *
 * BASELINE_PROCESSOR=unified swaps Astro's default Markdown processor (Sätteri)
 * for the unified one with remark-gfm, as the site uses, so the processor's
 * cost is measured here without touching the site's config (whose heading
 * plugins only run on unified).
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

const useUnified = process.env.BASELINE_PROCESSOR === 'unified';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  markdown: useUnified ? { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }) } : { syntaxHighlight: false },
  integrations: [mdx()],
});
