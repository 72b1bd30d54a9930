/**
 * BENCHMARKS.md, written from bench/results.json by `npm run bench` and
 * `npm run bench:lighthouse`. Pure: results in, Markdown out.
 */
import { evaluateTargets, formatBytes, passLabel, resultsTable, targetsTable, type SizeResult } from './stats.ts';

export interface MachineInfo {
  nproc: number;
  cpu: string;
  memoryBytes: number;
  node: string;
  loadavg: number[];
  /** bench/lib/probe.ts before and after the run, in ms (runs before 2026-11-29 lack it). */
  cpuProbeMs?: number[];
}

export interface StoredResult extends SizeResult {
  date: string;
  machine: MachineInfo;
  routes?: { rebuild: Record<string, { count: number; ms: number }>; cold: Record<string, { count: number; ms: number }> };
  profile?: { fn: string; ms: number; share: number }[];
}

export interface LighthousePage {
  name: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** TBT of the median run (the one the page is judged on). */
  tbtMs: number;
  /** TBT of every run, in order, when the page was measured more than once. */
  tbtRunsMs?: number[];
  /**
   * The judged run's blocking time recomputed from first paint to interactive as both fall in its own blocking-time
   * simulation (bench/lib/lantern.ts, GoogleChrome/lighthouse#11677). Diagnostic,
   * not judged. Absent before 7 Dec 2026, 15:00 UTC.
   */
  sameSimulationTbtMs?: number;
  /** The same for every run, in order. */
  sameSimulationTbtRunsMs?: number[];
}

export interface LighthouseRun {
  date: string;
  lighthouse: string;
  chromium: string;
  /** Runs per page; the median run is reported. Absent in single-run results. */
  runs?: number;
  pages: LighthousePage[];
  /** bench/lib/controls.ts's pages, measured in the same run and not judged. Absent before 29 Nov 2026 and with `--dist`. */
  controls?: LighthousePage[];
  /**
   * Lighthouse's own speed reading of this machine (`lhr.environment.benchmarkIndex`), one per load, in
   * order. Lighthouse warns that its CPU slowdown may be too strong when this is 1,000 or lower. Absent
   * before 7 Dec 2026, 16:30 UTC.
   */
  benchmarkIndexes?: number[];
}

/**
 * "2,653–2,738 (median 2,711) over 25 loads": the spread of Lighthouse's BenchmarkIndex in one run,
 * or undefined when the run did not record it.
 */
export function benchmarkIndexSummary(values: readonly number[] | undefined): string | undefined {
  if (!values?.length) return undefined;
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`benchmarkIndexSummary: expected numbers, got ${JSON.stringify(values)}`);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const n = (v: number) => Math.round(v).toLocaleString('en-GB');
  return `${n(sorted[0])}–${n(sorted[sorted.length - 1])} (median ${n(median)}) over ${values.length} ${values.length === 1 ? 'load' : 'loads'}`;
}

/** A page passes when all four categories are 100 and CLS and TBT are 0. */
export function lighthousePass(p: LighthousePage): boolean {
  return p.performance === 100 && p.accessibility === 100 && p.bestPractices === 100 && p.seo === 100 && p.cls === 0 && p.tbtMs === 0;
}

/**
 * Marginal cost: extra rebuild milliseconds per extra page between two sizes.
 * Unlike ms per page it leaves out the fixed start-up (Vite bundling, config),
 * so a super-linear step shows as a rising figure.
 */
export function marginalMsPerPage(a: Pick<SizeResult, 'rebuildSeconds' | 'pages'>, b: Pick<SizeResult, 'rebuildSeconds' | 'pages'>): number {
  if (b.pages === a.pages) throw new Error('marginalMsPerPage: the two runs built the same number of pages');
  return ((b.rebuildSeconds - a.rebuildSeconds) * 1000) / (b.pages - a.pages);
}

/** The blocking time recomputed within each run's own simulation, or a dash for runs recorded before it was. */
function sameSimulationCell(p: LighthousePage): string {
  return p.sameSimulationTbtRunsMs ? `${p.sameSimulationTbtMs} ms (${p.sameSimulationTbtRunsMs.join(', ')})` : '–';
}

export function lighthouseTable(run: LighthouseRun): string {
  return [
    '| Page | Performance | Accessibility | Best practices | SEO | CLS | TBT | TBT of each run | Result | Not judged: TBT recomputed within its own simulation (each run) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...run.pages.map(
      (p) =>
        `| ${p.name} (\`${p.url}\`) | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${p.cls} | ${p.tbtMs} ms | ${p.tbtRunsMs ? p.tbtRunsMs.join(', ') : '–'} | ${passLabel(lighthousePass(p))} | ${sameSimulationCell(p)} |`,
    ),
  ].join('\n');
}

/** The pages any recorded run measured, in first-seen order: what every run is held to. */
function recordedPageNames(history: readonly LighthouseRun[]): string[] {
  return [...new Set(history.flatMap((run) => run.pages.map((p) => p.name)))];
}

/** A run passes when it measured every page in `names` and each passed; a run that left a page out does not. */
export function lighthouseRunPass(run: LighthouseRun, names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => run.pages.some((p) => p.name === name && lighthousePass(p)));
}

/** How many recorded runs passed all their pages: the target is one run passing, so how often that happens is the figure that shows whether it holds. */
export function lighthouseRecord(history: readonly LighthouseRun[]): { passed: number; total: number } {
  const names = recordedPageNames(history);
  return { passed: history.filter((run) => lighthouseRunPass(run, names)).length, total: history.length };
}

