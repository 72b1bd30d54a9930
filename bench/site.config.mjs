/**
 * The site's own astro.config.ts, with the content-layer cache moved to
 * ASTRO_CACHE_DIR, so benchmark builds over synthetic content neither read nor
 * overwrite the shared `.astro/data-store.json` that `npm test` relies on.
 * Everything else (processor, plugins, integrations, CSP) is the real config.
 *
 *   astro build --config bench/site.config.mjs
 */
import config from '../astro.config.ts';

export default {
  ...config,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? config.cacheDir,
};
