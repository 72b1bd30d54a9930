import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createOgEndpoint, ogImageAlt, ogImagePath, ogManifest, ogRoutes, ogSiteImageAlt, ogSiteImagePath, ogSiteRoutes, ogSlug, ogTopicImageAlt, ogTopicImagePath } from '../../src/lib/og-endpoint';
import { createOgImageCache, type OgImageCache } from '../../src/lib/og-image';
import { OG_MANIFEST, ogCardsIntegration, parseOgManifest } from '../../src/lib/og-integration';

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

  it('makes the site’s own card and one per topic, each at the path its og:image names', () => {
    const topics = [{ id: 'energy', name: 'Energy', description: 'Power plants and fuel.' }];
    const routes = ogSiteRoutes(topics, { siteName: 'Explainer', tagline: 'News taken apart.', absolute: (p) => `https://x.org/sub${p}` });
    expect(routes.map((r) => `/og/${r.params.slug}.png`)).toEqual([ogSiteImagePath(), ogTopicImagePath('energy')]);
    expect(routes.map((r) => r.props.card)).toEqual([
      { siteName: 'Explainer', articleTitle: 'News taken apart.', footer: 'x.org/sub/' },
      { siteName: 'Explainer', articleTitle: 'Power plants and fuel.', sectionTitle: 'Energy', topic: 'Topic', footer: 'x.org/sub/topics/energy/' },
    ]);
    expect(ogSiteImagePath()).toBe('/og/site.png');
    expect(ogTopicImagePath('energy')).toBe('/og/topics/energy.png');
    expect(ogTopicImageAlt('Explainer', topics[0]!)).toBe('Explainer: the topic “Energy”. Power plants and fuel.');
    expect(ogSiteImageAlt('Explainer', 'News taken apart.')).toBe('Explainer: News taken apart.');
    // The manifest takes them like any card.
    expect(ogManifest(routes).map((m) => m.file)).toEqual(['og/site.png', 'og/topics/energy.png']);
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
    const cache: OgImageCache = { get: async () => ({ png: new Uint8Array([9, 8, 7]), cached: true, ms: 0 }), file: async () => '/nowhere.png', stats: () => ({ rendered: 0, cached: 1, renderMs: 0, cachedMs: 0 }) };
    const { GET } = createOgEndpoint({ siteName: 'Explainer', tagline: 'Tagline.', cache });
    const res = await GET({ props: { card: { siteName: 'Explainer', articleTitle: 'H' } } } as never);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([9, 8, 7]);
  });
});

describe('og cards after the build', () => {
  const routes = ogRoutes(articles, { siteName: 'Explainer', absolute: (p) => `https://x.org${p}` });

  it('lists each card at the path its og:image points to', () => {
    const manifest = ogManifest(routes);
    expect(manifest.map((m) => `/${m.file}`)).toEqual([ogImagePath('a'), ogImagePath('a', 'diplomacy'), ogImagePath('a', 'energy')]);
    expect(parseOgManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('rejects a card list that would write outside og/ or lacks inputs', () => {
    expect(() => parseOgManifest('{}')).toThrow('og/cards.json: expected an array of cards');
    expect(() => parseOgManifest(JSON.stringify([{ file: 'og/../../etc/x.png', card: { siteName: 'E', articleTitle: 'T' } }]))).toThrow(/card 0: "file" must be a path under og\//);
    expect(() => parseOgManifest(JSON.stringify([{ file: 'og/a.png', card: { siteName: 'E' } }]))).toThrow(/card 0 \(og\/a.png\): "card" needs siteName and articleTitle/);
  });

  it('writes every PNG from the cache, draws only the missing ones, and removes the list', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'og-build-'));
    try {
      const out = path.join(root, 'dist');
      const cacheDir = path.join(root, 'cache');
      await mkdir(path.join(out, 'og'), { recursive: true });
      await writeFile(path.join(out, OG_MANIFEST), JSON.stringify(ogManifest(routes)));
      const drawn: string[] = [];
      const cache = () =>
        createOgImageCache({
          dir: cacheDir,
          fontHash: async () => 'f',
          render: async (card) => {
            drawn.push(card.sectionTitle ?? card.articleTitle);
            return new TextEncoder().encode(`png:${card.sectionTitle ?? card.articleTitle}`);
          },
        });
      const lines: string[] = [];
      const logger = { info: (m: string) => lines.push(m) };
      const hook = ogCardsIntegration({ cache }).hooks['astro:build:done']!;
      await hook({ dir: pathToFileURL(`${out}/`), logger } as never);
      expect(await readFile(path.join(out, 'og/articles/a/energy.png'), 'utf8')).toBe('png:Economic and Energy Cooperation');
      expect(await readFile(path.join(out, 'og/articles/a.png'), 'utf8')).toBe('png:Junta Chief Visits Russia');
      expect((await readdir(path.join(out, 'og'))).sort()).toEqual(['articles']);
      expect(drawn).toHaveLength(3);
      expect(lines[0]).toMatch(/^og cards: 3 \(0 from cache, 3 drawn\) in [0-9.]+ s$/);

      // The next build: same cards, nothing drawn.
      await writeFile(path.join(out, OG_MANIFEST), JSON.stringify(ogManifest(routes)));
      await hook({ dir: pathToFileURL(`${out}/`), logger } as never);
      expect(drawn).toHaveLength(3);
      expect(lines[1]).toMatch(/^og cards: 3 \(3 from cache, 0 drawn\)/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