/**
 * The record split by Lighthouse version, the version run most recently first:
 * an upgrade changes the measuring instrument, so its runs are counted apart.
 */
export function lighthouseRecordByVersion(history: readonly LighthouseRun[]): { version: string; passed: number; total: number }[] {
  const names = recordedPageNames(history);
  const latest = new Map<string, string>();
  for (const run of history) if ((latest.get(run.lighthouse) ?? '') < run.date) latest.set(run.lighthouse, run.date);
  return [...latest.entries()]
    .sort((a, b) => b[1].localeCompare(a[1]))
    .map(([version]) => {
      const runs = history.filter((run) => run.lighthouse === version);
      return { version, passed: runs.filter((run) => lighthouseRunPass(run, names)).length, total: runs.length };
    });
}

/**
 * Every recorded `npm run bench:lighthouse` run, newest first: each page's
 * judged blocking time with every run's in brackets, and whether all pages
 * passed. One run is within the noise (BENCHMARKS.md), so the record is kept.
 */
export function lighthouseHistoryTable(history: readonly LighthouseRun[]): string {
  if (history.length === 0) return '';
  const names = recordedPageNames(history);
  const cell = (p: LighthousePage | undefined) =>
    p === undefined ? '–' : `${p.tbtMs}${p.tbtRunsMs ? ` (${p.tbtRunsMs.join(', ')})` : ''}${lighthousePass(p) || p.tbtMs > 0 ? '' : ' †'}`;
  return [
    `| Run (UTC) | Lighthouse | ${names.map((n) => `${n}: TBT ms (each run)`).join(' | ')} | Bare control | All pass | Not judged: TBT recomputed within its own simulation (${names.join(', ')}) |`,
    `| --- | --- | ${names.map(() => '---').join(' | ')} | --- | --- | --- |`,
    ...[...history]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(
        (run) =>
          `| ${run.date.slice(0, 16).replace('T', ' ')} | ${run.lighthouse} | ${names.map((n) => cell(run.pages.find((p) => p.name === n))).join(' | ')} | ${cell(run.controls?.find((c) => c.name === 'Control, bare'))} | ${passLabel(lighthouseRunPass(run, names))} | ${sameSimulationSummary(run, names)} |`,
      ),
  ].join('\n');
}

/** Each page's judged run recomputed within its own simulation (first paint to interactive), in the table's page order; a dash for runs recorded before it was. */
function sameSimulationSummary(run: LighthouseRun, names: readonly string[]): string {
  const figures = names.map((n) => run.pages.find((p) => p.name === n)?.sameSimulationTbtMs);
  return figures.every((ms) => ms === undefined) ? '–' : figures.map((ms) => (ms === undefined ? '–' : `${ms}`)).join(', ');
}

/** The control pages' blocking time, beside the site's pages in the same run. */
export function controlsTable(run: LighthouseRun): string {
  if (!run.controls?.length) return '';
  return [
    "| Control page (not judged) | Performance | TBT | TBT of each run | TBT recomputed within its own simulation (each run) |",
    '| --- | ---: | ---: | ---: | ---: |',
    ...run.controls.map((p) => `| ${p.name} (\`${p.url}\`) | ${p.performance} | ${p.tbtMs} ms | ${p.tbtRunsMs ? p.tbtRunsMs.join(', ') : '–'} | ${sameSimulationCell(p)} |`),
  ].join('\n');
}

