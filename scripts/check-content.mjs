#!/usr/bin/env node
/**
 * `npm run check:content`: every content check the build makes, in seconds and
 * without building (issue 8).
 *   1. `astro sync` loads every collection and checks it against its schema
 *      (src/content.config.ts); a bad field fails it, naming file and field.
 *      It also turns every MDX body into HTML (src/lib/mdx-loader.ts), so
 *      MDX that does not compile fails here, with file, field and line.
 *   2. The cross-file checks (references, unique ids and orders, citations,
 *      placeholders in published articles) run on the files through
 *      contentProblems(), the very function the build calls in
 *      src/lib/site-model.ts, so the messages are the same.
 * Exits 1 on any problem. Honours CONTENT_DIR. Guide: docs/authoring.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { registerHooks } from 'node:module';
import { stripVTControlCharacters } from 'node:util';

// src/lib imports its siblings without an extension (Vite resolves them);
// let Node find `./citations` as `./citations.ts` too.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

const { contentDir } = await import('../src/lib/content-dir.ts');
const { contentProblems, unusedSourcesNotice } = await import('../src/lib/content-checks.ts');
const { readContentSnapshot } = await import('../src/lib/content-snapshot.ts');
const { assertValidContent } = await import('../src/lib/invariants.ts');
const { scheduledNotice } = await import('../src/lib/publishing.ts');
const { skippedBackups } = await import('../src/lib/content-layout.ts');

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const dir = contentDir();

// Other content than ./content gets a throwaway content store (astro.config.ts
// cacheDir), so checking a copy never leaves its entries in the one the site builds from.
const cacheDir = resolve(dir) === resolve('content') ? undefined : mkdtempSync(join(tmpdir(), 'check-content-'));
const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
  encoding: 'utf8',
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...(cacheDir ? { ASTRO_CACHE_DIR: cacheDir } : {}) },
});
if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
if (sync.status !== 0) {
  // Astro's message names the entry, the field and the file; its stack trace helps no editor.
  const output = stripVTControlCharacters(`${sync.stdout}${sync.stderr}`)
    .split('\n')
    .filter((line) => !/\[(vite|content)\]/.test(line))
    .join('\n');
  console.error(output.replace(/\n\s*Stack trace:[\s\S]*?(?=\n\S|$)/, '').trim());
  console.error(`\ncheck:content: ${dir} does not load: a data file does not parse or repeats an id, a field breaks its schema, or an MDX body does not compile (above: the file, the field and what is wrong). ${seconds()} s`);
  process.exit(1);
}

const snapshot = readContentSnapshot(dir);
const problems = contentProblems(snapshot);
const drafts = snapshot.articles.filter((a) => a.draft).length;
const counted = `${snapshot.articles.length} article(s) (${drafts} draft), ${snapshot.sections.length} section(s), ${snapshot.contextNotes.length} context note(s)`;
if (problems.length > 0) {
  // The build's own error text (src/lib/invariants.ts), word for word.
  try {
    assertValidContent(problems);
  } catch (error) {
    console.error(error.message);
  }
  console.error(`\ncheck:content: ${counted} in ${dir}; ${problems.length} problem(s). ${seconds()} s`);
  process.exit(1);
}
const backups = skippedBackups(snapshot.files);
if (backups.length > 0) console.log(`check:content: not read, as editor backups: ${backups.map((f) => `${dir.replace(/\/$/, '')}/${f}`.replace(/^\.\//, '')).join(', ')} (rename one back to .mdx or .yaml if it belongs on the site)`);
const scheduled = scheduledNotice(snapshot.articles, new Date());
if (scheduled) console.log(`check:content: ${scheduled}`);
const unused = unusedSourcesNotice(snapshot);
if (unused) console.log(`check:content: ${unused}`);
console.log(`check:content: ${counted} in ${dir}; no problems. ${seconds()} s`);
