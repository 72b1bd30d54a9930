/** The share cards (og:image) of the pages, with this build's site and base. */
import { absolute } from './links';
import { ogImageAlt, ogImagePath, ogSiteImageAlt, ogSiteImagePath, ogTopicImageAlt, ogTopicImagePath } from './og-endpoint';
import { OG_HEIGHT, OG_WIDTH } from './og-image';
import type { SeoImage } from './seo';
import { SITE_NAME, SITE_TAGLINE } from './site-meta';
import { homePath } from './urls';

export function shareImage(p: { articleId: string; articleTitle: string; sectionId?: string; sectionTitle?: string; topic?: string }): SeoImage {
  return {
    url: absolute(ogImagePath(p.articleId, p.sectionId)),
    width: OG_WIDTH,
    height: OG_HEIGHT,
    alt: ogImageAlt({ siteName: SITE_NAME, articleTitle: p.articleTitle, sectionTitle: p.sectionTitle, topic: p.topic, footer: '' }),
  };
}

/** A topic page's card: the topic's name and what it covers. */
export function topicShareImage(topic: { id: string; name: string; description: string }): SeoImage {
  return { url: absolute(ogTopicImagePath(topic.id)), width: OG_WIDTH, height: OG_HEIGHT, alt: ogTopicImageAlt(SITE_NAME, topic) };
}

/** The card of every other page (home, topic index, timeline, places and people, search): the site's name and tagline. */
export function siteShareImage(): SeoImage {
  return { url: absolute(ogSiteImagePath()), width: OG_WIDTH, height: OG_HEIGHT, alt: ogSiteImageAlt(SITE_NAME, SITE_TAGLINE) };
}

/** The site as publisher in structured data: its name and its home page's absolute URL. */
export function sitePublisher(): { name: string; url: string } {
  return { name: SITE_NAME, url: absolute(homePath()) };
}
