/**
 * Printing: a reader who prints from a browser in dark mode still gets dark
 * text on white paper. The print stylesheet resets the colour tokens; axe's
 * colour-contrast rule, run with the print media emulated, checks that every
 * one it draws with was reset, on every page, in both colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, sitePages } from './helpers/pages';

const DIST = process.env.OUT_DIR ?? 'dist';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`printed from the ${colorScheme} scheme, every page's text keeps AA contrast on white`, async ({ page, baseURL }) => {
    const { urls } = await sitePages(baseURL!, DIST);
    urls.push(new URL(NOT_FOUND_PATH, baseURL).href);
    test.setTimeout(30_000 + urls.length * 5_000);
    await page.emulateMedia({ media: 'print', colorScheme });
    const failures: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      // Printing is on white whatever the screen showed.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), url).toBe('rgb(255, 255, 255)');
      const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      for (const v of violations) for (const node of v.nodes) failures.push(`${new URL(url).pathname}: ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n\s*/g, ' ')}`);
    }
    expect(failures, `${failures.length} low-contrast texts in print (${colorScheme} scheme)`).toEqual([]);
  });
}
