/**
 * The site's own navigation: from any page a reader lands on (a shared section
 * link, a topic page, the 404 page), the footer leads to every page that is not
 * an article, and the header marks the page the reader is on.
 */
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH } from './helpers/pages';
import { articleIds, sectionsOf } from './helpers/content';
import { SEARCH_TIMEOUT } from './helpers/search';

const ARTICLE = articleIds()[0]!;
const SECTION = sectionsOf(ARTICLE)[0]!.id;
const FOOTER_LINKS: [string, RegExp][] = [
  ['Browse by topic', /\/topics\/$/],
  ['Timeline', /\/timeline\/$/],
  ['Places and people', /\/background\/$/],
  ['RSS feed', /\/rss\.xml$/],
];

test('every kind of page leads to topics, timeline, places and people and the feed from its footer @phone', async ({ page }) => {
  for (const path of ['', `articles/${ARTICLE}/${SECTION}/`, 'topics/energy/', 'search/', NOT_FOUND_PATH]) {
    await page.goto(path);
    const nav = page.getByRole('contentinfo').getByRole('navigation', { name: 'More from the site' });
    for (const [name, target] of FOOTER_LINKS) {
      const link = nav.getByRole('link', { name, exact: true });
      const href = new URL((await link.getAttribute('href'))!, page.url()).href;
      expect(href, `${path || '/'}: ${name}`).toMatch(target);
      const res = await page.request.get(href);
      expect(res.status(), `${path || '/'}: ${name} → ${href}`).toBe(200);
    }
  }
});

test('the header marks the page the reader is on, and only that one', async ({ page }) => {
  const nav = page.getByRole('banner').getByRole('navigation', { name: 'Site' });
  for (const [path, current] of [['', 'Articles'], ['topics/', 'Topics'], ['search/', 'Search'], [`articles/${ARTICLE}/`, undefined]] as const) {
    await page.goto(path);
    // aria-current is what is tested; getByRole cannot select by it.
    const marked = await nav.getByRole('link').and(page.locator('[aria-current="page"]')).allInnerTexts();
    expect(marked, path || '/').toEqual(current ? [current] : []);
  }
});

test('a topic page whose timeline is shown whole still links to the whole timeline', async ({ page }) => {
  await page.goto('topics/military/');
  // The premise: every military entry is shown, so there is no "The latest N of M entries".
  await expect(page.getByText(/The latest \d+ of \d+ entries/)).toHaveCount(0);
  await expect(page.getByText('The whole timeline, all topics')).toHaveCount(1);
  const link = page.getByRole('link', { name: 'The whole timeline' });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', /\/timeline\/$/);
});

test('the 404 page’s search opens the search page with the words searched @phone', async ({ page, baseURL }) => {
  await page.goto(NOT_FOUND_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const form = page.getByRole('search');
  await form.getByRole('searchbox', { name: 'Or search every section' }).fill('nuclear');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${baseURL}search/?q=nuclear`);
  await expect(page.getByRole('status')).toHaveText('1 section matches “nuclear”.', { timeout: SEARCH_TIMEOUT });
});
