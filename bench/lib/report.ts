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
  /** The commit measured (bench/lib/commit.ts); absent before 7 Dec 2026, 19:00 UTC. */
  commit?: string;
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

/**
 * The headline: how many targets pass, at which commit, and the Lighthouse record.
 * A target measured at two commits, or not measured, is counted as not passing.
 */
export function summaryLine(results: readonly StoredResult[], lighthouse: LighthouseRun | undefined, record: { passed: number; total: number }): string {
  const targets = evaluateTargets(results);
  const passed = targets.filter((t) => t.pass === true);
  const failed = targets.filter((t) => t.pass === false);
  const commits = [...new Set(results.map((r) => r.commit ?? 'unrecorded'))];
  const where = commits.length === 1 ? `at commit \`${commits[0]}\`` : `over runs at ${commits.map((c) => `\`${c}\``).join(', ')}`;
  const build = `Build targets: **${passed.length} of ${targets.length} pass** ${where}${failed.length ? `; failing: ${failed.map((t) => t.name).join(', ')}` : ''}${targets.length - passed.length - failed.length ? `; not judged: ${targets.filter((t) => t.pass === undefined).map((t) => t.name).join(', ')}` : ''}.`;
  if (!lighthouse) return `${build} Lighthouse: not run yet.`;
  const pages = lighthouse.pages.filter(lighthousePass).length;
  const failing = lighthouse.pages.filter((p) => !lighthousePass(p)).map((p) => `${p.name.toLowerCase()} page, TBT ${p.tbtMs} ms`);
  return `${build} Lighthouse (mobile): **${pages} of ${lighthouse.pages.length} pages pass** in the latest run (${lighthouse.date.slice(0, 16).replace('T', ' ')} UTC, commit ${lighthouse.commit ? `\`${lighthouse.commit}\`` : 'unrecorded'})${failing.length ? `; failing: ${failing.join(', ')}` : ''}; all pages passed in ${record.passed} of ${record.total} recorded runs${record.passed < record.total ? ', so the Lighthouse target does not hold reliably on this machine' : ''}.`;
}

/**
 * What the Sätteri / unified comparison decided, from the largest size that
 * measured both. The site renders content MDX with unified because its content
 * checks and transforms are remark and rehype plugins (src/lib/mdx-html.ts),
 * which Sätteri does not run; the figure says what that choice costs.
 */
export function processorParagraph(results: readonly StoredResult[]): string {
  const r = [...results].reverse().find((x) => x.baselineSeconds && x.baselineUnifiedSeconds);
  if (!r) return '';
  const extra = r.baselineUnifiedSeconds! - r.baselineSeconds!;
  return `**The Markdown processor.** At N = ${r.n.toLocaleString('en-GB')} the plain baseline rebuilt in ${r.baselineSeconds!.toFixed(1)} s with Astro's default Sätteri processor and ${r.baselineUnifiedSeconds!.toFixed(1)} s with unified + remark-gfm: ${(r.baselineUnifiedSeconds! / r.baselineSeconds!).toFixed(2)}×, ${extra.toFixed(1)} s more. The site keeps unified: its content checks and transforms (MDX syntax, refused elements and attributes, heading ids and their links, table alignment; \`src/lib/mdx-html.ts\`) are remark and rehype plugins on a unified pipeline, which Sätteri does not run. It pays that cost once per changed file, not per build: \`src/lib/mdx-loader.ts\` stores each body's HTML in the content-layer cache by the file's digest, so an unchanged rebuild renders no Markdown at all: the site's took ${r.rebuildSeconds.toFixed(1)} s, ${(r.rebuildSeconds / r.baselineSeconds!).toFixed(2)}× the Sätteri baseline's and ${(r.rebuildSeconds / r.baselineUnifiedSeconds!).toFixed(2)}× the unified one's.`;
}

export function renderBenchmarksMd(results: readonly StoredResult[], lighthouse?: LighthouseRun, history: readonly LighthouseRun[] = []): string {
  const record = lighthouseRecord(history);
  const targets = evaluateTargets(results);
  const byVersion = lighthouseRecordByVersion(history);
  const recordSplit = byVersion.length > 1 ? ` (${byVersion.map((v) => `${v.passed} of ${v.total} with Lighthouse ${v.version}`).join(', ')})` : '';
  const latest = [...results].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const m = latest?.machine;
  const marginal = results
    .slice(1)
    .map((r, i) => `- N = ${results[i].n} → ${r.n}: ${marginalMsPerPage(results[i], r).toFixed(1)} ms per extra output`)
    .join('\n');
  const profiles = results
    .filter((r) => r.profile)
    .map((r) => [`One more rebuild at N = ${r.n}, untimed, under \`--cpu-prof\`: top self time on the main thread:`, '', '| Function | ms | Share |', '| --- | ---: | ---: |', ...r.profile!.map((p) => `| \`${p.fn.replace(/\|/g, '\\|')}\` | ${p.ms} | ${(p.share * 100).toFixed(1)} % |`)].join('\n'))
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
from \`bench/results.json\`; do not edit by hand. What changed the figures over time, and why
Lighthouse's blocking time varies on this machine, is in
[docs/performance-notes.md](docs/performance-notes.md) (dated notes, written by hand).

## Summary

${summaryLine(results, lighthouse, record)}

## Targets

${targetsTable(targets)}
${lighthouse ? `| Lighthouse (mobile): three pages all 100, CLS 0, TBT 0 | ${lighthouse.pages.filter(lighthousePass).length} of ${lighthouse.pages.length} pages in the latest run${record.total > 1 ? `; all in ${record.passed} of ${record.total} recorded runs${recordSplit}` : ''} | 3 of 3 | ${passLabel(lighthouse.pages.every(lighthousePass))} in the latest run |` : '| Lighthouse (mobile) | not measured | all 100, CLS 0, TBT 0 | NOT RUN |'}

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

Marginal cost (rebuild) per extra output (HTML pages, OG cards and feeds), which leaves out fixed start-up; the target above counts HTML pages only:

${marginal || '- (needs two sizes)'}

Render time per kind of output, from Astro's build log and the OG cards line (count × mean):

| N | Section pages (rebuild) | Article pages (rebuild) | OG cards (cold) | OG cards (rebuild) | Other routes (rebuild) |
| ---: | ---: | ---: | ---: | ---: | ---: |
${routeRows.join('\n')}

${profiles}

${processorParagraph(results)}

## Lighthouse

${lighthouse ? `Run ${lighthouse.date.slice(0, 16).replace('T', ' ')} UTC, Lighthouse ${lighthouse.lighthouse}, ${lighthouse.chromium}, mobile preset, on the real site's build served by scripts/static-server.mjs${lighthouse.runs ? `; each page ${lighthouse.runs} times, judged on the median run (Lighthouse's computeMedianRun)` : ''}.${benchmarkIndexSummary(lighthouse.benchmarkIndexes) ? ` Lighthouse's speed reading of this machine (BenchmarkIndex): ${benchmarkIndexSummary(lighthouse.benchmarkIndexes)}; Lighthouse warns of a slow host at 1,000 or lower.` : ''}\n\n${lighthouseTable(lighthouse)}${lighthouse.controls?.length ? `\n\nIn the same run, two control pages written into the build (\`bench/lib/controls.ts\`): a heading and a paragraph, no script, without and with the site's stylesheets.\n\n${controlsTable(lighthouse)}` : ''}` : 'Not run yet: `npm run bench:lighthouse`.'}

