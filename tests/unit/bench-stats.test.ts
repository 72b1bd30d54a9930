// The benchmark's statistics and report helpers (bench/lib, issue 7).
import { describe, expect, it } from 'vitest';
import { topSelfTime, shortUrl } from '../../bench/lib/profile.ts';
import { benchmarkIndexSummary, lighthousePass, lighthouseTable, marginalMsPerPage, processorParagraph, renderBenchmarksMd, summaryLine, type LighthousePage, type StoredResult } from '../../bench/lib/report.ts';
import { evaluateTargets, formatBytes, incomparable, marginalMsPerHtmlPage, groupRoutes, largestByKind, msPerPage, outputKind, resultsTable, parseOgSummary, parseRouteTimings, parseTimeV, routeKind, slowest, withOgCards, type SizeResult } from '../../bench/lib/stats.ts';

const TIME_V = `\tCommand being timed: "node astro build"
\tUser time (seconds): 41.52
\tSystem time (seconds): 3.10
\tMaximum resident set size (kbytes): 812344
\tExit status: 0
`;

const LOG = `21:39:34   ├─ /404.html (+62ms) 
21:39:34   ├─ /articles/a/energy/index.html (+43ms) 
21:39:34   ├─ /articles/a/index.html (+706ms) 
21:39:37   ├─ /og/articles/a.png (+1.37s) 
\u001b[2m21:39:38\u001b[22m   └─ /og/articles/a/energy.png (+363ms) 
21:39:40 [build] 17 page(s) built in 13.82s`;

const run = (n: number, pages: number, rebuildSeconds: number, extra: Partial<SizeResult> = {}): SizeResult => ({
  n,
  pages,
  coldSeconds: 0,
  rebuildSeconds,
  rebuildAstroSeconds: 0,
  pagefindSeconds: 0,
  peakRssBytes: 1024 ** 3,
  distBytes: 0,
  pagefindBytes: 0,
  ogColdMs: 0,
  ogRebuildMs: 0,
  ogCount: 0,
  ...extra,
});

describe('parseTimeV', () => {
  it('reads peak RSS in bytes and CPU seconds', () => {
    expect(parseTimeV(TIME_V)).toEqual({ maxRssBytes: 812344 * 1024, userSeconds: 41.52, systemSeconds: 3.1 });
  });
  it('fails when the RSS line is missing', () => {
    expect(() => parseTimeV('real 1.0')).toThrow(/Maximum resident set size/);
  });
});

describe('route timings', () => {
  it('parses ms and s, strips colours, and ignores other lines', () => {
    expect(parseRouteTimings(LOG)).toEqual([
      { path: '/404.html', ms: 62 },
      { path: '/articles/a/energy/index.html', ms: 43 },
      { path: '/articles/a/index.html', ms: 706 },
      { path: '/og/articles/a.png', ms: 1370 },
      { path: '/og/articles/a/energy.png', ms: 363 },
    ]);
  });
  it('groups by kind and finds the slowest', () => {
    const t = parseRouteTimings(LOG);
    expect(routeKind('/articles/a/energy/index.html')).toBe('section');
    expect(routeKind('/explainer/og/articles/a.png')).toBe('og');
    expect(groupRoutes(t)).toEqual({
      og: { count: 2, ms: 1733 },
      section: { count: 1, ms: 43 },
      article: { count: 1, ms: 706 },
      other: { count: 1, ms: 62 },
    });
    expect(slowest(t, 2).map((r) => r.path)).toEqual(['/og/articles/a.png', '/articles/a/index.html']);
  });
});

