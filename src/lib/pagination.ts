/**
 * Listing pages that stay the same size however many articles the site holds
 * (issue 7). Without them, at 1,000 synthetic articles each topic page carried
 * every section of its topic (about 3 MB of HTML) and the home page and both
 * feeds every article. Pure: the same list, size and first path give the same pages.
 *
 * Page 1 of a listing lives at its own address (`/`, `/topics/energy/`), so the
 * links shared before a listing grew keep working; page n at `<first>page/<n>/`.
 */

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

function wholeAtLeastOne(n: number, what: string, fn: string): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${fn}: ${what} must be a whole number ≥ 1, got ${n}`);
}

function listingRoot(first: string, fn: string): void {
  if (!first.startsWith('/') || !first.endsWith('/')) throw new Error(`${fn}: the first page's path must start and end with "/", got "${first}"`);
}

/** Path of page `n` of a listing whose first page is at `first`: `first` itself for page 1. */
export function listingPagePath(first: string, n: number): string {
  listingRoot(first, 'listingPagePath');
  wholeAtLeastOne(n, 'the page number', 'listingPagePath');
  return n === 1 ? first : `${first}page/${n}/`;
}

/** The rest parameter of a `[...page].astro` route for page `n`: none for page 1, `page/<n>` after. */
export function listingPageParam(n: number): string | undefined {
  wholeAtLeastOne(n, 'the page number', 'listingPageParam');
  return n === 1 ? undefined : `page/${n}`;
}

/** Splits `items` (already in reading order) into pages of `size`; an empty list is one empty page. */
export function paginateList<T>(items: readonly T[], size: number, first: string): ListingPage<T>[] {
  wholeAtLeastOne(size, 'the page size', 'paginateList');
  listingRoot(first, 'paginateList');
  const count = Math.max(1, Math.ceil(items.length / size));
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

/** "" on a listing of one page; ", page 2 of 5" after a page's title otherwise. */
export function pageTitleSuffix(page: Pick<ListingPage<unknown>, 'number' | 'count'>): string {
  return page.count === 1 ? '' : `, page ${page.number} of ${page.count}`;
}

/** The parts of a topic one of its pages shows (src/lib/site-model.ts TopicModel, by shape). */
export interface TopicPageContent<S, N, T> {
  /** The context notes of this page's sections, in the sections' order. */
  contextNotes: { note: N; section: S }[];
  /** Page 1 only: the topic's latest timeline entries, oldest first; none on later pages. */
  timeline: T[];
  /** How many timeline entries the topic has in all (the rest are on /timeline/). */
  timelineTotal: number;
}

/** What page `page` of a topic holds besides its section cards: its sections' notes, and on page 1 the latest timeline. */
export function topicPageContent<S, N, T>(
  topic: { contextNotes: readonly { note: N; section: S }[]; timeline: readonly T[] },
  page: Pick<ListingPage<S>, 'items' | 'number'>,
): TopicPageContent<S, N, T> {
  const onPage = new Set(page.items);
  return {
    contextNotes: topic.contextNotes.filter(({ section }) => onPage.has(section)),
    timeline: page.number === 1 ? topic.timeline.slice(-TOPIC_TIMELINE_ENTRIES) : [],
    timelineTotal: topic.timeline.length,
  };
}
