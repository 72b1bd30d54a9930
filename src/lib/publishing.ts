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

/**
 * What a production build leaves out because its date has not come: said by
 * `npm run check:content` and in the build's log, so an article dated next
 * year by a typo does not just vanish. Undefined when there is none. Drafts
 * are counted apart (they say so themselves).
 */
export function scheduledNotice(articles: readonly { id: string; draft: boolean; published: Date | undefined }[], now: Date): string | undefined {
  const later = articles.filter((a) => !a.draft && a.published !== undefined && !isVisible({ draft: false, published: a.published }, { includeDrafts: false, now }));
  if (later.length === 0) return undefined;
  const list = later.map((a) => `"${a.id}" (published: ${a.published!.toISOString().slice(0, 10)})`).join(', ');
  return `${later.length === 1 ? '1 article is' : `${later.length} articles are`} dated after today, so production builds leave ${later.length === 1 ? 'it' : 'them'} out until then: ${list}. If that is a typo, fix "published:" in the article's index.mdx.`;
}

/**
 * Why an article's dates cannot both be right: `updated:` before `published:`
 * (a mistyped year would date its last change before it appeared). Undefined
 * when they agree or `updated:` is not given. Said by the articles' schema
 * (src/content.config.ts) under the field `updated`.
 */
export function updatedDateProblem(dates: { published: Date; updated?: Date }): string | undefined {
  const { published, updated } = dates;
  if (updated === undefined || updated.getTime() >= published.getTime()) return undefined;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return `is ${iso(updated)}, before published (${iso(published)}): an update comes after publication; fix the date, or leave updated: out`;
}
