import { describe, expect, it } from 'vitest';
import { createOgEndpoint, ogImageAlt, ogImagePath, ogRoutes, ogSlug } from '../../src/lib/og-endpoint';
import type { OgImageCache } from '../../src/lib/og-image';

const articles = [
  {
    id: 'a',
    title: 'Junta Chief Visits Russia',
    topics: ['Diplomacy', 'Energy'],
    sections: [
      { id: 'diplomacy', title: 'Talks in Moscow', topic: 'Diplomacy' },
      { id: 'energy', title: 'Economic and Energy Cooperation', topic: 'Energy' },
    ],
  },
];

describe('og routes', () => {
  it('makes one card per article and per section', () => {
    const routes = ogRoutes(articles, { siteName: 'Explainer', absolute: (p) => `https://x.org/sub${p}` });
    expect(routes.map((r) => r.params.slug)).toEqual(['articles/a', 'articles/a/diplomacy', 'articles/a/energy']);
    expect(routes[0].props.card).toEqual({ siteName: 'Explainer', articleTitle: 'Junta Chief Visits Russia', topic: 'Diplomacy · Energy', footer: 'x.org/sub/articles/a/' });
    expect(routes[2].props.card).toEqual({
      siteName: 'Explainer',
      articleTitle: 'Junta Chief Visits Russia',
      sectionTitle: 'Economic and Energy Cooperation',
      topic: 'Energy',
      footer: 'x.org/sub/articles/a/energy/',
    });
  });

  it('names paths and alt text', () => {
    expect(ogSlug('a', 'energy')).toBe('articles/a/energy');
    expect(ogImagePath('a')).toBe('/og/articles/a.png');
    expect(ogImagePath('a', 'energy')).toBe('/og/articles/a/energy.png');
    expect(ogImageAlt({ siteName: 'Explainer', articleTitle: 'Headline', sectionTitle: 'Energy deals', topic: 'Energy' })).toBe(
      'Explainer: “Energy deals” (Energy), a section of “Headline”',
    );
  });

  it('GET answers with the cached PNG bytes', async () => {
    const cache: OgImageCache = { get: async () => ({ png: new Uint8Array([9, 8, 7]), cached: true, ms: 0 }), stats: () => ({ rendered: 0, cached: 1, renderMs: 0, cachedMs: 0 }) };
    const { GET } = createOgEndpoint({ siteName: 'Explainer', cache });
    const res = await GET({ props: { card: { siteName: 'Explainer', articleTitle: 'H' } } } as never);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([9, 8, 7]);
  });
});
