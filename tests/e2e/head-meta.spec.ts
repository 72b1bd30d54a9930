import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { readPngSize } from '../../src/lib/og-image';
import { builtPages, pathOf } from './helpers/dist';

// Reads the built files (no browser needed): every page's head carries its own values.
const SITE = process.env.SITE_URL ?? 'http://localhost:4321';
const DIST = 'dist';

function head(file: string) {
  const root = parse(readFileSync(join(DIST, file), 'utf8'));
  const meta = (key: string) =>
    root.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? root.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
  return { root, meta, title: root.querySelector('title')?.text, canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href') };
}

const pages = builtPages(DIST).filter((f) => !parse(readFileSync(join(DIST, f), 'utf8')).querySelector('meta[http-equiv="refresh"]'));

test('every page has its own title, description and canonical URL', () => {
  expect(pages.length).toBeGreaterThan(10);
  const titles = new Set<string>();
  for (const file of pages) {
    const { title, meta, canonical } = head(file);
    expect(title, file).toBeTruthy();
    expect(titles.has(title!), `${file}: title "${title}" repeats another page's`).toBe(false);
    titles.add(title!);
    expect(meta('description'), file).toMatch(/^.{10,}$/);
    expect(canonical, file).toBe(`${SITE}/${pathOf(file)}`);
    expect(meta('og:url'), file).toBe(canonical);
    expect(meta('og:title'), file).toBeTruthy();
    expect(meta('og:site_name'), file).toBeTruthy();
  }
});

test('article and section pages carry their own card, dates and topic', () => {
  // Article and section pages; an article's sources page is a plain page.
  const shareable = pages.filter((f) => /^articles\/[^/]+\/([^/]+\/)?index\.html$/.test(f) && !f.endsWith('/sources/index.html'));
  expect(shareable.length).toBeGreaterThanOrEqual(6);
  const images = new Set<string>();
  for (const file of shareable) {
    const { root, meta } = head(file);
    const [, article, section] = /^articles\/([^/]+)\/(?:([^/]+)\/)?index\.html$/.exec(file)!;
    const h1 = root.querySelector('main h1')!.text.trim();
    expect(meta('og:type'), file).toBe('article');
    expect(meta('og:title'), file).toBe(h1);
    expect(meta('og:description'), file).toBe(meta('description'));
    const image = meta('og:image')!;
    expect(image, file).toBe(`${SITE}/og/articles/${article}${section ? `/${section}` : ''}.png`);
    expect(existsSync(join(DIST, new URL(image).pathname)), `${file}: ${image} was not built`).toBe(true);
    expect(images.has(image), `${file}: shares its card with another page`).toBe(false);
    images.add(image);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt'), file).toContain(h1);
    expect(meta('article:published_time'), file).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(meta('article:section'), file).toBeTruthy();
    expect(meta('twitter:card'), file).toBe('summary_large_image');
    if (section) {
      const topicLink = root.querySelector('main header a[href^="/topics/"]')!.text.trim();
      expect(meta('article:section'), file).toBe(topicLink);
    }
  }
});

test('topic pages share their topic’s card, and every other page the site’s own; each is built', () => {
  const others = pages.filter((f) => !/^articles\/[^/]+\/([^/]+\/)?index\.html$/.test(f) || f.endsWith('/sources/index.html'));
  expect(others.length).toBeGreaterThan(5);
  for (const file of others) {
    const { meta } = head(file);
    const topic = /^topics\/([^/]+)\/(?:page\/\d+\/)?index\.html$/.exec(file)?.[1];
    const image = meta('og:image')!;
    expect(image, file).toBe(`${SITE}/og/${topic ? `topics/${topic}` : 'site'}.png`);
    expect(png(new URL(image).pathname.slice(1)), `${file}: ${image}`).toEqual({ width: 1200, height: 630 });
    expect(meta('og:image:alt'), file).toMatch(topic ? /: the topic “[^”]+”\. \S/ : /^Explainer: Myanmar and Russia: /);
    expect(meta('twitter:card'), file).toBe('summary_large_image');
  }
});

/** A built PNG's size; readPngSize (og-image.ts) throws if the file is not a PNG. */
const png = (file: string) => readPngSize(readFileSync(join(DIST, file)));

test('Open Graph images are 1200×630 PNGs', () => {
  expect(png('og/articles/min-aung-hlaing-russia-visit-2025/energy.png')).toEqual({ width: 1200, height: 630 });
});

test('every page names its favicon, a 64×64 PNG, and home-screen icon, a 180×180 PNG, both drawn from the favicon’s SVG', () => {
  for (const file of pages) {
    const { root } = head(file);
    const icons = root.querySelectorAll('link[rel="icon"]');
    // One icon, not the SVG beside it: Chromium would pick the SVG and draw it on the page's main thread.
    expect(icons.map((l) => [l.getAttribute('href'), l.getAttribute('type'), l.getAttribute('sizes')]), file).toEqual([['/favicon.png', 'image/png', '64x64']]);
    expect(root.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'), file).toBe('/apple-touch-icon.png');
  }
  expect(png('favicon.png')).toEqual({ width: 64, height: 64 });
  expect(png('apple-touch-icon.png')).toEqual({ width: 180, height: 180 });
});

test('/favicon.ico, which browsers ask for on documents that name no icon (a feed), is the same PNG in an ICO', async ({ request }) => {
  const res = await request.get('favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/x-icon');
  const ico = await res.body();
  expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
  expect(ico.subarray(22).equals(readFileSync(join(DIST, 'favicon.png')))).toBe(true);
});

test('article pages carry NewsArticle and BreadcrumbList JSON-LD with their own values', () => {
  const { root } = head('articles/min-aung-hlaing-russia-visit-2025/index.html');
  const blocks = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
  const article = blocks.find((b) => b['@type'] === 'NewsArticle');
  expect(article.headline).toBe(root.querySelector('main h1')!.text.trim());
  expect(article.mainEntityOfPage).toMatchObject({ '@id': `${SITE}/articles/min-aung-hlaing-russia-visit-2025/` });
  expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}/);
  const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', article.headline]);
});
