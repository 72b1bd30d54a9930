/**
 * What the sitemap says about each page (issue 5): `lastmod` from the content's
 * dates, and which built pages stay out of it. Pure; astro.config.ts feeds it
 * the dates read by content-dates.ts and hands the result to @astrojs/sitemap.
 */
import { modifiedDate } from './modified-date';
import { ARTICLES_PER_PAGE, pageCount, SECTIONS_PER_TOPIC_PAGE } from './pagination';
import { isVisible } from './publishing';
import { absoluteUrl, articlePath, articlesIndexPath, homePath, listingPagePath, searchPath, sectionPath, topicPath, topicsPath } from './urls';

export interface DatedSection {
  id: string;
  topic: string;
  /** Old ids of the section: their pages only redirect (issue 3). */
  aliases: string[];
}

export interface DatedArticle {
  id: string;
  published: Date;
  updated?: Date;
  /** Correction dates: a later one moves `lastmod` forward (issue 8). */
  corrections?: { date: Date }[];
  draft: boolean;
  sections: DatedSection[];
}

/** Pages listed by topic or across the site: their content changes whenever a listed article does (the home page's pages are dated with them, below). */
const LISTING_PATHS = [topicsPath(), searchPath()];

function latest(dates: Date[]): Date | undefined {
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((d) => d.getTime())));
}

/**
 * Site path → last modified date, for the articles a production build shows:
 * an article and its section pages take the article's modified date (the latest
 * of `published`, `updated` and its corrections, src/lib/modified-date.ts);
 * a topic page the latest of the articles with a section in it; the home page,
 * the topic index and search the latest of all. A listing's later pages
 * (`/page/2/`, `/topics/energy/page/2/`) take its first page's date: adding an
 * article moves every item after it one place on, so each page changes with it.
 */
export function lastmodByPath(articles: DatedArticle[], now: Date): Map<string, Date> {
  const visible = articles.filter((a) => isVisible(a, { includeDrafts: false, now }));
  const dates = new Map<string, Date>();
  const byTopic = new Map<string, Date[]>();
  for (const article of visible) {
    const modified = modifiedDate(article);
    dates.set(articlePath(article.id), modified);
    for (const section of article.sections) {
      dates.set(sectionPath(article.id, section.id), modified);
      byTopic.set(section.topic, [...(byTopic.get(section.topic) ?? []), modified]);
    }
  }
  const setPages = (first: string, items: number, size: number, date: Date) => {
    for (let n = 1; n <= pageCount(items, size); n++) dates.set(listingPagePath(first, n), date);
  };
  // One date per section of the topic, so the list's length is the topic page's item count.
  for (const [topic, topicDates] of byTopic) setPages(topicPath(topic), topicDates.length, SECTIONS_PER_TOPIC_PAGE, latest(topicDates)!);
  const newest = latest(visible.map(modifiedDate));
  if (newest) {
    for (const path of LISTING_PATHS) dates.set(path, newest);
    setPages(homePath(), visible.length, ARTICLES_PER_PAGE, newest); // '/' and any later pages
  }
  return dates;
}

/** The same, keyed by the absolute URLs @astrojs/sitemap hands to `serialize`. */
export function lastmodByUrl(articles: DatedArticle[], site: string, base: string, now: Date): Map<string, Date> {
  return new Map([...lastmodByPath(articles, now)].map(([path, date]) => [absoluteUrl(site, base, path), date]));
}

/** Absolute URLs of alias redirect pages, which must not be listed: they are `noindex` stubs. */
export function aliasUrls(articles: DatedArticle[], site: string, base: string): Set<string> {
  return new Set(articles.flatMap((a) => a.sections.flatMap((s) => s.aliases.map((alias) => absoluteUrl(site, base, sectionPath(a.id, alias))))));
}

/** Every page that only sends the reader on (aliases and /articles/): none belongs in the sitemap. */
export function redirectPageUrls(articles: DatedArticle[], site: string, base: string): Set<string> {
  return new Set([...aliasUrls(articles, site, base), absoluteUrl(site, base, articlesIndexPath())]);
}
