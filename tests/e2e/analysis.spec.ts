import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { articleIds, articleTitle, contextNotes, places, sectionsOf, sources } from './helpers/content';
import { builtPages } from './helpers/dist';
import { sitePages } from './helpers/pages';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';

/** Citation markers: links named "Source n" (citations-html.ts). */
const citations = (scope: Page | Locator) => scope.getByRole('link', { name: /^Source \d+$/ });
/** The Sources list's links back to citations, named "Back to citation n" or "Back to citation n, use k of m" (SourcesList.astro). */
const backLinks = (scope: Page | Locator) => scope.getByRole('link', { name: /^Back to citation \d+/ });
/** The back-link to the citation whose element id is cite-<n>-<k>. */
function backLinkTo(scope: Locator, citeId: string): Locator {
  const [, n, k] = /^cite-(\d+)-(\d+)$/.exec(citeId)!;
  return scope.getByRole('link', { name: new RegExp(`^Back to citation ${n}(, use ${k} of \\d+)?$`) });
}
/** The numbered Sources list: "Numbered sources" on an article's sources page, "Sources" on the pages that list their own. */
const sourcesList = (page: Page, path: string) => page.getByRole('region', { name: path.endsWith('/sources/') ? 'Numbered sources' : 'Sources', exact: true });

// The article page keeps its numbered list on /articles/<a>/sources/ (its byte budget, issue 6).
test('citation → reference → back-link round trip @phone', async ({ page }) => {
  await page.goto(`articles/${ARTICLE}/`);
  // The second citation in the article's context notes.
  const cite = citations(page.getByRole('article').getByRole('complementary', { name: /^Context for / })).nth(1);
  const citeId = (await cite.getAttribute('id'))!;
  const refHref = (await cite.getAttribute('href'))!;
  expect(refHref).toMatch(new RegExp(`^/articles/${ARTICLE}/sources/#ref-\\d+$`));
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${refHref}$`));
  // The entry the link's #fragment names: found by that id, as the browser finds it.
  const ref = page.locator(refHref.slice(refHref.indexOf('#')));
  await expect(ref).toBeInViewport();
  const back = backLinkTo(ref, citeId);
  await expect(back).toHaveAttribute('href', `/articles/${ARTICLE}/#${citeId}`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/#${citeId}$`));
  await expect(cite).toBeInViewport();
});

