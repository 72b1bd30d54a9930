#!/usr/bin/env node
/**
 * `npm run bench`: the build benchmark of issue 7.
 *
 * For each N it generates N synthetic articles (bench/lib/synthetic.ts) into a
 * git-ignored folder (node_modules/.cache/explainer-bench/), then times, on that same content:
 *   1. a cold build of the site (astro build + Pagefind, like `npm run build`)
 *      with empty content-layer and OG caches,
 *   2. an unchanged rebuild (caches kept: OG cards come from disk),
 *   3. the plain Astro baseline in bench/baseline/ (cold, then rebuild), with
 *      Astro's default Sätteri processor and again with unified + remark-gfm;
 *      each rebuilds twice, the two processors taking turns, so a slow spell of
 *      the machine falls on both.
 * Each step runs under `/usr/bin/time -v` for peak RSS; per-route timings come
 * from Astro's build log. Results are merged into bench/results.json (latest
 * run per N) and BENCHMARKS.md is rewritten from it.
 *
 *   npm run bench                        # N = 10, 100, 1000
 *   npm run bench -- --sizes 10,100      # a subset
 *   npm run bench -- --sizes 1000 --nice 10 --profile
 *   options: --no-baseline  --keep (leave the temp folder)
 *            --profile (one more rebuild under --cpu-prof, after the timed ones, so the profiler never slows a timed build)
 * Each result records the commit it measured (`-dirty` with uncommitted changes);
 * the targets compare sizes only when they were measured at the same commit.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expectedOutputs, generateSite } from './lib/synthetic.ts';
import { evaluateTargets, formatBytes, groupRoutes, largestByKind, outputKind, parseOgSummary, parseRouteTimings, parseTimeV, passLabel, slowest, withOgCards } from './lib/stats.ts';
import { topSelfTime } from './lib/profile.ts';
import { renderBenchmarksMd } from './lib/report.ts';
import { cpuProbeMs } from './lib/probe.ts';
import { measuredCommit as commitAt } from './lib/commit.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const sizes = option('--sizes', '10,100,1000').split(',').map(Number);
const niceLevel = option('--nice', undefined);
const withBaseline = !flag('--no-baseline');
const TIME = '/usr/bin/time';
/**
 * Inside the repo (git-ignored), not os.tmpdir(): Astro puts its prerender
 * bundle in <outDir>/.prerender only when outDir is under the working
 * directory, and otherwise in the shared ./.astro/.prerender, where two
 * concurrent builds with outside out dirs overwrite each other's chunks.
 */
const WORK_ROOT = path.join(root, 'node_modules/.cache/explainer-bench');
if (!existsSync(TIME)) {
  process.stderr.write(`[bench] ${TIME} is missing: the benchmark reads peak memory from GNU time's -v report. On Debian: apt-get install -y time\n`);
  process.exit(1);
}
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');

function log(msg) {
  process.stdout.write(`[bench] ${msg}\n`);
}

/** Runs `node <script> …args` (under time -v and nice when asked); resolves with wall seconds, RSS and the log. */
function run(label, script, scriptArgs, { env = {}, dir, nodeArgs = [] }) {
  const rssFile = path.join(dir, `${label}.time.txt`);
  const logFile = path.join(dir, `${label}.log`);
  let cmd = process.execPath;
  let argv = [...nodeArgs, script, ...scriptArgs];
  argv = ['-v', '-o', rssFile, cmd, ...argv];
  cmd = TIME;
  if (niceLevel) {
    argv = ['-n', String(niceLevel), cmd, ...argv];
    cmd = 'nice';
  }
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // PATH first entry: our Node 24, for anything the tools spawn with `node`.
    const child = spawn(cmd, argv, {
      cwd: root,
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    // Streamed as it comes, so a long run can be followed: tail -f <work>/<label>.log
    const stream = createWriteStream(logFile);
    const collect = (c) => {
      chunks.push(c);
      stream.write(c);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const text = Buffer.concat(chunks).toString('utf8');
      stream.end();
      if (code !== 0) {
        reject(new Error(`${label} exited with ${code}; log: ${logFile}\n${text.slice(-3000)}`));
        return;
      }
      const rss = parseTimeV(readFileSync(rssFile, 'utf8')).maxRssBytes;
      log(`${label}: ${seconds.toFixed(1)} s, peak RSS ${formatBytes(rss)}`);
      resolve({ seconds, rss, text });
    });
  });
}

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push({ path: p, size: statSync(p).size });
  }
  return out;
}