describe('OG cards summary', () => {
  const line = '\u001b[2m00:10:01\u001b[22m [explainer:og-cards] og cards: 8000 (7990 from cache, 10 drawn) in 1.52 s';
  it('reads the integration line and adds the manifest route time', () => {
    const summary = parseOgSummary(`x\n${line}\ny`);
    expect(summary).toEqual({ count: 8000, cached: 7990, drawn: 10, ms: 1520 });
    const groups = groupRoutes([{ path: '/og/cards.json', ms: 80 }, { path: '/articles/a/index.html', ms: 5 }]);
    expect(withOgCards(groups, summary).og).toEqual({ count: 8000, ms: 1600 });
    expect(withOgCards(groups, summary).article).toEqual({ count: 1, ms: 5 });
  });
  it('fails when the build did not write the cards', () => {
    expect(parseOgSummary('no such line')).toBeUndefined();
    expect(() => withOgCards(groupRoutes([]), undefined)).toThrow(/ogCardsIntegration/);
  });
});

describe('targets', () => {
  it('computes ms per page and marginal cost', () => {
    expect(msPerPage(20, 200)).toBe(100);
    expect(() => msPerPage(1, 0)).toThrow('msPerPage: pages must be > 0, got 0');
    expect(marginalMsPerPage({ rebuildSeconds: 20, pages: 200 }, { rebuildSeconds: 120, pages: 1200 })).toBe(100);
  });

  it('passes at exactly 1.5× and fails just above', () => {
    const c = { commit: 'abc1234' };
    const small = run(10, 100, 10, { ...c, htmlPages: 100 }); // 100 ms/page
    const middle = run(100, 1000, 100, { ...c, htmlPages: 1000 }); // 90 s for 900 more pages: 100 ms each
    expect(evaluateTargets([small, middle, run(1000, 10000, 1500, { ...c, htmlPages: 10000, baselineSeconds: 1000 })]).map((t) => [t.value, t.pass])).toEqual([
      ['1.50×', true],
      ['1.56× (155.6 against 100.0 ms)', false],
      ['1.50×', true],
      ['1.07 GB (1.0 GiB)', true],
    ]);
    // 1,450 s: 150 ms per extra page from N=100, exactly 1.5× the 100 ms from N=10.
    expect(evaluateTargets([small, middle, run(1000, 10000, 1450, { ...c, htmlPages: 10000 })])[1]).toMatchObject({ pass: true, value: '1.50× (150.0 against 100.0 ms)' });
    expect(evaluateTargets([small, middle, run(1000, 10000, 1501, { ...c, htmlPages: 10000, baselineSeconds: 1000, peakRssBytes: 2e9 + 1 })]).map((t) => t.pass)).toEqual([false, false, false, false]);
  });

  it('judges memory against 2 GB in decimal units: 2 GiB fails', () => {
    const b = run(1000, 10000, 10, { peakRssBytes: 2 * 1024 ** 3 });
    expect(evaluateTargets([b])[3]).toEqual({ name: 'peak RSS, N=1000', value: '2.15 GB (2.0 GiB)', limit: '≤ 2 GB', pass: false });
    expect(evaluateTargets([{ ...b, peakRssBytes: 2e9 }])[3].pass).toBe(true);
  });

  it('fails a super-linear build that the per-page ratio alone would pass, because start-up hides it', () => {
    // 6 s of start-up, then 10 ms per page at N=10 and N=100, and 40 ms per page from N=100 to 1,000.
    const c = { commit: 'abc1234' };
    const results = [run(10, 100, 7, { ...c, htmlPages: 100 }), run(100, 1000, 16, { ...c, htmlPages: 1000 }), run(1000, 10000, 376, { ...c, htmlPages: 10000 })];
    const [perPage, marginal] = evaluateTargets(results);
    expect(perPage).toMatchObject({ value: '0.54×', pass: true });
    expect(marginal).toMatchObject({ value: '4.00× (40.0 against 10.0 ms)', pass: false });
  });

  it('does not judge sizes measured at different commits, or at an unrecorded one', () => {
    const results = [run(10, 100, 10, { commit: 'aaa', htmlPages: 100 }), run(100, 1000, 100, { commit: 'aaa', htmlPages: 1000 }), run(1000, 10000, 1000, { commit: 'bbb', htmlPages: 10000 })];
    const [perPage, marginal] = evaluateTargets(results);
    expect(perPage).toMatchObject({ pass: undefined, value: 'not comparable: N=10 at aaa, N=1000 at bbb; rerun `npm run bench`' });
    expect(marginal.pass).toBeUndefined();
    expect(incomparable([{ n: 10, commit: 'aaa' }, { n: 1000, commit: 'aaa' }])).toBeUndefined();
    expect(incomparable([{ n: 10 }, { n: 1000 }])).toMatch(/N=10 at unrecorded/);
  });

  it('reports what was not measured as such, never as a pass', () => {
    expect(evaluateTargets([run(10, 100, 10)]).map((t) => [t.value, t.pass])).toEqual([
      ['not measured', undefined],
      ['not measured', undefined],
      ['not measured', undefined],
      ['not measured', undefined],
    ]);
    expect(evaluateTargets([run(1000, 10000, 10, { peakRssBytes: Number.NaN })])[3].pass).toBeUndefined();
  });

  it('computes marginal ms per HTML page, and refuses runs that do not grow', () => {
    expect(marginalMsPerHtmlPage({ rebuildSeconds: 10, htmlPages: 100 }, { rebuildSeconds: 19, htmlPages: 1000 })).toBe(10);
    expect(() => marginalMsPerHtmlPage({ rebuildSeconds: 10, htmlPages: 100 }, { rebuildSeconds: 19, htmlPages: 100 })).toThrow(/must build more HTML pages/);
  });

  it('formats bytes in binary units', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(5 * 1024 ** 2), formatBytes(2 * 1024 ** 3)]).toEqual(['512 B', '1.5 KiB', '5.0 MiB', '2.0 GiB']);
  });
});