/** Hand-written: what traces showed about Lighthouse's blocking time (issue 7), printed under the Lighthouse table. */
const LIGHTHOUSE_ANALYSIS = `Each run recomputed (7 Dec). The mechanism described below, from 28 Nov, is a known
inconsistency in Lighthouse's simulation, open upstream since 2020:
[GoogleChrome/lighthouse#11677](https://github.com/GoogleChrome/lighthouse/issues/11677), "Lantern
EIL+TBT should use internally consistent FCP/TTI estimates". It proposes taking the first-paint
nodes' times from the blocking-time simulation itself. \`npm run bench:lighthouse\` now does that for
every run, beside Lighthouse's figure and not in place of it (\`bench/lib/lantern.ts\`): it runs
Lighthouse's own Lantern computations over the run's trace and network log, and counts blocking
time from the moment the first-paint graph's last node ends in the blocking-time simulation to the
end of that simulation's last task over 50 ms (Lantern's definition of interactive). Before it
recomputes, it checks that its code, given Lighthouse's own first paint and interactive, gives back
each side's blocking time exactly, and each first-paint simulation's end as its first paint; it
stops otherwise. The first four runs that day (14:13–14:31 UTC) ended the window at Lighthouse's
interactive estimate, which on the optimistic side comes from a smaller graph and can cut a task
short; their recomputed figures were dropped from the record, their Lighthouse figures kept.

The four runs recorded from 15:00 to 15:11 UTC, 20 runs a page: blocking time was over 0 ms in this
many runs, by Lighthouse's figure and then recomputed: topic page 12 and 2, article page 3 and 3,
section page 1 and 1, bare control 17 and 0, styled control 1 and 0. Lighthouse judged the topic
page 0, 0, 0 and 30 ms and the article page 0, 0, 0 and 21 ms; recomputed, the topic page was 0 ms in
all four and the article page 0, 0, 0 and 42 ms (a paint task after first paint, which counts on both
sides of the simulation once the window is the simulation's own). All three pages passed in three of
the four runs by either figure. The rule set before the 19:36 runs on 29 Nov was set again at 15:00:48
UTC, before the run recorded at 15:03: the next three runs, back to back, must each pass all three
pages. The first two did and the third did not (topic page 30 ms, article page 21 ms), so it has now
been applied five times and held once.

What still counts once the simulation is consistent, as the benchmark prints it for each such run
(the pessimistic side's tasks): on the topic page, in runs where Chromium's HTML parser stopped near
the top of the body and a frame was laid out and painted in 4–5 ms before the content was parsed,
the rest of the parse and the content's style (tasks of 22.6 and 27.8 ms at 15:00): Lantern takes
that early paint as the first although it painted nothing, the observed first contentful paint
coming after the full layout. On the article and section pages: paints of 14.3–23.0 ms and layouts
of 26.4–41.6 ms after the first paint. So the inconsistency accounts for nearly all of the topic
page's and all of the bare control's runs over 0 ms here, but not for the article page's, and not
for every failed run: what is left is work done after a first paint.

Two probes, not in the record. The topic page
with its context block cut out of the built HTML (12.6 of its 21.4 KB), 6 Lighthouse runs each,
interleaved: 0, 0, 0, 4, 0 and 26 ms against 0, 28, 40, 30, 47 and 32 ms as built, its first layout
20–28 ms of wall time against 36–55. So even a page of cards alone does not reliably score 0 on this
machine. And Lighthouse with real throttling (\`throttlingMethod: 'devtools'\`, Chromium's own 4× CPU
slowdown and a throttled network, which is not the mobile preset's simulation), 4 runs each: the
topic page 9, 0, 0 and 0 ms, its first layout task 133–226 ms and before first paint; the article
page 0, 0, 8 and 0; the styled control 0 in all four. The topic page's 9 ms there came from a task
about 2 s in, after load, where the SVG favicon's task falls: Chromium draws an SVG favicon as a
document of its own (a 32 × 32 paint) on the page's main thread, 8 to 39 ms of wall time in the
simulated runs' traces that day. The pages now link a 64 × 64 PNG drawn
from the same SVG at build time (\`src/lib/touch-icon.ts\`); in 4 interleaved Lighthouse runs each,
the task took 7.8–10.0 ms with the SVG and did not appear (no task over 5 ms after first paint)
with the PNG.

Is the machine too slow for the preset? (7 Dec, 16:48 UTC on.) Lighthouse measures the host's speed in
every load (its BenchmarkIndex, a fixed piece of JavaScript timed in the page), and its throttling
guide (docs/throttling.md) calibrates the preset's 4× CPU slowdown for a high-end desktop, 1,500–2,000
on that scale; it warns of a slow host at 1,000 or lower. The runs from 16:48 on record it: 2,572
median over the 25 loads of that run (1,394–2,768). By Lighthouse's own measure this host is faster
than the one the preset assumes, so its calibration would call for a stronger slowdown, not a weaker
one. What a run here lacks is not single-thread speed but cores: the first layout's wall time is
mostly waiting (below). The run at 16:48, after every page gained a footer that links to the
timeline, places and people and the feed: article and section pages 0 ms in all ten runs but one
(5 ms), the topic page judged 42 ms (0, 65, 24, 33, 42; recomputed within its own simulation 0, 0, 0,
0, 43), the bare control 45 ms (recomputed 0 in all five).

Where the blocking time comes from (Lighthouse's own traces, 2026-11-28). None of the three
pages has a long script; the topic page has no script at all. Lighthouse's mobile preset simulates a
slower phone from the trace: a task that lays out the page counts twice its observed length, any
other task four times. The simulated first paint leaves out the task in which Chromium commits the
navigation (24–41 ms here); the full simulation keeps it, so the page's first layout lands after the
simulated first paint and every part of it past 50 ms counts: TBT ≈ 2 × (first layout task) − 50 ms.
The article and section pages score 0 in most runs (the article page's five runs on 28 Nov: 5, 0,
0, 25 and 8 ms; on 29 Nov at 06:33 all 0, at 09:05 0, 0, 2, 0 and 5) only because their module script, fetched at high priority,
moves the simulated first paint after that task: the section page with its script tag removed had a
simulated first paint of 0.91 s instead of 1.06–1.11 s and a median TBT of 19 ms (5 runs each).
Lighthouse rates this VM's CPU as fast (benchmark index 2,178–2,514, above its 1,000 threshold for
a slow-host warning), so the 4× preset applies as is.

Control pages (29 Nov, 15:05 UTC, one build, 9 Lighthouse runs each, interleaved with the topic
page; ad-hoc pages, before \`bench/lib/controls.ts\`): one paragraph and no stylesheet was judged 28 ms (runs 4, 31, 0, 28, 2, 5, 45, 1, 24); a
heading and a paragraph with the site's stylesheets 0 ms in all nine; the topic page 45 ms (45, 5,
0, 0, 13, 33, 28, 16, 29). So on this machine even a script-free page with next to nothing on it
does not reliably score 0. With the stylesheets, the page is laid out in a task of its own once
they arrive; a short page's task stays under the line, and the topic page's (about 250 elements,
seven text strikes) goes over it. In unthrottled traces of that task (Playwright, 3 loads), 22
font lookups took 30–45 ms: 6 family matches (10–11 ms) and 7 render-style queries, one per text
strike (8–20 ms), are synchronous calls to the browser process; shaping the text took 8–33 ms.
\`npm run bench:lighthouse\` measures both controls in every run that builds the site (the table
above holds the latest). Its first such run (29 Nov, 15:22 UTC) judged the bare control 6 ms (0, 6,
60, 0, 4), the styled one 0 in all five and the topic page 5 ms (5, 16, 42, 28, 34); in it, one of
the article page's five runs measured 206 ms, far above any other recorded run of that page (its
median run was 0; the cause was not found). The next (16:23, after each page's CSP <meta> lost
the hashes it did not need, about 1 KB of its HTML) judged the topic page 2 ms (0, 5, 0, 0, 2), the
controls 11 ms (11, 0, 33, 0, 0) and 0 ms; one run is not enough to tell that change from the noise.
The run at 18:39 (after the listing pages and the table styles, which add about 0.4 KB of unused
pager CSS to the topic page and leave its layout as it was) judged all three pages 0 ms: the topic
page's runs were 10, 0, 0, 0 and 0 ms, while the bare control's were 11, 1, 0, 26 and 16 (judged
16 ms). It is the first run recorded here to pass all three, and nothing in the change could plausibly shorten the
topic page's first layout; with the same page judged 2 to 71 ms in the earlier runs that day, one
passing run does not show that the target holds, so issue 7 is not closed on it.
To test it, three runs back to back on the same pages (29 Nov, 19:36–19:48 UTC, nothing else
running; the rows 19:39, 19:43 and 19:47 of the record above), with the rule set before the first:
the target would count as holding only if all three passed all three pages. They did not: the
first two passed, the third judged the article page 7 ms (0, 7, 0, 53, 0). The section page scored
0 ms in all fifteen runs, the styled control in all fifteen; the bare control was judged 9, 65 and
0 ms. Taken run by run, the record shows a change in the topic page from 16:23 on: 10 of its 25
runs from 16:23 to 19:47 were over 0 ms (2–47 ms), against 32 of 40 in the eight recorded runs
from 06:33 to 15:22 that day (up to 71 ms). The 16:23 run was the first after each page's CSP
<meta> lost the hashes it did not need, and the evening was quieter too; which of the two made the
difference is not known. Five of the article page's 25 runs from 16:23 to 19:47 were over 0 ms
(7–53 ms). The judged run is the one with median first paint and time-to-interactive, not median
blocking time, so while any of a page's runs can go over 0 ms, whether a page passes is a matter
of which of its runs is judged. The next run (20:39, after every page's head gained the
home-screen icon's link) passed all three pages, the topic page with one run of five at 10 ms;
the record above keeps it beside the others. Three more runs back to back (29 Nov, 21:34–21:46 UTC,
the pages unchanged) passed the article and section pages each time, each at 0 ms in 14 of its 15
runs; the topic page was
judged 11, 0 and 7 ms, with 13 of its 15 runs over 0 ms (1–40 ms), so two of the three failed.
Then, with the server gzipping text (see below), three more back to back (21:58–22:10 UTC) passed
all three pages each time, which meets for the first time the rule set before the 19:36 runs. Run by run they
show no change: the topic page was over 0 ms in 10 of its 15 runs (6–49 ms) and passed only because
the judged run was each time one of the others; the article and section pages were at 0 ms in 27
of their 30 runs (1–5 ms in the rest). The rule has now been applied three times to the same pages
(at 19:36, and before and after the server change): it held once. Whether the topic page passes is
still a draw, so the target is not shown to hold.

Lighthouse 13 (29 Nov, 23:21–23:32 UTC). The project had pinned Lighthouse 12.8.2 since its first
commit; the current major is 13 (13.5.0, Node ≥ 22.19, which the pinned Node 24 meets), so the
benchmark moved to it. It changes the instrument, not the pages, so its runs are counted apart in
the record above. Before the upgrade, one interleaved comparison on one build (6 runs each, one
child process per run, the same Chromium; a probe, not in the record) gave the topic page 0 ms in 4
of 6 runs under 13.5.0 against 1 of 6 under 12.8.2, and the article page 5 of 6 under both. The
record does not bear that out: the topic page's runs were at 0 ms in 8 of 20 under 13.5.0 (judged
0 ms in 1 of its 4 recorded runs), against 26 of 60 under 12.8.2 from 16:23 on 29 Nov (judged 0 ms
in 9 of 12). The rule set before the
19:36 runs was set again before the first 13.5.0 run: three runs back to back, all three pages
passing in each. It did not hold: the topic page was judged 26 ms (23, 0, 0, 26, 15) and 9 ms
(2, 0, 36, 9, 16), then 0 ms (0, 34, 0, 0, 4); the article page 13, 0 and 0 ms; the section page 0 ms
in all fifteen runs, the styled control too, the bare control 15, 55 and 20 ms. A fourth run (30 Nov,
00:14 UTC, after the article page's contents list came to name every part of the page) judged the
topic page 33 ms (15, 33, 0, 0, 23), the article page 0 ms (0, 0, 0, 11, 0) and the section page 0 ms. Lighthouse 13 also
reports insights that are not scored (in the runs' console output, not in the record): on the three
pages and the styled control "cache-insight" (this local server, like GitHub
Pages, sends no long cache lifetime; the README's Netlify, Cloudflare and nginx settings cache
\`/_astro/\` for a year) and "render-blocking-insight" (the two stylesheets; inlining them was tried,
below). Not scored either way, they change nothing in the target. A trace of the topic page's
first layout that evening (Playwright's Chromium, 3 loads) gave the same picture as before: the
task took 46–99 ms of wall time and 19–29 ms of CPU, of which style 5–8 ms, layout 13–20 ms and
text shaping (89 calls) 4–6 ms.

On the topic page the first layout task takes 21–51 ms, of which about 20 ms is the renderer's own
CPU time; the rest is waiting, mostly on font matching, which Chromium on Linux does by synchronous
IPC to the browser process once per family and per text size (10–30 ms a load). When Chromium happens
to split layout and paint into two tasks of about 20 ms each, the run scores 0. Two builds with the
same files, measured interleaved, gave medians of 18 and 26 ms (9 runs each): the run-to-run noise is
as large as the effect of any change below. Lighthouse's own judged run swings as much: the topic
page, its HTML and CSS the same in both builds but for the site-wide CSP list, was judged 28 ms at
09:23 on 29 Nov (runs 50, 28, 0, 0, 0) and 71 ms at 09:39 (67, 23, 38, 38, 71); at 11:14, after
reading and layout fixes that left its fonts as they were, 37 ms (8, 37, 0, 34, 0); at 13:35, with
another process reading files, 32 ms (7, 30, 49, 32, 38), the section page's 18 ms (0, 18, 0, 18,
0) from a page whose layout was unchanged; at 13:48 on a quiet machine 15 ms (0, 15, 26, 0, 24)
and the section page 0. Tried:

- fewer text sizes and families (kept): citation markers at the scale's \`xs\` size instead of
  0.75em, the Sources heading in the body face like every other h2, no Sitka Text in the serif
  stack. The topic page went from 13 text strikes and 7 family lookups to 10 and 6;
- one text size for the site's chrome (kept, 29 Nov): the header and skip link at the \`sm\` size of
  the breadcrumbs below them, the context label in regular weight like the citation markers of its
  size. The topic page went from 10 strikes to 7, the section page from 11 to 10, the article page
  from 14 to 13. Against the build before it, interleaved, 12 runs each: the header alone, a
  median of 11 ms against 15; header and label, 16 against 27. Every text on the page in one face
  and size (1 strike, a test variant only) gave 14 against 28 ms (10 runs each): fonts alone
  cannot bring the first layout under the line. Then the article page from 13 to 11: the "Where
  reports differ" heading in the body face like the section headings, the compact timeline's
  entries in the UI face like the context notes beside them; the section page from 10 to 9: the "Cite this"
  box's heading at the box's own size. A browser test holds every article, section and topic page
  to the template's count (\`src/lib/text-strikes.ts\`: 10, 9 and 7; text an editor formats, such
  as emphasis or a table, is left out so that writing never fails it);
- \`content-visibility: auto\` (tried, then dropped): a block the browser has not laid out takes a
  guessed height until it nears the viewport. On the topic page's context block and its lists it
  gave 4 runs at 0 ms of 9 against 1, median 15 against 17 ms; on the article page's sections and
  analysis block the largest layout fell from a median 56 to 38 ms (9 loads each, unthrottled
  traces). Shared links into a deferred block landed off screen until every block was laid out
  whenever the address names a \`:target\`. But Chromium restores a reader's place on reload and
  on Back by scroll offset, over the guessed heights, and readers landed 24–1,650 px away (phone
  and desktop). Reading position beats a blocking-time figure, so no page defers its blocks; the
  test "reload and Back keep the reader's place" fails with it and passes without;
- no \`text-wrap\`, no \`optimizeLegibility\` (appended to the stylesheet: the page's CSP blocks an
  added inline style): no difference beyond the noise over 15–21 loads each;
- the shared stylesheet inline in every page (tried 29 Nov, not kept): \`build.inlineStylesheets:
  'always'\` puts the 5.6 KB sheet (2.0 KB gzip) in each page's <style>, its hash in the CSP. It
  saves the sheet's round trip: over 8 interleaved Lighthouse runs each, the topic page's simulated
  first paint went from a median 908 to 873 ms and its largest paint from 1,058 to 908 ms; the
  article page's from 1,215 to 1,102 and 1,232 to 1,168 ms. But the earlier first paint leaves the
  first layout task further after it: the topic page's blocking time went from a median 7 ms (0 ms
  in 4 of 8 runs) to 14 ms (1 of 8), the article page's from 0 ms (7 of 8) to 11 ms (1 of 8). Every
  page then also carries the sheet again instead of reading it from the cache, so the sheet stays a
  file;
- fewer elements (29 Nov, 21:50 UTC, 8–10 interleaved Lighthouse runs each; test variants, not
  kept). The Sources list's back-links named by \`aria-label\` instead of a hidden span beside an
  \`aria-hidden\` one, 34 fewer elements on the topic page: a median of 5 ms (0 ms in 5 of 10 runs)
  against 0 ms (7 of 10) for the page as built, the noise again. The topic page with its whole
  Sources list cut out of the built HTML (127 of its elements, and its citations left pointing
  nowhere): a median of 0 ms, 0 ms in 5 of 8 runs against 1 of 8 for the page as built. Even at half its size the page
  went over 0 ms in 3 of 8 runs (9–13 ms): short of a page as slight as the styled control, a
  smaller page would not make every run pass on this machine;
- the server gzips text (kept, 29 Nov, 21:55 UTC): until then \`scripts/static-server.mjs\` sent every
  file uncompressed, which no static host does, and Lighthouse's simulated network carried 21 KB
  of topic-page HTML instead of 5.7 KB. Over 8 interleaved runs each, the simulated first paint
  went from a median 906 to 756 ms on the topic page and from 1,263 to 964 ms on the article page;
  blocking time did not change beyond the noise (topic page 0 ms in 5 of 8 runs both ways, article
  page 7 of 8 and 8 of 8). The runs recorded up to 21:46 on 29 Nov were served uncompressed;
- the topic page's first layout measured in CPU time, not blocking time (29 Nov, 23:45–23:55 UTC;
  Playwright traces at the phone size, 8–12 interleaved loads each, the renderer's own CPU, which
  waiting does not inflate; test variants, not kept). As built: a median 28–30 ms for the task, 17–18
  ms of it layout. The stylesheet's font stacks cut to \`serif\` and \`sans-serif\`: no change
  (layout 17.4 ms). The Sources list taken out: layout 8–12 ms, the task 18–22 ms, the largest
  single part; within it, no \`overflow-wrap: anywhere\` on its links made no difference, its hidden
  back-link labels taken out saved about 2 ms, within the noise. The styled control: 6 ms, layout 2.
  The page's layout cost follows its content; none of the rules tried is a costly one;
- Lighthouse's own process given way to Chromium (29 Nov, 23:10 UTC; Lighthouse 12.8.2; one build;
  each run in its own process, half of them at \`nice -n 15\`, interleaved, 8 each; not kept): the
  topic page was at 0 ms in 2 of 8 niced runs against 0 of 8 plain ones, medians 16.5 and 27 ms:
  inconclusive at 8 runs each, and far from making every run pass;
- not done: a script on the topic page, or moving its CSS, only to move the simulated first paint.
  That would pass the budget without making the page any faster.

Where the wait comes from (29 Nov, 21:30 UTC). Nine loads of the topic page in Playwright's
Chromium at the phone size, traced with the font and IPC categories on (which slow it down): the
task that lays the page out took 45–127 ms of wall time (median 54 ms), but the renderer ran for
only 24–34 ms of it (median 25 ms). For the rest it was not running: it was waiting on the
synchronous font calls to the browser process, or for a core. This machine has two cores, shared by
the renderer, the browser process and, under Lighthouse, Lighthouse itself, which is reading the
trace and the protocol events of the same load. \`vmstat 1\` over eight more such loads (21:47 UTC):
both cores 92–97% busy (user and system) while they ran, and 0–3% stolen by the host, so the cores
go to processes in this VM, where only Chromium and the tools driving it were running, not to other
machines on the host. Lighthouse's simulation takes the task's wall time,
so how long the wait was decides whether a run scores 0. The page's own part is the ~25 ms
of work and the number of font calls (22 on this page), and both are the same in every run.
`;

