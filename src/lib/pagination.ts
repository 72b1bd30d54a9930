/**
 * Listing pages that stay the same size however many articles the site holds
 * (issue 7). Without them, at 1,000 synthetic articles each topic page carried
 * every section of its topic (about 3 MB of HTML) and the home page and both
 * feeds every article. Pure: the same list, size and first path give the same pages.
 *
 * Page 1 of a listing lives at its own address (`/`, `/topics/energy/`), page n
 * at `<first>page/<n>/` (listingPagePath in src/lib/urls.ts).
 */
import { listingPagePath } from './urls.ts';

/** Articles on each page of the home page's list. */
export const ARTICLES_PER_PAGE = 20;
/** Sections (with their context notes) on each page of a topic. */
export const SECTIONS_PER_TOPIC_PAGE = 20;
/** Items in the site feed and in each topic feed: the newest. */
export const FEED_ITEMS = 50;
/** Newest articles listed at the end of the timeline and of Places and people, as the way on. */
export const ARTICLES_AS_WAY_ON = 10;
/** Latest timeline entries on a topic's first page; the rest are on /timeline/. */
export const TOPIC_TIMELINE_ENTRIES = 12;

export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  /** How many items the whole listing has. */
  total: number;
  /** 1-based position of this page's first and last item in the listing (0 and 0 when it is empty). */
  first: number;
  last: number;
  /** Site paths without the base path, as every path helper in urls.ts. */
  path: string;
  prev?: string;
  next?: string;
}

/** How many pages a listing of `total` items takes at `size` a page: at least one, so the listing's address always exists. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`pageCount: the page size must be a whole number ≥ 1, got ${size}`);
  if (!Number.isInteger(total) || total < 0) throw new Error(`pageCount: the item count must be a whole number ≥ 0, got ${total}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The rest parameter of a `[...page].astro` route for page `n`: none for page 1, `page/<n>` after. */
export function listingPageParam(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) throw new Error(`listingPageParam: the page number must be a whole number ≥ 1, got ${n}`);
  return n === 1 ? undefined : `page/${n}`;
}

/** Splits `items` (already in reading order) into pages of `size`; an empty list is one empty page. */
export function paginateList<T>(items: readonly T[], size: number, first: string): ListingPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const pageItems = items.slice(i * size, (i + 1) * size);
    return {
      items: pageItems,
      number,
      count,
      total: items.length,
      first: pageItems.length === 0 ? 0 : i * size + 1,
      last: i * size + pageItems.length,
      path: listingPagePath(first, number),
      prev: number > 1 ? listingPagePath(first, number - 1) : undefined,
      next: number < count ? listingPagePath(first, number + 1) : undefined,
    };
  });
}

/** A listing page's breadcrumbs: the listing's own, then "Page 2" on a later page; page 1 is the listing itself. */
export function pageCrumbs<C extends { name: string; path: string }>(crumbs: readonly C[], page: Pick<ListingPage<unknown>, 'number' | 'path'>): (C | { name: string; path: string })[] {
  return page.number === 1 ? [...crumbs] : [...crumbs, { name: `Page ${page.number}`, path: page.path }];
}

/** ", page 2 of 5" after the title of a later page; "" on page 1, whose title stays the same however far the listing grows. */
export function pageTitleSuffix(page: Pick<ListingPage<unknown>, 'number' | 'count'>): string {
  return page.number === 1 ? '' : `, page ${page.number} of ${page.count}`;
}

/** A later page's meta description: the listing's, then which page it is, so no two pages share one. */
export function pageDescription(description: string, page: Pick<ListingPage<unknown>, 'number' | 'count'>): string {
  return page.number === 1 ? description : `${description} Page ${page.number} of ${page.count}.`;
}

/** The parts of a topic one of its pages shows (src/lib/site-model.ts TopicModel, by shape). */
export interface TopicPageContent<S, N, T> {
  /** The context notes that go with this page's sections, in the site's order. */
  contextNotes: { note: N; section: S }[];
  /** Page 1 only: the topic's latest timeline entries, oldest first; none on later pages. */
  timeline: T[];
  /** How many timeline entries the topic has in all (the rest are on /timeline/). */
  timelineTotal: number;
}

/**
 * What each page of a topic holds besides its section cards. A context note
 * goes on the page of the section it follows; a note tagged with this topic on
 * a section of another topic goes where that section would stand among this
 * topic's sections (`siteOrder`: a section's place in the site, newest article
 * first), so every note is on exactly one page and no page collects them all.
 * Page 1 also has the topic's latest TOPIC_TIMELINE_ENTRIES timeline entries.
 */
export function topicPagesContent<S, N, T>(
  topic: { contextNotes: readonly { note: N; section: S }[]; timeline: readonly T[] },
  pages: readonly Pick<ListingPage<S>, 'items' | 'number'>[],
  siteOrder: (section: S) => number,
): TopicPageContent<S, N, T>[] {
  if (pages.length === 0) throw new Error('topicPagesContent: a topic has at least one page (paginateList gives an empty topic one)');
  // Where each page ends in the site's order; the last page takes everything after it.
  const ends = pages.map((p, i) => (i === pages.length - 1 || p.items.length === 0 ? Infinity : siteOrder(p.items[p.items.length - 1])));
  const notes = pages.map((): { note: N; section: S }[] => []);
  for (const n of topic.contextNotes) notes[ends.findIndex((end) => siteOrder(n.section) <= end)].push(n);
  return pages.map((p, i) => ({
    contextNotes: notes[i],
    timeline: p.number === 1 ? topic.timeline.slice(-TOPIC_TIMELINE_ENTRIES) : [],
    timelineTotal: topic.timeline.length,
  }));
}
