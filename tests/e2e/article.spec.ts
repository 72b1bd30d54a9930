import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { isReservedSectionId } from '../../src/lib/ids';
import { articleIds, articleTitle, sectionsOf } from './helpers/content';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
const articleUrl = `articles/${ARTICLE}/`;
const sectionTitle = (id: string) => sectionsOf(ARTICLE).find((s) => s.id === id)!.title;

test('the table of contents links every part of the page, sections included, and scrolls to its heading @phone', async ({ page }) => {
  await page.goto(articleUrl);
  const toc = page.getByRole('navigation', { name: 'In this article' });
  const sections = sectionsOf(ARTICLE);
  // On a phone the contents are folded: open them as a reader would.
  // On a wide screen the list is always shown, under a plain label: no fold to operate, none announced.
  if ((page.viewportSize()?.width ?? 0) < 960) await toc.getByText('In this article').filter({ visible: true }).click();
  // <summary> has no ARIA role to find it by.
  else await expect(toc.locator('summary')).toBeHidden();
  const links = toc.getByRole('link');
  // Every h2 of the article in page order, each link to its heading's id: the briefing, the sections, then the context added around them.
  const headings = page.getByRole('article').getByRole('heading', { level: 2 });
  const expected = await headings.evaluateAll((hs) => hs.map((h) => ({ text: h.textContent!.trim(), href: `#${h.id}` })));
  expect(expected.map((h) => h.text)).toEqual(expect.arrayContaining([...sections.map((s) => s.title), 'Key facts', 'Where reports differ', 'Timeline', 'Sources']));
  await expect(links).toHaveText(expected.map((h) => h.text));
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected.map((h) => h.href));
  const energy = sections.find((s) => s.id === 'energy')!;
  await toc.getByRole('link', { name: energy.title }).click();
  await expect(page).toHaveURL(new RegExp(`#${energy.id}$`));
  const heading = page.getByRole('heading', { level: 2, name: energy.title });
  await expect(heading).toHaveAttribute('id', energy.id);
  await expect(heading).toBeInViewport();
});

test('loading #energy lands on the energy heading, marked as the target @phone', async ({ page }) => {
  await page.goto(`${articleUrl}#energy`);
  const heading = page.getByRole('heading', { level: 2, name: sectionTitle('energy'), exact: true });
  await expect(heading).toHaveAttribute('id', 'energy');
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(await heading.evaluate((h) => h.matches(':target'))).toBe(true);
});

test('a shared #section link opens on the section at once, without animating the scroll from the top @phone', async ({ page }) => {
  // Where the section's heading is at every scroll the page makes, from the first:
  // a smooth scroll from the top would pass through positions with the heading far
  // below the window. (Scroll anchoring may shift the page by a few pixels as
  // enhancements load; the heading stays where it is.)
  await page.addInitScript(() => {
    const w = window as unknown as { tops: number[] };
    w.tops = [];
    addEventListener('scroll', () => {
      const heading = document.getElementById('military');
      if (heading) w.tops.push(Math.round(heading.getBoundingClientRect().top));
    }, { passive: true });
  });
  await page.goto(`${articleUrl}#military`);
  const target = page.getByRole('heading', { level: 2, name: sectionTitle('military'), exact: true });
  await expect(target).toHaveAttribute('id', 'military');
  await expect(target).toBeInViewport();
  const tops = await page.evaluate(() => (window as unknown as { tops: number[] }).tops);
  expect(tops.length, 'the page scrolled to the section').toBeGreaterThan(0);
  expect(tops.filter((top) => top < 0 || top >= 200), 'heading positions outside the top of the window while scrolling').toEqual([]);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
});

test('the Sources block reads as two sentences, with the link to the list', async ({ page }) => {
  await page.goto(articleUrl);
  const block = page.getByRole('region', { name: 'Sources' });
  await expect(block).toContainText(/each marked by its number\. See the numbered list of sources, with publisher/, { useInnerText: true });
  await expect(block.getByRole('link', { name: 'See the numbered list of sources' })).toHaveAttribute('href', `/${articleUrl}sources/`);
});

test('every element id on the article and section pages is a section’s own or one a section may not take', async ({ page }) => {
  const sections = sectionsOf(ARTICLE).map((s) => s.id);
  const own = (id: string) => sections.some((s) => id === s || id.startsWith(`${s}-`));
  for (const url of [articleUrl, `${articleUrl}${sections[1]}/`]) {
    await page.goto(url);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(10);
    // A template id missing from RESERVED_SECTION_IDS (src/lib/ids.ts) would let a section take it and break its #link.
    expect(ids.filter((id) => !own(id) && !isReservedSectionId(id)), url).toEqual([]);
  }
});

test('every section has its h2 anchor and a link to its own page', async ({ page }) => {
  await page.goto(articleUrl);
  for (const s of sectionsOf(ARTICLE)) {
    const heading = page.getByRole('heading', { level: 2, name: s.title, exact: true });
    await expect(heading).toHaveAttribute('id', s.id);
    const link = page.getByRole('link', { name: `Section permalink for ${s.title}` });
    await expect(link).toHaveAttribute('href', `/articles/${ARTICLE}/${s.id}/`);
  }
});

test('the article text is the seed article, verbatim and in order', async ({ page }) => {
  const seed = readFileSync('tests/fixtures/seed-article.txt', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== 'Post Comment');
  const sentences = seed.flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z“"])/));
  expect(sentences.length).toBeGreaterThan(20);
  await page.goto(articleUrl);
  const text = (await page.getByRole('article').first().textContent())!.replace(/\s+/g, ' ');
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    expect(at, `sentence missing or out of order: "${sentence}"`).toBeGreaterThanOrEqual(0);
    from = at + sentence.length;
  }
  expect(text).not.toContain('Post Comment');
});

test('the home page lists every published article with its topics', async ({ page }) => {
  await page.goto('');
  const list = page.getByRole('region', { name: 'Articles', exact: true });
  for (const id of articleIds()) {
    const link = list.getByRole('link', { name: articleTitle(id), exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `/articles/${id}/`);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('list', { name: /^Topics in / })).toBeVisible();
});

test('an unknown URL gets the styled 404 page', async ({ page }) => {
  const res = await page.goto('no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Browse the topics' })).toHaveAttribute('href', '/topics/');
});

test('trimming an article address to /articles/ lands on the home page, where the articles are listed', async ({ page }) => {
  await page.goto('articles/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: articleTitle(ARTICLE), exact: true }).first()).toBeVisible();
});

test('/articles/ needs no script: a refresh, noindex, and a link a reader can follow @phone', async ({ request }) => {
  const res = await request.get('articles/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/">');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain('The articles are listed on the home page: <a href="/">');
});
