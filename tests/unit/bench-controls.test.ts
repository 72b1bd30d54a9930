import { describe, expect, it } from 'vitest';
import { controlPages, stylesheetLinks } from '../../bench/lib/controls.ts';
import { controlsTable, renderBenchmarksMd, type LighthousePage, type LighthouseRun } from '../../bench/lib/report.ts';

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
    expect(table).toContain('| Control, bare (`/lighthouse-control/bare/`) | 100 | 28 ms | 4, 31, 0, 28, 2 |');
    expect(table).not.toMatch(/PASS|FAIL/);
  });

  it('appears in BENCHMARKS.md only when the run measured controls, and never counts towards the pages that pass', () => {
    expect(renderBenchmarksMd([], run)).not.toContain('| Control page (not judged)');
    const md = renderBenchmarksMd([], { ...run, pages: [{ ...page, tbtMs: 0 }], controls });
    expect(md).toContain('| Control, bare (`/lighthouse-control/bare/`) |');
    expect(md).toContain('| 1 of 1 pages |');
  });
});