describe('lighthousePass', () => {
  const page: LighthousePage = { name: 'Article', url: '/articles/a/', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0, tbtMs: 0 };
  it('needs every score 100 and CLS and TBT 0', () => {
    expect(lighthousePass(page)).toBe(true);
    expect(lighthousePass({ ...page, seo: 99 })).toBe(false);
    expect(lighthousePass({ ...page, cls: 0.001 })).toBe(false);
    expect(lighthousePass({ ...page, tbtMs: 10 })).toBe(false);
  });
  it('is judged on the median run, and the table shows every run', () => {
    const measured = { ...page, tbtMs: 0, tbtRunsMs: [0, 12, 0, 0, 31] };
    expect(lighthousePass(measured)).toBe(true);
    const table = lighthouseTable({ date: '2026-11-28T00:00:00Z', lighthouse: '12', chromium: 'C', runs: 5, pages: [measured, { ...page, name: 'Topic', tbtMs: 9 }] });
    expect(table).toContain('| Article (`/articles/a/`) | 100 | 100 | 100 | 100 | 0 | 0 ms | 0, 12, 0, 0, 31 | PASS |');
    expect(table).toContain('| Topic (`/articles/a/`) | 100 | 100 | 100 | 100 | 0 | 9 ms | – | FAIL | – |');
  });
  it('shows the blocking time recomputed within each run’s own simulation, and judges on Lighthouse’s figure alone', () => {
    const topic = { ...page, name: 'Topic', tbtMs: 14, tbtRunsMs: [14, 0, 37, 27, 0], sameSimulationTbtMs: 0, sameSimulationTbtRunsMs: [0, 0, 37, 0, 0] };
    expect(lighthousePass(topic)).toBe(false);
    const table = lighthouseTable({ date: '2026-12-07T00:00:00Z', lighthouse: '13', chromium: 'C', runs: 5, pages: [topic] });
    expect(table).toContain('| 14 ms | 14, 0, 37, 27, 0 | FAIL | 0 ms (0, 0, 37, 0, 0) |');
  });
});

