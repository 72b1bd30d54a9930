import { describe, expect, it } from 'vitest';
import {
  addSizes,
  BUDGETS,
  checkBudgets,
  cssAssetUrls,
  firstRoundTrip,
  formatFailure,
  formatFigures,
  pageKind,
  pageResources,
  pageWeight,
  ZERO,
  type PageFigures,
} from '../../src/lib/budgets';

const z = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: gzip - 1 });

function figures(over: Partial<PageFigures> = {}): PageFigures {
  return {
    page: 'articles/a/',
    kind: 'article',
    html: z(4000),
    blockingCss: z(2000),
    css: z(2000),
    js: ZERO,
    externalJs: ZERO,
    other: ZERO,
    blockingScripts: [],
    ...over,
  };
}

describe('pageKind', () => {
  it.each([
    ['', 'home'],
    ['index.html', 'home'],
    ['articles/a/', 'article'],
    ['articles/a/energy/', 'section'],
    ['articles/a/energy/index.html', 'section'],
    ['topics/', 'topics'],
    ['topics/energy/', 'topic'],
    ['page/2/', 'home'],
    ['page/12/index.html', 'home'],
    ['topics/energy/page/2/', 'topic'],
    ['topics/energy/page/two/', 'other'],
    ['articles/page/2/', 'section'],
    ['404.html', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

describe('pageResources', () => {
  it('sorts stylesheets and scripts into blocking and not', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css">
      <link rel="stylesheet" href="/print.css" media="print">
      <link rel="icon" href="/favicon.svg">
      <link rel="preload" href="/f.woff2" as="font">
      <link rel="preload" href="/hero.png" as="image">
      <script src="/classic.js"></script>
      <script src="/deferred.js" defer></script>
      <script src="/async.js" async></script>
      <script type="module" src="/_astro/m.js"></script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script>inline()</script>
      <script type="module">mod()</script>
      </head><body></body></html>`;
    expect(pageResources(html)).toEqual({
      stylesheets: [
        { url: '/_astro/a.css', blocking: true },
        { url: '/print.css', blocking: false },
      ],
      scripts: [
        { url: '/classic.js', blocking: true },
        { url: '/deferred.js', blocking: false },
        { url: '/async.js', blocking: false },
        { url: '/_astro/m.js', blocking: false },
      ],
      inlineScripts: [
        { text: 'inline()', blocking: true },
        { text: 'mod()', blocking: false },
      ],
      preloads: ['/f.woff2'],
    });
  });
});

describe('cssAssetUrls', () => {
  it('keeps fonts and drops images and data URLs', () => {
    const css = `@font-face{src:url(/_astro/noto.woff2) format("woff2"),url('./x.woff')}
      .a{background:url("/bg.png")}.b{background:url(data:image/svg+xml;utf8,<svg/>)}.c{mask:url(#m)}`;
    // A browser downloads one format of a src list: the first it supports.
    expect(cssAssetUrls(css)).toEqual(['/_astro/noto.woff2']);
  });
});

describe('figures', () => {
  it('adds sizes field by field', () => {
    expect(addSizes(z(10), z(5))).toEqual({ raw: 45, gzip: 15, brotli: 13 });
    expect(addSizes()).toEqual(ZERO);
  });

  it('first round trip is HTML + blocking CSS; weight counts CSS, script files and fonts', () => {
    const p = figures({ css: z(2500), externalJs: z(700), js: z(900), other: z(10_000) });
    expect(firstRoundTrip(p)).toBe(6000);
    expect(pageWeight(p)).toBe(4000 + 2500 + 700 + 10_000);
  });
});

describe('checkBudgets', () => {
  it('passes a page exactly at every limit', () => {
    const atLimit = figures({ html: z(BUDGETS.firstRoundTrip - 2000), js: z(BUDGETS.javascript), externalJs: z(BUDGETS.javascript) });
    expect(checkBudgets([atLimit])).toEqual([]);
  });

  it('fails an article page one byte over the first round trip, naming page and budget', () => {
    const failures = checkBudgets([figures({ html: z(BUDGETS.firstRoundTrip - 2000 + 1) })]);
    expect(failures).toEqual([
      {
        page: 'articles/a/',
        budget: 'first round trip',
        message: 'HTML + render-blocking CSS is 14.00 KB gzip (HTML 12.05 KB, CSS 1.95 KB); the budget is 14.00 KB',
      },
    ]);
    expect(formatFailure(failures[0]!)).toBe(
      'articles/a/: first round trip budget: HTML + render-blocking CSS is 14.00 KB gzip (HTML 12.05 KB, CSS 1.95 KB); the budget is 14.00 KB',
    );
  });

  it('applies the first-round-trip budget to article pages only', () => {
    expect(checkBudgets([figures({ kind: 'home', page: '', html: z(20_000) })])).toEqual([]);
  });

  it('fails JavaScript over 2 KB and any blocking script on section and topic pages', () => {
    const failures = checkBudgets([
      figures({ kind: 'section', page: 'articles/a/energy/', js: z(BUDGETS.javascript + 1) }),
      figures({ kind: 'topic', page: 'topics/energy/', blockingScripts: ['/classic.js'] }),
    ]);
    expect(failures.map((f) => [f.page, f.budget])).toEqual([
      ['articles/a/energy/', 'javascript'],
      ['topics/energy/', 'render-blocking javascript'],
    ]);
    expect(failures[1]!.message).toBe('render-blocking script /classic.js; load JavaScript with type="module", defer or async');
  });

  it('leaves JavaScript on the home page to the page-weight budget', () => {
    expect(checkBudgets([figures({ kind: 'home', page: '', js: z(5000), externalJs: z(5000), blockingScripts: ['/search.js'] })])).toEqual([]);
  });

  it('fails any page over 50 KB of HTML, CSS, scripts and fonts', () => {
    const failures = checkBudgets([figures({ kind: 'other', page: '404.html', other: z(BUDGETS.pageWeight - 6000 + 1) })]);
    expect(failures).toEqual([
      { page: '404.html', budget: 'page weight', message: 'page weight (HTML, CSS, JS, fonts) is 50.00 KB gzip; the budget is 50.00 KB' },
    ]);
  });
});

describe('formatFigures', () => {
  it('prints the first round trip for article pages', () => {
    expect(formatFigures(figures())).toBe(
      'articles/a/ [article]: first round trip 5.86 KB · html 3.91 KB (br 3.91 KB) · blocking css 1.95 KB · js 0.00 KB · weight 5.86 KB',
    );
  });
  it('names the home page "/"', () => {
    expect(formatFigures(figures({ page: '', kind: 'home' }))).toMatch(/^\/ \[home\]: html/);
  });
});

describe('font and inline-style assets', () => {
  it('counts only the first url() of each src list, and every other url()', async () => {
    const { cssAssetUrls } = await import('../../src/lib/budgets');
    const css =
      "@font-face{font-family:x;src:url(/a.woff2) format('woff2'),url(/a.woff) format('woff')}" +
      "@font-face{font-family:y;src:url('/b.woff2') format('woff2'),url(/b.woff) format('woff');unicode-range:U+1000}" +
      '.x{background:url(/c.ttf)}.y{background:url(/d.png)}';
    expect(cssAssetUrls(css)).toEqual(['/a.woff2', '/b.woff2', '/c.ttf']);
  });
  it('finds inline <style> blocks', async () => {
    const { inlineStyles } = await import('../../src/lib/budgets');
    expect(inlineStyles('<head><style>a{}</style><style media="print">b{}</style></head>')).toEqual(['a{}', 'b{}']);
  });
});
