/**
 * RSS feeds (issue 5): the site feed, one item per article with its full
 * summary, and a feed per topic, one item per section; each holds the newest
 * FEED_ITEMS (src/lib/pagination.ts), so feeds stay small as the site grows.
 * Pure: given the site model's articles or topic (newest first), `site` and
 * `base`, the options for @astrojs/rss.
 * Every link is absolute and follows the base path.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { FEED_ITEMS } from './pagination';
import { SITE_NAME, SITE_TAGLINE } from './site-meta';
import { absoluteUrl, articlePath, homePath, sectionPath, topicPath } from './urls';

export const SITE_FEED_PATH = '/rss.xml';

export function topicFeedPath(topicId: string): string {
  return `${topicPath(topicId)}rss.xml`;
}

/** The parts of the site model a feed reads (src/lib/site-model.ts). */
export interface FeedArticle {
  id: string;
  entry: { data: { title: string; summary: string; published: Date; byline?: string } };
  /** Latest of published, updated and corrections (src/lib/modified-date.ts); published when absent. */
  modified?: Date;
  topics: { data: { name: string } }[];
}
export interface FeedSection {
  id: string;
  entry: { data: { title: string; summary: string } };
  article: { id: string; modified?: Date; entry: { data: { title: string; published: Date } } };
}
export interface FeedTopic {
  id: string;
  entry: { data: { name: string; description: string } };
  sections: FeedSection[];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const DCTERMS = 'http://purl.org/dc/terms/';

/**
 * RSS 2.0 has no per-item "modified" element; Dublin Core's dcterms:modified is
 * the usual extension, so readers see updates and corrections (issue 8).
 */
function modifiedData(modified: Date | undefined, published: Date): string {
  return `<dcterms:modified>${(modified ?? published).toISOString()}</dcterms:modified>`;
}

/** Channel fields every feed shares: language, and the feed's own address (RSS best practice, atom:link rel=self). */
function channel(feedUrl: string) {
  return {
    xmlns: { atom: ATOM, dcterms: DCTERMS },
    customData: `<language>en</language><atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
  };
}

/** RSSOptions with the item list spelled out (the package also accepts a glob result). */
export type Feed = RSSOptions & { items: RSSFeedItem[] };

export function siteFeed(articles: FeedArticle[], site: string, base: string): Feed {
  const url = (path: string) => absoluteUrl(site, base, path);
  return {
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: url(homePath()),
    ...channel(url(SITE_FEED_PATH)),
    items: articles.slice(0, FEED_ITEMS).map((a) => ({
      title: a.entry.data.title,
      link: url(articlePath(a.id)),
      pubDate: a.entry.data.published,
      description: a.entry.data.summary,
      categories: a.topics.map((t) => t.data.name),
      customData: modifiedData(a.modified, a.entry.data.published),
    })),
  };
}

export function topicFeed(topic: FeedTopic, site: string, base: string): Feed {
  const url = (path: string) => absoluteUrl(site, base, path);
  return {
    title: `${topic.entry.data.name} | ${SITE_NAME}`,
    description: topic.entry.data.description,
    site: url(topicPath(topic.id)),
    ...channel(url(topicFeedPath(topic.id))),
    items: topic.sections.slice(0, FEED_ITEMS).map((s) => ({
      title: s.entry.data.title,
      link: url(sectionPath(s.article.id, s.id)),
      pubDate: s.article.entry.data.published,
      description: s.entry.data.summary,
      categories: [topic.entry.data.name, s.article.entry.data.title],
      customData: modifiedData(s.article.modified, s.article.entry.data.published),
    })),
  };
}
