/**
 * Page budgets (issue 6), measured on the built files with real compression.
 * Pure: scripts/check-budgets.mjs reads dist/, compresses, and hands the figures
 * to these functions, which decide what each page loads and which budget fails.
 *
 *   page.html ──► pageResources() ──► stylesheets (blocking?), scripts (blocking?)
 *        │                                     │  sizes from disk, gzip + brotli
 *        └──────────────► PageFigures ◄────────┘
 *                             │
 *                      checkBudgets() ──► one BudgetFailure per page and budget
 *
 * Why these numbers:
 * - 14 KB: HTML and render-blocking CSS that fit the first TCP round trip (an
 *   initial congestion window of 10 segments, RFC 6928) paint without waiting.
 * - 2 KB of JavaScript, never render-blocking: the pages work without it
 *   (STYLE.md "HTML first, JavaScript as polish").
 * - 50 KB per page, images excluded: everything else a reader downloads.
 * The figure that counts is gzip at level 9: GitHub Pages and most static hosts
 * send gzip, which is larger than brotli, so a page within budget in gzip is
 * within budget either way. Brotli is printed beside it for information.
 *
 * Imports only node-html-parser and erasable TypeScript, so Node runs it
 * directly from the script (type stripping).
 */
import { parse } from 'node-html-parser';
import { parseListingPagePath } from './urls.ts';

export const KB = 1024;

export const BUDGETS = {
  /** Article page: HTML + render-blocking CSS, compressed. */
  firstRoundTrip: 14 * KB,
  /** Article, section and topic pages: all JavaScript, compressed. */
  javascript: 2 * KB,
  /** Any page: HTML, CSS, JavaScript and fonts, compressed; images excluded. */
  pageWeight: 50 * KB,
} as const;

export type PageKind = 'home' | 'article' | 'section' | 'topic' | 'topics' | 'other';

/** What a page is, from its site path (no base): articles/a/ → article. */
export function pageKind(sitePath: string): PageKind {
  const parts = sitePath.replace(/index\.html$/, '').split('/').filter(Boolean);
  // A later page of a listing (/page/2/, /topics/<t>/page/2/) is of its listing's kind.
  const listing = parseListingPagePath(`/${parts.join('/')}/`);
  if (listing && (listing.first === '/' || /^\/topics\/[^/]+\/$/.test(listing.first))) return pageKind(listing.first);
  if (parts.length === 0) return 'home';
  if (parts[0] === 'articles' && parts.length === 2) return 'article';
  if (parts[0] === 'articles' && parts.length === 3) return 'section';
  if (parts[0] === 'topics' && parts.length === 1) return 'topics';
  if (parts[0] === 'topics' && parts.length === 2) return 'topic';
  return 'other';
}

/** Pages whose JavaScript must fit `BUDGETS.javascript` and never block rendering. */
export const JS_BUDGET_KINDS: readonly PageKind[] = ['article', 'section', 'topic'];

export interface ExternalResource {
  /** The URL as written in the page. */
  url: string;
  /** True when the browser must fetch and apply it before the first paint. */
  blocking: boolean;
}

export interface InlineScript {
  /** The script text (counted inside the HTML, but also towards the JS budget). */
  text: string;
  blocking: boolean;
}

export interface PageResources {
  stylesheets: ExternalResource[];
  scripts: ExternalResource[];
  inlineScripts: InlineScript[];
  /** Fonts and other non-image files the page preloads. */
  preloads: string[];
}

/** `type` values that make a <script> run as JavaScript; anything else (JSON-LD) is data. */
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Which stylesheets and scripts a page loads and whether each blocks rendering.
 * A stylesheet blocks unless its media can never match on screen (`print`) or it
 * is disabled; a classic script without `async`/`defer` blocks (inline classic
 * scripts always do, since `defer` has no effect on them); modules never do.
 */
export function pageResources(html: string): PageResources {
  const root = parse(html);
  const stylesheets = root.querySelectorAll('link[rel~="stylesheet"][href]').map((el) => {
    const media = (el.getAttribute('media') ?? 'all').trim().toLowerCase();
    return { url: el.getAttribute('href')!, blocking: media !== 'print' && !el.hasAttribute('disabled') };
  });
  const scripts: ExternalResource[] = [];
  const inlineScripts: InlineScript[] = [];
  for (const el of root.querySelectorAll('script')) {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = el.getAttribute('src');
    if (src !== undefined) {
      scripts.push({ url: src, blocking: type !== 'module' && !el.hasAttribute('async') && !el.hasAttribute('defer') });
    } else {
      inlineScripts.push({ text: el.rawText, blocking: type !== 'module' });
    }
  }
  const preloads = root
    .querySelectorAll('link[rel~="preload"][href], link[rel~="modulepreload"][href]')
    .filter((el) => (el.getAttribute('as') ?? 'script') !== 'image')
    .map((el) => el.getAttribute('href')!);
  return { stylesheets, scripts, inlineScripts, preloads };
}

