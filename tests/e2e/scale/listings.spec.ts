/**
 * Listing pages at scale (issue 7), on dist-scale/: 45 synthetic articles
 * (scripts/build-scale-fixture.mjs). The expected lists come from the same
 * generated content files the build read, not from the build.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generateSite } from '../../../bench/lib/synthetic';
import { parseContentYaml, requireFrontmatter } from '../../../src/lib/frontmatter';
import {
  ARTICLES_AS_WAY_ON,
  ARTICLES_PER_PAGE,
  FEED_ITEMS,
  SECTIONS_PER_TOPIC_PAGE,
  TOPIC_TIMELINE_ENTRIES,
} from '../../../src/lib/pagination';
import { SCALE_ARTICLES } from '../../fixtures/scale';

const files = generateSite(SCALE_ARTICLES).files;
const data = (rel: string) => requireFrontmatter(files.get(rel)!, rel).data as Record<string, string | number>;

const articles = [...files.keys()]
  .filter((rel) => rel.endsWith('/index.mdx'))
  .map((rel) => ({ id: rel.split('/')[1], ...data(rel) }) as { id: string; title: string; published: string })
  .sort((a, b) => b.published.localeCompare(a.published));
const sections = [...files.keys()]
  .filter((rel) => /^articles\/[^/]+\/\d\d-[^/]+\.mdx$/.test(rel))
  .map((rel) => data(rel) as { article: string; id: string; title: string; topic: string; order: number });
const notes = [...files.keys()].filter((rel) => rel.includes('/context/')).map((rel) => data(rel) as { article: string; section: string; topic: string });
const timeline = parseContentYaml(files.get('timeline.yaml')!, 'timeline.yaml') as { topic: string }[];
const topicIds = [...new Set(sections.map((s) => s.topic))];
const titleOf = (articleId: string) => articles.find((a) => a.id === articleId)!.title;
const rank = (articleId: string) => articles.findIndex((a) => a.id === articleId);

/** A topic's sections as its pages list them: newest article first, then reading order. */
function topicSections(topic: string) {
  return sections.filter((s) => s.topic === topic).sort((a, b) => rank(a.article) - rank(b.article) || a.order - b.order);
}

/** Follows the "Older …" link from `start` to the last page, calling `visit` on each; returns each page's path. */
async function walk(page: Page, start: string, older: string, visit: (index: number, path: string) => Promise<void>): Promise<string[]> {
  const paths = [];
  await page.goto(start);
  for (;;) {
    const path = new URL(page.url()).pathname;
    await visit(paths.length, path);
    paths.push(path);
    const next = page.getByRole('navigation', { name: /^Pages of / }).getByRole('link', { name: older });
    if ((await next.count()) === 0) return paths;
    await next.click();
  }
}

test('the fixture is large enough to split every listing', () => {
  expect(articles.length).toBeGreaterThan(2 * ARTICLES_PER_PAGE);
  for (const topic of topicIds) expect(topicSections(topic).length, topic).toBeGreaterThan(2 * SECTIONS_PER_TOPIC_PAGE);
});

test('the home page lists the newest articles, and its pages hold every article once, newest first', async ({ page }) => {
  const titles: string[] = [];
  const count = Math.ceil(articles.length / ARTICLES_PER_PAGE);
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Pages of articles' }).getByRole('link', { name: 'Newer articles' })).toHaveCount(0);
  const paths = await walk(page, '/', 'Older articles', async (i) => {
    await expect(page.getByText(`Page ${i + 1} of ${count}`, { exact: true })).toBeVisible();
    titles.push(...(await page.locator('.article-list').getByRole('heading', { level: i === 0 ? 3 : 2 }).allTextContents()).map((t) => t.trim()));
  });
  expect(paths).toEqual(['/', ...Array.from({ length: count - 1 }, (_, i) => `/page/${i + 2}/`)]);
  expect(titles).toEqual(articles.map((a) => a.title));
  // From the last page, "Newer" leads back to the first.
  await page.getByRole('link', { name: 'Newer articles' }).click();
  await expect(page).toHaveURL(new RegExp(`/page/${count - 1}/$`));
  await expect(page).toHaveTitle(new RegExp(`^Articles, page ${count - 1} of ${count} \\|`));
});

