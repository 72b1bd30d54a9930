/**
 * Every page of a build, as URLs on the server under test: from the sitemap
 * (dist/sitemap-index.xml, written by @astrojs/sitemap) when the build has one,
 * otherwise by crawling links from the home page. The sitemap's absolute URLs
 * carry SITE_URL's origin, so only their path below the base is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crawl } from './crawl';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Path below the base, e.g. https://x.org/explainer/topics/ with base /explainer/ → topics/ */
export function belowBase(url: string, basePath: string): string {
  const path = new URL(url).pathname;
  if (!path.startsWith(basePath)) throw new Error(`sitemap URL ${url} is outside the base ${basePath}`);
  return path.slice(basePath.length);
}

/** The sitemap's pages as paths below the base, or undefined when the build has no sitemap. */
export function sitemapPaths(dist: string, basePath: string): string[] | undefined {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const paths = locs(readFileSync(index, 'utf8')).flatMap((sitemap) => locs(readFileSync(join(dist, belowBase(sitemap, basePath)), 'utf8')));
  return [...new Set(paths.map((p) => belowBase(p, basePath)))].sort();
}

/** A path below the base that is not a page: the server answers with the built 404.html, which page-wide checks include. */
export const NOT_FOUND_PATH = 'this-page-does-not-exist/';

export interface SitePages {
  urls: string[];
  /** Where the list came from, for the test log. */
  from: 'sitemap' | 'crawl';
}

/** Every page's URL on the served site at baseURL, built into dist. */
export async function sitePages(baseURL: string, dist: string): Promise<SitePages> {
  const basePath = new URL(baseURL).pathname;
  const paths = sitemapPaths(dist, basePath);
  if (paths) return { urls: paths.map((p) => new URL(p, baseURL).href), from: 'sitemap' };
  const { pages } = await crawl(baseURL, basePath);
  return { urls: [...pages].sort(), from: 'crawl' };
}
