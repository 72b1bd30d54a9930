import { describe, expect, it } from 'vitest';
import { siteFeed, topicFeed, topicFeedPath, type FeedArticle, type FeedTopic } from '../../src/lib/feeds';
import { FEED_ITEMS } from '../../src/lib/pagination';
import { robotsTxt } from '../../src/lib/robots';
import { SITE_NAME, SITE_TAGLINE } from '../../src/lib/site-meta';

const article: FeedArticle = {
  id: 'visit',
  entry: { data: { title: 'Junta chief visits Russia', summary: 'A full summary, in two sentences. Here is the second.', published: new Date('2025-03-05T00:00:00Z') } },
  topics: [{ data: { name: 'Energy' } }, { data: { name: 'Military' } }],
};
const topic: FeedTopic = {
  id: 'energy',
  entry: { data: { name: 'Energy', description: 'Power plants and fuel.' } },
  sections: [
    { id: 'energy', entry: { data: { title: 'Energy cooperation', summary: 'A nuclear plant.' } }, article: { id: 'visit', entry: { data: { title: 'Junta chief visits Russia', published: new Date('2025-03-05T00:00:00Z') } } } },
  ],
};

describe('siteFeed', () => {
  it('has one item per article, with the full summary and an absolute link under the base', () => {
    const feed = siteFeed([article], 'https://example.org', '/explainer/');
    expect(feed.title).toBe(SITE_NAME);
    expect(feed.description).toBe(SITE_TAGLINE);
    expect(feed.site).toBe('https://example.org/explainer/');
    expect(feed.items).toEqual([
      {
        title: 'Junta chief visits Russia',
        link: 'https://example.org/explainer/articles/visit/',
        pubDate: new Date('2025-03-05T00:00:00Z'),
        description: 'A full summary, in two sentences. Here is the second.',
        categories: ['Energy', 'Military'],
        customData: '<dcterms:modified>2025-03-05T00:00:00.000Z</dcterms:modified>',
      },
    ]);
    expect(feed.xmlns).toEqual({ atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' });
    expect(siteFeed([{ ...article, modified: new Date('2025-04-02T00:00:00Z') }], 'https://example.org', '/').items?.[0].customData).toBe(
      '<dcterms:modified>2025-04-02T00:00:00.000Z</dcterms:modified>',
    );
    expect(feed.customData).toContain('<atom:link href="https://example.org/explainer/rss.xml" rel="self"');
  });
});

describe('topicFeed', () => {
  it('has one item per section, linking to its permalink page', () => {
    const feed = topicFeed(topic, 'https://example.org', '/');
    expect(feed.title).toBe(`Energy | ${SITE_NAME}`);
    expect(feed.site).toBe('https://example.org/topics/energy/');
    expect(feed.items).toEqual([
      {
        title: 'Energy cooperation',
        link: 'https://example.org/articles/visit/energy/',
        pubDate: new Date('2025-03-05T00:00:00Z'),
        description: 'A nuclear plant.',
        categories: ['Energy', 'Junta chief visits Russia'],
        customData: '<dcterms:modified>2025-03-05T00:00:00.000Z</dcterms:modified>',
      },
    ]);
    expect(topicFeedPath('energy')).toBe('/topics/energy/rss.xml');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap index by absolute URL under the base', () => {
    expect(robotsTxt('https://example.org', '/explainer/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/explainer/sitemap-index.xml\n');
  });
});

describe('feeds at scale', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...article, id: `a-${i}` }));
  it(`hold the newest ${FEED_ITEMS} items, in the order given, however many there are`, () => {
    const feed = siteFeed(many(FEED_ITEMS + 7), 'https://example.org', '/');
    expect(feed.items).toHaveLength(FEED_ITEMS);
    expect(feed.items[0].link).toBe('https://example.org/articles/a-0/');
    expect(feed.items.at(-1)?.link).toBe(`https://example.org/articles/a-${FEED_ITEMS - 1}/`);
    expect(siteFeed(many(3), 'https://example.org', '/').items).toHaveLength(3);
    const sections = Array.from({ length: FEED_ITEMS + 1 }, (_, i) => ({ ...topic.sections[0], id: `s-${i}` }));
    const items = topicFeed({ ...topic, sections }, 'https://example.org', '/').items;
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items.at(-1)?.link).toBe(`https://example.org/articles/visit/s-${FEED_ITEMS - 1}/`);
  });
});
