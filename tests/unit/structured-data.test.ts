import { describe, expect, it } from 'vitest';
import { articleCrumbs, breadcrumbList, newsArticle, serializeJsonLd, storyJsonLd } from '../../src/lib/structured-data';

const base = {
  headline: 'Junta Chief Visits Russia',
  description: 'The trip, section by section.',
  url: 'https://x.org/articles/a/',
  datePublished: new Date('2026-11-27T00:00:00Z'),
  author: { name: 'Explainer desk' },
  publisher: { name: 'Explainer', url: 'https://x.org/' },
  image: { url: 'https://x.org/og/articles/a.png', width: 1200, height: 630 },
  sections: ['Diplomacy', 'Energy'],
};

describe('newsArticle', () => {
  it('has every field the issue asks for', () => {
    expect(newsArticle({ ...base, dateModified: new Date('2026-11-29T00:00:00Z') })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Junta Chief Visits Russia',
      description: 'The trip, section by section.',
      url: 'https://x.org/articles/a/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://x.org/articles/a/' },
      datePublished: '2026-11-27T00:00:00.000Z',
      dateModified: '2026-11-29T00:00:00.000Z',
      author: [{ '@type': 'Organization', name: 'Explainer desk' }],
      publisher: { '@type': 'Organization', name: 'Explainer', url: 'https://x.org/' },
      image: [{ '@type': 'ImageObject', url: 'https://x.org/og/articles/a.png', width: '1200', height: '630' }],
      articleSection: ['Diplomacy', 'Energy'],
    });
  });

  it('defaults dateModified to datePublished, and a single topic to a string', () => {
    const data = newsArticle({ ...base, sections: ['Energy'], author: { name: 'A. Writer', type: 'Person' } });
    expect(data.dateModified).toBe('2026-11-27T00:00:00.000Z');
    expect(data.articleSection).toBe('Energy');
    expect(data.author).toEqual([{ '@type': 'Person', name: 'A. Writer' }]);
  });

  it('links a section page to its article', () => {
    const data = newsArticle({ ...base, url: 'https://x.org/articles/a/energy/', isPartOf: { headline: 'Junta Chief Visits Russia', url: 'https://x.org/articles/a/' } });
    expect(data.isPartOf).toEqual({ '@type': 'NewsArticle', headline: 'Junta Chief Visits Russia', url: 'https://x.org/articles/a/' });
  });

  it('refuses relative URLs with a message naming the field', () => {
    expect(() => newsArticle({ ...base, url: '/articles/a/' })).toThrow(
      'structured-data: url must be an absolute http(s) URL (use absoluteUrl() from src/lib/urls.ts), got "/articles/a/"',
    );
  });
});

describe('breadcrumbs', () => {
  const home = { name: 'Home', url: 'https://x.org/' };
  it('numbers the items from 1', () => {
    const crumbs = articleCrumbs({ home, article: { name: 'Headline', url: 'https://x.org/articles/a/' }, section: { name: 'Energy', url: 'https://x.org/articles/a/energy/' } });
    expect(breadcrumbList(crumbs)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/' },
        { '@type': 'ListItem', position: 2, name: 'Headline', item: 'https://x.org/articles/a/' },
        { '@type': 'ListItem', position: 3, name: 'Energy', item: 'https://x.org/articles/a/energy/' },
      ],
    });
  });
  it('rejects relative items', () => {
    expect(() => breadcrumbList([home, { name: 'Topics', url: '/topics/' }])).toThrow('breadcrumb 2 ("Topics") must be an absolute');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element and still parses back', () => {
    const value = { headline: '</script><script>alert(1)</script> & more\u2028' };
    const json = serializeJsonLd(value);
    expect(json).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more\\u2028"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('storyJsonLd', () => {
  const story = {
    article: { title: 'Junta Chief Visits Russia', url: 'https://x.org/articles/a/', byline: 'Explainer desk', published: base.datePublished, modified: new Date('2026-11-29T00:00:00Z') },
    description: 'The trip, section by section.',
    topics: ['Diplomacy', 'Energy'],
    image: base.image,
    publisher: base.publisher,
  };
  it('gives an article page its NewsArticle and Home › Article', () => {
    const [article, crumbs] = storyJsonLd(story);
    expect(article).toEqual(newsArticle({ ...base, dateModified: story.article.modified }));
    expect(crumbs).toEqual(breadcrumbList([{ name: 'Home', url: 'https://x.org/' }, { name: 'Junta Chief Visits Russia', url: 'https://x.org/articles/a/' }]));
  });
  it('makes a section page part of its article, with the article as the middle crumb', () => {
    const section = { title: 'Energy deals', url: 'https://x.org/articles/a/energy/' };
    const [article, crumbs] = storyJsonLd({ ...story, section, description: 'A nuclear plant.', topics: ['Energy'] });
    expect(article).toMatchObject({
      headline: 'Energy deals',
      description: 'A nuclear plant.',
      url: 'https://x.org/articles/a/energy/',
      dateModified: '2026-11-29T00:00:00.000Z',
      articleSection: 'Energy',
      isPartOf: { '@type': 'NewsArticle', headline: 'Junta Chief Visits Russia', url: 'https://x.org/articles/a/' },
    });
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/' },
      { '@type': 'ListItem', position: 2, name: 'Junta Chief Visits Russia', item: 'https://x.org/articles/a/' },
      { '@type': 'ListItem', position: 3, name: 'Energy deals', item: 'https://x.org/articles/a/energy/' },
    ]);
  });
});