describe('benchmarkIndexSummary', () => {
  it('gives the spread and the median of the loads, in whole numbers', () => {
    expect(benchmarkIndexSummary([2738, 2653.5, 2711])).toBe('2,654–2,738 (median 2,711) over 3 loads');
    expect(benchmarkIndexSummary([900, 1100, 1000, 1300])).toBe('900–1,300 (median 1,050) over 4 loads');
    expect(benchmarkIndexSummary([812])).toBe('812–812 (median 812) over 1 load');
  });
  it('says nothing for a run that did not record it, and refuses what is not a number', () => {
    expect(benchmarkIndexSummary(undefined)).toBeUndefined();
    expect(benchmarkIndexSummary([])).toBeUndefined();
    expect(() => benchmarkIndexSummary([2700, Number.NaN])).toThrow(/expected numbers/);
  });
  it('appears in BENCHMARKS.md beside the run it was read in', () => {
    const page: LighthousePage = { name: 'Article', url: '/articles/a/', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0, tbtMs: 0 };
    const run = { date: '2026-12-07T16:30:00Z', lighthouse: '13', chromium: 'C', runs: 1, pages: [page] };
    expect(renderBenchmarksMd([], { ...run, benchmarkIndexes: [2700, 2600] })).toContain('(BenchmarkIndex): 2,600–2,700 (median 2,650) over 2 loads;');
    expect(renderBenchmarksMd([], run)).not.toContain('speed reading of this machine (BenchmarkIndex):');
  });
});

