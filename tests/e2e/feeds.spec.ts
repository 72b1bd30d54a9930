/**
 * Feeds and discovery (issue 5), read back from the served build with a real
 * feed parser (rss-parser) and compared with the content files.
 */
import { expect, test } from '@playwright/test';
import { FEED_ITEMS } from '../../src/lib/pagination';
import Parser from 'rss-parser';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { articleIds, articleTitle, sectionsOf, topics, type SourceSection } from './helpers/content';

const parser = new Parser();
/** The origin the build was made for (SITE_URL unset: astro.config.ts's default). */
const SITE = process.env.SITE_URL ?? 'http://localhost:4321';
const ARTICLE = 'min-aung-hlaing-russia-visit-2025';

function articleSummary(id: string): string {
  return String(readFrontmatter(readFileSync(`content/articles/${id}/index.mdx`, 'utf8')).data.summary);
}

/** The seed article's sections with their summaries, in reading order. */
const sections = sectionsOf(ARTICLE) as (SourceSection & { summary: string })[];

test('the home page announces the site feed, one item per article with its full summary', async ({ page, request }) => {
  await page.goto('');
  // <link> in <head> has no role.
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveCount(1);
  await expect(alternate).toHaveAttribute('href', '/rss.xml');

  const res = await request.get('rss.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const feed = await parser.parseString(await res.text());
  expect(feed.title).toBe('Explainer: Myanmar and Russia');
  expect(feed.link).toBe(`${SITE}/`);
  expect(feed.items.map((i) => i.link)).toEqual(articleIds().map((id) => `${SITE}/articles/${id}/`));
  const item = feed.items.find((i) => i.link === `${SITE}/articles/${ARTICLE}/`)!;
  expect(item.title).toBe(articleTitle(ARTICLE));
  expect(item.contentSnippet).toBe(articleSummary(ARTICLE));
  expect(item.isoDate).toBe(new Date(`${readFileSync(`content/articles/${ARTICLE}/index.mdx`, 'utf8').match(/^published: (\S+)$/m)![1]}T00:00:00Z`).toISOString());
  // The article's topics, in the order its sections first name them (src/lib/site-model.ts).
  const topicIds = [...new Set(sections.map((s) => s.topic))];
  expect(item.categories).toEqual(topicIds.map((id) => topics().find((t) => t.id === id)!.name));
});

test('every topic page announces its feed, one item per section linking to the permalink page', async ({ page, request }) => {
  for (const { id: topic } of topics()) {
    await page.goto(`topics/${topic}/`);
    const feedLink = page.locator('link[rel="alternate"][type="application/rss+xml"]').nth(1);
    await expect(feedLink).toHaveAttribute('href', `/topics/${topic}/rss.xml`);

    const feed = await parser.parseString(await (await request.get(`topics/${topic}/rss.xml`)).text());
    const expected = sections.filter((s) => s.topic === topic).slice(0, FEED_ITEMS);
    expect(feed.link).toBe(`${SITE}/topics/${topic}/`);
    expect(feed.items.map((i) => i.link)).toEqual(expected.map((s) => `${SITE}/articles/${ARTICLE}/${s.id}/`));
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((s) => s.title));
    expect(feed.items.map((i) => i.contentSnippet)).toEqual(expected.map((s) => s.summary));
  }
});

test('robots.txt allows crawling and names the sitemap, whose lastmod comes from the content', async ({ request }) => {
  expect(await (await request.get('robots.txt')).text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  const published = readFileSync(`content/articles/${ARTICLE}/index.mdx`, 'utf8').match(/^published: (\S+)$/m)![1];
  expect(sitemap).toContain(`<url><loc>${SITE}/articles/${ARTICLE}/energy/</loc><lastmod>${published}T00:00:00.000Z</lastmod></url>`);
  expect(sitemap).not.toContain('404');
});
