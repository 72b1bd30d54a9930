#!/usr/bin/env node
/**
 * Page budgets (issue 6) on the built site: every HTML file in the build, the
 * CSS, JavaScript and fonts it loads, compressed with node:zlib (gzip level 9
 * counts; brotli quality 11 printed beside it). The rules live in
 * src/lib/budgets.ts (unit-tested); this file only reads and measures.
 *
 *   node scripts/check-budgets.mjs [--dist dist] [--base /] [--report test-results/budgets.json]
 *
 * Prints each page's figures; exits 1 naming every page and budget that fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  addSizes,
  BUDGETS,
  checkBudgets,
  cssAssetUrls,
  inlineStyles,
  formatFailure,
  formatFigures,
  KB,
  pageKind,
  pageResources,
  ZERO,
} from '../src/lib/budgets.ts';
import { htmlFilesIn, option, writeReport } from './qa-common.mjs';

const args = process.argv.slice(2);
const dist = path.resolve(option(args, '--dist', 'dist'));
const base = option(args, '--base', '/');
const report = option(args, '--report', 'test-results/budgets.json');

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const cache = new Map();
const sizeCache = new Map();
const missing = [];

/** Compressed sizes of a file from fileFor(), once per file: pages share their stylesheets, scripts and fonts. */
function fileSizes(f) {
  if (!sizeCache.has(f.file)) sizeCache.set(f.file, sizes(f.buffer));
  return sizeCache.get(f.file);
}

/** Reads a URL from a page as a file in dist/, or records it as missing. */
function fileFor(url, fromPage) {
  const resolved = new URL(url, `http://site.invalid${base}${fromPage}`);
  if (resolved.origin !== 'http://site.invalid') {
    missing.push(`${fromPage || '/'}: loads ${url} from another origin; budgets cannot measure it (and the CSP should not allow it)`);
    return undefined;
  }
  let p = decodeURIComponent(resolved.pathname);
  if (!p.startsWith(base)) {
    missing.push(`${fromPage || '/'}: ${url} is outside the base ${base}`);
    return undefined;
  }
  p = p.slice(base.length);
  const file = path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
  if (!existsSync(file)) {
    missing.push(`${fromPage || '/'}: ${url} is not in the build (${path.relative(process.cwd(), file)})`);
    return undefined;
  }
  if (!cache.has(file)) cache.set(file, readFileSync(file));
  return { file, buffer: cache.get(file), sitePath: p };
}

if (!existsSync(dist)) {
  console.error(`No build at ${dist}; run npm run build first.`);
  process.exit(1);
}

const htmlFiles = htmlFilesIn(dist);
if (htmlFiles.length === 0) {
  console.error(`No HTML files in ${dist}; run npm run build first.`);
  process.exit(1);
}

const figures = htmlFiles.map((file) => {
  const page = file.replace(/index\.html$/, '');
  const html = readFileSync(path.join(dist, file));
  const res = pageResources(html.toString('utf8'));
  const css = [];
  const blockingCss = [];
  const other = [];
  for (const s of res.stylesheets) {
    const f = fileFor(s.url, page);
    if (!f) continue;
    const z = fileSizes(f);
    css.push(z);
    if (s.blocking) blockingCss.push(z);
    for (const asset of cssAssetUrls(f.buffer.toString('utf8'))) {
      const a = fileFor(asset, path.posix.dirname(f.sitePath) + '/');
      if (a) other.push(fileSizes(a));
    }
  }
  for (const text of inlineStyles(html.toString('utf8'))) {
    for (const asset of cssAssetUrls(text)) {
      const a = fileFor(asset, page);
      if (a) other.push(fileSizes(a));
    }
  }
  const externalJs = [];
  for (const s of res.scripts) {
    const f = fileFor(s.url, page);
    if (f) externalJs.push(fileSizes(f));
  }
  for (const url of res.preloads) {
    if (res.scripts.some((s) => s.url === url)) continue;
    const f = fileFor(url, page);
    if (!f) continue;
    if (/\.m?js$/.test(f.file)) externalJs.push(fileSizes(f));
    else other.push(fileSizes(f));
  }
  const inlineJs = res.inlineScripts.map((s) => sizes(Buffer.from(s.text)));
  return {
    page,
    kind: pageKind(page),
    html: sizes(html),
    css: addSizes(...css),
    blockingCss: addSizes(...blockingCss),
    externalJs: addSizes(...externalJs),
    js: addSizes(ZERO, ...externalJs, ...inlineJs),
    other: addSizes(...other),
    blockingScripts: [...res.scripts.filter((s) => s.blocking).map((s) => s.url), ...res.inlineScripts.filter((s) => s.blocking).map(() => 'an inline classic <script>')],
  };
});

console.log(`Budgets (gzip -9; br = brotli 11): first round trip ≤ ${BUDGETS.firstRoundTrip / KB} KB (article pages), JavaScript ≤ ${BUDGETS.javascript / KB} KB and never render-blocking (article, section, topic pages), page weight ≤ ${BUDGETS.pageWeight / KB} KB excluding images (every page)`);
console.log(`Build: ${path.relative(process.cwd(), dist) || '.'} (base ${base}), ${figures.length} pages\n`);
for (const f of figures) console.log(`  ${formatFigures(f)}`);

const failures = checkBudgets(figures);
const problems = [...missing, ...failures.map(formatFailure)];
const failedPages = new Set(failures.map((f) => f.page)).size;
writeReport(report, { passed: figures.length - failedPages, failed: failedPages + missing.length, figures, problems });
if (problems.length > 0) {
  console.error(`\n✗ ${problems.length} budget problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`\n✓ ${figures.length} pages within budget`);
