import { expect, test } from '@playwright/test';
import { sectionsOf } from './helpers/content';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
const sections = sectionsOf(ARTICLE);
const energy = sections.find((s) => s.id === 'energy')!;
// The absolute URL the build was made for (SITE_URL, default http://localhost:4321).
const SITE = process.env.SITE_URL ?? 'http://localhost:4321';

test('each section heading has a self-link named after it, pointing at its anchor', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  for (const s of sections) {
    const anchor = page.getByRole('link', { name: `Link to section: ${s.title}`, exact: true });
    await expect(anchor).toHaveAttribute('href', `#${s.id}`);
  }
});

test('the self-link is a 24×24 px target that shows on keyboard focus', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  const anchor = page.getByRole('link', { name: `Link to section: ${energy.title}`, exact: true });
  const box = (await anchor.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');
});

test('copy link puts the exact absolute permalink on the clipboard and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`articles/${ARTICLE}/`);
  const section = page.getByRole('region', { name: energy.title, exact: true });
  const button = section.getByRole('button', { name: /^Copy link/ });
  await expect(button).toBeVisible();
  // The plain permalink stays beside the button on the article page.
  await expect(section.getByRole('link', { name: /^Section permalink/ })).toHaveAttribute('href', `/articles/${ARTICLE}/${energy.id}/`);
  await button.click();
  await expect(section.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${SITE}/articles/${ARTICLE}/${energy.id}/`);
});

test('copy link on a section page copies that page’s permalink', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`articles/${ARTICLE}/${energy.id}/`);
  await page.getByRole('button', { name: /^Copy link/ }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/articles/${ARTICLE}/${energy.id}/`);
});

test('with JavaScript off the copy control is a plain working link @phone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`articles/${ARTICLE}/${energy.id}/`);
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Link to this section/ })).toHaveAttribute('href', `${SITE}/articles/${ARTICLE}/${energy.id}/`);
  await context.close();
});

test('the script that turns the permalinks into buttons moves nothing below them @phone', async ({ browser, baseURL, viewport }) => {
  // Where every heading sits and how tall the page is, with the plain links (JavaScript off) and with the buttons.
  const layout = async (javaScriptEnabled: boolean, path: string, deviceScaleFactor: number) => {
    const context = await browser.newContext({ javaScriptEnabled, baseURL, viewport, deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(path);
    if (javaScriptEnabled) await expect(page.getByRole('button', { name: /^Copy link/ }).first()).toBeVisible();
    const figures = await page.evaluate(() => [document.documentElement.scrollHeight, ...[...document.querySelectorAll('main h2, main h3')].map((h) => Math.round(h.getBoundingClientRect().top + scrollY))]);
    await context.close();
    return figures;
  };
  // 1.5: a ratio at which a 1px border is not a whole number of device pixels.
  for (const ratio of [1, 1.5]) {
    for (const path of [`articles/${ARTICLE}/`, `articles/${ARTICLE}/${energy.id}/`]) {
      const plain = await layout(false, path, ratio);
      expect(plain.length, path).toBeGreaterThan(2);
      expect(await layout(true, path, ratio), `${path} at ${ratio}×`).toEqual(plain);
    }
  }
});

test('the copy button is reachable by keyboard and works with Enter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`articles/${ARTICLE}/${energy.id}/`);
  const button = page.getByRole('button', { name: /^Copy link/ });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((b) => b === document.activeElement)) break;
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
});

test('a linked heading sits clear of the top edge and is marked as the target @phone', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/#${energy.id}`);
  const heading = page.getByRole('heading', { level: 2, name: energy.title, exact: true });
  await expect(heading).toHaveAttribute('id', energy.id);
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(0);
  const background = await heading.evaluate((h) => getComputedStyle(h).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});