function sizeOf(dir) {
  return existsSync(dir) ? walk(dir).reduce((n, f) => n + f.size, 0) : 0;
}

/** The largest page of each kind and the largest feed, gzip level 9 as the page budgets count (src/lib/budgets.ts). */
function largestOutputs(dist) {
  return largestByKind(
    walk(dist)
      .map((f) => ({ ...f, rel: path.relative(dist, f.path).split(path.sep).join('/') }))
      .filter((f) => !f.rel.startsWith('pagefind/') && outputKind(f.rel) !== undefined)
      .map((f) => ({ path: f.rel, gzipBytes: gzipSync(readFileSync(f.path), { level: 9 }).length })),
  );
}

/** Reader-requestable outputs of astro build: HTML pages, OG cards and XML feeds/sitemaps (not assets or Pagefind). */
function countPages(dist) {
  return walk(dist).filter((f) => {
    const rel = path.relative(dist, f.path);
    if (rel.startsWith('_astro') || rel.startsWith('pagefind')) return false;
    return /\.(html|xml|txt)$/.test(rel) || (rel.startsWith('og') && rel.endsWith('.png'));
  }).length;
}

/** One site build like `npm run build`: astro build, then Pagefind over the output. */
async function siteBuild(label, work, env, profile) {
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(work, `${label}-cpuprofile`)}`] : [];
  const astro = await run(`${label}-astro`, astroBin, ['build', '--config', 'bench/site.config.mjs'], { env, dir: work, nodeArgs });
  const pagefind = await run(`${label}-pagefind`, pagefindBin, ['--site', env.OUT_DIR], { env, dir: work });
  const routes = parseRouteTimings(astro.text);
  const groups = withOgCards(groupRoutes(routes), parseOgSummary(astro.text));
  return { astro, pagefind, seconds: astro.seconds + pagefind.seconds, rss: Math.max(astro.rss, pagefind.rss), routes, groups };
}

/** The baseline with one processor: a cold build, then `rebuild(i)` for each timed rebuild. */
function baseline(label, work, contentDir, processor) {
  const env = {
    CONTENT_DIR: contentDir,
    OUT_DIR: path.join(work, `dist-${label}`),
    ASTRO_CACHE_DIR: path.join(work, `cache-${label}`),
    BASELINE_PROCESSOR: processor,
  };
  return {
    cold: () => run(`${label}-cold`, astroBin, ['build', '--root', 'bench/baseline'], { env, dir: work }),
    rebuild: (i) => run(`${label}-rebuild-${i}`, astroBin, ['build', '--root', 'bench/baseline'], { env, dir: work }),
  };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function benchSize(n) {
  const date = new Date().toISOString(); // when this size's run started
  mkdirSync(WORK_ROOT, { recursive: true });
  const work = mkdtempSync(path.join(WORK_ROOT, `${n}-`));
  log(`N=${n}: working in ${work}`);
  const site = generateSite(n);
  const contentDir = path.join(work, 'content');
  for (const [rel, text] of site.files) {
    mkdirSync(path.dirname(path.join(contentDir, rel)), { recursive: true });
    writeFileSync(path.join(contentDir, rel), text);
  }
  const expected = expectedOutputs(site);
  log(`N=${n}: ${site.files.size} content files, ${site.sections} sections, ${site.contextNotes} context notes, ${site.sources} sources`);

  const env = {
    CONTENT_DIR: contentDir,
    OUT_DIR: path.join(work, 'dist'),
    ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
    OG_CACHE_DIR: path.join(work, 'og-cache'),
  };
  const cold = await siteBuild('cold', work, env, false);
  const rebuild = await siteBuild('rebuild', work, env, false);
  const dist = env.OUT_DIR;
  const pages = countPages(dist);
  const html = walk(dist).filter((f) => f.path.endsWith('.html') && !f.path.includes(`${path.sep}pagefind${path.sep}`)).length;
  if (html !== expected.html || cold.groups.og.count !== expected.og) {
    throw new Error(`N=${n}: expected ${expected.html} HTML pages and ${expected.og} OG cards, got ${html} and ${cold.groups.og.count}`);
  }

  const result = {
    n,
    commit: measuredCommit,
    pages,
    htmlPages: html,
    coldSeconds: cold.seconds,
    rebuildSeconds: rebuild.seconds,
    rebuildAstroSeconds: rebuild.astro.seconds,
    pagefindSeconds: rebuild.pagefind.seconds,
    peakRssBytes: Math.max(cold.rss, rebuild.rss),
    distBytes: sizeOf(dist),
    pagefindBytes: sizeOf(path.join(dist, 'pagefind')),
    largest: largestOutputs(dist),
    ogColdMs: cold.groups.og.ms,
    ogRebuildMs: rebuild.groups.og.ms,
    ogCount: cold.groups.og.count,
    routes: { cold: cold.groups, rebuild: rebuild.groups, slowestRebuild: slowest(rebuild.routes, 5) },
    date,
  };
  if (flag('--profile')) {
    // Not timed: a build under the profiler runs slower than one without it.
    await siteBuild('profiled', work, env, true);
    const profDir = path.join(work, 'profiled-cpuprofile');
    const files = existsSync(profDir) ? readdirSync(profDir) : [];
    const main = files.map((f) => path.join(profDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (main) result.profile = topSelfTime(JSON.parse(readFileSync(main, 'utf8')), 15);
  }
  if (withBaseline) {
    const satteri = baseline('baseline', work, contentDir, 'satteri');
    const unified = baseline('baseline-unified', work, contentDir, 'unified');
    const colds = [await satteri.cold(), await unified.cold()];
    const rebuilds = { satteri: [], unified: [] };
    for (const i of [1, 2]) {
      rebuilds.satteri.push(await satteri.rebuild(i));
      rebuilds.unified.push(await unified.rebuild(i));
    }
    result.baselineRebuildsSeconds = rebuilds.satteri.map((r) => r.seconds);
    result.baselineUnifiedRebuildsSeconds = rebuilds.unified.map((r) => r.seconds);
    result.baselineSeconds = mean(result.baselineRebuildsSeconds);
    result.baselineColdSeconds = colds[0].seconds;
    result.baselineUnifiedSeconds = mean(result.baselineUnifiedRebuildsSeconds);
    result.baselineUnifiedColdSeconds = colds[1].seconds;
    result.baselinePeakRssBytes = Math.max(...colds.map((r) => r.rss), ...rebuilds.satteri.map((r) => r.rss), ...rebuilds.unified.map((r) => r.rss));
  }
  if (!flag('--keep')) rmSync(work, { recursive: true, force: true });
  return result;
}

function machine() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

const resultsFile = path.join(root, 'bench/results.json');
// Re-read before each write: `npm run bench:lighthouse` may have added its results meanwhile.
const load = () => (existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { sizes: {} });
let stored = load();
const measuredCommit = commitAt(root);
if (measuredCommit?.endsWith('-dirty')) log(`measuring ${measuredCommit}: uncommitted changes; the results will say so`);
for (const n of sizes) {
  const m = machine();
  const probeBefore = cpuProbeMs();
  const sized = await benchSize(n);
  m.cpuProbeMs = [probeBefore, cpuProbeMs()];
  log(`N=${n}: CPU probe ${m.cpuProbeMs.join(' ms before, ')} ms after (bench/lib/probe.ts; lower is faster)`);
  const result = { ...sized, machine: m };
  stored = load();
  stored.sizes[n] = result;
  writeFileSync(resultsFile, `${JSON.stringify(stored, null, 2)}\n`);
  log(`N=${n}: pages ${result.pages}, cold ${result.coldSeconds.toFixed(1)} s, rebuild ${result.rebuildSeconds.toFixed(1)} s, RSS ${formatBytes(result.peakRssBytes)}`);
}

const all = Object.values(stored.sizes).sort((a, b) => a.n - b.n);
for (const t of evaluateTargets(all)) log(`${passLabel(t.pass).padEnd(7)} ${t.name}: ${t.value} (budget ${t.limit})`);
writeFileSync(path.join(root, 'BENCHMARKS.md'), renderBenchmarksMd(all, stored.lighthouse, stored.lighthouseHistory));
log('wrote BENCHMARKS.md and bench/results.json');
