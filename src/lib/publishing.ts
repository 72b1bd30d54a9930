/** Which articles a build shows. */

export interface Publishable {
  draft: boolean;
  published: Date;
}

/**
 * Production builds show only articles that are not drafts and whose publication
 * date has come; `npm run dev` shows everything (drafts carry a banner).
 */
export function isVisible(article: Publishable, options: { includeDrafts: boolean; now: Date }): boolean {
  if (options.includeDrafts) return true;
  return !article.draft && article.published.getTime() <= options.now.getTime();
}
