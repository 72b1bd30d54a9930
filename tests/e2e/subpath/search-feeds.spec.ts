/**
 * Search, feeds and discovery files follow BASE_PATH (issue 5): the sub-path
 * build served like a GitHub Pages project site, under /explainer/.
 */
import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { sectionsOf } from '../helpers/content';
import { SEARCH_TIMEOUT } from '../helpers/search';

const SITE = process.env.SITE_URL ?? 'http://localhost:4321';
const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
const parser = new Parser();

test('search loads its index from /explainer/pagefind/ and links results under the base', async ({ page, baseURL }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(new URL(r.url()).pathname));
  await page.goto('search/?q=nuclear');
  await expect(page.getByRole('status')).toHaveText('1 section matches “nuclear”.', { timeout: SEARCH_TIMEOUT });
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toHaveAttribute('href', `/explainer/articles/${ARTICLE}/energy/`);
  expect(pagefind.length).toBeGreaterThan(2);
  expect(pagefind.filter((p) => !p.startsWith('/explainer/pagefind/'))).toEqual([]);
  await first.click();
  await expect(page).toHaveURL(`${baseURL}articles/${ARTICLE}/energy/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionsOf(ARTICLE).find((s) => s.id === 'energy')!.title);
});

test('feeds, robots.txt, the sitemap and the icons carry the base path', async ({ page, request }) => {
  await page.goto('topics/energy/');
  // <link> in <head> has no role: these are found by their attributes.
  for (const [rel, type] of [['icon', 'image/png'], ['apple-touch-icon', 'image/png']]) {
    const icon = await page.locator(`link[rel="${rel}"]`).getAttribute('href');
    expect(icon, rel).toMatch(/^\/explainer\//);
    const res = await request.get(icon!);
    expect(res.status(), icon!).toBe(200);
    expect(res.headers()['content-type'], icon!).toContain(type);
  }
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').nth(1)).toHaveAttribute('href', '/explainer/topics/energy/rss.xml');

  const site = await parser.parseString(await (await request.get('rss.xml')).text());
  expect(site.link).toBe(`${SITE}/explainer/`);
  expect(site.items.map((i) => i.link)).toEqual([`${SITE}/explainer/articles/${ARTICLE}/`]);
  const energy = await parser.parseString(await (await request.get('topics/energy/rss.xml')).text());
  expect(energy.items.map((i) => i.link)).toEqual([`${SITE}/explainer/articles/${ARTICLE}/energy/`]);

  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${SITE}/explainer/sitemap-index.xml\n`);
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(index).toContain(`<loc>${SITE}/explainer/sitemap-0.xml</loc>`);
  const locs = [...(await (await request.get('sitemap-0.xml')).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.filter((l) => !l!.startsWith(`${SITE}/explainer/`))).toEqual([]);
  expect(locs).toContain(`${SITE}/explainer/search/`);
});
