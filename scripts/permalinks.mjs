#!/usr/bin/env node
/**
 * Permalink manifest (issue 3). Reads the built site and either records every
 * published URL in permalinks.json or checks that none has gone.
 *
 *   node scripts/permalinks.mjs update [--dist dist] [--manifest permalinks.json]
 *   node scripts/permalinks.mjs check  [--dist dist] [--manifest permalinks.json]
 *
 * `check` exits 1 naming each missing URL and how to fix it. Node ≥ 22.18 runs
 * the TypeScript module below directly (type stripping).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { builtUrls, checkPermalinks, formatCheck, parseManifest, serializeManifest, sitePathOfHtml, UPDATE_COMMAND } from '../src/lib/permalinks.ts';

/** Not permalinks: the error page. */
const SKIP_FILES = new Set(['404.html', '500.html']);

async function crawl(dist) {
  const pages = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.relative(dist, path.join(entry.parentPath, entry.name));
    if (SKIP_FILES.has(file)) continue;
    const root = parse(await readFile(path.join(dist, file), 'utf8'));
    pages.push({ path: sitePathOfHtml(file), ids: root.querySelectorAll('[id]').map((el) => el.id) });
  }
  return pages;
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

async function main(args) {
  const command = args[0];
  const dist = path.resolve(option(args, '--dist', 'dist'));
  const manifestFile = path.resolve(option(args, '--manifest', 'permalinks.json'));
  if (command !== 'check' && command !== 'update') {
    console.error('usage: node scripts/permalinks.mjs <check|update> [--dist dist] [--manifest permalinks.json]');
    return 2;
  }
  if (!existsSync(dist)) {
    console.error(`permalinks: ${path.relative(process.cwd(), dist) || dist} not found; build the site first (npm run build)`);
    return 1;
  }
  const built = builtUrls(await crawl(dist));
  if (command === 'update') {
    await writeFile(manifestFile, serializeManifest(built));
    console.log(`permalinks: wrote ${built.length} URLs to ${path.relative(process.cwd(), manifestFile)}`);
    return 0;
  }
  if (!existsSync(manifestFile)) {
    console.error(`permalinks: ${path.relative(process.cwd(), manifestFile)} not found; create it with \`${UPDATE_COMMAND}\` and commit it`);
    return 1;
  }
  const manifest = parseManifest(await readFile(manifestFile, 'utf8'), path.basename(manifestFile));
  const result = checkPermalinks(manifest, built);
  const report = formatCheck(result, manifest.length);
  (result.missing.length > 0 ? console.error : console.log)(report);
  return result.missing.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`permalinks: ${error.message}`);
    process.exit(1);
  },
);
