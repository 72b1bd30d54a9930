/**
 * Reflow (WCAG 2.2 SC 1.4.10): at 320 CSS pixels wide (a phone, or a
 * 1280-pixel desktop at 400% zoom) every page reads without scrolling
 * sideways, as first laid out and again after scrolling to the end, so that
 * anything rendered late (a lazily rendered block, an enhanced control) is
 * checked too. It found the section pager's two titles forcing 348 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './helpers/pages';

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

test('every page reflows to 320 px without sideways scrolling, before and after its blocks render @phone', async ({ page, baseURL }) => {
  const { urls } = await sitePages(baseURL!, DIST);
  urls.push(new URL('this-page-does-not-exist/', baseURL).href); // the built 404 page
  test.setTimeout(30_000 + urls.length * 3_000);
  const problems: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const first = await overflow(page);
    if (first.scrollWidth > first.width) problems.push(`${url} as first laid out: ${first.scrollWidth} px wide in a ${first.width} px viewport; ${first.wide.join(', ')}`);
    // Scroll to the end a screen at a time, so every deferred block renders.
    // Instant, not the site's smooth scrolling, so each step arrives before the next.
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo({ top: y, behavior: 'instant' });
        await frame();
      }
      scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await frame();
    });
    const rendered = await overflow(page);
    if (rendered.scrollWidth > rendered.width) problems.push(`${url} once rendered: ${rendered.scrollWidth} px wide in a ${rendered.width} px viewport; ${rendered.wide.join(', ')}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