${history.length > 1 ? `Every run recorded in \`bench/results.json\` (\`lighthouseHistory\`), newest first: each page's judged TBT, then every run's; † marks a page that scored 0 ms but missed another part of the target (a category under 100 or CLS). All pages passed in ${record.passed} of ${record.total}${recordSplit}.\n\n${lighthouseHistoryTable(history)}\n\n` : ''}${lighthouse ? `The last column is a diagnostic, not the target: Lighthouse's simulation places the first paint in one
simulated timeline and counts blocking tasks in another (GoogleChrome/lighthouse#11677), so a page's first
layout, which runs before its first paint, can count as blocking. \`bench/lib/lantern.ts\` counts the judged
run's tasks between first paint and interactive as they fall in the blocking-time simulation itself.
What the traces showed, run by run: [docs/performance-notes.md](docs/performance-notes.md#lighthouse-where-the-blocking-time-comes-from).\n\n` : ''}## How to reproduce

\`\`\`sh
npm ci
npm run bench                              # N = 10, 100 and 1000 (1000 takes the longest: ~8,000 OG cards cold)
npm run bench -- --sizes 10,100            # a subset; results merge into bench/results.json
nice -n 10 npm run bench -- --sizes 1000 --profile   # on a shared machine; --profile adds a --cpu-prof summary
npm run bench:lighthouse                   # builds the real site, serves it, runs Lighthouse (needs /usr/bin/chromium)
\`\`\`

\`npm run bench\` needs GNU time at \`/usr/bin/time\` for peak memory (on Debian: \`apt-get install -y time\`) and
stops without it. Commit first: each result records the commit it measured, and the targets compare
sizes only when they were measured at the same commit.

What each figure is:

- **Cold build**: \`astro build\` + \`pagefind\` with empty content-layer and OG caches (fresh temp folders).
- **Unchanged rebuild**: the same again with the caches kept; OG cards are read from \`OG_CACHE_DIR\`.
- **Pages built**: HTML pages, OG cards, feeds, sitemaps and robots.txt that \`astro build\` wrote.
- **ms per page**: rebuild wall time / pages built (includes Astro's fixed start-up, which dominates at N = 10).
- **Marginal ms per HTML page**: the rebuild's extra time per extra HTML page between two sizes; start-up cancels out.
- **OG cards**: written after the build by \`src/lib/og-integration.ts\` (its "og cards: …" log line), plus the \`/og/cards.json\` route that lists them.
- **Baseline**: \`bench/baseline/\`, plain Astro + MDX, one page per section, same content, rebuild;
  with Astro's default Sätteri processor, and again with \`unified\` + remark-gfm (the site's choice);
  two rebuilds each, the processors taking turns, and the mean of the two.
- **Peak RSS**: the largest \`Maximum resident set size\` from \`/usr/bin/time -v\` over our cold build and rebuild (astro build and Pagefind; the baselines are not counted), judged against 2 GB in decimal units (2,000,000,000 bytes), as the issue states it.
- The site's build uses \`bench/site.config.mjs\` (the real \`astro.config.ts\` with the content cache in a temp folder).
`;
}
