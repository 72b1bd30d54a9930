/**
 * robots.txt (issue 5): everything may be crawled; the sitemap is named by
 * its absolute URL, as the Sitemaps protocol asks. Crawlers read robots.txt
 * only at the root of an origin, so under a sub-path (a GitHub Pages project
 * site) the file is written but only the origin's own robots.txt counts.
 */
import { absoluteUrl } from './urls';

/** @astrojs/sitemap writes this index at the root of the build, under the base. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

export function robotsTxt(site: string, base: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(site, base, SITEMAP_INDEX_PATH)}`, ''].join('\n');
}
