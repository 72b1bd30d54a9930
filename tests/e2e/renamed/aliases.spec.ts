import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// Served from dist-renamed/: the energy section renamed to "energy-and-economy"
// with `aliases: [energy]` (scripts/build-renamed-fixture.mjs).
const ARTICLE = 'min-aung-hlaing-russia-visit-2025';

test('an alias URL lands on the renamed section page', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/energy/`);
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/energy-and-economy/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Economic and Energy Cooperation');
});

test('the alias page works without JavaScript: refresh, canonical and a visible link', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const res = await page.request.get(`articles/${ARTICLE}/energy/`);
  const html = await res.text();
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/articles/${ARTICLE}/energy-and-economy/">`);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/articles/${ARTICLE}/energy-and-economy/">`));
  expect(html).toContain(`<a href="/articles/${ARTICLE}/energy-and-economy/">Economic and Energy Cooperation</a>`);
  await context.close();
});

test('an old #fragment brings the reader to the renamed section @phone', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/#energy`);
  const heading = page.locator('h2#energy-and-economy');
  await expect(heading).toBeInViewport();
  await expect(page.locator('#energy')).toHaveCount(1);
  const section = await page.locator('#energy').evaluate((el) => el.closest('section')?.getAttribute('data-section'));
  expect(section).toBe('energy-and-economy');
});

test('the renamed build keeps every URL in permalinks.json', () => {
  const run = spawnSync(process.execPath, ['scripts/permalinks.mjs', 'check', '--dist', 'dist-renamed'], { encoding: 'utf8' });
  expect(run.stdout + run.stderr).toMatch(/permalinks: \d+ checked, 0 missing/);
  expect(run.status).toBe(0);
});
