import { expect, test } from '@playwright/test';
import { sectionsOf } from './helpers/content';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
test.use({ javaScriptEnabled: false });

test('the site reads and navigates with JavaScript disabled @phone', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Topics', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
  await page.goto(`articles/${ARTICLE}/`);
  for (const s of sectionsOf(ARTICLE)) {
    await expect(page.getByRole('heading', { level: 2, name: s.title, exact: true })).toBeVisible();
  }
  const first = sectionsOf(ARTICLE)[0]!;
  await page.getByRole('link', { name: `Section permalink for ${first.title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});
