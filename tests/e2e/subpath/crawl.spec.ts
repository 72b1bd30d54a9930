import { expect, test } from '@playwright/test';
import { listedPagePaths } from '../helpers/dist';
import { crawl } from '../helpers/crawl';

// The build under test was made with BASE_PATH=/explainer/ and is served like
// GitHub Pages serves a project site: nothing exists outside /explainer/.
test('no link of the sub-path build escapes the base, and every one resolves', async ({ baseURL }) => {
  expect(new URL(baseURL!).pathname).toBe('/explainer/');
  const { pages, problems } = await crawl(baseURL!, '/explainer/');
  expect(problems).toEqual([]);
  // Every page the build wrote is reachable by links from the home page, but /articles/, which only sends readers on (tests/e2e/article.spec.ts).
  const reached = pages.map((p) => new URL(p).pathname.slice('/explainer/'.length)).sort();
  expect(reached).toEqual(listedPagePaths('dist-subpath'));
});

test('an unknown URL under the base gets the styled 404 with working links', async ({ page }) => {
  const res = await page.goto('no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // Styled: the 404 page's stylesheet loads from under the base even at this depth (issue 5).
  await expect(page.getByRole('banner')).toHaveCSS('border-bottom-style', 'solid');
  await page.getByRole('link', { name: 'Browse the topics' }).click();
  await expect(page).toHaveURL(/\/explainer\/topics\/$/);
});
