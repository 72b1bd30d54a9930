import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { articleIds, articleTitle } from './helpers/content';
import { builtPages } from './helpers/dist';
import { sitePages } from './helpers/pages';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';

// The article page keeps its numbered list on /articles/<a>/sources/ (its byte budget, issue 6).
test('citation → reference → back-link round trip @phone', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  const cite = page.locator('article .ex-context sup.ex-cite a').nth(1);
  const citeId = await cite.getAttribute('id');
  const refHref = (await cite.getAttribute('href'))!;
  expect(refHref).toMatch(new RegExp(`^/articles/${ARTICLE}/sources/#ref-\\d+$`));
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${refHref}$`));
  const ref = page.locator(refHref.slice(refHref.indexOf('#')));
  await expect(ref).toBeInViewport();
  const back = ref.locator(`a[href="/articles/${ARTICLE}/#${citeId}"]`);
  await expect(back).toHaveCount(1);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/#${citeId}$`));
  await expect(page.locator(`#${citeId}`)).toBeInViewport();
});

// On a topic page the numbered list is on the page: a citation in the first note jumps to its
// entry, and its back-link returns to the citation.
test('a citation on a topic page jumps to its source entry and back @phone', async ({ page }) => {
  await page.goto('topics/energy/');
  const cite = page.getByRole('complementary').first().locator('sup.ex-cite a').first();
  const citeId = (await cite.getAttribute('id'))!;
  const refHref = (await cite.getAttribute('href'))!;
  expect(refHref).toMatch(/^#ref-\d+$/);
  await cite.click();
  const ref = page.locator(refHref);
  await expect(ref).toBeInViewport({ ratio: 1 });
  await ref.locator(`a[href="#${citeId}"]`).click();
  await expect(page.locator(`#${citeId}`)).toBeInViewport({ ratio: 1 });
});

// A shared link to the last entry of a long list, opened fresh, lands on it. Rendering such lists
// lazily (content-visibility: auto, tried for issue 7; see global.css) made these links land off screen.
test('a link to the last entry of a timeline or source list lands on it @phone', async ({ page }) => {
  for (const [path, list] of [
    [`articles/${ARTICLE}/sources/`, '.ex-sources li[id]'],
    ['timeline/', '.ex-timeline li[id]'],
    ['topics/energy/', '.ex-sources li[id]'],
    ['topics/energy/', '.ex-timeline li[id]'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator(list), `${path}: ${list}`).not.toHaveCount(0);
    const id = await page.locator(list).last().getAttribute('id');
    expect(id, `${path}: ${list}`).toBeTruthy();
    await page.goto('about:blank'); // a fresh load, as from a shared link, not a scroll within the page
    await page.goto(`${path}#${id}`);
    await expect(page.locator(`#${id}`), `${path}#${id}`).toBeInViewport({ ratio: 1 });
  }
});

test('every citation on every page resolves to a numbered source entry', async ({ page }) => {
  for (const path of [`articles/${ARTICLE}/`, `articles/${ARTICLE}/energy/`, 'topics/energy/', 'timeline/', 'background/']) {
    await page.goto(path);
    const hrefs = await page.locator('sup.ex-cite a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length, path).toBeGreaterThan(0);
    const byPage = new Map<string, Set<string>>();
    for (const h of hrefs) {
      const u = new URL(h);
      byPage.set(u.pathname, (byPage.get(u.pathname) ?? new Set()).add(u.hash.slice(1)));
    }
    for (const [listPage, ids] of byPage) {
      const res = await page.request.get(listPage);
      const html = await res.text();
      for (const id of ids) expect(html, `${path}: #${id} on ${listPage}`).toMatch(new RegExp(`<li id="${id}"`));
    }
  }
});

test('the article page says how many sources it cites and links to their list', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  const numbers = await page.locator('sup.ex-cite a').evaluateAll((as) => new Set(as.map((a) => a.textContent)).size);
  const section = page.getByRole('region', { name: 'Sources' });
  await expect(section).toContainText(`cites ${numbers} sources`);
  await section.getByRole('link', { name: 'See the numbered list of sources' }).click();
  await expect(page.locator('main ol > li[id^="ref-"]')).toHaveCount(numbers);
});

test('every link in the Sources list is an address from the fact sheet', async ({ page }) => {
  const sheet = readFileSync('tests/fixtures/facts.md', 'utf8');
  const addresses = new Set(sheet.match(/https?:\/\/[^\s)|]+/g));
  for (const path of [`articles/${ARTICLE}/sources/`, 'timeline/', 'background/']) {
    await page.goto(path);
    const urls = await page.locator('section.ex-sources a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(urls.length, path).toBeGreaterThan(0);
    for (const url of urls) expect(addresses, `${path}: ${url}`).toContain(url);
  }
});

test('every state media source is labelled as such', async ({ page }) => {
  const sources = load(readFileSync('content/sources.yaml', 'utf8')) as { url: string; kind: string }[];
  const stateMedia = sources.filter((s) => s.kind === 'state-media');
  expect(stateMedia.length).toBeGreaterThan(0);
  // Each is listed on at least one of the three pages, and labelled wherever it is.
  const found = new Map(stateMedia.map((s) => [s.url, 0]));
  for (const path of [`articles/${ARTICLE}/sources/`, 'timeline/', 'background/']) {
    await page.goto(path);
    for (const s of stateMedia) {
      const items = page.locator('section.ex-sources li', { has: page.locator(`a[href="${s.url}"]`) });
      const n = await items.count();
      found.set(s.url, found.get(s.url)! + n);
      for (let i = 0; i < n; i++) await expect(items.nth(i), `${path}: ${s.url}`).toContainText(/state media/i);
    }
  }
  expect([...found].filter(([, n]) => n === 0).map(([url]) => url), 'state media sources listed on no page').toEqual([]);
});

test('"Where reports differ" lists the six disagreements', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  const section = page.getByRole('region', { name: 'Where reports differ' });
  await expect(section.getByRole('heading', { level: 3 })).toHaveCount(6);
});

test('the short version has three bullets and the key facts name the plant size', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  await expect(page.getByRole('region', { name: 'The short version' }).getByRole('listitem')).toHaveCount(3);
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('110 MW');
  await expect(facts).toContainText('330 MW');
});

