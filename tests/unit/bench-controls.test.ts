import { describe, expect, it } from 'vitest';
import { controlPages, stylesheetLinks } from '../../bench/lib/controls.ts';
import { controlsTable, lighthouseHistoryTable, lighthouseRecord, lighthouseRecordByVersion, renderBenchmarksMd, type LighthousePage, type LighthouseRun } from '../../bench/lib/report.ts';

describe('controlPages', () => {
  const built = '<head><link rel="canonical" href="/x/"><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/b.css" media="print"></head>';

  it('takes the stylesheet tags of a built page, in order, and nothing else', () => {
    expect(stylesheetLinks(built)).toEqual(['<link rel="stylesheet" href="/_astro/a.css">', '<link rel="stylesheet" href="/_astro/b.css" media="print">']);
  });

  it('gives two script-free pages that differ only in those stylesheets', () => {
    const [bare, styled] = controlPages(stylesheetLinks(built));
    expect(bare.html).not.toMatch(/<script|stylesheet/);
    expect(styled.html).not.toMatch(/<script/);
    expect(styled.html.split('\n').filter((line) => !bare.html.split('\n').includes(line))).toEqual(stylesheetLinks(built));
    expect(new Set([bare.path, styled.path]).size).toBe(2);
  });

  it('refuses a page without stylesheets, which would make the two controls the same', () => {
    expect(() => controlPages([])).toThrow(/links no stylesheet/);
  });
});

describe('controlsTable', () => {
  const page: LighthousePage = { name: 'Topic', url: '/topics/energy/', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0, tbtMs: 15, tbtRunsMs: [0, 15, 26, 0, 24] };
  const run: LighthouseRun = { date: '2026-11-29T15:30:00Z', lighthouse: '13', chromium: 'C', runs: 5, pages: [page] };
  const controls = [{ ...page, name: 'Control, bare', url: '/lighthouse-control/bare/', tbtMs: 28, tbtRunsMs: [4, 31, 0, 28, 2] }];

  it('lists each control’s judged and per-run blocking time, with no pass or fail', () => {
    const table = controlsTable({ ...run, controls });
    expect(table).toContain('| Control, bare (`/lighthouse-control/bare/`) | 100 | 28 ms | 4, 31, 0, 28, 2 | – |');
    expect(controlsTable({ ...run, controls: [{ ...controls[0]!, sameSimulationTbtMs: 0, sameSimulationTbtRunsMs: [0, 0, 0, 0, 0] }] })).toContain('| 28 ms | 4, 31, 0, 28, 2 | 0 ms (0, 0, 0, 0, 0) |');
    expect(table).not.toMatch(/PASS|FAIL/);
  });

  it('appears in BENCHMARKS.md only when the run measured controls, and never counts towards the pages that pass', () => {
    expect(renderBenchmarksMd([], run)).not.toContain('| Control page (not judged)');
    const md = renderBenchmarksMd([], { ...run, pages: [{ ...page, tbtMs: 0 }], controls });
    expect(md).toContain('| Control, bare (`/lighthouse-control/bare/`) |');
    expect(md).toContain('| 1 of 1 pages in the latest run |');
  });
});

