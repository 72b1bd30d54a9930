import { describe, expect, it } from 'vitest';
import { listingPageParam, pageCount, pageCrumbs, pageDescription, pageTitleSuffix, paginateList, TOPIC_TIMELINE_ENTRIES, topicPagesContent } from '../../src/lib/pagination';
import { listingPagePath, parseListingPagePath } from '../../src/lib/urls';

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

  it('read back only the later pages of a listing', () => {
    expect(parseListingPagePath('/topics/energy/page/2/')).toEqual({ first: '/topics/energy/', n: 2 });
    expect(parseListingPagePath('/page/12/index.html')).toEqual({ first: '/', n: 12 });
    expect(parseListingPagePath(listingPagePath('/topics/energy/', 7))).toEqual({ first: '/topics/energy/', n: 7 });
    for (const path of ['/', '/topics/energy/', '/page/1/', '/page/two/', '/topics/energy/page/2']) expect(parseListingPagePath(path), path).toBeUndefined();
  });
});

describe('pageCount', () => {
  it('counts whole pages, and one page for an empty listing', () => {
    expect([0, 1, 20, 21, 40, 41].map((n) => pageCount(n, 20))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(() => pageCount(-1, 20)).toThrow('item count must be a whole number ≥ 0, got -1');
    expect(() => pageCount(3, 0)).toThrow('page size must be a whole number ≥ 1, got 0');
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

describe('pageCrumbs', () => {
  const topic = [
    { name: 'Home', path: '/' },
    { name: 'Energy', path: '/topics/energy/' },
  ];
  it('leaves page 1 as the listing itself, and ends a later page with "Page n" at its own address', () => {
    const [first, second] = paginateList(range(25), 20, '/topics/energy/');
    expect(pageCrumbs(topic, first!)).toEqual(topic);
    expect(pageCrumbs(topic, second!)).toEqual([...topic, { name: 'Page 2', path: '/topics/energy/page/2/' }]);
  });
});

describe('pageTitleSuffix', () => {
  it('says which page a later page is, and nothing on page 1, whose title stays put as the listing grows', () => {
    expect(pageTitleSuffix({ number: 1, count: 1 })).toBe('');
    expect(pageTitleSuffix({ number: 1, count: 3 })).toBe('');
    expect(pageTitleSuffix({ number: 2, count: 5 })).toBe(', page 2 of 5');
  });
});

describe('pageDescription', () => {
  it('keeps page 1’s description and says which page a later one is', () => {
    expect(pageDescription('Power plants and fuel.', { number: 1, count: 3 })).toBe('Power plants and fuel.');
    expect(pageDescription('Power plants and fuel.', { number: 2, count: 3 })).toBe('Power plants and fuel. Page 2 of 3.');
  });
});

describe('topicPagesContent', () => {
  // The site's sections in its order (newest article first): this topic has every other one.
  const site = range(90).map((n) => ({ id: `s${n}` }));
  const order = (s: { id: string }) => site.indexOf(s);
  const sections = site.filter((_, i) => i % 2 === 0);
  const notes = sections.filter((_, i) => i % 3 === 0).map((section) => ({ note: `note on ${section.id}`, section }));
  const timeline = range(TOPIC_TIMELINE_ENTRIES + 5).map((n) => `entry ${n}`);
  const pages = paginateList(sections, 20, '/topics/energy/');

  it('gives each page the context notes of its own sections, so every note is on exactly one page', () => {
    const perPage = topicPagesContent({ contextNotes: notes, timeline }, pages, order).map((c) => c.contextNotes);
    expect(perPage.flat()).toEqual(notes);
    for (const [i, page] of pages.entries()) expect(perPage[i].every(({ section }) => page.items.includes(section))).toBe(true);
  });

  it('puts a note tagged with this topic on another topic’s section where that section stands in the site’s order', () => {
    // Page 1 holds the topic's first 20 sections, the site's 0, 2 … 38; each note below follows a section of another topic (an odd place).
    const lastOfPage1 = pages[0].items.at(-1)!;
    const after = site[order(lastOfPage1) + 1];
    const before = site[order(lastOfPage1) - 1];
    const cross = [
      { note: 'on the first section of the site, of another topic', section: site[1] },
      { note: 'just before page 1 ends', section: before },
      { note: 'just after page 1 ends', section: after },
      { note: 'after the last section of the topic', section: site.at(-1)! },
    ];
    expect([before, after, site.at(-1)].every((s) => !sections.includes(s!))).toBe(true);
    const perPage = topicPagesContent({ contextNotes: cross, timeline: [] }, pages, order).map((c) => c.contextNotes.map((n) => n.note));
    expect(perPage).toEqual([['on the first section of the site, of another topic', 'just before page 1 ends'], ['just after page 1 ends'], ['after the last section of the topic']]);
  });

  it('puts every note of a topic without sections on its one page', () => {
    const [only] = topicPagesContent({ contextNotes: notes, timeline }, paginateList([], 20, '/topics/energy/'), order);
    expect(only.contextNotes).toEqual(notes);
  });

  it('shows the latest timeline entries on page 1 only, oldest first, and says how many there are', () => {
    const [first, second] = topicPagesContent({ contextNotes: notes, timeline }, pages, order);
    expect(first.timeline).toEqual(timeline.slice(5));
    expect(first.timelineTotal).toBe(TOPIC_TIMELINE_ENTRIES + 5);
    expect(second.timeline).toEqual([]);
    expect(topicPagesContent({ contextNotes: [], timeline: timeline.slice(0, 3) }, pages, order)[0].timeline).toEqual(timeline.slice(0, 3));
  });
});
