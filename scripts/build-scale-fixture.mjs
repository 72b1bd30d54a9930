#!/usr/bin/env node
/**
 * Builds the scale fixture (tests/fixtures/scale.ts: 45 synthetic articles from
 * the benchmark's generator, one note tagged with another topic than its
 * section's) under BASE_PATH=/explainer/ into dist-scale/, so that the tests can
 * read what only a larger site has: listing pages split into pages
 * (src/lib/pagination.ts) and their links under a sub-path, topic feeds cut to
 * the newest items, and pages that stay within the budgets.
 * Content goes to a temporary folder; nothing in content/ changes.
 *
 *   node scripts/build-scale-fixture.mjs [--out dist-scale]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCALE_BASE, scaleFixtureFiles } from '../tests/fixtures/scale.ts';
import { option } from './qa-common.mjs';

/** Builds the fixture into `out`; returns the exit status of astro build. */
function build(out) {
  const dir = mkdtempSync(path.join(tmpdir(), 'explainer-scale-'));
  try {
    for (const [rel, text] of scaleFixtureFiles()) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: 'inherit',
      // Its own content-layer cache: the real site's (.astro/) stays as the last real build left it.
      env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, BASE_PATH: SCALE_BASE, ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') },
    });
    return run.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = build(option(process.argv.slice(2), '--out', './dist-scale'));
