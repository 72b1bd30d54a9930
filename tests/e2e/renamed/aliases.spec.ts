import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { sectionsOf } from '../helpers/content';

// Served from dist-renamed/: the energy section renamed to "energy-and-economy"
// with `aliases: [energy]` (scripts/build-renamed-fixture.mjs).
const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
/** The renamed section keeps its title. */
const TITLE = sectionsOf(ARTICLE).find((s) => s.id === 'energy')!.title;

test('an alias URL lands on the renamed section page', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/energy/`);
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/energy-and-economy/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('the alias page works without JavaScript: refresh, canonical and a visible link', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const res = await page.request.get(`articles/${ARTICLE}/energy/`);
  const html = await res.text();
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/articles/${ARTICLE}/energy-and-economy/">`);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/articles/${ARTICLE}/energy-and-economy/">`));
  expect(html).toContain(`<a href="/articles/${ARTICLE}/energy-and-economy/">${TITLE}</a>`);
  await context.close();
});

test('an old #fragment brings the reader to the renamed section @phone', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/#energy`);
  const heading = page.getByRole('heading', { level: 2, name: TITLE, exact: true });
  await expect(heading).toHaveAttribute('id', 'energy-and-economy');
  await expect(heading).toBeInViewport();
  // The old id is an empty anchor with no role: found by the id itself.
  await expect(page.locator('#energy')).toHaveCount(1);
  const section = page.getByRole('region', { name: TITLE, exact: true });
  await expect(section).toHaveAttribute('data-section', 'energy-and-economy');
  await expect(section.locator('#energy')).toHaveCount(1);
});

test('the renamed build keeps every URL in permalinks.json', () => {
  const run = spawnSync(process.execPath, ['scripts/permalinks.mjs', 'check', '--dist', 'dist-renamed'], { encoding: 'utf8' });
  expect(run.stdout + run.stderr).toMatch(/permalinks: \d+ checked, 0 missing/);
  expect(run.status).toBe(0);
});
