/**
 * Open Graph cards without one Astro route per card (issue 7).
 *
 * As a route, every card cost Astro's per-page work even when its PNG came
 * from the cache: 8,000 cards at 1,000 articles took 18–35 s of an unchanged
 * rebuild. Now:
 *
 * - `astro build`: one route, /og/cards.json (src/routes/og-cards.json.ts),
 *   lists every card and its inputs from the site model. When the build is
 *   done, this integration writes each PNG to <outDir>/og/…, copying it from
 *   the content-hash cache (og-image.ts) or drawing and caching it, and then
 *   deletes cards.json, which is not part of the site. Cards no build has
 *   used for a while leave the cache (og-cache-prune.ts).
 * - `astro dev`: the card route /og/[...slug].png draws cards on request
 *   (src/routes/og-card.png.ts), so previews work without a build.
 */
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { eachLimit } from './concurrency';
import { ogCacheMaxAgeDays, pruneOgCache } from './og-cache-prune';
import { createOgImageCache, type OgCardInput, type OgImageCache } from './og-image';

/** Where the build writes the card list, relative to the output folder. */
export const OG_MANIFEST = 'og/cards.json';

export interface OgManifestEntry {
  /** Output path of the PNG, relative to the output folder: "og/articles/<a>/<s>.png". */
  file: string;
  card: OgCardInput;
}

/** Checks the manifest's shape, so a stale or hand-edited file fails clearly. */
export function parseOgManifest(text: string): OgManifestEntry[] {
  const data = JSON.parse(text) as unknown;
  if (!Array.isArray(data)) throw new Error(`${OG_MANIFEST}: expected an array of cards`);
  return data.map((e, i) => {
    const entry = e as Partial<OgManifestEntry>;
    if (typeof entry.file !== 'string' || !/^og\/[\w/.-]+\.png$/.test(entry.file) || entry.file.includes('..')) {
      throw new Error(`${OG_MANIFEST}: card ${i}: "file" must be a path under og/ ending in .png, got ${JSON.stringify(entry.file)}`);
    }
    if (!entry.card || typeof entry.card.articleTitle !== 'string' || typeof entry.card.siteName !== 'string') {
      throw new Error(`${OG_MANIFEST}: card ${i} (${entry.file}): "card" needs siteName and articleTitle`);
    }
    return { file: entry.file, card: entry.card };
  });
}

/** `cache` is for tests; the build uses the on-disk cache (OG_CACHE_DIR). */
export function ogCardsIntegration(options: { cache?: () => OgImageCache } = {}): AstroIntegration {
  return {
    name: 'explainer:og-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({ pattern: '/og/[...slug].png', entrypoint: './src/routes/og-card.png.ts', prerender: true });
        } else {
          injectRoute({ pattern: `/${OG_MANIFEST}`, entrypoint: './src/routes/og-cards.json.ts', prerender: true });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const manifestFile = path.join(out, OG_MANIFEST);
        const entries = parseOgManifest(await readFile(manifestFile, 'utf8'));
        await rm(manifestFile);
        const cache = options.cache?.() ?? createOgImageCache();
        const start = performance.now();
        const dirs = new Set(entries.map((e) => path.dirname(path.join(out, e.file))));
        await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
        // Several at once: a card's rasterising runs on libuv's thread pool while another's layout
        // and PNG encoding run here (og-image.ts draws at most 4 at once), and copies overlap their I/O.
        await eachLimit(entries, 16, async (e) => {
          await copyFile(await cache.file(e.card), path.join(out, e.file));
        });
        const s = cache.stats();
        const seconds = (performance.now() - start) / 1000;
        logger.info(`og cards: ${entries.length} (${s.cached} from cache, ${s.rendered} drawn) in ${seconds.toFixed(2)} s`);
        if (cache.dir) {
          const maxAgeDays = ogCacheMaxAgeDays();
          const p = await pruneOgCache(cache.dir, { maxAgeDays });
          if (p.removed > 0) logger.info(`og cache: removed ${p.removed} card${p.removed === 1 ? '' : 's'} no build used for ${maxAgeDays} days (${(p.bytes / 2 ** 20).toFixed(1)} MiB); ${p.kept} kept`);
        }
      },
    },
  };
}
