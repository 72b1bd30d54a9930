import { expect, test } from '@playwright/test';
import { articleTitle, sectionsOf } from './helpers/content';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
const sections = sectionsOf(ARTICLE);

test('each section page has its own title, breadcrumb, topic and canonical URL', async ({ page }) => {
  for (const [i, s] of sections.entries()) {
    await page.goto(`articles/${ARTICLE}/${s.id}/`);
    await expect(page).toHaveTitle(new RegExp(`^${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['Home', articleTitle(ARTICLE)]);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(s.title); // aria-current is what is tested; getByRole cannot select by it
    // <link> and <meta> in <head> have no role.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${ARTICLE}/${s.id}/$`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    await expect(page.getByText(`Section ${i + 1} of ${sections.length} in`)).toBeVisible();
  }
});

test('a section page links back to the exact anchor in the full article @phone', async ({ page }) => {
  const s = sections.find((x) => x.id === 'military')!;
  await page.goto(`articles/${ARTICLE}/${s.id}/`);
  const back = page.getByRole('link', { name: `Read it in the full article: ${s.title}` });
  await expect(back).toHaveAttribute('href', `/articles/${ARTICLE}/#${s.id}`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/#${s.id}$`));
  const heading = page.getByRole('heading', { level: 2, name: s.title, exact: true });
  await expect(heading).toHaveAttribute('id', s.id);
  await expect(heading).toBeInViewport();
});

test('previous and next walk the sections in order', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/${sections[0]!.id}/`);
  await expect(page.getByRole('link', { name: /^Previous section/ })).toHaveCount(0);
  for (const s of sections.slice(1)) {
    await page.getByRole('link', { name: /^Next section/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
  }
  await expect(page.getByRole('link', { name: /^Next section/ })).toHaveCount(0);
});
