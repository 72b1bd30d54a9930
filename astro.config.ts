import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links';
import { rehypePrefixIds } from './src/lib/rehype-prefix-ids';
import { siteConfigFromEnv } from './src/lib/site-config';

// SITE_URL and BASE_PATH come from the environment so one build serves any host
// (README "Deploy"). Both are validated and normalised in a tested module.
const { site, base } = siteConfigFromEnv(process.env);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `astro sync` writes the content store here; Vitest (dev mode) reads it from
  // the same place (../shared/STACK-NOTES.md, "Vitest with Astro").
  cacheDir: './.astro',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      // Heading ids first, so the prefixer and the self-links see them (Astro issues 5001, 6026).
      rehypePlugins: [rehypeHeadingIds, rehypePrefixIds, rehypeHeadingLinks],
      // The article is verbatim: no typographic rewriting of quotes or dashes.
      smartypants: false,
    }),
  },
  integrations: [mdx()],
});
