// Open Graph cards, 1200×630, rendered at build time and cached by content hash (src/lib/og-endpoint.ts).
import { createOgEndpoint } from '../../lib/og-endpoint';
import { SITE_NAME } from '../../lib/site-meta';

export const { getStaticPaths, GET } = createOgEndpoint({ siteName: SITE_NAME });
