/**
 * Issue 5: the site makes zero requests to any other origin, and no page logs
 * a console error, including Content Security Policy violations, on the
 * sub-path build served like GitHub Pages, where the <meta> policy is the
 * only one. Every page of the sitemap is visited in a browser, and the search
 * page runs a query, which starts Pagefind's worker and WebAssembly.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, listedPagePaths } from '../helpers/dist';
import { sitePages } from '../helpers/pages';
import { SEARCH_TIMEOUT } from '../helpers/search';

const DIST = 'dist-subpath';

/** Violations reported to the page (console errors cover them too; this names the directive). */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
}

test('every page loads, asks only its own origin for anything, and logs no error', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const { urls, from } = await sitePages(baseURL!, DIST);
  expect(from).toBe('sitemap');
  // The sitemap lists every page the build wrote (but the 404 and alias redirects).
  expect(urls.map((u) => new URL(u).pathname.slice(new URL(baseURL!).pathname.length)).sort()).toEqual(listedPagePaths(DIST));
  // The search page with a query: Pagefind's script, worker, index and WebAssembly.
  const visits = [...urls, `${baseURL}search/?q=nuclear`];

  const foreign: string[] = [];
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) foreign.push(`${page.url()} → ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await watchCsp(page);

  const violations: string[] = [];
  for (const url of visits) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (url.includes('?q=')) await expect(page.getByRole('status')).toHaveText('1 section matches “nuclear”.', { timeout: SEARCH_TIMEOUT });
    await page.waitForLoadState('networkidle');
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `${url}: ${v}`));
  }
  expect({ foreign, errors, failed, violations }).toEqual({ foreign: [], errors: [], failed: [], violations: [] });
});

test('every built page carries the CSP as a <meta>, with no inline script allowed', () => {
  // Read from the files, not the browser: this checks markup, and is fast.
  const files = builtPages(DIST).concat('404.html');
  for (const file of files) {
    const root = parse(readFileSync(join(DIST, file), 'utf8'));
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    expect(csp, file).toBeDefined();
    const scriptSrc = csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc.startsWith("script-src 'self' 'wasm-unsafe-eval'"), file).toBe(true);
    expect(scriptSrc, file).not.toContain('unsafe-inline');
    expect(csp, file).toContain("default-src 'self'");
    // The <meta> comes before any script or stylesheet, so it governs them all.
    const head = root.querySelector('head')!.childNodes.filter((n) => n.nodeType === 1) as HTMLElement[];
    const metaAt = head.findIndex((n) => n.getAttribute('http-equiv') === 'content-security-policy');
    // (JSON-LD <script type="application/ld+json"> is data, never run, so it may come first.)
    const firstLoad = head.findIndex(
      (n) => (n.tagName === 'SCRIPT' && n.getAttribute('type') !== 'application/ld+json') || n.tagName === 'STYLE' || n.getAttribute('rel') === 'stylesheet',
    );
    expect(metaAt, file).toBeGreaterThan(-1);
    // Every page has at least its stylesheet, but /articles/, which only sends the reader on and loads nothing.
    if (root.querySelector('meta[http-equiv="refresh"]')) expect(firstLoad, file).toBe(-1);
    else expect(firstLoad, file).toBeGreaterThan(metaAt);
    // Every script is an external file from this build (none inline but JSON-LD data).
    expect(root.querySelectorAll('script:not([src])').filter((n) => n.getAttribute('type') !== 'application/ld+json').length, file).toBe(0);
  }
  expect(files.length).toBeGreaterThan(10);
});

test('a CSP violation would be caught: an injected inline script is blocked and reported', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(baseURL!);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
});