test('each topic’s pages hold every section of the topic once, newest first, with the context notes of those sections', async ({ page }) => {
  test.setTimeout(120_000);
  for (const topic of topicIds) {
    const expected = topicSections(topic);
    const count = Math.ceil(expected.length / SECTIONS_PER_TOPIC_PAGE);
    const titles: string[] = [];
    const paths = await walk(page, `/topics/${topic}/`, 'Older sections', async (i, path) => {
      const onPage = expected.slice(i * SECTIONS_PER_TOPIC_PAGE, (i + 1) * SECTIONS_PER_TOPIC_PAGE);
      await expect(page.getByText(`Page ${i + 1} of ${count}: sections`)).toBeVisible();
      titles.push(...(await page.locator('.cards').getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.trim()));
      const expectedNotes = onPage
        .filter((s) => notes.some((n) => n.article === s.article && n.section === s.id && n.topic === topic))
        .map((s) => `Context for ${s.title}, in “${titleOf(s.article)}”`);
      const shown = page.getByRole('region', { name: /^Context on / }).getByRole('complementary');
      await expect(shown, path).toHaveCount(expectedNotes.length);
      for (const name of expectedNotes) await expect(shown.and(page.getByRole('complementary', { name, exact: true })), path).toHaveCount(1);
    });
    expect(paths.length, topic).toBe(count);
    expect(titles, topic).toEqual(expected.map((s) => s.title));
  }
});

test('a topic’s first page shows its latest timeline entries and links to the whole timeline; later pages show none', async ({ page }) => {
  const longer = topicIds.filter((t) => timeline.filter((e) => e.topic === t).length > TOPIC_TIMELINE_ENTRIES);
  expect(longer.length, 'a topic with more timeline entries than a page shows').toBeGreaterThan(0);
  for (const topic of topicIds) {
    const total = timeline.filter((e) => e.topic === topic).length;
    await page.goto(`/topics/${topic}/`);
    const section = page.getByRole('region', { name: /timeline$/ });
    await expect(section.getByRole('listitem')).toHaveCount(Math.min(total, TOPIC_TIMELINE_ENTRIES));
    const whole = page.getByRole('link', { name: 'The whole timeline' });
    if (total > TOPIC_TIMELINE_ENTRIES) {
      await expect(page.getByText(`The latest ${TOPIC_TIMELINE_ENTRIES} of ${total} entries.`)).toBeVisible();
      await whole.click();
      await expect(page).toHaveURL(/\/timeline\/$/);
    } else {
      await expect(whole).toHaveCount(0);
    }
    await page.goto(`/topics/${topic}/page/2/`);
    await expect(page.getByRole('region', { name: /timeline$/ })).toHaveCount(0);
  }
});

test('feeds hold the newest items only', async ({ request }) => {
  const items = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);
  expect(await items('/rss.xml')).toEqual(articles.slice(0, FEED_ITEMS).map((a) => a.title.replace(/&/g, '&amp;')));
  let cut = 0;
  for (const topic of topicIds) {
    const expected = topicSections(topic);
    if (expected.length > FEED_ITEMS) cut++;
    expect(await items(`/topics/${topic}/rss.xml`), topic).toEqual(expected.slice(0, FEED_ITEMS).map((s) => s.title));
  }
  expect(cut, 'a topic feed with more sections than a feed holds').toBeGreaterThan(0);
});

for (const path of ['/timeline/', '/background/']) {
  test(`${path} ends with the newest articles and a link to all of them`, async ({ page }) => {
    await page.goto(path);
    const list = page.getByRole('region', { name: 'The articles' });
    await expect(list.getByRole('heading', { level: 3 })).toHaveText(articles.slice(0, ARTICLES_AS_WAY_ON).map((a) => a.title));
    await list.getByRole('link', { name: `All ${articles.length} articles` }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });
}

test('a later page has its own address: canonical link, title and a place in the sitemap', async ({ page, request }) => {
  await page.goto('/topics/energy/page/2/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe('/topics/energy/page/2/');
  await expect(page).toHaveTitle(/^Energy: topic, page 2 of \d+ \|/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Energy' })).toHaveAttribute('href', '/topics/energy/');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/topics/energy/page/2/</loc>');
  expect(sitemap).toContain('/page/2/</loc>');
});

test('later pages and their pager have no axe violations, and the pager fits a 320 px screen', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/page/2/', '/topics/energy/page/2/']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id} on ${path} (${scheme}): ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/topics/energy/page/2/');
  const pager = page.getByRole('navigation', { name: 'Pages of energy sections' });
  await expect(pager.getByRole('link')).toHaveText(['Newer sections', 'Older sections']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
