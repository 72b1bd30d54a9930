/**
 * Every internal URL is built here, so the site works at `/` and under a
 * sub-path (Astro's `base`). Paths always end in `/` (trailingSlash: 'always').
 */

/** Joins the base path and a site path: withBase('/explainer/', '/topics/') → '/explainer/topics/'. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
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