test('the locator map has an accessible name and description', async ({ page }) => {
  await page.goto('background/');
  const map = page.getByRole('img', { name: /map/i });
  await expect(map).toHaveCount(1);
  await expect(map).toHaveAccessibleDescription(/Myanmar/);
  await expect(map).toHaveAccessibleDescription(/Russia/);
  for (const place of ['Naypyidaw', 'Yangon', 'Dawei', 'Moscow']) await expect(page.locator('figure.ex-map')).toContainText(place);
});

test('Burmese names are marked lang="my"', async ({ page }) => {
  await page.goto('background/');
  const burmese = page.locator('[lang="my"]');
  expect(await burmese.count()).toBeGreaterThanOrEqual(2);
  await expect(burmese.first()).toHaveText(/[\u1000-\u109F]/);
});

test('the timeline page lists entries oldest first, each with a date and a source', async ({ page }) => {
  await page.goto('timeline/');
  const times = await page.locator('main section.ex-timeline > ol > li > time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(times.length).toBeGreaterThan(10);
  expect([...times].sort()).toEqual(times);
  const items = page.locator('main section.ex-timeline > ol > li');
  const n = await items.count();
  for (let i = 0; i < n; i++) await expect(items.nth(i).locator('sup.ex-cite')).not.toHaveCount(0);
});

test('topic pages show their context notes', async ({ page }) => {
  await page.goto('topics/energy/');
  await expect(page.locator('aside.ex-context')).toHaveCount(1);
  await expect(page.locator('aside.ex-context')).toContainText('110 MW');
});

// A reader meets citation [n + 1] only after [n]: on every page, numbers first appear in order,
// whatever order the page's parts are registered in (its layout may group what the data mixes).
test('on every page, citation numbers first appear in reading order', async ({ page, baseURL }) => {
  const { urls } = await sitePages(baseURL!, process.env.OUT_DIR ?? 'dist');
  const outOfOrder: string[] = [];
  let pagesWithCitations = 0;
  for (const url of urls) {
    await page.goto(url);
    const numbers = (await page.locator('main sup.ex-cite a').allTextContents()).map((t) => Number(/\d+/.exec(t)?.[0]));
    if (numbers.length === 0) continue;
    pagesWithCitations++;
    const firsts = [...new Set(numbers)];
    const expected = firsts.map((_, i) => i + 1);
    if (firsts.join() !== expected.join()) outOfOrder.push(`${new URL(url).pathname}: ${firsts.join(', ')}`);
  }
  expect(pagesWithCitations, 'no page has citations').toBeGreaterThan(3);
  expect(outOfOrder).toEqual([]);
});

// The timeline and Places and people are reached from an article; each leads on to every article.
test('the timeline and Places and people link to every article', async ({ page }) => {
  for (const path of ['timeline/', 'background/']) {
    await page.goto(path);
    const list = page.getByRole('region', { name: 'The articles' });
    for (const id of articleIds()) {
      await expect(list.getByRole('link', { name: articleTitle(id), exact: true }), `${path} → ${id}`).toHaveAttribute('href', new RegExp(`/articles/${id}/$`));
    }
  }
});

// Back-links set side by side ("↩a ↩b") keep their centres 24 px apart (WCAG 2.2 SC 2.5.8); on paper they are left out.
test('the Sources list’s back-links are 24 px wide on screen and not printed @phone', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/sources/`);
  const widths = await page.locator('.ex-sources-backlinks a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(0);
  expect(widths.filter((w) => w < 24), 'back-links narrower than 24 px').toEqual([]);
  // Several back-links in one entry: neighbours' centres at least 24 px apart.
  const gaps = await page.locator('.ex-sources-backlinks').evaluateAll((spans) =>
    spans.flatMap((s) => {
      const xs = [...s.querySelectorAll('a')].map((a) => a.getBoundingClientRect()).map((r) => r.left + r.width / 2);
      return xs.slice(1).map((x, i) => x - xs[i]);
    }),
  );
  expect(gaps.length, 'an entry with more than one back-link').toBeGreaterThan(0);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(24);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ex-sources-backlinks').first()).toBeHidden();
  await expect(page.locator('.ex-sources li').first()).toBeVisible();
});

// Browsers print without backgrounds by default, and forced colours paint backgrounds over: the dot is a border.
test('the timeline’s dots show on paper and in forced colours', async ({ page }) => {
  await page.goto('timeline/');
  const dot = () =>
    page.locator('.ex-timeline li').first().evaluate((li) => {
      const s = getComputedStyle(li, '::before');
      return { width: s.borderTopWidth, style: s.borderTopStyle, colour: s.borderTopColor, page: getComputedStyle(document.body).backgroundColor };
    });
  for (const media of [{ media: 'print' as const }, { media: 'screen' as const, forcedColors: 'active' as const }]) {
    await page.emulateMedia(media);
    const d = await dot();
    expect(d, JSON.stringify(media)).toMatchObject({ width: '5px', style: 'solid' });
    expect(d.colour, JSON.stringify(media)).not.toBe(d.page);
  }
});

// "Palace. [1]" must not wrap into a line that starts with "[1]": each marker is bound to the word before it.
test('no citation marker can start a line: a no-break space, never a plain one, comes before each', () => {
  const loose: string[] = [];
  let markers = 0;
  for (const file of builtPages('dist')) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    for (const m of html.matchAll(/(.{0,30})<sup class="ex-cite">/g)) {
      markers++;
      if (/[ \t\r\n]$/.test(m[1]!)) loose.push(`${file}: …${m[1]}[n]`);
    }
  }
  expect(markers).toBeGreaterThan(50);
  expect(loose).toEqual([]);
});
