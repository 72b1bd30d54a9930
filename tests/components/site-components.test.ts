import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleHeader from '../../src/components/ArticleHeader.astro';
import ArticleList from '../../src/components/ArticleList.astro';
import ArticleSection from '../../src/components/ArticleSection.astro';
import CiteThis from '../../src/components/CiteThis.astro';
import Corrections from '../../src/components/Corrections.astro';
import SourcesLink from '../../src/components/SourcesLink.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import ListingPager from '../../src/components/ListingPager.astro';
import SectionCard from '../../src/components/SectionCard.astro';
import SectionPager from '../../src/components/SectionPager.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import TopicIndex from '../../src/components/TopicIndex.astro';
import { ARTICLE_PARTS } from '../../src/lib/article-contents';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('ArticleHeader', () => {
  const props = { title: 'The visit', dek: 'Dek.', byline: 'Explainer desk', published: new Date('2026-11-27'), readingMinutes: 2, topics: [{ id: 'energy', name: 'Energy' }] };
  it('says where the text comes from under the byline when the article gives an origin', async () => {
    const root = parse(await container.renderToString(ArticleHeader, { props: { ...props, origin: 'Reproduced unedited; the author is not recorded.' } }));
    const meta = root.querySelectorAll('header > p.ex-meta');
    expect(meta.map((p) => p.text.replace(/\s+/g, ' ').trim())).toEqual(['Explainer desk · Published 27 November 2026 · Article text: 2 min read', 'Reproduced unedited; the author is not recorded.']);
  });
  it('adds nothing when it does not', async () => {
    const root = parse(await container.renderToString(ArticleHeader, { props }));
    expect(root.querySelectorAll('header > p.ex-meta')).toHaveLength(1);
  });
});

describe('ArticleSection', () => {
  it('renders the permalink heading, topic link, permalink-page link and alias anchors', async () => {
    const html = await container.renderToString(ArticleSection, {
      props: { articleId: 'visit', id: 'energy', title: 'Economic and Energy Cooperation', topic: { id: 'energy', name: 'Energy' }, aliases: ['economy'] },
      slots: { default: '<p>Body text.</p>' },
    });
    const root = parse(html);
    const section = root.querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).toBe('energy');
    const h2 = root.querySelector('h2')!;
    expect(h2.id).toBe('energy');
    expect(h2.text).toBe('Economic and Energy Cooperation');
    expect(root.querySelector('a[href="/topics/energy/"]')!.text).toBe('Energy');
    const permalink = root.querySelector('a[href="/articles/visit/energy/"]')!;
    expect(permalink.text).toBe('Section permalink for Economic and Energy Cooperation');
    expect(root.querySelector('ex-copy-link')!.getAttribute('data-url')).toBe('http://localhost:4321/articles/visit/energy/');
    expect(root.querySelector('#economy')).not.toBeNull();
    expect(root.querySelector('.ex-section-body')!.innerHTML).toContain('<p>Body text.</p>');
  });
});

describe('ArticleList', () => {
  it('labels each card\'s date as the publication date, beside the section count', async () => {
    // Only what the list reads of an ArticleModel.
    const article = { id: 'visit', entry: { data: { title: 'The visit', dek: 'Dek.', published: new Date('2026-11-27') } }, sections: [{}, {}, {}], topics: [{ id: 'energy', data: { name: 'Energy' } }] };
    const root = parse(await container.renderToString(ArticleList, { props: { articles: [article] } }));
    expect(root.querySelector('h3 a')!.getAttribute('href')).toBe('/articles/visit/');
    expect(root.querySelector('.ex-meta')!.text.replace(/\s+/g, ' ').trim()).toBe('Published 27 November 2026 · 3 sections');
  });
});

describe('SectionCard', () => {
  it('links the title to the section page at the requested heading level', async () => {
    const html = await container.renderToString(SectionCard, {
      props: { articleId: 'visit', articleTitle: 'The visit', id: 'military', title: 'Military', summary: 'Arms.', published: new Date('2025-03-04'), level: 3 },
    });
    const root = parse(html);
    expect(root.querySelector('h2')).toBeNull();
    const link = root.querySelector('h3 a')!;
    expect(link.getAttribute('href')).toBe('/articles/visit/military/');
    expect(link.text).toBe('Military');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-04');
    // The date is the article's publication, not an event's: labelled, so a 2026 date beside a 2025 story is not read as when it happened.
    expect(root.querySelector('.ex-meta')!.text.replace(/\s+/g, ' ').trim()).toBe('From “The visit” · Published 4 March 2025');
    expect(root.querySelector('.summary')!.text).toBe('Arms.');
  });
});