export function renderBenchmarksMd(results: readonly StoredResult[], lighthouse?: LighthouseRun, history: readonly LighthouseRun[] = []): string {
  const record = lighthouseRecord(history);
  const byVersion = lighthouseRecordByVersion(history);
  const recordSplit = byVersion.length > 1 ? ` (${byVersion.map((v) => `${v.passed} of ${v.total} with Lighthouse ${v.version}`).join(', ')})` : '';
  const latest = [...results].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const m = latest?.machine;
  const marginal = results
    .slice(1)
    .map((r, i) => `- N = ${results[i].n} → ${r.n}: ${marginalMsPerPage(results[i], r).toFixed(1)} ms per extra page`)
    .join('\n');
  const profiles = results
    .filter((r) => r.profile)
    .map((r) => [`Rebuild at N = ${r.n}, top self time (\`--cpu-prof\`, main thread):`, '', '| Function | ms | Share |', '| --- | ---: | ---: |', ...r.profile!.map((p) => `| \`${p.fn.replace(/\|/g, '\\|')}\` | ${p.ms} | ${(p.share * 100).toFixed(1)} % |`)].join('\n'))
    .join('\n\n');
  const routeRows = results
    .filter((r) => r.routes)
    .map((r) => {
      const g = r.routes!.rebuild;
      const c = r.routes!.cold;
      const cell = (x: { count: number; ms: number }) => `${x.count} × ${(x.ms / Math.max(x.count, 1)).toFixed(0)} ms`;
      return `| ${r.n} | ${cell(g.section)} | ${cell(g.article)} | ${cell(c.og)} | ${cell(g.og)} | ${cell(g.other)} |`;
    });
  return `# Benchmarks

Build performance at scale (issue 7). Written by \`npm run bench\` and \`npm run bench:lighthouse\`
from \`bench/results.json\`; do not edit by hand.

## Machine

| | |
| --- | --- |
| Date of the latest run | ${latest ? latest.date.slice(0, 16).replace('T', ' ') + ' UTC' : '–'} |
| CPU | ${m ? `${m.nproc} × ${m.cpu}` : '–'} |
| Memory | ${m ? formatBytes(m.memoryBytes) : '–'} |
| Node | ${m?.node ?? '–'} |
| Load average at start (1, 5, 15 min) | ${m ? m.loadavg.join(', ') : '–'} |

Wall times on this kind of machine (a shared 2-core VM) vary from run to run; the baseline ratio
is measured in the same run on the same content for that reason.

## Build figures

Synthetic content (\`bench/lib/synthetic.ts\`, seed 1): per article a lede, seven sections over the
five topics, four context notes citing three sources, a key-facts entry and a timeline entry.

${results.length ? resultsTable(results) : '(no runs yet)'}

Each run's date (its start; runs before 29 Nov 07:20 UTC were stamped after the site's builds,
before the baselines), and the CPU probe before and after it (\`bench/lib/probe.ts\`: fixed work,
lower is faster; a higher reading means a slower CPU, but equal readings do not prove an equally
fast machine, as memory and disk vary too): ${results.map((r) => `N = ${r.n}: ${r.date.slice(0, 16).replace('T', ' ')} UTC, probe ${r.machine.cpuProbeMs ? `${r.machine.cpuProbeMs.join('/')} ms` : 'not run'}`).join('; ')}.

Marginal cost (rebuild), which leaves out fixed start-up:

${marginal || '- (needs two sizes)'}

Render time per kind of output, from Astro's build log and the OG cards line (count × mean):

| N | Section pages (rebuild) | Article pages (rebuild) | OG cards (cold) | OG cards (rebuild) | Other routes (rebuild) |
| ---: | ---: | ---: | ---: | ---: | ---: |
${routeRows.join('\n')}

${profiles}

## What changed the figures

The first full run at N = 1,000 (2026-11-27 22:58 UTC, idle machine) failed two targets: an
unchanged rebuild took 193.3 s, 3.22× the plain Astro baseline, and the peak RSS was 4.1 GiB.
The profile showed where it went, and three changes followed:

1. **MDX bodies become HTML as the content loads** (\`src/lib/mdx-loader.ts\`,
   \`src/lib/mdx-html.ts\`). Astro compiles every \`.mdx\` entry into a module of the server
   bundle: 12,006 modules here, which took about a minute to bundle and most of the memory (the
   baseline, with 7,000 of them, peaks at 2.3 GiB for that alone). The same unified pipeline now
   writes each body's HTML into the content-layer cache, keyed by the file's digest; the bundle step
   fell from about 60 s to 5 s and section pages from 5 ms to 1.4 ms each.
2. **OG cards are written after the build** (\`src/lib/og-integration.ts\`) from the content-hash
   cache instead of one Astro route per card: 8,000 cached cards went from 35.1 s to 2–4 s.
3. **Native memory of the card renderer is released** whenever the process has grown by 256 MiB
   (\`nativeMemoryGuard\` in \`src/lib/og-image.ts\`): resvg-js held a 3 MB pixmap per card until
   V8 happened to collect, which put the cold build at 2.03 GiB after the first two changes.

Later (2026-11-28), for a cold build:

4. **Cards are rasterised on libuv's thread pool** (resvg-js \`renderAsync\`); their layout (satori)
   and PNG encoding (\`asPng()\`, synchronous) stay on the main thread. On 28 Nov at N = 1,000 the
   8,000 cold cards took 191 s with 16 cards in flight and 174 s with at most 4
   (\`OG_DRAW_CONCURRENCY\`), instead of 283 s; the cold build 252 and 241 s instead of 341 s.
   The main thread sets the pace: one card drawn 30 times on 29 Nov spent about 12 ms in layout
   and 20 ms in encoding there, against 14 ms rasterising on the pool, and the cold cards of the
   13:49 run (29 Nov) took 33 ms each, at that 32 ms floor (30 ms in the table's run, 18:08); more
   cards in flight cannot help. On 28 Nov, when the whole machine ran faster (the plain baseline
   at N = 1,000 took 64 s; 91–94 s on 29 Nov), cards took 22 ms each. Peak RSS of the cold build: 1.35 GiB before this change, 1.60 GiB
   with 16 cards in flight and 1.58 GiB with 4 (28 Nov), then 1.7 and 1.4 GiB in two runs on 29 Nov
   (the second after cards that finish together began to share one memory collection), 1.5 GiB at
   12:06, and 1.9 and 1.6 GiB in two runs of the same code from 13:49 on (the second without
   the baseline; neither run changed the cards), 1.4 and 1.5 GiB at 17:50 and 18:08. The cause of
   the rise and of the spread was not measured. The budget is read as 2 GiB: 1.9 GiB
   (2,073,579,520 bytes) is 2.07 GB in decimal units.

Later (2026-11-29, 17:00 UTC on), for readers:

5. **Listing pages stay the same size as the site grows** (\`src/lib/pagination.ts\`). The home
   page, each topic page and both feeds held every article or section, so they grew with N: at
   N = 100 (same content, build of 17:22 UTC before the change) the largest topic page was 38.3 KiB
   gzip (307.7 KiB of HTML), the home page 9.7 KiB, Places and people 21.6 KiB (every article
   listed at its end) and the largest feed 11.0 KiB. Now the home page and each topic show 20 a
   page (\`/page/2/\`, \`/topics/<t>/page/2/\`), a topic page carries only the context notes of its
   own sections and, on page 1, the latest 12 timeline entries, the feeds the newest 50 items, and
   the timeline and Places and people the newest 10 articles. The "Largest … page" rows above are
   measured on each run's build: the topic, home and feed figures no longer grow with N. The
   site-wide timeline still does (one entry per synthetic article): 94.1 KiB gzip at N = 1,000,
   over the 50 KiB page budget; it is left whole, because splitting it needs a rule that keeps
   links to an entry stable as entries are added. A 45-article build under \`/explainer/\`
   (\`npm run build:scale\`) is part of \`npm test\`: budgets, valid HTML and
   \`tests/e2e/scale/listings.spec.ts\`.
   The first N = 1,000 run after this change (17:50 UTC) took 117.4 s to rebuild, 1.32× its
   baseline (89.2 s); the table's run (18:08, after each page's CSP trim began to hash each inline
   text once, 9d2dd3a) 75.5 s, 0.83×. That trim took 121 ms before and 90 ms after over the
   45-article build's 432 pages, far too little to explain 42 s; the cause of the spread between
   the two runs was not found.

Later (2026-12-07), for editors:

6. **Every build checks its links to itself** (\`src/lib/link-check.ts\`): once the files are written,
   each \`<a href>\` to the site must reach a built page, and the id its fragment names. At N = 1,000
   (9,408 HTML pages; a run kept with \`--keep\`, 17:00 UTC) it took 6.2 s of the cold build and 4.9 s
   of the rebuild. The table's N = 1,000 run (17:04 UTC) is the first since 29 Nov: its plain
   baseline rebuilt in 52.0 s against 91.2 s then, on the same kind of machine, and ours in 54.0 s
   against 75.5 s, so the ratio moved from 0.83× to 1.04× mostly with the baseline. That run also
   counts the \`/articles/\` page (added 30 Nov), which the benchmark's expected page count had
   missed: the first attempt that day stopped on 9,408 pages against 9,407 expected.

## Targets

${targetsTable(evaluateTargets(results))}
${lighthouse ? `| Lighthouse (mobile): three pages all 100, CLS 0, TBT 0 | ${lighthouse.pages.filter(lighthousePass).length} of ${lighthouse.pages.length} pages in the latest run${record.total > 1 ? `; all in ${record.passed} of ${record.total} recorded runs${recordSplit}` : ''} | 3 of 3 | ${passLabel(lighthouse.pages.every(lighthousePass))} in the latest run |` : '| Lighthouse (mobile) | not measured | all 100, CLS 0, TBT 0 | NOT RUN |'}

## Lighthouse

${lighthouse ? `Run ${lighthouse.date.slice(0, 16).replace('T', ' ')} UTC, Lighthouse ${lighthouse.lighthouse}, ${lighthouse.chromium}, mobile preset, on the real site's build served by scripts/static-server.mjs${lighthouse.runs ? `; each page ${lighthouse.runs} times, judged on the median run (Lighthouse's computeMedianRun)` : ''}.${benchmarkIndexSummary(lighthouse.benchmarkIndexes) ? ` Lighthouse's speed reading of this machine (BenchmarkIndex): ${benchmarkIndexSummary(lighthouse.benchmarkIndexes)}; Lighthouse warns of a slow host at 1,000 or lower.` : ''}\n\n${lighthouseTable(lighthouse)}${lighthouse.controls?.length ? `\n\nIn the same run, two control pages written into the build (\`bench/lib/controls.ts\`): a heading and a paragraph, no script, without and with the site's stylesheets.\n\n${controlsTable(lighthouse)}` : ''}` : 'Not run yet: `npm run bench:lighthouse`.'}

