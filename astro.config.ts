import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { SITE_REHYPE_PLUGINS, SITE_REMARK_PLUGINS } from './src/lib/mdx-html';
import { siteConfigFromEnv, siteUrlNotice, siteUrlProblem } from './src/lib/site-config';
import sitemap from '@astrojs/sitemap';
import { contentDir } from './src/lib/content-dir';
import { draftsIntegration } from './src/lib/drafts-integration';
import { ogCardsIntegration } from './src/lib/og-integration';
import { cspTrimIntegration } from './src/lib/csp-integration';
import { linkCheckIntegration } from './src/lib/link-check-integration';
import { readArticleDates } from './src/lib/content-dates';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp';
import { lastmodByUrl, redirectPageUrls } from './src/lib/sitemap';

// SITE_URL and BASE_PATH come from the environment so one build serves any host
// (README "Deploy"). Both are validated and normalised in a tested module.
const { site, base } = siteConfigFromEnv(process.env);

// Sitemap `lastmod` from each article's `updated ?? published` (issue 5), read
// from the content files because `astro:content` is not available here.
const articleDates = readArticleDates(contentDir(process.env));
const lastmod = lastmodByUrl(articleDates, site, base, new Date());
const redirects = redirectPageUrls(articleDates, site, base);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Stylesheets: the shared sheet is a file, one cached copy for every page; a
  // page's own small sheets (under Vite's 4 KB inline limit) go inline, with
  // their hashes in the page's CSP <meta>, saving a request each (issue 6
  // budget: the article page's HTML + blocking CSS ≤ 14 KB).
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // A short class instead of a data-astro-cid-* attribute on every scoped element.
  scopedStyleStrategy: 'class',
  // `astro sync` writes the content store here; Vitest (dev mode) reads it from
  // the same place (../shared/STACK-NOTES.md, "Vitest with Astro"). A build of
  // other content (CONTENT_DIR) can pass its own ASTRO_CACHE_DIR so it never
  // leaves its entries in the shared store (the issue 8 workflow tests do).
  cacheDir: process.env.ASTRO_CACHE_DIR?.trim() || './.astro',
  markdown: {
    // Shiki writes inline style attributes, which the CSP forbids; news text has no code to colour.
    syntaxHighlight: false,
    // Content MDX does not go through this: it becomes HTML as it loads, with
    // the same plugins (src/lib/mdx-html.ts). This covers any .md or .mdx page.
    processor: unified({
      remarkPlugins: SITE_REMARK_PLUGINS,
      rehypePlugins: SITE_REHYPE_PLUGINS,
      // The article is verbatim: no typographic rewriting of quotes or dashes.
      smartypants: false,
    }),
  },
  integrations: [
    mdx(),
    // A build without SITE_URL says that its absolute URLs point at localhost.
    {
      name: 'site-url-notice',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const problem = siteUrlProblem(process.env);
          if (problem) throw new Error(problem);
          const notice = siteUrlNotice(process.env);
          if (notice) logger.warn(notice);
        },
      },
    },
    // Drafts and future-dated articles only in `astro dev` (issue 8).
    draftsIntegration(),
    // Open Graph cards: written after the build from a content-hash cache, not one route per card (issue 7).
    ogCardsIntegration(),
    // Each page's <meta> CSP keeps only the hashes of its own inline code (src/lib/csp.ts).
    cspTrimIntegration(),
    // Follows `site` and `base`: sitemap-index.xml at <base>, linked from robots.txt.
    sitemap({
      filter: (page) => !redirects.has(page),
      serialize(item) {
        const date = lastmod.get(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // Last, once every file is written: each link to the site itself goes to a built page and id.
    linkCheckIntegration(),
  ],
  // Writes .astro/collections/collections.json, which lets the Astro VS Code
  // extension check MDX frontmatter against the schemas (docs/authoring.md, issue 8).
  experimental: { contentIntellisense: true },
  // Content Security Policy as a <meta> on every page, with hashes of inline
  // styles; the sources and the header twin live in src/lib/csp.ts (issue 5).
  security: {
    csp: {
      directives: [...OTHER_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    build: {
      // Scripts stay external files under /_astro/ (script-src 'self'), never
      // inline: the static header CSP in public/_headers cannot list per-page
      // hashes, and an inlined chunk with a dynamic import (the search page)
      // keeps an unreplaced `__VITE_PRELOAD__`. Other assets keep Vite's default.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