describe('the record of Lighthouse runs', () => {
  const page = (name: string, tbtRunsMs: number[], tbtMs: number, extra: Partial<LighthousePage> = {}): LighthousePage => ({
    name,
    url: `/${name.toLowerCase()}/`,
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    cls: 0,
    tbtMs,
    tbtRunsMs,
    ...extra,
  });
  const run = (date: string, pages: LighthousePage[], controls?: LighthousePage[]): LighthouseRun => ({ date, lighthouse: '12', chromium: 'C', runs: 5, pages, controls });
  const history = [
    run('2026-11-29T09:39:00Z', [page('Article', [0, 0, 0, 0, 0], 0), page('Topic', [67, 23, 38, 38, 71], 71)]),
    run('2026-11-29T19:39:00Z', [page('Article', [0, 0, 0, 18, 0], 0), page('Topic', [0, 7, 0, 0, 10], 0)], [page('Control, bare', [30, 13, 0, 9, 0], 9)]),
    run('2026-11-29T19:47:00Z', [page('Article', [0, 7, 0, 53, 0], 7), page('Topic', [0, 0, 0, 0, 0], 0, { seo: 92 })]),
  ];

  it('counts the runs in which every page passed', () => {
    expect(lighthouseRecord(history)).toEqual({ passed: 1, total: 3 });
    expect(lighthouseRecord([])).toEqual({ passed: 0, total: 0 });
  });

  it('fails a run that left out a page the others measured, and a run that measured nothing', () => {
    const partial = run('2026-11-30T08:00:00Z', [page('Article', [0, 0, 0, 0, 0], 0)]);
    const empty = run('2026-11-30T09:00:00Z', []);
    expect(lighthouseRecord([...history, partial, empty])).toEqual({ passed: 1, total: 5 });
    expect(lighthouseHistoryTable([...history, partial, empty])).toContain('| 2026-11-30 08:00 | 12 | 0 (0, 0, 0, 0, 0) | – | – | FAIL | – |');
    expect(lighthouseRecord([empty])).toEqual({ passed: 0, total: 1 });
  });

  it('fails a run whose only miss is a page at 0 ms with a category under 100', () => {
    const seoOnly = run('2026-11-30T10:00:00Z', [page('Article', [0, 0, 0, 0, 0], 0), page('Topic', [0, 0, 0, 0, 0], 0, { seo: 92 })]);
    expect(lighthouseHistoryTable([seoOnly])).toContain('| 0 (0, 0, 0, 0, 0) | 0 (0, 0, 0, 0, 0) † | – | FAIL | – |');
  });

  it('lists every run newest first, each page judged and per run, and marks a page at 0 ms that missed another part of the target', () => {
    // Given in any order (here oldest, newest, middle), listed newest first.
    expect(lighthouseHistoryTable([history[0]!, history[2]!, history[1]!]).split('\n')).toEqual([
      "| Run (UTC) | Lighthouse | Article: TBT ms (each run) | Topic: TBT ms (each run) | Bare control | All pass | Not judged: TBT recomputed within its own simulation (Article, Topic) |",
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 2026-11-29 19:47 | 12 | 7 (0, 7, 0, 53, 0) | 0 (0, 0, 0, 0, 0) † | – | FAIL | – |',
      '| 2026-11-29 19:39 | 12 | 0 (0, 0, 0, 18, 0) | 0 (0, 7, 0, 0, 10) | 9 (30, 13, 0, 9, 0) | PASS | – |',
      '| 2026-11-29 09:39 | 12 | 0 (0, 0, 0, 0, 0) | 71 (67, 23, 38, 38, 71) | – | FAIL | – |',
    ]);
  });

  it('gives each page’s judged run recomputed within its own simulation, beside the judged figures and not in them', () => {
    const recomputed = run('2026-12-07T15:00:00Z', [
      page('Article', [0, 0, 0, 6, 0], 0, { sameSimulationTbtMs: 0, sameSimulationTbtRunsMs: [0, 0, 0, 6, 0] }),
      page('Topic', [14, 0, 37, 27, 0], 14, { sameSimulationTbtMs: 0, sameSimulationTbtRunsMs: [0, 0, 37, 0, 0] }),
    ]);
    const rows = lighthouseHistoryTable([recomputed, { ...history[0]!, pages: [history[0]!.pages[1]!] }]).split('\n');
    expect(rows[2]).toBe('| 2026-12-07 15:00 | 12 | 0 (0, 0, 0, 6, 0) | 14 (14, 0, 37, 27, 0) | – | FAIL | 0, 0 |');
    // A run that measured the Topic page only, before the figure was recorded: a dash, not a 0.
    expect(rows[3]).toBe('| 2026-11-29 09:39 | 12 | – | 71 (67, 23, 38, 38, 71) | – | FAIL | – |');
    expect(lighthouseRecord([recomputed])).toEqual({ passed: 0, total: 1 });
  });

  it('counts each Lighthouse version’s runs apart once the record holds more than one, the newest version first', () => {
    const upgraded = [...history, run('2026-11-30T01:00:00Z', [page('Article', [0, 0, 0, 0, 0], 0), page('Topic', [0, 0, 5, 0, 0], 0)])].map((r, i) => (i === 3 ? { ...r, lighthouse: '13' } : r));
    expect(lighthouseRecordByVersion(upgraded)).toEqual([
      { version: '13', passed: 1, total: 1 },
      { version: '12', passed: 1, total: 3 },
    ]);
    const md = renderBenchmarksMd([], upgraded.at(-1), upgraded);
    expect(md).toContain('| 2 of 2 pages in the latest run; all in 2 of 4 recorded runs (1 of 1 with Lighthouse 13, 1 of 3 with Lighthouse 12) |');
    expect(md).toContain('All pages passed in 2 of 4 (1 of 1 with Lighthouse 13, 1 of 3 with Lighthouse 12).');
    expect(md).toContain('| 2026-11-30 01:00 | 13 | 0 (0, 0, 0, 0, 0) | 0 (0, 0, 5, 0, 0) | – | PASS |');
    expect(renderBenchmarksMd([], history.at(-1), history)).not.toContain('with Lighthouse');
  });

  it('puts the record beside the latest run in the targets, and the table under the Lighthouse section', () => {
    const md = renderBenchmarksMd([], history.at(-1), history);
    expect(md).toContain('| 0 of 2 pages in the latest run; all in 1 of 3 recorded runs | 3 of 3 | FAIL in the latest run |');
    expect(md).toContain('All pages passed in 1 of 3.');
    expect(md.indexOf('| 2026-11-29 19:47 | 12 | 7 (0, 7, 0, 53, 0)')).toBeGreaterThan(md.indexOf('## Lighthouse'));
    expect(renderBenchmarksMd([], history.at(-1))).toContain('| 0 of 2 pages in the latest run | 3 of 3 | FAIL in the latest run |');
  });
});
