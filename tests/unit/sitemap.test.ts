import { describe, expect, it } from 'vitest';
import { aliasUrls, lastmodByPath, lastmodByUrl, redirectPageUrls, type DatedArticle } from '../../src/lib/sitemap';
import { readArticleDates } from '../../src/lib/content-dates';

const now = new Date('2026-12-01T00:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

const older: DatedArticle = {
  id: 'older',
  published: d('2025-03-05'),
  updated: d('2025-04-01'),
  draft: false,
  sections: [
    { id: 'energy', topic: 'energy', aliases: ['power'] },
    { id: 'army', topic: 'military', aliases: [] },
  ],
};
const newer: DatedArticle = { id: 'newer', published: d('2026-02-10'), draft: false, sections: [{ id: 'grid', topic: 'energy', aliases: [] }] };
const draft: DatedArticle = { id: 'draft', published: d('2026-03-01'), draft: true, sections: [{ id: 'x', topic: 'military', aliases: [] }] };
const future: DatedArticle = { id: 'future', published: d('2027-01-01'), draft: false, sections: [{ id: 'y', topic: 'energy', aliases: [] }] };

describe('lastmodByPath', () => {
  const dates = lastmodByPath([older, newer, draft, future], now);

  it('dates an article and its sections by `updated`, else `published`', () => {
    expect(dates.get('/articles/older/')).toEqual(d('2025-04-01'));
    expect(dates.get('/articles/older/energy/')).toEqual(d('2025-04-01'));
    expect(dates.get('/articles/newer/grid/')).toEqual(d('2026-02-10'));
  });

  it('moves the date forward for a correction made after the last update (issue 8)', () => {
    const corrected = lastmodByPath([{ ...older, corrections: [{ date: d('2025-05-06') }] }], now);
    expect(corrected.get('/articles/older/')).toEqual(d('2025-05-06'));
    expect(corrected.get('/articles/older/energy/')).toEqual(d('2025-05-06'));
    expect(corrected.get('/')).toEqual(d('2025-05-06'));
  });

  it('dates a topic by the newest visible article with a section in it', () => {
    expect(dates.get('/topics/energy/')).toEqual(d('2026-02-10'));
    expect(dates.get('/topics/military/')).toEqual(d('2025-04-01'));
  });

  it('dates the listing pages by the newest visible article', () => {
    for (const path of ['/', '/topics/', '/search/']) expect(dates.get(path)).toEqual(d('2026-02-10'));
  });

  describe("a listing's later pages", () => {
    const article = (i: number, sections = 1): DatedArticle => ({
      id: `a${i}`,
      published: d(`2025-01-${String(i + 1).padStart(2, '0')}`),
      draft: false,
      sections: Array.from({ length: sections }, (_, j) => ({ id: `s${j}`, topic: 'energy', aliases: [] })),
    });
    const hidden = [{ ...draft, id: 'd', sections: [{ id: 'x', topic: 'energy', aliases: [] }] }, { ...future, id: 'f' }];
    const pages = (articles: DatedArticle[]) => [...lastmodByPath([...articles, ...hidden], now).keys()].filter((p) => p.includes('/page/')).sort();

    it('are dated like the first page: adding an article moves every later item on', () => {
      const dates = lastmodByPath(Array.from({ length: 21 }, (_, i) => article(i)), now);
      expect(dates.get('/page/2/')).toEqual(d('2025-01-21'));
      expect(dates.get('/page/2/')).toEqual(dates.get('/'));
      expect(dates.get('/topics/energy/page/2/')).toEqual(dates.get('/topics/energy/'));
    });

    it('exist only as far as the visible articles and sections reach, as the routes build them', () => {
      // 20 articles and 20 energy sections fill one page each; the draft and the future article, if counted, would make a second.
      expect(pages(Array.from({ length: 20 }, (_, i) => article(i)))).toEqual([]);
      // A second section in one article: 21 sections, a second topic page, and still 20 articles on one home page.
      expect(pages([...Array.from({ length: 19 }, (_, i) => article(i)), article(19, 2)])).toEqual(['/topics/energy/page/2/']);
      // 41 articles: three home pages and three topic pages, not four.
      expect(pages(Array.from({ length: 41 }, (_, i) => article(i % 28)).map((a, i) => ({ ...a, id: `b${i}` })))).toEqual([
        '/page/2/',
        '/page/3/',
        '/topics/energy/page/2/',
        '/topics/energy/page/3/',
      ]);
    });
  });

  it('leaves out drafts and articles not yet published', () => {
    expect([...dates.keys()].filter((p) => p.includes('draft') || p.includes('future'))).toEqual([]);
    expect(dates.size).toBe(2 + 3 + 2 + 3); // 2 articles, their 3 sections, 2 topics, 3 listings
  });
});

describe('lastmodByUrl and aliasUrls', () => {
  it('key by absolute URL with the base path', () => {
    const byUrl = lastmodByUrl([older], 'https://example.org', '/explainer/', now);
    expect(byUrl.get('https://example.org/explainer/articles/older/army/')).toEqual(d('2025-04-01'));
    expect(aliasUrls([older, newer], 'https://example.org', '/explainer/')).toEqual(new Set(['https://example.org/explainer/articles/older/power/']));
  });

  it('leave every page that only sends the reader on out of the sitemap: aliases and /articles/', () => {
    expect(redirectPageUrls([older, newer], 'https://example.org', '/explainer/')).toEqual(
      new Set(['https://example.org/explainer/articles/older/power/', 'https://example.org/explainer/articles/']),
    );
  });
});

describe('readArticleDates', () => {
  it('reads the seed article from content/', () => {
    const [article] = readArticleDates('./content');
    expect(article.id).toBe('min-aung-hlaing-russia-visit-2025');
    expect(article.published).toEqual(d('2026-11-27'));
    expect(article.corrections).toEqual([]);
    expect(article.sections.map((s) => `${s.id}:${s.topic}`)).toEqual([
      'diplomacy:diplomacy',
      'energy:energy',
      'military:military',
      'international:international',
      'domestic:domestic',
    ]);
  });
});
