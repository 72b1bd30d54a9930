/**
 * Search (issue 5): Pagefind's index of the section pages, queried through
 * the search page's own small UI, under the site's Content Security Policy.
 */
import { expect, test } from '@playwright/test';
import { sectionsOf, topics } from './helpers/content';
import { SEARCH_TIMEOUT } from './helpers/search';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
const energy = sectionsOf(ARTICLE).find((s) => s.id === 'energy')!;

test('the header links to search, and "nuclear" finds the energy section first @phone', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${baseURL}search/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');

  await page.getByRole('searchbox', { name: 'Search every section' }).fill('nuclear');
  await expect(page.getByRole('status')).toHaveText('1 section matches “nuclear”.', { timeout: SEARCH_TIMEOUT });
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  const first = results.first().getByRole('link');
  await expect(first).toHaveText(energy.title);
  await expect(first).toHaveAttribute('href', `/articles/${ARTICLE}/energy/`);
  // <mark> has the ARIA role "mark", but getByRole does not take it.
  await expect(results.first().locator('mark').first()).toHaveText('nuclear');
  await expect(results.first().getByRole('paragraph')).not.toContainText('Context note:'); // the article's own text matches
  // The query is kept in the address, so a search can be linked.
  await expect(page).toHaveURL(`${baseURL}search/?q=nuclear`);

  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(energy.title);
  expect(errors).toEqual([]);
});

test('results are section pages only, never the full article or chrome', async ({ page }) => {
  // "Russia" is in every section, the article title and the site name.
  await page.goto('search/?q=russia');
  await expect(page.getByRole('status')).toHaveText(/sections? match/, { timeout: SEARCH_TIMEOUT });
  const hrefs = await page.getByRole('list', { name: 'Search results' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^/articles/${ARTICLE}/[a-z-]+/$`));
  // Labels are not indexed: heading self-links ("Link to section: …"), copy link, "Read it in the full article".
  // ("read" would find the energy note's "ready": search matches the last word as a prefix.)
  for (const label of ['link', 'full']) {
    await page.getByRole('searchbox', { name: 'Search every section' }).fill(label);
    await expect(page.getByRole('status')).toHaveText(`No sections match “${label}”.`);
  }
});

test('a name only the context notes give finds the section the note follows', async ({ page }) => {
  // "Belousov" is not in the article; the military section's context note names him.
  const military = sectionsOf(ARTICLE).find((s) => s.id === 'military')!;
  await page.goto('search/?q=Belousov');
  await expect(page.getByRole('status')).toHaveText('1 section matches “Belousov”.', { timeout: SEARCH_TIMEOUT });
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(result.getByRole('link')).toHaveText(military.title);
  await expect(result.locator('mark').first()).toHaveText(/^Belousov/); // no getByRole('mark'), as above
  // The excerpt is the note's, and says so: added context stays apart from the article's text.
  await expect(result.getByRole('paragraph')).toHaveText(/^Context note: /);
  await result.getByRole('link').click();
  await expect(page.getByRole('complementary', { name: `Context for ${military.title}` })).toContainText('Belousov');
  // The note's label and credit line are not indexed: "explainer desk" is in every note's credit.
  await page.goto('search/?q=desk');
  await expect(page.getByRole('status')).toHaveText('No sections match “desk”.', { timeout: SEARCH_TIMEOUT });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page offers the topic index instead @phone', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByRole('searchbox')).toHaveCount(0); // the form stays hidden
    await expect(page.getByText('Search needs JavaScript. Every section is also listed by topic below.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('');
    const browse = page.getByRole('region', { name: 'Browse by topic' });
    await expect(browse.getByRole('heading', { level: 3 })).toHaveText(topics().map((t) => t.name));
    const energy = topics().find((t) => t.id === 'energy')!;
    await browse.getByRole('link', { name: energy.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(energy.name);
  });
});
