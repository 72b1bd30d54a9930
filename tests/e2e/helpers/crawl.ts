/**
 * Crawls a served site from a start URL, following every same-origin link in
 * <a href>, <link href> (feeds included), <script src>, <img src>/srcset and
 * <source>, and url() in stylesheets. Reports every link that
 * escapes the base path, fails to load, or points at a #fragment no element has.
 */
import { parse } from 'node-html-parser';

export interface CrawlResult {
  pages: string[];
  problems: string[];
}

export async function crawl(start: string, basePath: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const queue = [new URL(start).href];
  const seen = new Set(queue);
  const pages: string[] = [];
  const problems: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const fragments: { from: string; page: string; id: string }[] = [];

  while (queue.length > 0) {
    const url = queue.shift()!;
    const res = await fetch(url, { redirect: 'manual' });
    if (res.status !== 200) {
      problems.push(`${url}: status ${res.status}`);
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('text/css')) {
      // Fonts and images a stylesheet pulls in with url() must load too (issue 6).
      for (const m of (await res.text()).matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const ref = m[2]!.trim();
        if (ref.startsWith('data:') || ref.startsWith('#')) continue;
        const target = new URL(ref, url);
        if (target.origin !== origin) continue;
        if (!target.pathname.startsWith(basePath)) problems.push(`${url}: url(${ref}) escapes the base ${basePath}`);
        else if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
      continue;
    }
    if (!type.includes('text/html')) continue;
    pages.push(url);
    const root = parse(await res.text());
    idsByPage.set(url, new Set(root.querySelectorAll('[id]').map((e) => e.id)));
    const refs = [
      ...root.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('link[href]').filter((e) => !['canonical', 'alternate'].includes(e.getAttribute('rel') ?? '')).map((e) => e.getAttribute('href')!),
      // Feeds announced in the head must resolve too (issue 5).
      ...root.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('script[src]').map((e) => e.getAttribute('src')!),
      ...root.querySelectorAll('img[src], source[src], video[poster], audio[src]').map((e) => e.getAttribute('src') ?? e.getAttribute('poster')!),
      // Every candidate of a responsive image (issue 6).
      ...root.querySelectorAll('img[srcset], source[srcset]').flatMap((e) => e.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean)),
    ];
    for (const ref of refs) {
      const target = new URL(ref, url);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(basePath)) {
        problems.push(`${url}: link "${ref}" escapes the base ${basePath}`);
        continue;
      }
      const page = `${target.origin}${target.pathname}${target.search}`;
      if (target.hash) fragments.push({ from: url, page, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
  }
  for (const f of fragments) {
    const ids = idsByPage.get(f.page);
    if (ids && !ids.has(f.id)) problems.push(`${f.from}: fragment #${f.id} not found on ${f.page}`);
  }
  return { pages, problems };
}
