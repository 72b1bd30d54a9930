/**
 * Keyboard gate (issue 6): Tab through the article page from the top. The skip
 * link comes first; then every interactive element, once each, in DOM order
 * (which is the reading order: no positive tabindex reorders it); each one shows
 * a focus indicator it does not show unfocused (WCAG 2.4.3, 2.4.7, 2.4.11).
 */
import { expect, test, type Page } from '@playwright/test';

const ARTICLE = 'articles/min-aung-hlaing-russia-visit-2025/';

// With smooth scrolling (global.css, motion allowed) a focused element glides
// into view after the check; readers who ask for reduced motion get instant
// scrolling, which lets the walk check "focused and on screen" at once.
test.use({ reducedMotion: 'reduce' });

/** What can take focus by Tab, in DOM order, if rendered and not inert. */
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

interface Ring {
  outline: string;
  boxShadow: string;
}

/** Tags every Tab-reachable element with data-kbd-index and describes it. */
async function expectedOrder(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const tabindex = el.getAttribute('tabindex');
      if (tabindex !== null && Number(tabindex) < 0) continue;
      // Not rendered, hidden, or inside a closed <details> (content-visibility: hidden).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      el.dataset.kbdIndex = String(out.length);
      out.push(`${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
    }
    return out;
  }, FOCUSABLE);
}

function ringOf(el: Element): Ring {
  const s = getComputedStyle(el);
  const width = parseFloat(s.outlineWidth);
  return { outline: s.outlineStyle === 'none' || width === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow };
}

test('Tab reaches the skip link first, then every interactive element in order, each with a visible focus ring @phone', async ({ page }) => {
  // One key press per interactive element (about 80 on the article page), each
  // judged in the page: slower than the default 30 s on a loaded 2-core machine.
  test.setTimeout(120_000);
  await page.goto(ARTICLE);
  const expected = await expectedOrder(page);
  expect(expected.length).toBeGreaterThan(10);
  // The tabindex attribute is what is checked: no role or name selects it.
  expect(await page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count(), 'no positive tabindex').toBe(0);

  // Styles of every element while nothing is focused, to compare with its focused look.
  const unfocused: Ring[] = await page.evaluate(
    (ring) => [...document.querySelectorAll<HTMLElement>('[data-kbd-index]')].map((el) => new Function('el', `return (${ring})(el)`)(el)),
    ringOf.toString(),
  );

  const reached: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < expected.length + 2; i++) {
    await page.keyboard.press('Tab');
    // Give style and scrolling a moment to settle before judging (under load the
    // first frame after a key press can lag); a real problem still fails below.
    // Under full load the element just left (the skip link) was twice still on
    // top for a moment in CI; a covering that lasts still fails below.
    await page
      .waitForFunction(() => {
        const el = document.activeElement;
        const r = el?.getBoundingClientRect();
        if (!el || !r) return true;
        if (!(r.bottom > 0 && r.top < innerHeight)) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === null || hit === el || el.contains(hit) || hit.contains(el);
      }, null, { timeout: 1000 })
      .catch(() => undefined);
    const state = await page.evaluate((ring) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const r = el.getBoundingClientRect();
      return {
        index: el.dataset.kbdIndex === undefined ? -1 : Number(el.dataset.kbdIndex),
        describe: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        ring: new Function('el', `return (${ring})(el)`)(el) as { outline: string; boxShadow: string },
        // WCAG 2.4.11: not hidden under the sticky header or anything else.
        // The element on top at the focused element's centre, when it is another one.
        obscured: (() => {
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (hit === null || hit === el || el.contains(hit) || hit.contains(el)) return '';
          return `${hit.tagName.toLowerCase()}${hit.className ? `.${String(hit.className).split(' ')[0]}` : ''} "${(hit.textContent ?? '').trim().slice(0, 30)}"`;
        })(),
        visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
        box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in a ${innerWidth}×${innerHeight} window`,
      };
    }, ringOf.toString());
    if (!state) break; // focus left the page: the walk is complete
    if (state.index === -1) {
      problems.push(`Tab ${i + 1} focused ${state.describe}, which is not in the expected list`);
      continue;
    }
    if (reached.length > 0 && state.index === 0) break; // wrapped round
    reached.push(expected[state.index]!);
    const before = unfocused[state.index]!;
    const hasRing = state.ring.outline !== 'none' || state.ring.boxShadow !== 'none';
    const changed = state.ring.outline !== before.outline || state.ring.boxShadow !== before.boxShadow;
    if (!hasRing || !changed) problems.push(`${expected[state.index]} shows no focus indicator (focused ${JSON.stringify(state.ring)}, unfocused ${JSON.stringify(before)})`);
    if (!state.visible) problems.push(`${expected[state.index]} is focused off screen (${state.box})`);
    else if (state.obscured) problems.push(`${expected[state.index]} is focused but covered by ${state.obscured} (${state.box})`);
  }

  expect(problems).toEqual([]);
  expect(reached[0]).toBe('a #main "Skip to content"');
  expect(reached).toEqual(expected);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toHaveAttribute('id', 'main');
  await expect(page.getByRole('main')).toBeFocused();
});