/**
 * Non-image files a stylesheet pulls in with url(): fonts mostly. In a
 * `src:` list a browser downloads the first format it supports, so only the
 * first url() of each `src:` counts (woff2 before woff in every @fontsource face).
 */
export function cssAssetUrls(css: string): string[] {
  const URL_RE = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
  const firstOfEachSrc = [...css.matchAll(/\bsrc\s*:([^;}]+)/g)].flatMap((m) => {
    const first = [...m[1]!.matchAll(URL_RE)][0];
    return first ? [first[2]!.trim()] : [];
  });
  const outsideSrc = [...css.replace(/\bsrc\s*:[^;}]+/g, '').matchAll(URL_RE)].map((m) => m[2]!.trim());
  return [...firstOfEachSrc, ...outsideSrc].filter((u) => !u.startsWith('data:') && !u.startsWith('#') && !/\.(?:avif|gif|jpe?g|png|svg|webp|ico)(?:[?#].*)?$/i.test(u));
}

/** The text of every inline <style> in a page (its url() assets load too). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageFigures {
  /** Site path, e.g. "articles/a/". */
  page: string;
  kind: PageKind;
  html: Sizes;
  /** Render-blocking CSS, summed over files. */
  blockingCss: Sizes;
  /** All CSS, blocking or not. */
  css: Sizes;
  /** All JavaScript: external files and inline scripts (the JS budget). */
  js: Sizes;
  /** JavaScript in separate files only (inline scripts are already in the HTML). */
  externalJs: Sizes;
  /** Fonts and other non-image files. */
  other: Sizes;
  /** URLs of scripts that block rendering. */
  blockingScripts: string[];
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), ZERO);
}

/** HTML + render-blocking CSS, compressed (gzip), the first-round-trip figure. */
export function firstRoundTrip(p: PageFigures): number {
  return p.html.gzip + p.blockingCss.gzip;
}

/** Everything but images, compressed (gzip): HTML, CSS, script files, fonts. */
export function pageWeight(p: PageFigures): number {
  return p.html.gzip + p.css.gzip + p.externalJs.gzip + p.other.gzip;
}

export interface BudgetFailure {
  page: string;
  budget: 'first round trip' | 'javascript' | 'render-blocking javascript' | 'page weight';
  message: string;
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(2)} KB`;
}

/** Every budget each page breaks, in page order. */
export function checkBudgets(pages: readonly PageFigures[]): BudgetFailure[] {
  const failures: BudgetFailure[] = [];
  for (const p of pages) {
    if (p.kind === 'article' && firstRoundTrip(p) > BUDGETS.firstRoundTrip) {
      failures.push({
        page: p.page,
        budget: 'first round trip',
        message: `HTML + render-blocking CSS is ${kb(firstRoundTrip(p))} gzip (HTML ${kb(p.html.gzip)}, CSS ${kb(p.blockingCss.gzip)}); the budget is ${kb(BUDGETS.firstRoundTrip)}`,
      });
    }
    if (JS_BUDGET_KINDS.includes(p.kind)) {
      if (p.js.gzip > BUDGETS.javascript) {
        failures.push({ page: p.page, budget: 'javascript', message: `JavaScript is ${kb(p.js.gzip)} gzip; the budget is ${kb(BUDGETS.javascript)}` });
      }
      if (p.blockingScripts.length > 0) {
        failures.push({
          page: p.page,
          budget: 'render-blocking javascript',
          message: `render-blocking script${p.blockingScripts.length > 1 ? 's' : ''} ${p.blockingScripts.join(', ')}; load JavaScript with type="module", defer or async`,
        });
      }
    }
    const weight = pageWeight(p);
    if (weight > BUDGETS.pageWeight) {
      failures.push({ page: p.page, budget: 'page weight', message: `page weight (HTML, CSS, JS, fonts) is ${kb(weight)} gzip; the budget is ${kb(BUDGETS.pageWeight)}` });
    }
  }
  return failures;
}

/** One line per page for the log. */
export function formatFigures(p: PageFigures): string {
  const weight = pageWeight(p);
  const cols = [
    `html ${kb(p.html.gzip)} (br ${kb(p.html.brotli)})`,
    `blocking css ${kb(p.blockingCss.gzip)}`,
    `js ${kb(p.js.gzip)}`,
    `weight ${kb(weight)}`,
  ];
  if (p.kind === 'article') cols.unshift(`first round trip ${kb(firstRoundTrip(p))}`);
  return `${p.page || '/'} [${p.kind}]: ${cols.join(' · ')}`;
}

export function formatFailure(f: BudgetFailure): string {
  return `${f.page || '/'}: ${f.budget} budget: ${f.message}`;
}
