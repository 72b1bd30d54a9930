/**
 * The date an article last changed, for "Updated", JSON-LD `dateModified`,
 * feeds and the sitemap (issue 8): the latest of `published`, `updated` and
 * every correction's date. A correction is a change readers must be able to
 * see, so one made after the last update moves the date forward.
 */
export interface Dated {
  published: Date;
  updated?: Date;
  corrections?: readonly { date: Date }[];
}

export function modifiedDate(article: Dated): Date {
  const candidates = [article.published, ...(article.updated ? [article.updated] : []), ...(article.corrections ?? []).map((c) => c.date)];
  return new Date(Math.max(...candidates.map((d) => d.getTime())));
}

/** The date to show as "Updated": the modified date when it is later than publication, else none. */
export function updatedDate(article: Dated): Date | undefined {
  const modified = modifiedDate(article);
  return modified.getTime() > article.published.getTime() ? modified : undefined;
}