describe('TopicIndex', () => {
  it('lists each topic with a link, description and section count', async () => {
    const html = await container.renderToString(TopicIndex, {
      props: {
        topics: [
          { id: 'energy', name: 'Energy', description: 'Power.', count: 1 },
          { id: 'domestic', name: 'Domestic', description: 'Home.', count: 0 },
        ],
      },
    });
    const items = parse(html).querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('h2 a')!.getAttribute('href')).toBe('/topics/energy/');
    expect(items[0]!.querySelector('.count')!.text).toBe('1 section');
    expect(items[1]!.querySelector('.count')!.text).toBe('0 sections');
  });
});

describe('TableOfContents', () => {
  it('links every section by its anchor, in order', async () => {
    const html = await container.renderToString(TableOfContents, {
      props: { items: [{ id: 'diplomacy', title: 'Diplomacy' }, { id: 'energy', title: 'Energy' }] },
    });
    const links = parse(html).querySelectorAll('nav details ol a');
    expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['#diplomacy', 'Diplomacy'],
      ['#energy', 'Energy'],
    ]);
  });
});

describe('Breadcrumbs', () => {
  it('links every crumb but the current page', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { items: [{ name: 'Home', path: '/' }, { name: 'Article', path: '/articles/a/' }, { name: 'Energy', path: '/articles/a/energy/' }] },
    });
    const root = parse(html);
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/', '/articles/a/']);
    expect(root.querySelector('[aria-current="page"]')!.text).toBe('Energy');
  });
  it('throws on an empty trail', async () => {
    await expect(container.renderToString(Breadcrumbs, { props: { items: [] } })).rejects.toThrow(/at least one item/);
  });
});

describe('ListingPager', () => {
  const render = async (page: { number: number; count: number; prev?: string; next?: string }) =>
    parse(await container.renderToString(ListingPager, { props: { page, of: 'energy sections', items: 'sections' } }));
  it('names the pages it links and says where the reader is', async () => {
    const root = await render({ number: 2, count: 3, prev: '/topics/energy/', next: '/topics/energy/page/3/' });
    expect(root.querySelector('nav')!.getAttribute('aria-label')).toBe('Pages of energy sections');
    expect(root.querySelectorAll('a').map((a) => [a.getAttribute('rel'), a.getAttribute('href'), a.text.trim()])).toEqual([
      ['prev', '/topics/energy/', 'Newer sections'],
      ['next', '/topics/energy/page/3/', 'Older sections'],
    ]);
    expect(root.querySelector('nav p')!.text.replace(/\s+/g, ' ').trim()).toBe('Page 2 of 3');
  });
  it('has no newer link on the first page and no older link on the last', async () => {
    expect((await render({ number: 1, count: 2, next: '/page/2/' })).querySelectorAll('a').map((a) => a.getAttribute('rel'))).toEqual(['next']);
    expect((await render({ number: 2, count: 2, prev: '/' })).querySelectorAll('a').map((a) => a.getAttribute('rel'))).toEqual(['prev']);
  });
  it('renders nothing when the listing fits on one page', async () => {
    expect((await container.renderToString(ListingPager, { props: { page: { number: 1, count: 1 }, of: 'articles', items: 'articles' } })).trim()).toBe('');
  });
});

describe('SectionPager', () => {
  it('links previous and next sections', async () => {
    const html = await container.renderToString(SectionPager, {
      props: { articleId: 'a', previous: { id: 'diplomacy', title: 'Diplomacy' }, next: { id: 'military', title: 'Military' } },
    });
    const root = parse(html);
    expect(root.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/articles/a/diplomacy/');
    expect(root.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/articles/a/military/');
  });
  it('renders nothing for a one-section article', async () => {
    const html = await container.renderToString(SectionPager, { props: { articleId: 'a' } });
    expect(html.trim()).toBe('');
  });
});

describe('the article parts the contents list links to', () => {
  // The contents list (src/lib/article-contents.ts) links these by ARTICLE_PARTS; the seed article has no corrections, so the browser test cannot see that one.
  const heading = (html: string) => {
    const h2 = parse(html).querySelector('h2')!;
    return { id: h2.getAttribute('id'), title: h2.text.trim() };
  };

  it('give the ids and headings the contents list links to', async () => {
    const corrections = await container.renderToString(Corrections, { props: { corrections: [{ date: new Date('2026-11-28'), text: 'Fixed a date.' }] } });
    expect(heading(corrections)).toEqual(ARTICLE_PARTS.corrections);
    const sources = await container.renderToString(SourcesLink, { props: { href: '/articles/visit/sources/', url: 'https://example.org/articles/visit/sources/', count: 3 } });
    expect(heading(sources)).toEqual(ARTICLE_PARTS.sources);
    const cite = await container.renderToString(CiteThis, {
      props: { what: 'article', byline: 'Desk', title: 'The visit', siteName: 'Site', published: new Date('2026-11-27'), url: 'https://example.org/articles/visit/' },
    });
    expect(heading(cite)).toEqual(ARTICLE_PARTS.citeThis);
  });
});
