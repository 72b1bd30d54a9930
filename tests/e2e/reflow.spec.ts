/**
 * Reflow (WCAG 2.2 SC 1.4.10): at 320 CSS pixels wide (a phone, or a
 * 1280-pixel desktop at 400% zoom) every page, the 404 page included, reads
 * without scrolling sideways once loaded (enhanced controls upgraded). It
 * found the section pager's two titles forcing 348 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { NOT_FOUND_PATH, sitePages } from './helpers/pages';

const DIST = process.env.OUT_DIR ?? 'dist';

/** What sticks out past the viewport's right edge: the page's width and the first three offenders in document order. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'absolute')
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

test.use({ viewport: { width: 320, height: 640 } });

test('every page reflows to 320 px without sideways scrolling @phone', async ({ page, baseURL }) => {
  const { urls } = await sitePages(baseURL!, DIST);
  urls.push(new URL(NOT_FOUND_PATH, baseURL).href);
  test.setTimeout(30_000 + urls.length * 3_000);
  const problems: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const o = await overflow(page);
    if (o.scrollWidth > o.width) problems.push(`${url}: ${o.scrollWidth} px wide in a ${o.width} px viewport; ${o.wide.join(', ')}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
