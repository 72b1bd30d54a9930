// `astro dev` only: Open Graph cards drawn on request at /og/<slug>.png (src/lib/og-integration.ts).
import { createOgEndpoint } from '../lib/og-endpoint';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site-meta';

export const { getStaticPaths, GET } = createOgEndpoint({ siteName: SITE_NAME, tagline: SITE_TAGLINE });