${history.length > 1 ? `Every run recorded in \`bench/results.json\` (\`lighthouseHistory\`), newest first: each page's judged TBT, then every run's; † marks a page that scored 0 ms but missed another part of the target (a category under 100 or CLS). All pages passed in ${record.passed} of ${record.total}${recordSplit}.\n\n${lighthouseHistoryTable(history)}\n\n` : ''}${lighthouse ? LIGHTHOUSE_ANALYSIS : ''}
## How to reproduce

\`\`\`sh
npm ci
npm run bench                              # N = 10, 100 and 1000 (1000 takes the longest: ~8,000 OG cards cold)
npm run bench -- --sizes 10,100            # a subset; results merge into bench/results.json
nice -n 10 npm run bench -- --sizes 1000 --profile   # on a shared machine; --profile adds a --cpu-prof summary
npm run bench:lighthouse                   # builds the real site, serves it, runs Lighthouse (needs /usr/bin/chromium)
\`\`\`

What each figure is:

- **Cold build**: \`astro build\` + \`pagefind\` with empty content-layer and OG caches (fresh temp folders).
- **Unchanged rebuild**: the same again with the caches kept; OG cards are read from \`OG_CACHE_DIR\`.
- **Pages built**: HTML pages, OG cards, feeds, sitemaps and robots.txt that \`astro build\` wrote.
- **ms per page**: rebuild wall time / pages built (includes Astro's fixed start-up, which dominates at N = 10).
- **Peak RSS**: the largest \`Maximum resident set size\` from \`/usr/bin/time -v\` over the steps.
- **OG cards**: written after the build by \`src/lib/og-integration.ts\` (its "og cards: …" log line), plus the \`/og/cards.json\` route that lists them.
- **Baseline**: \`bench/baseline/\`, plain Astro + MDX, one page per section, same content, rebuild;
  with Astro's default Sätteri processor, and again with \`unified\` + remark-gfm (the site's choice).
- The site's build uses \`bench/site.config.mjs\` (the real \`astro.config.ts\` with the content cache in a temp folder).
`;
}