describe('topSelfTime', () => {
  it('sums self time per function from samples and deltas', () => {
    const profile = {
      startTime: 0,
      endTime: 10,
      nodes: [
        { id: 1, callFrame: { functionName: '', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'render', url: 'file:///x/node_modules/satori/dist/index.js', lineNumber: 9 } },
        { id: 3, callFrame: { functionName: 'page', url: 'file:///w/dist/chunks/page.mjs', lineNumber: 0 } },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [3000, 3000, 2000, 2000],
    };
    expect(topSelfTime(profile, 2)).toEqual([
      { fn: 'render (satori/dist/index.js:10)', ms: 6, share: 0.6 },
      { fn: '(anonymous) ((native))', ms: 2, share: 0.2 },
    ]);
    expect(shortUrl('file:///w/dist/chunks/page.mjs')).toBe('chunks/page.mjs');
  });
});

describe('renderBenchmarksMd', () => {
  const machine = { nproc: 2, cpu: 'AMD EPYC', memoryBytes: 8 * 1024 ** 3, node: 'v24.0.0', loadavg: [1, 1, 1] };
  it('prints each run’s CPU probe beside its date, and says when a run had none', () => {
    const results: StoredResult[] = [
      { ...run(10, 190, 5), date: '2026-11-28T14:09:00.000Z', machine },
      { ...run(100, 1720, 10), date: '2026-11-29T06:04:00.000Z', machine: { ...machine, cpuProbeMs: [64.2, 81.7] } },
    ];
    const md = renderBenchmarksMd(results);
    expect(md).toContain('N = 10: 2026-11-28 14:09 UTC, probe not run; N = 100: 2026-11-29 06:04 UTC, probe 64.2/81.7 ms.');
  });
});

describe('summaryLine and processorParagraph', () => {
  const machine = { nproc: 2, cpu: 'AMD EPYC', memoryBytes: 8 * 1024 ** 3, node: 'v24.0.0', loadavg: [1, 1, 1] };
  const at = (n: number, html: number, seconds: number, extra: Partial<StoredResult> = {}): StoredResult => ({ ...run(n, html, seconds, { commit: 'c0ffee', htmlPages: html, ...extra }), date: '2026-12-07T19:00:00.000Z', machine });
  const results = [at(10, 100, 7), at(100, 1000, 16), at(1000, 10000, 100, { baselineSeconds: 80, baselineUnifiedSeconds: 120 })];
  const page: LighthousePage = { name: 'Topic', url: '/topics/a/', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0, tbtMs: 24 };
  const lighthouse = { date: '2026-12-07T18:47:00.000Z', commit: 'c0ffee', lighthouse: '13', chromium: 'C', pages: [{ ...page, name: 'Article', tbtMs: 0 }, page] };

  it('counts the targets that pass at one commit and names the failing Lighthouse page', () => {
    const line = summaryLine(results, lighthouse, { passed: 3, total: 10 });
    expect(line).toContain('Build targets: **4 of 4 pass** at commit `c0ffee`.');
    expect(line).toContain('**1 of 2 pages pass** in the latest run (2026-12-07 18:47 UTC, commit `c0ffee`); failing: topic page, TBT 24 ms; all pages passed in 3 of 10 recorded runs, so the Lighthouse target does not hold reliably');
  });

  it('names the targets it could not judge, and the commits the runs came from', () => {
    const mixed = [results[0], results[1], { ...results[2], commit: 'beef' }];
    expect(summaryLine(results, { ...lighthouse, commit: undefined }, { passed: 3, total: 10 })).toContain('(2026-12-07 18:47 UTC, commit unrecorded)');
    expect(summaryLine(mixed, undefined, { passed: 0, total: 0 })).toBe(
      'Build targets: **2 of 4 pass** over runs at `c0ffee`, `beef`; not judged: ms per page, N=1000 vs N=10, marginal ms per HTML page, N=100→1000 vs N=10→100. Lighthouse: not run yet.',
    );
  });

  it('states the processors’ cost from the largest size that measured both, and nothing without one', () => {
    expect(processorParagraph(results)).toContain('At N = 1,000 the plain baseline rebuilt in 80.0 s with Astro\'s default Sätteri processor and 120.0 s with unified + remark-gfm: 1.50×, 40.0 s more.');
    expect(processorParagraph(results)).toContain('the site\'s took 100.0 s, 1.25× the Sätteri baseline\'s and 0.83× the unified one\'s.');
    expect(processorParagraph(results.slice(0, 2))).toBe('');
  });
});

describe('largest outputs', () => {
  it('sort built files into page kinds and feeds, leaving out everything else', () => {
    expect(
      ['index.html', 'page/2/index.html', 'topics/energy/page/3/index.html', 'articles/a/index.html', 'articles/a/b/index.html', 'timeline/index.html', 'rss.xml', 'topics/energy/rss.xml', 'sitemap-0.xml', 'og/articles/a.png'].map(outputKind),
    ).toEqual(['home', 'home', 'topic', 'article', 'section', 'other', 'feed', 'feed', undefined, undefined]);
  });

  it('keep the largest file of each kind, by gzip size', () => {
    const largest = largestByKind([
      { path: 'topics/energy/index.html', gzipBytes: 9000 },
      { path: 'topics/energy/page/2/index.html', gzipBytes: 9500 },
      { path: 'rss.xml', gzipBytes: 3000 },
      { path: 'topics/energy/rss.xml', gzipBytes: 2000 },
      { path: 'sitemap-0.xml', gzipBytes: 99999 },
    ]);
    expect(largest).toEqual({ topic: { path: 'topics/energy/page/2/index.html', gzipBytes: 9500 }, feed: { path: 'rss.xml', gzipBytes: 3000 } });
  });

  it('show in the figures table with their path, and as a dash for runs that did not measure them', () => {
    const table = resultsTable([run(10, 190, 5), run(100, 1720, 10, { largest: { home: { path: 'index.html', gzipBytes: 2048 }, feed: { path: 'rss.xml', gzipBytes: 1536 } } })]);
    expect(table).toContain('| Largest home page, gzip | – | 2.0 KiB (`/`) |');
    expect(table).toContain('| Largest feed, gzip | – | 1.5 KiB (`/rss.xml`) |');
    expect(table).toContain('| Largest topic page, gzip | – | – |');
  });
});
