// `astro build` only: the list of Open Graph cards, which src/lib/og-integration.ts turns into PNGs and then deletes.
import { createOgManifestEndpoint } from '../lib/og-endpoint';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site-meta';

export const { GET } = createOgManifestEndpoint({ siteName: SITE_NAME, tagline: SITE_TAGLINE });
