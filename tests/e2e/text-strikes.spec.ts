/**
 * Text strikes within budget (issue 7): every article, section and topic page
 * lays out no more distinct fonts (stack × size × weight × style) than
 * src/lib/text-strikes.ts allows, at Lighthouse's phone width. Each one is a
 * font lookup on the first layout; see that file and BENCHMARKS.md.
 */
import { expect, test } from '@playwright/test';
import { pageKind } from '../../src/lib/budgets';
import { strikesOverBudget, STRIKE_BUDGETS, textStrikes, type TextStyle } from '../../src/lib/text-strikes';
import { sitePages } from './helpers/pages';

const DIST = process.env.OUT_DIR ?? 'dist';

test.use({ viewport: { width: 412, height: 823 } });

test('article, section and topic pages stay within their text-strike budgets', async ({ page, baseURL }) => {
  const basePath = new URL(baseURL!).pathname;
  const { urls } = await sitePages(baseURL!, DIST);
  const judged = urls.map((url) => ({ url, kind: pageKind(new URL(url).pathname.slice(basePath.length)) })).filter((p) => STRIKE_BUDGETS[p.kind] !== undefined);
  expect(new Set(judged.map((p) => p.kind)), 'the build has no page of some budgeted kind').toEqual(new Set(Object.keys(STRIKE_BUDGETS)));
  test.setTimeout(30_000 + judged.length * 3_000);
  const problems: string[] = [];
  for (const { url, kind } of judged) {
    await page.goto(url);
    // Every text node the browser lays out: hidden-from-view text (skip link, visually hidden labels) is laid out too.
    const styles: TextStyle[] = await page.evaluate(() => {
      const out: { family: string; size: string; weight: string; style: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.nodeValue?.trim() || !el.checkVisibility()) continue;
        const cs = getComputedStyle(el);
        out.push({ family: cs.fontFamily, size: cs.fontSize, weight: cs.fontWeight, style: cs.fontStyle });
      }
      return out;
    });
    expect(styles.length, `${url} has no text`).toBeGreaterThan(0);
    const over = strikesOverBudget(url, kind, textStrikes(styles));
    if (over) problems.push(over);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
