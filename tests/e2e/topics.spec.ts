import { expect, test } from '@playwright/test';
import { SECTIONS_PER_TOPIC_PAGE } from '../../src/lib/pagination';
import { articleIds, sectionsOf, topics } from './helpers/content';

const allSections = articleIds().flatMap((a) => sectionsOf(a));
const countFor = (topic: string) => allSections.filter((s) => s.topic === topic).length;

test('the topic index lists every topic of content/topics.yaml, in order, with its section count', async ({ page }) => {
  await page.goto('topics/');
  // The index's items are the list items of the page's content headed by a topic (the breadcrumb's items have no heading).
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  const expected = topics();
  expect(expected.length).toBeGreaterThan(0);
  await expect(items).toHaveCount(expected.length);
  for (const [i, t] of expected.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(t.name);
    await expect(item.getByRole('link', { name: t.name, exact: true })).toHaveAttribute('href', `/topics/${t.id}/`);
    const n = countFor(t.id);
    await expect(item.getByText(/^\d+ sections?$/)).toHaveText(n === 1 ? '1 section' : `${n} sections`);
  }
});

test('each topic page links to working section pages @phone', async ({ page }) => {
  for (const t of topics()) {
    await page.goto(`topics/${t.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.name);
    // The first page holds the newest SECTIONS_PER_TOPIC_PAGE (tests/e2e/scale/ follows the later pages).
    const expected = allSections.filter((s) => s.topic === t.id).slice(0, SECTIONS_PER_TOPIC_PAGE);
    // Each section is a card (an article) whose h2 links to the section's page.
    const links = page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).getByRole('link');
    await expect(links).toHaveCount(expected.length);
    if (expected.length === 0) {
      await expect(page.getByText('No sections in this topic yet.')).toBeVisible();
      continue;
    }
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const [i, href] of hrefs.entries()) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect(href).toMatch(new RegExp(`/articles/${expected[i]!.article}/${expected[i]!.id}/$`));
    }
    await links.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]!.title);
  }
});

test('on the home page, the Topics section stands apart from the article list above it @phone', async ({ page }) => {
  await page.goto('./');
  const list = await page.getByRole('region', { name: 'Articles', exact: true }).boundingBox();
  const topicsHeading = await page.getByRole('heading', { level: 2, name: 'Topics' }).boundingBox();
  // The list's last card ends in a rule; a heading set straight under it reads as underlined by it.
  expect(topicsHeading!.y - (list!.y + list!.height)).toBeGreaterThanOrEqual(24);
});
