/**
 * Every internal URL is built here, so the site works at `/` and under a
 * sub-path (Astro's `base`). Paths always end in `/` (trailingSlash: 'always').
 */

/** Whether `url` is an absolute http(s) URL with a host: what a share link, a canonical link or a redirect must be. */
export function isAbsoluteHttpUrl(url: string | undefined): boolean {
  return /^https?:\/\/[^/]/.test(url ?? '');
}

/** The base path as Astro may give it ('/explainer' or '/explainer/'), always ending in '/'. */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins the base path and a site path: withBase('/explainer/', '/topics/') → '/explainer/topics/'. */
export function withBase(base: string, path: string): string {
  const b = withTrailingSlash(base);
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

export function homePath(): string {
  return '/';
}

export function articlePath(articleId: string): string {
  return `/articles/${articleId}/`;
}

export function sectionPath(articleId: string, sectionId: string): string {
  return `/articles/${articleId}/${sectionId}/`;
}

/** The section's anchor inside the full article: /articles/<a>/#<section>. */
export function sectionAnchorPath(articleId: string, sectionId: string): string {
  return `${articlePath(articleId)}#${sectionId}`;
}

export function topicsPath(): string {
  return '/topics/';
}

export function topicPath(topicId: string): string {
  return `/topics/${topicId}/`;
}

/** Absolute URL for sharing: absoluteUrl('https://x.org', '/explainer/', '/topics/') → 'https://x.org/explainer/topics/'. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The numbered source list of an article's added context: /articles/<a>/sources/ ("sources" is a reserved section id). */
export function sourcesPath(articleId: string): string {
  return `/articles/${articleId}/sources/`;
}

export function backgroundPath(): string {
  return '/background/';
}

export function searchPath(): string {
  return '/search/';
}

/** Where Pagefind writes its search bundle (`pagefind --site dist`). */
export function searchBundlePath(): string {
  return '/pagefind/';
}

/** The favicon the pages link to, drawn from public/favicon.svg at build time (src/lib/touch-icon.ts). */
export function faviconPath(): string {
  return '/favicon.png';
}

/** The home-screen icon, drawn from the favicon (src/lib/touch-icon.ts). */
export function touchIconPath(): string {
  return '/apple-touch-icon.png';
}

/** Not a listing of its own: a page that sends readers who trim an article's address to the home page, where the articles are listed. */
export function articlesIndexPath(): string {
  return '/articles/';
}

export function timelinePath(): string {
  return '/timeline/';
}

/**
 * Page `n` of a listing whose first page is at `first` (src/lib/pagination.ts):
 * `first` itself for page 1, so links shared before the listing grew keep working;
 * listingPagePath('/topics/energy/', 2) → '/topics/energy/page/2/'.
 */
export function listingPagePath(first: string, n: number): string {
  if (!first.startsWith('/') || !first.endsWith('/')) throw new Error(`listingPagePath: the first page's path must start and end with "/", got "${first}"`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`listingPagePath: the page number must be a whole number ≥ 1, got ${n}`);
  return n === 1 ? first : `${first}page/${n}/`;
}

/** The listing a later page belongs to and its number: '/topics/energy/page/2/' → { first: '/topics/energy/', n: 2 }; undefined for any other path. */
export function parseListingPagePath(path: string): { first: string; n: number } | undefined {
  const m = /^(.*\/)page\/(\d+)\/(?:index\.html)?$/.exec(path);
  return m && Number(m[2]) >= 2 ? { first: m[1], n: Number(m[2]) } : undefined;
}
