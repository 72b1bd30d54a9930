/**
 * "Cite this" text for an article or a section. The access date is left for the
 * reader to fill in: the page cannot know when it is read.
 */
import { formatDate } from './dates';

export interface CiteInput {
  byline: string;
  /** Article headline. */
  title: string;
  /** For a section: its heading. */
  sectionTitle?: string;
  siteName: string;
  published: Date;
  updated?: Date;
  /** Absolute permalink. */
  url: string;
}

export const ACCESS_PLACEHOLDER = 'accessed [date]';

export function citationText(c: CiteInput): string {
  if (!/^https?:\/\//.test(c.url)) throw new Error(`citationText: url must be absolute, got "${c.url}"`);
  const what = c.sectionTitle ? `“${c.sectionTitle}”, in “${c.title}”` : `“${c.title}”`;
  const updated = c.updated ? `; updated ${formatDate(c.updated)}` : '';
  return `${c.byline}. ${what}. ${c.siteName}, ${formatDate(c.published)}${updated}. ${c.url} (${ACCESS_PLACEHOLDER}).`;
}