// On a topic page the numbered list is on the page: a citation in the first note jumps to its
// entry, and its back-link returns to the citation.
test('a citation on a topic page jumps to its source entry and back @phone', async ({ page }) => {
  await page.goto('topics/energy/');
  const cite = citations(page.getByRole('complementary').first()).first();
  const citeId = (await cite.getAttribute('id'))!;
  const refHref = (await cite.getAttribute('href'))!;
  expect(refHref).toMatch(/^#ref-\d+$/);
  await cite.click();
  const ref = page.locator(refHref); // the entry the #fragment names
  await expect(ref).toBeInViewport({ ratio: 1 });
  const back = backLinkTo(ref, citeId);
  await expect(back).toHaveAttribute('href', `#${citeId}`);
  await back.click();
  await expect(cite).toBeInViewport({ ratio: 1 });
});

// A shared link to the last entry of a long list, opened fresh, lands on it. Rendering such lists
// lazily (content-visibility: auto, tried for issue 7; see global.css) made these links land off screen.
test('a link to the last entry of a timeline or source list lands on it @phone', async ({ page }) => {
  for (const [path, list] of [
    [`articles/${ARTICLE}/sources/`, 'Numbered sources'],
    ['timeline/', 'Events'],
    ['topics/energy/', 'Sources'],
    ['topics/energy/', 'Energy timeline'],
  ] as const) {
    await page.goto(path);
    const entries = page.getByRole('region', { name: list, exact: true }).getByRole('listitem');
    await expect(entries, `${path}: ${list}`).not.toHaveCount(0);
    const id = await entries.last().getAttribute('id');
    expect(id, `${path}: ${list}`).toBeTruthy();
    await page.goto('about:blank'); // a fresh load, as from a shared link, not a scroll within the page
    await page.goto(`${path}#${id}`);
    // The element the #fragment names, found by that id as the browser finds it.
    await expect(page.locator(`#${id}`), `${path}#${id}`).toBeInViewport({ ratio: 1 });
  }
});

test('every citation on every page resolves to a numbered source entry', async ({ page }) => {
  for (const path of [`articles/${ARTICLE}/`, `articles/${ARTICLE}/energy/`, 'topics/energy/', 'timeline/', 'background/']) {
    await page.goto(path);
    const hrefs = await citations(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
  const numbers = await citations(page).evaluateAll((as) => new Set(as.map((a) => a.textContent)).size);
  const section = page.getByRole('region', { name: 'Sources' });
  await expect(section).toContainText(`cites ${numbers} sources`);
  await section.getByRole('link', { name: 'See the numbered list of sources' }).click();
  await expect(page.getByRole('region', { name: 'Numbered sources', exact: true }).getByRole('listitem')).toHaveCount(numbers);
});

test('every link in the Sources list is an address from the fact sheet', async ({ page }) => {
  const sheet = readFileSync('tests/fixtures/facts.md', 'utf8');
  const addresses = new Set(sheet.match(/https?:\/\/[^\s)|]+/g));
  for (const path of [`articles/${ARTICLE}/sources/`, 'timeline/', 'background/']) {
    await page.goto(path);
    const hrefs = await sourcesList(page, path).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Each entry's link to the source itself; the back-links are relative.
    const urls = hrefs.filter((href) => /^https?:/.test(href));
    expect(urls.length, path).toBeGreaterThan(0);
    for (const url of urls) expect(addresses, `${path}: ${url}`).toContain(url);
  }
});

test('every state media source is labelled as such', async ({ page }) => {
  const stateMedia = sources().filter((s) => s.kind === 'state-media');
  expect(stateMedia.length).toBeGreaterThan(0);
  // Each is listed on at least one of the three pages, and labelled wherever it is.
  const found = new Map(stateMedia.map((s) => [s.url, 0]));
  for (const path of [`articles/${ARTICLE}/sources/`, 'timeline/', 'background/']) {
    await page.goto(path);
    for (const s of stateMedia) {
      // An entry names its source in the link to it.
      const link = page.getByRole('link', { name: s.title, exact: true });
      const items = sourcesList(page, path).getByRole('listitem').filter({ has: link });
      const n = await items.count();
      found.set(s.url, found.get(s.url)! + n);
      for (let i = 0; i < n; i++) {
        await expect(items.nth(i).getByRole('link', { name: s.title, exact: true }), `${path}: ${s.url}`).toHaveAttribute('href', s.url);
        await expect(items.nth(i), `${path}: ${s.url}`).toContainText(/state media/i);
      }
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
  // The plant size as the fact sheet gives it (tests/fixtures/facts.md, N3): these figures are what the test asks for.
  await expect(facts).toContainText('110 MW');
  await expect(facts).toContainText('330 MW');
});

test('the locator map has an accessible name and description', async ({ page }) => {
  await page.goto('background/');
  const map = page.getByRole('img', { name: /map/i });
  await expect(map).toHaveCount(1);
  await expect(map).toHaveAccessibleDescription(/Myanmar/);
  await expect(map).toHaveAccessibleDescription(/Russia/);
  const figure = page.getByRole('figure').filter({ has: map });
  const marked = places();
  expect(marked.length).toBeGreaterThan(0);
  for (const place of marked) await expect(figure).toContainText(place.label);
});

test('Burmese names are marked lang="my"', async ({ page }) => {
  await page.goto('background/');
  const burmese = page.locator('[lang="my"]'); // the lang attribute is what is tested; no role carries it
  expect(await burmese.count()).toBeGreaterThanOrEqual(2);
  await expect(burmese.first()).toHaveText(/[\u1000-\u109F]/);
});

test('the timeline page lists entries oldest first, each with a date and a source', async ({ page }) => {
  await page.goto('timeline/');
  const items = page.getByRole('region', { name: 'Events', exact: true }).getByRole('listitem');
  const n = await items.count();
  expect(n).toBeGreaterThan(10);
  const times: string[] = [];
  for (let i = 0; i < n; i++) {
    const time = items.nth(i).getByRole('time');
    await expect(time).toHaveCount(1);
    times.push((await time.getAttribute('datetime'))!);
    await expect(citations(items.nth(i))).not.toHaveCount(0);
  }
  expect([...times].sort()).toEqual(times);
});

test('topic pages show their context notes', async ({ page }) => {
  const notes = contextNotes().filter((n) => n.topic === 'energy');
  expect(notes.length).toBeGreaterThan(0);
  await page.goto('topics/energy/');
  await expect(page.getByRole('complementary', { name: /^Context for / })).toHaveCount(notes.length);
  for (const n of notes) {
    const section = sectionsOf(n.article).find((s) => s.id === n.section)!;
    const note = page.getByRole('complementary', { name: `Context for ${section.title}, in “${articleTitle(n.article)}”`, exact: true });
    // The note's opening words, up to its first citation.
    await expect(note).toContainText(n.body.trim().split(/\s*<Cite\b/)[0]!);
  }
});

// A reader meets citation [n + 1] only after [n]: on every page, numbers first appear in order,
// whatever order the page's parts are registered in (its layout may group what the data mixes).
test('on every page, citation numbers first appear in reading order', async ({ page, baseURL }) => {
  const { urls } = await sitePages(baseURL!, process.env.OUT_DIR ?? 'dist');
  const outOfOrder: string[] = [];
  let pagesWithCitations = 0;
  for (const url of urls) {
    await page.goto(url);
    const numbers = (await citations(page.getByRole('main')).allTextContents()).map((t) => Number(/\d+/.exec(t)?.[0]));
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
  const entries = page.getByRole('region', { name: 'Numbered sources', exact: true }).getByRole('listitem');
  const widths = await backLinks(entries).evaluateAll((as) => as.map((a) => a.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(0);
  expect(widths.filter((w) => w < 24), 'back-links narrower than 24 px').toEqual([]);
  // Several back-links in one entry: neighbours' centres at least 24 px apart.
  const gaps: number[] = [];
  for (const entry of await entries.all()) {
    const xs = await backLinks(entry).evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => r.left + r.width / 2));
    gaps.push(...xs.slice(1).map((x, i) => x - xs[i]!));
  }
  expect(gaps.length, 'an entry with more than one back-link').toBeGreaterThan(0);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(24);
  await page.emulateMedia({ media: 'print' });
  // Found on screen above; on paper none is rendered (getByRole leaves out what is hidden), while the entries are.
  await expect(backLinks(entries)).toHaveCount(0);
  await expect(entries.first()).toBeVisible();
});

// Browsers print without backgrounds by default, and forced colours paint backgrounds over: the dot is a border.
test('the timeline’s dots show on paper and in forced colours', async ({ page }) => {
  await page.goto('timeline/');
  const dot = () =>
    page.getByRole('region', { name: 'Events', exact: true }).getByRole('listitem').first().evaluate((li) => {
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
