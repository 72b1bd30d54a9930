/**
 * Text strikes within budget (issue 7): every article, section and topic page
 * lays out no more distinct fonts (stack × size × weight × style) than
 * src/lib/text-strikes.ts allows, as the phone Lighthouse's mobile preset
 * emulates. Each one is a font lookup on the first layout; see that file and
 * docs/performance-notes.md. Styles are read once the page has loaded and its scripts have
 * run; enhancements that swap markup in take the font of what they replace.
 */
import { expect, test } from '@playwright/test';
import { pageKind } from '../../src/lib/budgets';
import { EDITOR_FORMATTING, strikesOverBudget, STRIKE_BUDGETS, textStrikes, type TextStyle } from '../../src/lib/text-strikes';
import { belowBase, sitePages } from './helpers/pages';

const DIST = process.env.OUT_DIR ?? 'dist';
/** Lighthouse's mobile preset: a Moto G Power, 412 × 823 CSS px at 1.75 device pixels per px. */
const LIGHTHOUSE_MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

test.use(LIGHTHOUSE_MOBILE);

test('article, section and topic pages stay within their text-strike budgets', async ({ page, baseURL }) => {
  const basePath = new URL(baseURL!).pathname;
  const { urls } = await sitePages(baseURL!, DIST);
  const judged = urls.map((url) => ({ url, kind: pageKind(belowBase(url, basePath)) })).filter((p) => STRIKE_BUDGETS[p.kind] !== undefined);
  expect(new Set(judged.map((p) => p.kind)), 'the build has no page of some budgeted kind').toEqual(new Set(Object.keys(STRIKE_BUDGETS)));
  test.setTimeout(30_000 + judged.length * 3_000);
  const problems: string[] = [];
  for (const { url, kind } of judged) {
    const response = await page.goto(url);
    expect(response?.status(), `${url} did not load`).toBe(200);
    // Every text node the browser lays out (the skip link and visually hidden labels too), except what editors format.
    const styles = await page.evaluate((editorFormatting) => {
      const out: TextStyle[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.nodeValue?.trim() || !el.checkVisibility() || el.closest(editorFormatting)) continue;
        const cs = getComputedStyle(el);
        out.push({ family: cs.fontFamily, size: cs.fontSize, weight: cs.fontWeight, style: cs.fontStyle });
      }
      return out;
    }, EDITOR_FORMATTING);
    expect(styles.length, `${url} has no text`).toBeGreaterThan(0);
    const over = strikesOverBudget(url, kind, textStrikes(styles));
    if (over) problems.push(over);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
