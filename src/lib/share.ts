/** The share card (og:image) of an article or section page, with this build's site and base. */
import { absolute } from './links';
import { ogImageAlt, ogImagePath } from './og-endpoint';
import { OG_HEIGHT, OG_WIDTH } from './og-image';
import type { SeoImage } from './seo';
import { SITE_NAME } from './site-meta';

export function shareImage(p: { articleId: string; articleTitle: string; sectionId?: string; sectionTitle?: string; topic?: string }): SeoImage {
  return {
    url: absolute(ogImagePath(p.articleId, p.sectionId)),
    width: OG_WIDTH,
    height: OG_HEIGHT,
    alt: ogImageAlt({ siteName: SITE_NAME, articleTitle: p.articleTitle, sectionTitle: p.sectionTitle, topic: p.topic, footer: '' }),
  };
}
