import { describe, expect, it } from 'vitest';
import {
  listingPageParam,
  listingPagePath,
  pageTitleSuffix,
  paginateList,
  TOPIC_TIMELINE_ENTRIES,
  topicPageContent,
} from '../../src/lib/pagination';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('listingPagePath and listingPageParam', () => {
  it('keep page 1 at the listing’s own address and number the rest under page/', () => {
    expect(listingPagePath('/', 1)).toBe('/');
    expect(listingPagePath('/', 2)).toBe('/page/2/');
    expect(listingPagePath('/topics/energy/', 1)).toBe('/topics/energy/');
    expect(listingPagePath('/topics/energy/', 10)).toBe('/topics/energy/page/10/');
    expect(listingPageParam(1)).toBeUndefined();
    expect(listingPageParam(3)).toBe('page/3');
  });

  it('refuse page numbers and paths they cannot place', () => {
    expect(() => listingPagePath('/', 0)).toThrow('page number must be a whole number ≥ 1, got 0');
    expect(() => listingPagePath('/', 1.5)).toThrow('got 1.5');
    expect(() => listingPagePath('topics/energy', 2)).toThrow('must start and end with "/"');
    expect(() => listingPageParam(-1)).toThrow('got -1');
  });
});

describe('paginateList', () => {
  it('cuts the list into pages of the size given, in order, linking each page to its neighbours', () => {
    const pages = paginateList(range(45), 20, '/topics/energy/');
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(45));
    expect(pages.map((p) => [p.number, p.count, p.total, p.first, p.last])).toEqual([
      [1, 3, 45, 1, 20],
      [2, 3, 45, 21, 40],
      [3, 3, 45, 41, 45],
    ]);
    expect(pages.map((p) => [p.prev, p.path, p.next])).toEqual([
      [undefined, '/topics/energy/', '/topics/energy/page/2/'],
      ['/topics/energy/', '/topics/energy/page/2/', '/topics/energy/page/3/'],
      ['/topics/energy/page/2/', '/topics/energy/page/3/', undefined],
    ]);
  });

  it('gives a list that fits, or an exact multiple, no extra page', () => {
    expect(paginateList(range(20), 20, '/')).toHaveLength(1);
    expect(paginateList(range(40), 20, '/')).toHaveLength(2);
    const [only] = paginateList(range(3), 20, '/');
    expect([only.prev, only.next, only.first, only.last]).toEqual([undefined, undefined, 1, 3]);
  });

  it('gives an empty list one empty page, so the listing’s address still exists', () => {
    const pages = paginateList([], 20, '/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ items: [], number: 1, count: 1, total: 0, first: 0, last: 0, path: '/' });
  });

  it('refuses a page size that is not a whole number ≥ 1', () => {
    expect(() => paginateList(range(3), 0, '/')).toThrow('page size must be a whole number ≥ 1, got 0');
  });
});

describe('pageTitleSuffix', () => {
  it('says nothing for a listing of one page, and which page otherwise', () => {
    expect(pageTitleSuffix({ number: 1, count: 1 })).toBe('');
    expect(pageTitleSuffix({ number: 2, count: 5 })).toBe(', page 2 of 5');
  });
});

describe('topicPageContent', () => {
  const sections = range(45).map((n) => ({ id: `s${n}` }));
  const notes = sections.filter((_, i) => i % 3 === 0).map((section) => ({ note: `note on ${section.id}`, section }));
  const timeline = range(TOPIC_TIMELINE_ENTRIES + 5).map((n) => `entry ${n}`);
  const pages = paginateList(sections, 20, '/topics/energy/');

  it('gives each page the context notes of its own sections, so every note is on exactly one page', () => {
    const perPage = pages.map((page) => topicPageContent({ contextNotes: notes, timeline }, page).contextNotes);
    expect(perPage.flat()).toEqual(notes);
    for (const [i, page] of pages.entries()) expect(perPage[i].every(({ section }) => page.items.includes(section))).toBe(true);
  });

  it('shows the latest timeline entries on page 1 only, oldest first, and says how many there are', () => {
    const [first, second] = pages.map((page) => topicPageContent({ contextNotes: notes, timeline }, page));
    expect(first.timeline).toEqual(timeline.slice(5));
    expect(first.timelineTotal).toBe(TOPIC_TIMELINE_ENTRIES + 5);
    expect(second.timeline).toEqual([]);
    expect(topicPageContent({ contextNotes: [], timeline: timeline.slice(0, 3) }, pages[0]).timeline).toEqual(timeline.slice(0, 3));
  });
});
